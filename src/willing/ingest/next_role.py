"""The role of a person named alone, given by the next sentence's subject: "WINNER:
Emmanuel Macron. The French president got what he wanted", "Emmanuel Macron. Presiden
Prancis itu ...": the role of that person's own state."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from willing.ingest.document import Doc
from willing.ingest.parties import gazetteer as party_names

if TYPE_CHECKING:
    from willing.ingest.people import Role

_NEXT = re.compile(r"[.:]\s+(?:The\s+|the\s+)?")
_THAT = frozenset({"itu", "tersebut"})


def next_role(doc: Doc, end: int, party: str | None) -> Role | None:
    """The role opening the sentence right after `end`, when it is of `party`."""
    from willing.ingest.people import roles  # people imports this module

    m = _NEXT.match(doc.text, end)
    if m is None or party is None:
        return None
    k = doc.token_at(m.end())
    if k >= len(doc):
        return None
    state = party_names().match_at(doc, k)
    if state is not None and state.value.code == party:
        role = roles().match_at(doc, state.last + 1)  # "The French president"
        return role.value if role is not None else None
    role = roles().match_at(doc, k)  # "Presiden Prancis itu"
    if role is None or role.last + 2 >= len(doc):
        return None
    state = party_names().match_at(doc, role.last + 1)
    if state is None or state.value.code != party:
        return None
    if state.last + 1 < len(doc) and doc.keys[state.last + 1] in _THAT:
        return role.value
    return None
