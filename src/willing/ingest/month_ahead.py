"""A month awaited: a month named alone right after a word of expecting or scheduling
("starting in April", "expected in May", "due in June", "planned for September",
"dijadwalkan pada Juli", "diperkirakan pada bulan Agustus"). What is awaited lies ahead,
so the month is the next one whatever the tense of the sentence around it ("Parliament
met; a vote is expected in May" is May to come, not May gone). Also the way of a month
whose sentence says no tense at all (`untensed`)."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules
from willing.ingest.prefilter import alternation

#: how far back from the month's name the word of awaiting may stand
_REACH = 40


@cache
def _awaited() -> re.Pattern[str]:
    """The word of awaiting, a preposition and a part of the month, ending at the month."""
    words = sorted(rules.load("dates")["awaited_before_month"], key=len, reverse=True)
    return re.compile(
        rf"(?i:\b(?:{alternation(words)})[ \t]+(?:(?:in|for|on|from|pada|sekitar)[ \t]+)?"
        r"(?:(?:bulan|early|late|mid-?|awal|akhir|pertengahan)[ \t]+)?$)"
    )


def awaited(text: str, month_start: int) -> bool:
    """Whether a word of awaiting governs the month whose name starts at month_start."""
    return _awaited().search(text, max(0, month_start - _REACH), month_start) is not None


#: a month's own phrase that looks back: a start gone ("since April", "sejak Maret"), a
#: month pointed back to ("last June"), or a month heading a line of a log ("Maret: ...")
_GONE = re.compile(r"(?i:(?:since|sejak|last)\s)|.*[:\u2013\u2014-][ \t]$")


def untensed(match: str, language: str | None) -> int:
    """The way of a month named alone whose sentence says no tense: 0 (the nearer of the
    month to come and the month gone) in English, where a month gone is told with a past
    verb and what is scheduled in the present ("the battalion sails in March"); -1 (the
    month gone) in Indonesian, whose verbs carry no tense ("dibentuk pada bulan Februari"),
    and for a month whose own phrase looks back."""
    return 0 if language == "en" and _GONE.match(match) is None else -1
