"""A number of states described by the part they play: "22 contributing states", "31 donor
countries", "18 troop-contributing nations", "14 guarantor states". English puts any
describing word between the number and the noun; a list of such words would never be
complete, so for the nouns that can only name states any one or two lower-case words may
stand there (not a word that joins or measures: "22 of the states" says something else).
Indonesian puts the description after the noun ("27 negara penyumbang"), which the figure
table already reads."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest.document import Doc
from willing.ingest.figures import figure_tables, parse_number
from willing.ingest.items import Item
from willing.ingest.prefilter import guarded

#: words that join or measure rather than describe
_NOT_DESCRIBING = (
    r"of|to|in|for|per|from|with|and|or|by|than|the|a|an|that|those|these|such|more|other"
    r"|percent|per cent|million|billion|thousand|times|years?|months?|days?|weeks?"
)


@cache
def _pattern() -> re.Pattern[str]:
    word = rf"(?!(?:{_NOT_DESCRIBING})\b)[a-z][a-z]*(?:-[a-z]+)*"
    return guarded(
        rf"(?<![\d.,$€£])(?P<n>\d{{1,3}})[ \t]+(?P<desc>(?:{word}[ \t]+){{1,2}})"
        r"(?-i:countries|nations|states)\b(?!['’])"
    )


def described_countries(doc: Doc, found: list[Item]) -> list[Item]:
    """Counts of countries with describing words before the noun, where none was read."""
    if not any(w in doc.text for w in ("countries", "nations", "states")):
        return []
    taken = bytearray(len(doc.text) + 1)
    for i in found:
        taken[i.start : i.end] = b"\x01" * (i.end - i.start)
    out: list[Item] = []
    t = figure_tables()
    for m in _pattern().finditer(doc.text):
        if any(taken[m.start() : m.end()]) or any(
            w in t.measures for w in m.group("desc").casefold().split()
        ):
            continue  # read already, or a measure of its own ("300 troops states")
        value = int(parse_number(m.group("n"), doc.language))
        count = {"measure": "countries", "value": value, "low": None, "high": None}
        out.append(Item("count", {**count, "approximate": False}, m.start(), m.end(), 0.8))
    return out
