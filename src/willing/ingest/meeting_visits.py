"""Visits that are no meeting: a visit names a meeting only where it reaches a place where
people meet (a capital, a city); one to a ward, a base, a sector or with no destination
at all ("the minister, who visited on Thursday", "kunjungan ke sektor selatan") is an
inspection or a tour, and a visit's segment with no place is no meeting.
The test runs on each segment before it joins a meeting, so a dated visit cannot lend its
day to the meeting words around it. A visit someone receives ("menerima kunjungan
kehormatan") still says two sides met."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules
from willing.ingest.document import Doc


@cache
def _visit_words() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in rules.load("meetings")["visit_triggers"])


#: the receiving side before the visit word: "menerima kunjungan", "received a visit"
_RECEIVED = re.compile(r"(?i:\b(?:menerima|received|receives|receiving|hosted)\s+(?:a\s+)?\Z)")


def tour(doc: Doc, t_start: int, t_end: int) -> bool:
    """The meeting word at [t_start, t_end) is a visit nobody is said to receive: with no
    place in its segment it names no meeting."""
    if doc.text[t_start:t_end].casefold() not in _visit_words():
        return False
    return _RECEIVED.search(doc.text, max(0, t_start - 30), t_start) is None
