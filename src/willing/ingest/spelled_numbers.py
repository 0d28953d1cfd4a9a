"""A number spelled out at the end of a few words, read whole: "twenty-six", "twenty six",
"dua puluh enam" are tens joined to a unit (26), not the unit alone (6); "tujuh belas",
"eleven" are one word of the table; "and 17" is its digits. Used where a number is read
back from the words before an anchor ("twenty-six of them put something on it")."""

from __future__ import annotations

import re

_SPLIT = re.compile(r"[- ]+")


def spelled(text: str, word_values: dict[str, int], word_units: dict[str, int]) -> int | None:
    """The number the words end with, or None when they end with no number."""
    words = _SPLIT.split(text.casefold().strip())
    if words[-1].isdigit():
        return int(words[-1])
    unit = word_units.get(words[-1])
    for j in (1, 2):  # "twenty-six" (one word of tens), "dua puluh enam" (two)
        tens = word_values.get(" ".join(words[-1 - j : -1])) if len(words) > j else None
        if unit is not None and tens is not None and tens % 10 == 0 and 20 <= tens <= 90:
            return tens + unit
    for k in range(len(words)):  # "dan tujuh belas": the number is the words at the end
        value = word_values.get(" ".join(words[k:]))
        if value is not None:
            return value
    return None
