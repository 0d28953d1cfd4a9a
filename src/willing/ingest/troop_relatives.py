"""Counted troops a state keeps, named by a relative clause (twenty-eighth set).

"ordered winter kit for the 650 troops it keeps near the line", "decided to re-equip the
350 Italian troops it keeps in the force": the sentence is about something else (a
purchase, new uniforms), and the troops the state has there are named only in the relative
clause after them, with the state as its pronoun subject ("it", "they") and a verb of
keeping or sending as the cue. The troops still stand where the state keeps them, so they
are its land commitment. Read only when a count stands before the troops, so a back
reference to a force already spoken of ("the troops it has there") is not read again,
and only with the pronoun right before the cue: "the 650 troops Russia keeps" names its
own subject and is read by the clause rules.
"""

from __future__ import annotations

import re

from willing.ingest.document import Doc
from willing.ingest.gazetteer import Gazetteer, Match

#: a count right before the troops, with at most one word (a demonym) between
_COUNTED = re.compile(r"(?i:\b\d[\d,.]*(?:-strong)?\s+(?:(?-i:[A-Z])[\w'’-]+\s+)?$)")
#: the relative clause's pronoun subject, right after the troops and right before the cue
_ITS_OWN = re.compile(
    r"(?i:\s+(?:that\s+|which\s+)?(?:it|they)\s+(?:(?:still|now|also|currently)\s+)?"
    r"(?:(?:has|have|had)\s+)?$)"
)
#: the verbs of keeping or sending that make the troops the state's
_KEEPING = frozenset(
    {
        "keeps", "kept", "keep", "has", "have", "maintains", "maintained",
        "stations", "stationed", "sent", "deployed",
    }
)  # fmt: skip


def kept_by_it(doc: Doc, troops: Gazetteer[str], start: int, cue: Match[str]) -> Match[str] | None:
    """The counted troops in [start, cue) that the cue's relative clause says "it" keeps."""
    if doc.text[cue.start : cue.end].lower() not in _KEEPING:
        return None
    for troop in troops.within(doc, start, cue.start):
        if _ITS_OWN.fullmatch(doc.text, troop.end, cue.start) and _COUNTED.search(
            doc.text, max(0, troop.start - 30), troop.start
        ):
            return troop
    return None
