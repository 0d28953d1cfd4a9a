"""A state named in its formal style right after a role: "Menteri Luar Negeri Republik
Polandia, X", "Duta Besar Kerajaan Norwegia untuk Indonesia", "Minister of Defence of the
Republic of Poland". The style ("Republik", "Kerajaan", "Republic of", "Kingdom of") is
how letters, lists of participants and address blocks write a state, and what follows it
is the state the role serves, not a person's name. An address block may put the style on
the line under the role ("Menteri Pertahanan\\nRepublik Polandia"); the state is the
role's there too when the style line holds nothing else but the state."""

from __future__ import annotations

from functools import cache

from willing.ingest import rules
from willing.ingest.document import Doc
from willing.ingest.gazetteer import Gazetteer
from willing.ingest.parties import Mention


@cache
def styles() -> Gazetteer[bool]:
    """Every formal style a state's name may follow, in both languages."""
    gaz: Gazetteer[bool] = Gazetteer()
    for name in rules.words("roles", "state_styles"):
        gaz.add(name, True)
    return gaz


def styled_state(doc: Doc, j: int, parties: dict[int, Mention]) -> Mention | None:
    """The state named in a formal style starting at token j, right after a role (its
    last token is j - 1): after a blank, or on a line of its own under the role."""
    if j + 1 >= len(doc) or doc.gap(j - 1) not in (" ", "\n"):
        return None
    k = j + 1 if doc.keys[j] == "the" and doc.gap(j) == " " else j
    hit = styles().match_at(doc, k)
    if hit is None or hit.last + 1 >= len(doc) or doc.gap(hit.last) != " ":
        return None
    state = parties.get(hit.last + 1)
    if state is None:
        return None
    if doc.gap(j - 1) == "\n":
        # an address block: the style's line is the state alone, under a role's own line
        line_ends = state.last + 1 >= len(doc) or "\n" in doc.gap(state.last)
        if k != j or not line_ends:
            return None
    return state
