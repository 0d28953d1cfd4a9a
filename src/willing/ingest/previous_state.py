"""The state a head of government or a minister named with a bare role acts for, when the
role opens its sentence and the sentence before, in the same paragraph, opens with a state
or names one state as its actor ("Britain will send a battlegroup. The Prime Minister, X,
told the summit ..."; "Denmark hosted the summit. Prime Minister X, in the chair, said
..."): the role points back at that state as "its prime minister" would. A state after a
place word ("in", "di") is a place, not an actor; two states leave it open, and so do the
sides of the war, which every text names as actors."""

from __future__ import annotations

import re
from typing import Any

from willing.ingest.document import Doc
from willing.ingest.parties import Mention, is_state

#: the bare role opens its sentence: "The Prime Minister, ", "Prime Minister ", "Menteri "
_OPENS = re.compile(r"[\s\"“(\-•*]*(?:(?:The|the|Sang)\s+)?\Z")
#: the sides of the war, which every text names as actors: no pointer to a person's state
_SIDES = frozenset({"UKR", "RUS", "USA"})
#: the offices a state's own head or minister holds (not an envoy's, not a body's)
_OFFICES = ("Prime Minister", "President", "Chancellor", "Minister")


def previous_state(doc: Doc, person: Any, parties: list[Mention]) -> str | None:
    """The one state acting in the sentence before the person's, in its paragraph."""
    from willing.ingest.person_party import PLACE_WORDS  # person_party imports this module

    role = person.role
    # a bare "Minister" is as often the text's own (a note's, a newsletter's) as the state's
    if role is None or role.title == "Minister" or not any(o in role.title for o in _OFFICES):
        return None
    n = doc.sentence_index(person.start)
    if n == 0:
        return None
    s, _ = doc.sentences[n]
    if not _OPENS.match(doc.text, s, person.start) and not _OPENS.fullmatch(
        doc.text, s, person.start
    ):
        return None
    ps, pe = doc.sentences[n - 1]
    if doc.paragraph_index(ps) != doc.paragraph_index(s):
        return None
    actors = [
        p
        for p in parties
        if ps <= p.start < pe
        and is_state(p.code)
        and p.code not in _SIDES
        and doc.previous_key(p.start) not in PLACE_WORDS
    ]
    if not actors:
        return None
    if _OPENS.fullmatch(doc.text, ps, actors[0].start):
        return actors[0].code  # the sentence's subject: "Denmark hosted 33 countries; ..."
    codes = {p.code for p in actors}
    return codes.pop() if len(codes) == 1 else None
