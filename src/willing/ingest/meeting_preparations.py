"""A record of a meeting held to prepare for another: a delegation's coordination meeting at
home ("Rapat Koordinasi Persiapan Delegasi RI ... pada Pertemuan Para Menteri Luar Negeri
Koalisi", an invitation "in order to prepare Indonesia's part in the summit ... to a
coordination meeting"). Its title names the coalition's meeting, but its labelled fields
(date, room, chair) are the preparatory meeting's own, which is no meeting of the
coalition's states; the meeting it prepares is read from the sentences, as in any text.
"""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules
from willing.ingest.prefilter import alternation


@cache
def _preparing() -> re.Pattern[str]:
    words = [str(w) for w in rules.load("meetings")["minutes_preparing"]]
    return re.compile(rf"(?i:\b(?:{alternation(sorted(words, key=len, reverse=True))})\b)")


def prepares_another(title: str) -> bool:
    """The title above a record's fields says its meeting prepares for another one."""
    return _preparing().search(title) is not None
