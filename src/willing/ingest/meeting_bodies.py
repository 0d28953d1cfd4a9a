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
    i, span = last, 0
    while i + 1 < len(doc) and span < _SPAN and not _BREAK.search(doc.gap(i)):
        i += 1
        near.append(doc.keys[i])
        span += _words_of(doc, i, span)
    i, span = first, 0
    while i > 0 and span < _SPAN and not _BREAK.search(doc.gap(i - 1)):
        i -= 1
        near.append(doc.keys[i])
        span += _words_of(doc, i, span)
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


def _words_of(doc: Doc, i: int, used: int) -> int:
    """How much token i uses of the span: none for a word of a name in capitals or its "of
    the" right by the meeting word ("the Listed Areas Committee", "the board of the Port
    Authority of Constanta" name their body however long the name), one for any other
    word and for every word past the first other one ("the Defence Committee chair Jane
    Doe said the summit": a committee of someone's title, not the summit's)."""
    free = doc.words[i][:1].isupper() or doc.keys[i] in _OF_THE
    return 0 if free and not used else 1


_OF_THE = frozenset({"of", "the", "dari"})


def headed_by_body(doc: Doc, end: int) -> bool:
    """The title above a record's fields (the text before `end`) names another body:
    "RAPAT KERJA KOMISI I DPR RI" heads a parliament's minutes."""
    w = _words()
    title = doc.keys[: doc.token_at(end)]
    return not w.bodies.isdisjoint(title) and w.ours.isdisjoint(title)
