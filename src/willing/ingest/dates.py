"""Dates in the text, resolved to calendar dates against the publication date.

Absolute dates ("7 Januari 2026", "January 7, 2026") stand alone; a day and month
without a year, a weekday ("pada hari Kamis", "Monday"), "kemarin" or "the weekend"
need the publication date, and look forward or back by the tense of their sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from babel import Locale

from willing.ingest import day_ahead, month_ahead, rules, slash_ranges, weekday_days
from willing.ingest.date_context import (
    REVIEWED,
    entry_day,
    figurative,
    habitual,
    in_reviewed_year,
    range_starts,
)
from willing.ingest.date_tense import direction
from willing.ingest.document import Doc
from willing.ingest.gazetteer import phrase_key
from willing.ingest.items import Item
from willing.ingest.month_given import bound, given
from willing.ingest.numeric_dates import numeric_days
from willing.ingest.ordinal_days import ordinal_days
from willing.ingest.prefilter import alternation, guarded
from willing.ingest.year_editions import EDITION
from willing.ingest.year_of_day import day_month, month_only


@dataclass(frozen=True)
class Found:
    """A resolved date: `value` is ISO (day), 'YYYY-MM' (month) or 'YYYY' (year)."""

    value: str
    precision: str
    start: int
    end: int
    confidence: float
    day: dt.date | None


@dataclass(frozen=True)
class _Names:
    months: dict[str, int]
    wide_months: dict[str, int]
    weekdays: dict[str, int]
    guarded: dict[str, frozenset[str]]


@cache
def _names() -> _Names:
    data = rules.load("dates")
    months: dict[str, int] = {}
    wide: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for code in data["locales"]:
        locale = Locale.parse(str(code))
        for number, name in locale.months["format"]["wide"].items():
            wide[name.capitalize()] = int(number)
            months[name.capitalize()] = int(number)
        for number, name in locale.months["format"]["abbreviated"].items():
            months.setdefault(name.rstrip(".").capitalize(), int(number))
        for number, name in locale.days["format"]["wide"].items():
            weekdays[name.capitalize()] = int(number)
    months.update({str(k): int(v) for k, v in data["extra_months"].items()})
    weekdays.update({str(k): int(v) for k, v in data["extra_weekdays"].items()})
    # a heading in capitals ("SENIN, 7 DESEMBER", "FRIDAY 20 NOVEMBER") names the same day
    for table in (months, wide, weekdays):
        capitals = {name.upper(): n for name, n in table.items() if len(name) > 3}
        table.update(capitals)
    guarded = {str(k): frozenset(str(w) for w in v) for k, v in data["guarded_weekdays"].items()}
    return _Names(months, wide, weekdays, guarded)


def _alt(names: object) -> str:
    return alternation(sorted(names, key=len, reverse=True))  # type: ignore[call-overload]


#: what a number may count right after it: "for 2000 soldiers" is no year
_COUNTED = (
    r"[ \t]+(?:[a-z]+[ \t]+)?(?i:soldiers|troops|personnel|prajurit|tentara|personel|pasukan"
    r"|orang|people|members|anggota|ships|kapal|aircraft|pesawat|units|unit|vehicles|kendaraan"
    r"|km|kilomet\w*|euros?|dollars?|dolar|rupiah|tons?|ton)\b"
)


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    n = _names()
    data = rules.load("dates")
    month, wide, wd = _alt(n.months), _alt(n.wide_months), _alt(n.weekdays)
    relative = _alt(data["relative_days"])
    weekend = _alt(data["weekend"])
    patterns = [
        ("iso", re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
        (
            "dmy",
            re.compile(
                # "12 December", "12th December", "the 12th of December"
                rf"(?:\b(?P<wd>{wd}),?\s+)?\b(?P<d>\d{{1,2}})(?:(?:st|nd|rd|th)(?:\s+of)?)?\s+(?P<mn>{month})\b"
                rf"(?:,?\s+(?P<y>\d{{4}})\b)?"
            ),
        ),
        (
            "mdy",
            re.compile(
                rf"(?:\b(?P<wd>{wd}),?\s+)?\b(?P<mn>{month})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}})\b)?"
            ),
        ),
        ("slash", re.compile(slash_ranges.pattern(wd))),  # "Senin (14/12)", "(17-18/10)"
        ("my", re.compile(rf"\b(?:bulan\s+)?(?P<mn>{wide})\s+(?P<y>\d{{4}})\b")),
        (
            "month",
            re.compile(
                rf"\b(?:(?:[Pp]ada|[Ss]ejak|[Hh]ingga|[Ss]ampai|[Aa]wal|[Aa]khir|[Pp]ertengahan)\s+)?"
                rf"(?:[Bb]ulan\s+(?P<mn>{wide})|(?:[Pp]ada|[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Ff]or|[Mm]ulai|[Ee]arly|[Ll]ate|[Mm]id-?|[Ss]ejak|[Hh]ingga|[Ss]ampai|[Aa]wal|[Aa]khir|[Pp]ertengahan|[Pp]enghujung)\s+(?P<mn2>{wide}))\b"
            ),
        ),
        (
            "month",
            # a month heading a line ("Maret: rapat daring"), as part of a span or pointed
            # to ("the second half of February", "the September summit", "last March")
            re.compile(
                rf"(?m:^(?P<mn>{wide})[ \t]*[:\u2013\u2014-][ \t])"
                rf"|\b(?:(?:half|end|middle|start|beginning|part|course|weeks?|days?) of(?: the)?"
                rf"|[Tt]he|[Tt]his|[Ll]ast|[Nn]ext)\s+(?P<mn2>{wide})\b(?![ \t]*\d)"
            ),
        ),
        (
            "weekend",
            re.compile(
                rf"(?i:\b(?:(?:sepanjang|pada|selama|over|on|at|this|last|the)\s+)*(?:{weekend})\b)"
            ),
        ),
        ("relative", re.compile(rf"(?i:\b(?:{relative})\b)")),
        (
            "weekday",
            re.compile(
                r"(?:\b(?:[Pp]ada hari|[Hh]ari|[Pp]ada|[Oo]n|[Ll]ast|[Nn]ext|[Tt]his)\s+)?"
                rf"\b(?P<wd>{wd})\b"
            ),
        ),
        (
            "year",
            re.compile(
                r"\b(?:[Pp]ada|[Tt]ahun|[Ss]ejak|[Hh]ingga|[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Aa]khir"
                r"|[Aa]wal|[Pp]ertengahan|end of|[Ee]arly|[Ll]ate|[Ff]rom|[Ss]ampai|[Bb]efore"
                r"|[Ss]ebelum|[Aa]fter|[Ss]etelah|[Dd]uring|[Ss]elama|[Tt]hroughout"
                # a season of a year: "in spring 2027", "pada musim semi 2027"
                r"|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter|[Mm]usim (?:semi|panas"
                r"|gugur|dingin|hujan|kemarau)"
                # a span of a year or a part of it: "over 2027", "for 2028", "the third
                # quarter of 2027", "sepanjang 2027", "untuk 2028", "menjelang 2028" (no
                # noun after it: "for 2000 soldiers" counts them)
                r"|[Oo]ver|[Ff]or|[Oo]f|[Tt]hrough|[Tt]ill|[Ss]epanjang|[Uu]ntuk|[Mm]enjelang"
                r"|[Jj]elang|[Ss]epanjang tahun)\s+(?P<y>(?:19|20)\d{2})\b(?!" + _COUNTED + ")"
            ),
        ),
        (
            "year",
            # the second year of a pair or a span: "over 2027 and 2028", "from 2004 to
            # 2008", "1948-2026", and the first year of such a span
            re.compile(
                r"(?:(?<=\d{4} and )|(?<=\d{4} dan )|(?<=\d{4} or )|(?<=\d{4} atau )"
                r"|(?<=\d{4} to )|(?<=\d{4} hingga )|(?<=\d{4} sampai )|(?<=\d{4}[-–])"
                r"|(?<=\d{4} [-–] ))(?P<y>(?:19|20)\d{2})\b(?![-/.,]\d)(?!" + _COUNTED + ")"
                r"|\b(?P<y2>(?:19|20)\d{2})(?=[ \t]?[-–][ \t]?(?:19|20)\d{2}\b(?![-/]\d))"
            ),
        ),
        (
            "year",
            # the years of a period in brackets: "UNEF (1956-1967)", "Bosnia (1995)"
            re.compile(
                r"\((?P<y>(?:19|20)\d{2})(?=(?:\s*[-–]\s*(?:19|20)\d{2})?\))"
                r"|(?<=\d[-–])(?P<y2>(?:19|20)\d{2})(?=\))"
            ),
        ),
        (
            "year",
            # a year looked back on: "The year in review: 2026", "Kilas balik 2026",
            # "2026 in review", "Looking back at 2026"
            REVIEWED,
        ),
        # the year of a document: "the 1994 Budapest Memorandum", "the 1975 text" (the
        # word before is checked in `find`), "Memorandum Budapest 1994"
        (
            "docyear",
            re.compile(
                r"\b(?P<y>(?:19|20)\d{2})(?= (?:[A-Z][\w-]+|text|agreement|accords?|treaty|"
                r"memorandum|act|charter|declaration|deal|protocol)\b)"
            ),
        ),
        ("year", EDITION),  # "Laporan Tahunan 2028", "WINTER APPEAL 2028": an edition
        (
            "year",
            # "Memorandum Budapest 1994", "the Washington Treaty of 1949"
            re.compile(
                rf"\b(?:{_DOCUMENTS}) (?:[A-Z][\w-]+ ){{0,2}}(?:of |tahun )?"
                r"(?P<y>(?:19|20)\d{2})\b"
            ),
        ),
    ]
    return [(kind, guarded(pattern)) for kind, pattern in patterns]


#: names of documents a year may follow ("Memorandum Budapest 1994")
_DOCUMENTS = (
    "Memorandum|Agreement|Accords?|Treaty|Charter|Declaration|Protocol|Perjanjian|"
    "Kesepakatan|Deklarasi|Piagam|Traktat|Final Act|Convention|Konvensi|Pact|Pakta"
)


#: words of the relative phrases too common to say a sentence may hold one
_COMMON = frozenset({"this", "last", "earlier", "later", "ini", "tadi"})


@cache
def _anchors() -> dict[str, frozenset[str]]:
    """Words one of which a sentence must hold for a digit-free pattern to be tried."""
    n = _names()
    data = rules.load("dates")

    def tokens(names: object) -> frozenset[str]:
        return frozenset(t for name in names for t in phrase_key(str(name)))  # type: ignore[attr-defined]

    return {
        "dmy": tokens(n.months),
        "mdy": tokens(n.months),
        "my": tokens(n.wide_months),
        "month": tokens(n.wide_months),
        "weekday": tokens(n.weekdays),
        # "pagi ini", "this morning": "ini" and "this" are in every other sentence, the
        # part of the day is the cheaper check
        "relative": tokens(data["relative_days"]) - _COMMON,
        "weekend": tokens(data["weekend"]),
    }


def _weekday_way(doc: Doc, wd_start: int, end: int, way: int) -> tuple[int, bool]:
    """'last Monday' looks back and 'Senin depan' ahead, whatever the sentence's tense.

    Returns the direction and whether a word next to the weekday stated it ("last",
    "next", "lalu", "depan"): such a weekday is never the publication day itself.
    """
    data = rules.load("dates")
    before = doc.text[max(0, wd_start - 8) : wd_start].split()
    after = doc.text[end : end + 12].split()
    if before and before[-1].lower() in data["weekday_before"]:
        stated = int(data["weekday_before"][before[-1].lower()])
        return (stated, True) if stated else (way, False)
    if after and after[0].lower().strip(".,") in data["weekday_after"]:
        stated = int(data["weekday_after"][after[0].lower().strip(".,")])
        return (stated, True) if stated else (way, False)
    return way, False


#: a month named alone after a word of a bound or a start ahead: in a sentence with no
#: tense of its own the month is the next one ("ready by July", "mulai Mei")
#: after a month: a possessive or a capitalised word makes it a name ("April Jones")
_NAMED = re.compile(r"'s\b|[ \t]+[A-Z][a-z]")
_AHEAD = re.compile(r"(?i:(?:until|by|from|for|hingga|sampai|mulai)\s)")


def _shift_to_weekday(anchor: dt.date, weekday: int, way: int) -> dt.date:
    """The given weekday on or after (way > 0), on or before (< 0), or nearest (0) to anchor."""
    ahead = (weekday - anchor.weekday()) % 7
    back = (anchor.weekday() - weekday) % 7
    if way > 0:
        return anchor + dt.timedelta(days=ahead)
    if way < 0:
        return anchor - dt.timedelta(days=back)
    return anchor + dt.timedelta(days=ahead) if ahead < back else anchor - dt.timedelta(days=back)


@cache
def _relative_days() -> dict[str, int]:
    """Days from the publication date of each relative day ("kemarin": -1)."""
    return {str(k).casefold(): int(v) for k, v in rules.load("dates")["relative_days"].items()}


def find(doc: Doc) -> tuple[list[Found], int]:
    """Dates in the text (non-overlapping, earlier patterns first) and the unresolved count."""
    names = _names()
    wd, months = _alt(names.weekdays), _alt(names.months)
    relative = _relative_days()
    taken = bytearray(len(doc.text))  # characters already read as part of a date
    found: list[Found] = []
    unresolved = 0
    anchor = doc.published
    year_words = (k for k in doc.positions if len(k) == 4 and k.isdigit() and k[:2] in ("19", "20"))
    years = doc.windows(frozenset(year_words), 30)
    slashes = doc.digit_windows(30) if "/" in doc.text else []
    tenses: dict[int, list[tuple[int, int, int]]] = {}
    anchors = _anchors()
    for kind, pattern in _patterns():
        if kind in anchors:
            spans = doc.windows(anchors[kind], 60)
        else:
            spans = slashes if kind == "slash" else years
        for m in (m for s, e in spans for m in pattern.finditer(doc.text, s, e)):
            start, end = m.start(), m.end()
            if any(taken[start:end]):
                continue
            groups = m.groupdict()
            if kind == "weekday" and groups["wd"] in names.guarded:
                before = doc.text[max(0, start - 10) : m.start("wd")].strip().lower()
                if not any(before.endswith(w.lower()) for w in names.guarded[groups["wd"]]):
                    continue
            if kind == "weekday" and habitual(doc, start):
                continue  # "setiap Sabtu", "every Monday": a weekday that recurs, no day
            if kind == "weekday" and slash_ranges.ranged(doc.text, m.start("wd"), end, wd):
                continue  # "Kamis-Jumat, 9-10 Desember": the weekdays of the days after
            if kind == "weekday" and weekday_days.own_day(doc.text, end, wd, months):
                continue  # "Monday 13 and Tuesday 14 May", "Friday (March 16)": its own day
            if kind == "docyear" and doc.text[max(0, start - 4) : start] not in ("the ", "The "):
                continue
            if kind == "relative" and _in_name(doc, start, m.group()):
                continue  # "Kyiv Today", "Kabar Harian Hari Ini": an outlet, not a day
            if kind == "relative" and figurative(doc, start, end, m.group(), relative):
                continue  # "not today, not tomorrow", "See you tomorrow": no day meant
            way = direction(doc, start, end, tenses)
            if (
                kind == "month"
                and _NAMED.match(doc.text, end)
                and m.group()[:3].lower() in ("fro", "for")
            ):
                continue  # "for May's team", "from April Jones": a name, no month
            if kind == "month" and way == 0 and (_AHEAD.match(m.group()) or bound(doc.text, start)):
                way = 1  # "by July", "from May", "hingga Juni": a bound looking ahead
            if kind == "month" and way == 0:
                way = month_ahead.untensed(m.group(), doc.language)  # nearest, or gone
            if kind == "month" and (
                month_ahead.awaited(doc.text, m.start("mn" if groups["mn"] else "mn2"))
                or (way < 0 and given(doc.text, m.start("mn" if groups["mn"] else "mn2")))
            ):
                way = 1  # "expected in May", "announced ... from August": ahead
            way = day_ahead.way(kind, way, doc.text, start)  # "due on 15 April": ahead
            explicit = False
            if kind == "weekday":
                way, explicit = _weekday_way(doc, m.start("wd"), end, way)
            # "today" in a log's dated entry is the entry's day
            here = (entry_day(doc, found, start) if kind == "relative" else None) or anchor
            result = _resolve(kind, groups, m.group(), here, way, names, relative, explicit)
            taken[start:end] = b"\x01" * (end - start)
            if result is None:
                unresolved += 1
                continue
            value, precision, day, confidence = result
            found.extend(
                slash_ranges.spread(Found(value, precision, start, end, confidence, day), m)
            )
    dated = [(f.start, f.end, f.day) for f in found]
    for s, e, day in ordinal_days(
        doc, dated, anchor, taken, lambda a, b: direction(doc, a, b, tenses)
    ):
        found.append(Found(day.isoformat(), "day", s, e, 0.7, day))  # "on the 20th"
    for s, e, day in numeric_days(doc, taken):
        found.append(Found(day.isoformat(), "day", s, e, 0.85, day))  # "01/06/2030"
    found.sort(key=lambda f: f.start)
    found = in_reviewed_year(doc, found)
    found = weekday_days.pair_starts(doc.text, found, taken, wd, names.weekdays)
    return _offsets(doc, range_starts(doc, found, taken), taken), unresolved


_OFFSET = re.compile(
    r"(?i:\b(?P<n>a|one|two|three|sehari|dua hari|tiga hari)(?: days?)? "
    r"(?P<way>before|after|earlier than|sebelum|setelah|sesudah)\b)"
)
_OFFSET_WORDS = frozenset({"before", "after", "earlier", "sebelum", "setelah", "sesudah"})
_OFFSET_DAYS = {"a": 1, "one": 1, "sehari": 1, "two": 2, "dua hari": 2, "three": 3, "tiga hari": 3}


def _offsets(doc: Doc, found: list[Found], taken: bytearray) -> list[Found]:
    """Days counted from the day just stated: "announced on Tuesday ... a day before a
    video conference" is Wednesday. Only when a dated day comes before, in the same
    sentence or one of the two before it."""
    if not found or _OFFSET_WORDS.isdisjoint(doc.positions.keys()):
        return found
    out = list(found)
    spans = doc.windows(_OFFSET_WORDS, 20)
    for m in (m for s, e in spans for m in _OFFSET.finditer(doc.text, s, e)):
        n = m.group("n").casefold()
        if n in ("a", "one", "two", "three") and "day" not in m.group().casefold():
            continue
        if any(taken[m.start() : m.end()]):
            continue
        i = doc.sentence_index(m.start())
        lower = doc.sentences[max(0, i - 2)][0]
        days = [f for f in found if f.day is not None and lower <= f.start < m.start()]
        if not days:
            continue
        sign = 1 if m.group("way").casefold() in ("before", "earlier than", "sebelum") else -1
        base = days[-1]
        assert base.day is not None
        day = base.day + dt.timedelta(days=sign * _OFFSET_DAYS[n])
        out.append(Found(day.isoformat(), "day", m.start(), m.end(), 0.6, day))
    out.sort(key=lambda f: f.start)
    return out


def _in_name(doc: Doc, start: int, matched: str) -> bool:
    """A relative day written in capitals after a capitalised word on its line is part of a
    name (an outlet's, a column's), not a day."""
    words = matched.split()
    if not all(w[:1].isupper() for w in words):
        return False
    line = doc.text.rfind("\n", 0, start) + 1
    before = doc.text[line:start].rstrip(" -|:,").split()
    return bool(before) and before[-1][:1].isupper() and not before[-1].endswith((".", "!", "?"))


def _resolve(
    kind: str,
    g: dict[str, str | None],
    matched: str,
    anchor: dt.date | None,
    way: int,
    names: _Names,
    relative: dict[str, int],
    explicit: bool = False,
) -> tuple[str, str, dt.date | None, float] | None:
    try:
        if kind == "iso":
            day = dt.date(int(g["y"] or 0), int(g["m"] or 0), int(g["d"] or 0))
            return day.isoformat(), "day", day, 0.95
        if kind in ("dmy", "mdy"):
            month, dom = names.months[g["mn"] or ""], int(g["d"] or 0)
            if g["y"]:
                day = dt.date(int(g["y"]), month, dom)
                confidence = 0.95
            elif anchor is not None:
                found = day_month(anchor, month, dom, way, names.weekdays.get(g.get("wd") or ""))
                if found is None:
                    return None
                day, confidence = found, 0.85
            else:
                return None
            if g.get("wd") and names.weekdays[g["wd"] or ""] != day.weekday():
                confidence -= 0.3  # the weekday and the date disagree
            return day.isoformat(), "day", day, confidence
        if kind == "slash":
            month, dom = int(g["m"] or 0), int(g["d"] or 0)
            if g["y"]:
                year = int(g["y"]) + (2000 if len(g["y"] or "") == 2 else 0)
                day = dt.date(year, month, dom)
            elif anchor is not None:
                weekday = g.get("wd") or g.get("wd2") or ""
                found = day_month(anchor, month, dom, way, names.weekdays.get(weekday))
                if found is None:
                    return None
                day = found
            else:
                return None
            return day.isoformat(), "day", day, 0.85
        if kind == "my":
            return (
                f"{int(g['y'] or 0):04d}-{names.wide_months[g['mn'] or '']:02d}",
                "month",
                None,
                0.9,
            )
        if kind == "month":
            if anchor is None:
                return None
            month = names.wide_months[g["mn"] or g["mn2"] or ""]
            return f"{month_only(anchor, month, way):04d}-{month:02d}", "month", None, 0.75
        if kind in ("year", "docyear"):
            return f"{int(g['y'] or g.get('y2') or 0):04d}", "year", None, 0.8
        if anchor is None:
            return None
        if kind == "weekday":
            day = _shift_to_weekday(anchor, names.weekdays[g["wd"] or ""], way)
            if explicit and day == anchor:  # "last Thursday" said on a Thursday
                day += dt.timedelta(days=7 * way)
            return day.isoformat(), "day", day, 0.8 if way else 0.7
        if kind == "relative":
            day = anchor + dt.timedelta(days=relative[re.sub(r"\s+", " ", matched).casefold()])
            return day.isoformat(), "day", day, 0.85
        if kind == "weekend":
            day = _shift_to_weekday(anchor, 5, 1 if way > 0 else -1)
            return day.isoformat(), "day", day, 0.6
    except (ValueError, KeyError):
        return None
    return None


def items(found: list[Found]) -> list[Item]:
    """One item per date mention."""
    return [
        Item("date", {"value": f.value, "precision": f.precision}, f.start, f.end, f.confidence)
        for f in found
    ]
