"""Commitments listed item by item, each item led by its giver (twenty-seventh set).

A report sums up a force or a set of pledges as one sentence with a list after a colon, its
items cut by semicolons: "Its main contributions are: a British armoured brigade of 4,000
troops; a French battlegroup near Odesa; a German logistics regiment", "the pledges include:
the United Kingdom's armoured brigade; France's 2,500 troops". The sentence's subject (the
force, "its") or the giver of the item before is not the item's giver: the state named at
the head of the item, as the attribute or owner of what is given, is. So a list item that
begins with a state as an adjective or a possessive ("a French battlegroup", "Germany's
4 billion euros", "Norwegian and Spanish batteries") gives to that state (or those states).
Only items of a semicolon list are read so: "a British brigade and French jets" in running
prose keeps the clause's own reading.
"""

from __future__ import annotations

import re

from willing.ingest.document import Doc, Index
from willing.ingest.parties import Mention, is_state

#: where an item starts: after the list's colon or a semicolon
_ITEM_START = re.compile(r"[:;]\s*")
#: the words an item may open with before its giver: "and", an article, a number
_LEAD = re.compile(
    r"(?i:\s*(?:(?:and|or|plus)\s+)?(?:(?:a|an|the|one|two|three|four|five|six|some|\d[\d,.]*)"
    r"\s+)?)"
)
#: what follows a giver at the item's head: a possessive, or a word of the asset
_ATTRIBUTE = re.compile(r"(?:['’]s)?\s+(?!(?:and|or|has|have|had|is|are|was|were|will|would)\b)\w")
#: two givers of one item: "Norwegian and Spanish", "Dutch, Belgian and Danish"
_JOIN = re.compile(r"(?i:\s*,\s*(?:and\s+)?|\s+and\s+)")


def _item_start(doc: Doc, cs: int, ce: int) -> int | None:
    """Where the list item in clause [cs, ce) begins, or None when the clause is no item of a
    semicolon list."""
    s, e = doc.sentence_at(cs)
    if ";" not in doc.text[s:e]:
        return None
    if doc.text[s:cs].rstrip().endswith(";"):
        return cs
    lead = _ITEM_START.match(doc.text, cs + len(doc.text[cs:ce]) - len(doc.text[cs:ce].lstrip()))
    if lead is not None and lead.group().startswith(";"):
        return lead.end()
    colon = doc.text.find(":", cs, ce)
    return colon + 1 if colon >= 0 else None


def heads(doc: Doc, subjects: Index[Mention], cs: int, ce: int, never: frozenset[str]) -> list[str]:
    """The states heading the list item in clause [cs, ce) as its asset's owner or
    attribute: none when the clause is no semicolon-list item or its head names no state."""
    start = _item_start(doc, cs, ce)
    if start is None:
        return []
    pos = _LEAD.match(doc.text, start, ce)
    at = pos.end() if pos else start
    out: list[str] = []
    last_end = -1
    for p in subjects.within(at, ce):
        if p.start < at:
            continue
        if p.start != at:
            break
        if p.code in never or not is_state(p.code):
            return []
        out.append(p.code)
        last_end = p.end
        join = _JOIN.match(doc.text, p.end, ce)
        if join is None:
            break
        at = join.end()
    if not out or not _ATTRIBUTE.match(doc.text, last_end, ce):
        return []
    return out
