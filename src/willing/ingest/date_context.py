"""Dates read with what surrounds them: the first day of a range whose month is named once
("between 1 and 20 March"), and the year a review looks back on, which dates the days it
names without a year ("2026 at a glance ... Jan. 6 - Paris summit"); and a day ahead
said as a figure of speech ("not today, not tomorrow"), which names no day."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from willing.ingest.document import Doc

if TYPE_CHECKING:
    from willing.ingest.dates import Found

#: a year looked back on: "The year in review: 2026", "Kilas balik 2026", "2026 in review",
#: "Looking back at 2026", "2026 at a glance"
REVIEWED = re.compile(
    r"(?i:\b(?:in review|in retrospect|review of|looking back (?:at|on)|"
    r"a look back at|kilas balik|refleksi|retrospeksi|catatan akhir tahun|"
    r"tinjauan)(?:\s+(?!\d)[\w’'-]+){0,3}?\s*[:,\-–—]?\s+(?P<y>(?:19|20)\d{2})\b"
    r"|\b(?P<y2>(?:19|20)\d{2})\s+(?:in review|in retrospect|at a glance|dalam tinjauan|"
    r"dalam kilas balik|in numbers|dalam angka|sekilas)\b)"
)


#: the first day of a range whose month is named once, after the last day: "between 1
#: and 20 March", "1-20 March", "antara 1 hingga 20 Maret"
_RANGE_START = re.compile(
    r"(?i:\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|—|and|to|until|till|through|hingga|sampai"
    r"|dan|s/d|s\.d\.)\s*\Z)"
)


def range_starts(doc: Doc, found: list[Found], taken: bytearray) -> list[Found]:
    """Each day range's first day, in the month and year of its last."""
    out = list(found)
    for f in found:
        if (
            f.day is None
            or f.precision != "day"
            or not doc.text[f.start : f.start + 2].strip()[:1].isdigit()
        ):
            continue
        m = _RANGE_START.search(doc.text, max(0, f.start - 16), f.start)
        if m is None or any(taken[m.start() : m.end()]):
            continue
        dom = int(m.group("d"))
        if not 1 <= dom < f.day.day:
            continue
        day = f.day.replace(day=dom)
        out.append(_found(day.isoformat(), "day", m.start(), m.end(), f.confidence - 0.1, day))
    out.sort(key=lambda f: f.start)
    return out


def in_reviewed_year(doc: Doc, found: list[Found]) -> list[Found]:
    """A text heading itself as a year looked back on ("2026 at a glance") dates the days
    and months it names without a year in that year: "Jan. 6 - Paris summit" in a review
    published on 30 December is the January before."""
    head = REVIEWED.search(doc.text, 0, 300)
    if head is None:
        return found
    year = int(head.group("y") or head.group("y2"))
    out = []
    for f in found:
        if (
            f.precision in ("day", "month")
            and f.day is not None
            and not _YEAR.search(doc.text, f.start, f.end)
        ):
            try:
                day = f.day.replace(year=year)
            except ValueError:
                out.append(f)
                continue
            value = day.isoformat() if f.precision == "day" else f"{year:04d}-{day.month:02d}"
            out.append(_found(value, f.precision, f.start, f.end, f.confidence, day))
        else:
            out.append(f)
    return out


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _found(
    value: str, precision: str, start: int, end: int, confidence: float, day: dt.date
) -> Found:
    from willing.ingest.dates import Found  # dates imports this module

    return Found(value, precision, start, end, confidence, day)


#: a day ahead said as a figure: negated ("tidak besok", "not tomorrow"), asked about
#: ("apakah ... besok?"), a farewell ("See you tomorrow"), or a condition ("tomorrow, if")
_NOT_BEFORE = re.compile(r"(?i:\b(?:not|never|tidak|bukan|belum)\s+(?:even\s+)?\Z)")
_FAREWELL = re.compile(r"(?i:\b(?:see you|sampai jumpa|sampai bertemu|until)\s+\Z)")
_IF_AFTER = re.compile(r"(?i:\W{0,3}\s*(?:if|jika|kalau|asalkan|provided)\b)")
_ASKING = re.compile(r"(?i:\b(?:apakah|whether)\b)")


def figurative(doc: Doc, start: int, end: int, matched: str, relative: dict[str, int]) -> bool:
    """A day named as a figure of speech, not as a day: negated, or ahead ("besok",
    "tomorrow") and asked about, bid farewell to or made a condition of."""
    s, e = doc.sentence_at(start)
    if _NOT_BEFORE.search(doc.text, max(s, start - 20), start):
        return True  # "not today, not tomorrow"
    if relative.get(re.sub(r"\s+", " ", matched).casefold(), 0) <= 0:
        return False
    return bool(
        _FAREWELL.search(doc.text, max(s, start - 20), start)
        or _IF_AFTER.match(doc.text, end)
        or _ASKING.search(doc.text, s, start)
        or doc.text[s:e].rstrip().endswith("?")
    )


#: a weekday that recurs is no day: "every Saturday", "setiap Sabtu", "tiap Senin dan Kamis"
_EVERY = re.compile(
    r"(?i:\b(?:every|each|setiap|tiap|tiap-tiap|saban)\s+(?:other\s+)?(?:hari\s+)?"
    r"(?:[A-Z][a-z]+(?:,\s*|\s+(?:and|or|dan|atau)\s+))*\Z)"
)


def habitual(doc: Doc, start: int) -> bool:
    """The weekday starting at `start` recurs ("every Saturday", "setiap Sabtu")."""
    s, _ = doc.sentence_at(start)
    return _EVERY.search(doc.text, max(s, start - 40), start) is not None


#: a day heading an entry: closed by a full stop, a colon, a dash or the line's end
_HEADS = re.compile(r"[ \t]*(?:[.:]|[-–—]|\n|$)")


def entry_day(doc: Doc, found: list[Found], start: int) -> dt.date | None:
    """The day heading the entry a relative day sits in ("Thursday 25 March 2027. Bay of
    Biscay. Signal received: ... this afternoon"): a log's or a diary's "today" is the
    entry's day, not the publication's; a day opening a sentence ("On 3 March, ...") is none."""
    p = doc.paragraphs[doc.paragraph_index(start)][0]
    for f in found:  # in the order the patterns found them
        if (
            p <= f.start <= p + 12
            and f.day is not None
            and f.end < start
            and _HEADS.match(doc.text, f.end)
        ):
            return f.day
    return None
