"""Days written in figures alone, with their year: "01/06/2030", "1.6.2030", "1-6-2030",
"2030/06/01", and a chat's stamp "[11/03/30 19.24]" (a two-figure year only before a clock
time). Day first, as Indonesian and European texts write it, unless the form forces the
month first ("06/15/2030": no month 15). Dates in brackets after a weekday ("Senin
(14/12)") are read by dates.py; a number of a letter, a rule or an article ("Nomor
12/05/2030", "No. 1/2/2030"), a fraction, a score or a ratio (no year) are no day."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from willing.ingest.document import Doc

#: Each day opens with a digit: the lookahead in front lets the engine skip from digit to
#: digit instead of testing the lookbehind at every character (over a whole text, about
#: twice as fast; the matches are the same, the lookahead being what `a` must start with).
_DAY_FIRST = re.compile(
    r"(?=\d)(?<![\w/.,:-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)"
    r"(?P<y>(?:19|20)\d{2})(?![\w/]|[.,:-]\d)"
)
_YEAR_FIRST = re.compile(
    r"(?<![\w/.,:-])(?P<y>(?:19|20)\d{2})(?P<sep>[/.])(?P<b>[01]?\d)(?P=sep)(?P<a>[0-3]?\d)"
    r"(?![\w/]|[.,:-]\d)"
)
# a chat's stamp: a two-figure year, then a clock time ("[11/03/30 19.24]", "11/03/30, 19:24");
# the lookahead as in `_DAY_FIRST`
_STAMP = re.compile(
    r"(?=\d)(?<![\w/.,:-])(?P<a>[0-3]?\d)/(?P<b>[01]?\d)/(?P<y>\d{2}),?\s+"
    r"(?:[01]?\d|2[0-3])[.:][0-5]\d\b"
)
# the number of a letter, a decree or an article, not a day
_NUMBERED = re.compile(
    r"(?i:\b(?:no|nomor|nomer|nr|ref|reference|pasal|article|art|surat|perpres|sk|kep|"
    r"case|file|order|invoice|faktur|version|versi|v)\b\.?\s*:?\s*\Z)"
)


def numeric_days(doc: Doc, taken: bytearray) -> Iterator[tuple[int, int, dt.date]]:
    """Each day written in figures with its year, not in a span already read."""
    text = doc.text
    if not any(c in text for c in "/.-"):
        return
    for pattern in (_DAY_FIRST, _YEAR_FIRST, _STAMP):
        for m in pattern.finditer(text):
            start = m.start()
            end = m.end("y") if pattern is _STAMP else m.end()
            if any(taken[start:end]) or _NUMBERED.search(text, max(0, start - 12), start):
                continue
            day = _day(int(m.group("a")), int(m.group("b")), m.group("y"))
            if day is not None:
                taken[start:end] = b"\x01" * (end - start)
                yield start, end, day


def _day(first: int, second: int, year: str) -> dt.date | None:
    """Day first, unless only the month can come first ("06/15/2030")."""
    full = int(year) + (2000 if len(year) == 2 else 0)
    day, month = (second, first) if second > 12 >= first else (first, second)
    try:
        return dt.date(full, month, day)
    except ValueError:
        return None


def stamped(doc: Doc, start: int) -> bool:
    """The date at start stamps a line in brackets ("[11/03/30 19.24] Andre: ..."): the
    time a message was written, not the day of an event it tells of."""
    return doc.text[start - 1 : start] == "[" and (start < 2 or doc.text[start - 2] == "\n")
