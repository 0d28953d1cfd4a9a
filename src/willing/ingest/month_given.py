"""A month given: a month named alone after a bound ("from", "starting", "until", "mulai",
"hingga") in what a verb of announcing, pledging or offering gives ("Brazil announced 40
more monitors from August", "sudah mengumumkan 40 pemantau tambahan mulai Agustus",
"offered two helicopters from October"). What is given starts or lasts ahead of the
giving, so the month is the next one, though the verb itself is past. The verb must stand
in the month's clause (no sentence end or semicolon between) and a few words before it."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules
from willing.ingest.prefilter import alternation

#: how far back from the month's name the verb of giving may stand
_REACH = 90


def _alt(key: str) -> str:
    return alternation(sorted(rules.load("dates")[key], key=len, reverse=True))


@cache
def _given() -> re.Pattern[str]:
    """The verb of giving, words of its clause, and a bound ending at the month's name."""
    return re.compile(
        rf"(?i:\b(?:{_alt('month_givers')})\b[^;.!?\n]*?[ \t](?:{_alt('month_bounds')})"
        r"[ \t]+(?:(?:early|late|mid-?|awal|akhir|pertengahan)[ \t]+)?$)"
    )


def given(text: str, month_start: int) -> bool:
    """Whether a verb of giving sets ahead the bound month whose name starts at month_start."""
    return _given().search(text, max(0, month_start - _REACH), month_start) is not None


_BOUND = re.compile(r"(?i:\b(?:by|until|till|before|hingga|sampai|sebelum)[ \t]+(?:the[ \t]+)?$)")


def bound(text: str, start: int) -> bool:
    """Whether a bound stands before a month's part ("by the end of September", "hingga
    akhir Juni"): the month's match starts at the part, the bound is outside it."""
    return _BOUND.search(text, max(0, start - 12), start) is not None
