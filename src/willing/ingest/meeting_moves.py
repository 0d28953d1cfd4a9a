"""The day a meeting was first set for, before it was moved: "originally 30 January, now 13
February", "postponed from 12 November to 26 November", "yang semula dijadwalkan pada 14
Mei, diundur menjadi 21 Mei". A notice of a changed schedule names the former day first,
often nearer the meeting word than the new one; the meeting is held on the new day (or on
none yet named, "ditunda ke triwulan III"), never on the day it left.
"""

from __future__ import annotations

import re

from willing.ingest.meeting_clauses import MOVING_VERBS

#: a word of a former plan right before the day: "originally", "initially set for",
#: "first scheduled for", "previously planned for", "semula", "awalnya dijadwalkan pada";
#: or the day a move verb starts from: "postponed from", "moved from the", "diundur dari"
_FORMER = re.compile(
    r"(?i:\b(?:(?:originally|initially|formerly)(?:\s+(?:set|scheduled|planned|due|slated"
    r"|fixed|expected))?"
    r"|(?:first|previously|earlier)\s+(?:set|scheduled|planned|due|slated|fixed)"
    r"|(?:semula|awalnya|mulanya|tadinya)(?:\s+(?:dijadwalkan|direncanakan|ditetapkan"
    r"|akan\s+digelar|akan\s+diadakan))?"
    r"|(?:sebelumnya|sedianya)\s+(?:dijadwalkan|direncanakan|ditetapkan)"
    rf"|{MOVING_VERBS}"
    r"(?:\s+[\w'’-]+){0,2}?\s+(?:from|dari))"
    r"(?:\s+(?:for|on|to|the|pada|tanggal|hari))*\s*\Z)"
)


def former_day(text: str, day_start: int) -> bool:
    """The day starting at `day_start` is the one a meeting was first set for."""
    return _FORMER.search(text, max(0, day_start - 50), day_start) is not None
