"""Meetings of other bodies: a parliament's sitting, a party's or a union's meeting, a
committee's or a board's, a ceremony attended, families gathering. Each names the body
next to its meeting word, as the subject ("the executive committee met"), the owner
("rapat paripurna DPR", "a meeting of the board", "at its meeting" of a board named
before) or the kind ("rapat kerja", "the annual general meeting"); none is a meeting of
the coalition's states.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from willing.ingest import rules
from willing.ingest.document import Doc

#: how many words either side of the meeting word may name its body
_SPAN = 4
#: a gap closing the meeting word's phrase
_BREAK = re.compile(r"[,.;:()\"“”]")
_OWNERS = frozenset({"its", "their", "his", "her"})


@dataclass(frozen=True)
class _Words:
    bodies: frozenset[str]
    kinds: frozenset[str]
    ours: frozenset[str]


@cache
def _words() -> _Words:
    data = rules.load("meetings")["domestic"]
    return _Words(
        *(frozenset(str(w).casefold() for w in data[k]) for k in ("bodies", "kinds", "ours"))
    )


def other_body(doc: Doc, first: int, last: int) -> bool:
    """The meeting word in tokens [first, last] is a meeting of another body."""
    w = _words()
    if last + 1 < len(doc) and doc.keys[last + 1] in w.kinds and not _BREAK.search(doc.gap(last)):
        return True
    near: list[str] = []
    i = last
    while i + 1 < len(doc) and i < last + _SPAN and not _BREAK.search(doc.gap(i)):
        i += 1
        near.append(doc.keys[i])
    i = first
    while i > 0 and i > first - _SPAN and not _BREAK.search(doc.gap(i - 1)):
        i -= 1
        near.append(doc.keys[i])
    if not w.ours.isdisjoint(near):
        return False
    if not w.bodies.isdisjoint(near):
        return True
    if first > 0 and doc.keys[first - 1] in _OWNERS:
        # "The board will review them at its meeting": the body the sentence began with
        s, _ = doc.sentence_at(doc.starts[first])
        before = doc.keys[doc.token_at(s) : first]
        return not w.bodies.isdisjoint(before) and w.ours.isdisjoint(before)
    return False


def headed_by_body(doc: Doc, end: int) -> bool:
    """The title above a record's fields (the text before `end`) names another body:
    "RAPAT KERJA KOMISI I DPR RI" heads a parliament's minutes."""
    w = _words()
    title = doc.keys[: doc.token_at(end)]
    return not w.bodies.isdisjoint(title) and w.ours.isdisjoint(title)
