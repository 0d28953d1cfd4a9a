"""A day awaited: a day and month named without a year that a word of awaiting governs
("a vote expected in the week of 15 April", "due on 3 May", "scheduled for 5 November",
"the next round comes on 14 October", "dijadwalkan pada 30 Oktober", "pertemuan
berikutnya pada 2 November"). What is awaited lies ahead, so the day is the coming one
whatever the tense of the words around it ("said", "hosted by"); year_of_day still keeps
a day of a few weeks back in its year. The word stands in the day's clause (no sentence
end or semicolon between), a few words before it, and the day follows a preposition."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules
from willing.ingest.prefilter import alternation

#: how far back from the day the word of awaiting may stand
_REACH = 70


@cache
def _awaited() -> re.Pattern[str]:
    """The word of awaiting, up to four words of its clause, a preposition, the day."""
    words = sorted(rules.load("dates")["awaited_before_day"], key=len, reverse=True)
    return re.compile(
        rf"(?i:\b(?:{alternation(words)})\b(?![ \t]+(?:to|door|week|year|month|day)\b)"
        r"(?:[ \t,]+[\w'’-]+){0,4}?[ \t,]+(?:on|in|for|from|at|pada|tanggal|sekitar)[ \t]+"
        r"(?:(?:the[ \t]+)?(?:week|weekend|pekan|minggu|akhir[ \t]+pekan)[ \t]+(?:of[ \t]+)?)?"
        r"(?:tanggal[ \t]+)?$)"
    )


def awaited_day(text: str, day_start: int) -> bool:
    """Whether a word of awaiting governs the day whose match starts at day_start."""
    window = text[max(0, day_start - _REACH) : day_start]
    return _awaited().search(re.split(r"[.;!?\n]", window)[-1]) is not None


def way(kind: str, tense: int, text: str, start: int) -> int:
    """The way of a day and month (kinds dmy, mdy, slash) matched from start: ahead when
    awaited, else the tense of its sentence."""
    if kind in ("dmy", "mdy", "slash") and tense <= 0 and awaited_day(text, start):
        return 1
    return tense
