"""Each listed state's own parliament: "Germany, the Netherlands and Finland must seek the
approval of their own parliaments", "Swedia dan Norwegia ... persetujuan parlemen
masing-masing".

A parliament said to be each state's ("their own", "their respective", "its own",
"masing-masing", "mereka") belongs to every state of the list the clause opens with, not to
one of them nor to no one. Only a list of two states or more that opens the clause, and
then no other state before the parliament but a place ("ke Ukraina", "to Ukraine"), is read
so: "the other contributors need the consent of their own parliaments" after a clause naming
two hosts is no host's, but every contributor's; one state is read only with "its own".
"""

from __future__ import annotations

import re

from willing.ingest.document import Doc, Index
from willing.ingest.parties import Mention

#: the parliament said to be each state's, in the match ("its own" names one state)
_OWN_IN = re.compile(
    r"(?i:\b(?:their|its)\s+(?:own|respective)\b"
    r"|\b(?:their|each)\s+\w*\s*(?:parliaments?|legislatures?)\b)"
)
_ITS = re.compile(r"(?i:\bits\s+own\b)")
#: ... or right after it
_OWN_AFTER = re.compile(r"(?i:(?:nya)?\s+(?:mereka|masing-masing|of each|of their own)\b)")

#: between the states of a list: "Germany, the Netherlands and Finland", "A dan B"
_BETWEEN = re.compile(
    r"(?i:\s*(?:,\s*(?:(?:and|dan|serta)\s+)?|\s+(?:and|dan|serta)\s+)(?:the\s+)?)"
)

#: a clause opens at the sentence's start or after these
_CLAUSE = re.compile(r"[;:]\s*")

#: words before a state that make it a place, not a subject: "ke Ukraina", "to Ukraine"
_PLACE = frozenset({"to", "in", "into", "ke", "di", "for", "untuk", "dari", "from", "of", "with"})

#: the most words before the list in its clause: "Catatan rapat", "In short, ..."
_OPENING = 3


def own(doc: Doc, m: re.Match[str]) -> bool:
    """Whether the parliament of the match is said to be each state's own."""
    return bool(_OWN_IN.search(m.group()) or _OWN_AFTER.match(doc.text, m.end()))


def subjects(doc: Doc, m: re.Match[str], parties: Index[Mention]) -> list[str]:
    """The states of the list opening the clause, when the parliament is each one's (one
    state only for "its own")."""
    if not own(doc, m):
        return []
    s, _ = doc.sentence_at(m.start())
    cuts = [c.end() for c in _CLAUSE.finditer(doc.text, s, m.start())]
    a = cuts[-1] if cuts else s
    before = [p for p in parties.within(a, m.start()) if p.end <= m.start()]
    if not before or len(doc.text[a : before[0].start].split()) > _OPENING:
        return []
    run = [before[0]]
    for p in before[1:]:
        if _BETWEEN.fullmatch(doc.text, run[-1].end, p.start):
            run.append(p)
        else:
            break
    rest = before[len(run) :]
    if any(not _place(doc, p) for p in rest):
        return []
    single = _ITS.search(m.group()) is not None
    if len(run) < (1 if single else 2):
        return []
    return list(dict.fromkeys(p.code for p in run))


def _place(doc: Doc, p: Mention) -> bool:
    """The state is named as a place: "ke Ukraina", "to the Ukraine force"."""
    before = doc.previous_key(p.start)
    if before == "the" and p.first > 1:
        before = doc.keys[p.first - 2]
    return before in _PLACE


def clause_states(doc: Doc, m: re.Match[str], parties: Index[Mention]) -> bool:
    """Whether the clause of the match names a state before it other than as a place: a
    parliament each state's own may then be read for the states named ("several members,
    including the Netherlands and Ireland, ... their parliaments")."""
    s, _ = doc.sentence_at(m.start())
    cuts = [c.end() for c in _CLAUSE.finditer(doc.text, s, m.start())]
    a = cuts[-1] if cuts else s
    return any(p.end <= m.start() and not _place(doc, p) for p in parties.within(a, m.start()))
