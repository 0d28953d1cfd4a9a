"""The state a person's own line gives right after the name: a town or a state after a
comma that closes the entry ("Karin Olsen, Kopenhagen:", "X, Krakow - ...", "X, Norway."),
as a guest book, a list of comments, a letters page or a roll of signatories writes where
each person is from. It is read before the text's setting, which is the state of the
place the text is written in, not of the people it lists."""

from __future__ import annotations

import re

from willing.ingest.parties import Mention, is_state
from willing.ingest.setting import town_state

#: a comma, one or two capitalised words, then the entry's end: a colon, a dash, a full
#: stop, a bracket, a pipe or the line's end
_PLACE = re.compile(
    r",[ \t]+(?P<place>[A-ZÀ-Þ][\w’'\-]*+(?:[ \t]+[A-ZÀ-Þ][\w’'\-]*+)?)"
    r"[ \t]*(?=[:.;|(\n]|[-–—][ \t]|\Z)"
)


def own_line_state(text: str, end: int, parties: list[Mention]) -> str | None:
    """The state of the town or the state named after a comma right after a name."""
    m = _PLACE.match(text, end)
    if m is None:
        return None
    a, b = m.start("place"), m.end("place")
    for p in parties:
        if p.start == a and p.end == b and is_state(p.code):
            return p.code
    return town_state(m.group("place"))
