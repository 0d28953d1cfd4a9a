"""The force of the article named by its definite noun: context for a view of it.

A view of foreign troops is read only in a sentence about Ukraine (a context word of
`positions.yaml`, or the sentence before, by "such" or a sending verb). An article that has
named the force in Ukraine goes on to speak of it as "the force", "the mission", "the task
group": "Moscow describes the task group as a blockade and demands its dissolution" is about
the force the report is about, though it names no place. Such a sentence takes its context
from the article when an earlier sentence names a force with a context word; not a force
with a state's adjective between ("the Russian force"), nor the word in other senses ("by
the force of law", "the force of the blast" read as a noun followed by "of").
"""

from __future__ import annotations

import re

from willing.ingest.document import Doc

#: the words a definite force is named by: a cheap test before `_DEFINITE`
_WORDS = frozenset({"force", "mission", "contingent", "brigade", "battlegroup", "group"})

#: the force as a definite noun, with at most one word of its kind between
_DEFINITE = re.compile(
    r"(?i:\b(?<!by )the (?:(?:reassurance|multinational|coalition|guarantee|monitoring|naval"
    r"|maritime|air|land|northern|southern|eastern|western|European|allied) )?(?:force"
    r"|mission|contingent|brigade|battlegroup|task group)\b(?!\s+of\b)(?!-))"
)

#: a force's words, one of which the earlier sentence holds with its context word
_TROOPS = frozenset(
    {"force", "forces", "troops", "mission", "contingent", "brigade", "soldiers", "pasukan"}
    | {"battlegroup", "deployment", "contingents", "kontingen", "misi", "personnel"}
)


def definite(doc: Doc, s: int, needed: frozenset[str]) -> bool:
    """Whether the sentence at `s` names the article's force by its definite noun, the
    force having been named with a context word (`needed`) in an earlier sentence."""
    i = doc.sentence_index(s)
    if i == 0 or doc.sentence_keys[i].isdisjoint(_WORDS):
        return False
    if not _DEFINITE.search(doc.text, *doc.sentences[i]):
        return False
    return any(
        not keys.isdisjoint(needed) and not keys.isdisjoint(_TROOPS)
        for keys in doc.sentence_keys[:i]
    )
