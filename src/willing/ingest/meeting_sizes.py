"""A meeting's size is how many sat at it: a number given as a bound ("more than 30
countries", "lebih dari 30 negara", "at least 25 delegations") says how many were hoped
for or at the least, so it is still a count but no meeting's size."""

from __future__ import annotations

import re

_WORDS = (
    r"(?:more than|over|at least|upwards of|fewer than|less than|up to|no fewer than"
    r"|lebih dari|lebih daripada|sedikitnya|setidaknya|paling sedikit|minimal|kurang dari"
    r"|maksimal|paling banyak)[ \t]+"
)
#: the bound before the count's span, or opening it (a count's span may hold its bound)
_BEFORE = re.compile(rf"(?i:\b{_WORDS}\Z)")
_OPENING = re.compile(rf"(?i:{_WORDS})")


def bounded(text: str, start: int) -> bool:
    """The number starting at `start` is a bound, not an exact size."""
    return bool(_OPENING.match(text, start) or _BEFORE.search(text, max(0, start - 24), start))
