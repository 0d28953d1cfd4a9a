"""A day named by its ordinal alone ("on the 20th", "pada tanggal 20"), its month left to
the reader: the month of the last full date before it in the paragraph ("Next episode on 22
March, after the video conference on the 20th"), else of the date of publication. A day
of that month already past when the text is dated and the sentence looks ahead is the next
month's. An ordinal before a noun or "of" names no day ("the 20th anniversary", "the 3rd
of the brigades", "the 21st century")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from willing.ingest.document import Doc

#: the ordinal after "on the" / "by the" / "tanggal", nothing but punctuation or a
#: joiner after it
_ORDINAL = re.compile(
    r"(?:\b(?:[Oo]n|[Bb]y|[Ff]rom|[Uu]ntil|[Ss]ince|[Bb]efore|[Aa]fter)\s+the\s+"
    r"(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)"
    r"|\b(?:[Pp]ada\s+)?tanggal\s+(?P<d2>[1-9]|[12]\d|3[01]))"
    r"(?=\s*(?:[.,;:)!?]|$|and\b|dan\b|or\b|atau\b|at\b|pukul\b|when\b|ketika\b))"
)


_SUFFIXES = ("st", "nd", "rd", "th")


def _candidates(doc: Doc) -> list[re.Match[str]]:
    """The matches of the pattern around the number tokens that may be ordinal days (a
    number with an ordinal's suffix, or one of up to two digits after "tanggal"): the
    pattern is tried only there, not over the whole text."""
    out: list[re.Match[str]] = []
    for t in doc.digit_tokens:
        key = doc.keys[t]
        if not (
            (key.endswith(_SUFFIXES) and len(key) <= 4)
            or (len(key) <= 2 and t > 0 and doc.keys[t - 1] == "tanggal")
        ):
            continue
        a, b = doc.starts[t], doc.ends[t]
        m = next((m for m in _ORDINAL.finditer(doc.text, max(0, a - 24), b + 12)), None)
        if m is not None and m.start() <= a < m.end():
            out.append(m)
    return out


def ordinal_days(
    doc: Doc,
    dated: list[tuple[int, int, dt.date | None]],
    anchor: dt.date | None,
    taken: bytearray,
    way: Callable[[int, int], int],
) -> list[tuple[int, int, dt.date]]:
    """(start, end, day) of each ordinal day, given the (start, end, day) of the dates
    found; `way(start, end)` gives the sentence's tense (+1 ahead)."""

    def before(pos: int) -> dt.date | None:
        last = max(((s, d) for s, e, d in dated if d is not None and e <= pos), default=None)
        if last is None or doc.paragraph_index(last[0]) != doc.paragraph_index(pos):
            return None
        return last[1]

    out: list[tuple[int, int, dt.date]] = []
    for m in _candidates(doc):
        start, end = m.start(), m.end()
        if any(taken[start:end]):
            continue
        dom = int(m.group("d") or m.group("d2"))
        base = before(start) or anchor
        if base is None:
            continue
        year, month = base.year, base.month
        if base is anchor and way(start, end) > 0 and dom < base.day:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        try:
            day = dt.date(year, month, dom)
        except ValueError:
            continue
        out.append((start, end, day))
    return out
