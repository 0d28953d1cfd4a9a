"""A session with nothing of a meeting of states around it: a chat's, an exercise's or a
panel's ("Sesi: Rabu, 14 November", "for the session of 10 December", "Session held on
Wednesday ...") is dated by its text, but its sentence names no place and none of those
who meet for the coalition (its leaders, ministers, chiefs, envoys, delegations, states, a
working group): the date of the text's own event, no meeting of the coalition.
"""

from __future__ import annotations

from functools import cache

from willing.ingest import rules
from willing.ingest.document import Doc
from willing.ingest.gazetteer import Gazetteer


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = rules.load("meetings")["bare_sessions"]
    return (
        frozenset(str(w).casefold() for w in data["nouns"]),
        frozenset(str(w).casefold() for w in data["participants"]),
    )


def bare_session(doc: Doc, places: Gazetteer[str], value: str, s: int, e: int) -> bool:
    """The meeting word `value` is a session whose sentence [s, e) names no place and no
    participant of a meeting of states."""
    nouns, participants = _words()
    if value.casefold() not in nouns:
        return False
    if participants.intersection(doc.keys[doc.token_at(s) : doc.token_at(e)]):
        return False
    return not places.within(doc, s, e)
