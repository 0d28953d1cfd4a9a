"""The coalition's size given as members: "the coalition of the willing now has 34
members", "Ireland is one of the 34 members", "the coalition's 35 members", "34 members of
the coalition", "koalisi kini memiliki 34 anggota". Members of a coalition of states are
states, so the number is a count of countries; it is read only where the coalition is
named in the paragraph before the number or in its sentence, never when the members are
of something else ("40 members of the Defence Forces", "12 members of parliament"), and
never above the number of states ("the union, which backs the coalition, has 900
members")."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest.document import Doc
from willing.ingest.figures import parse_number
from willing.ingest.items import Item
from willing.ingest.prefilter import guarded

#: no coalition of states has more members than there are states
_STATES = 200

_COALITION = re.compile(r"(?i:\b(?:coalition|koalisi)\b)")


@cache
def _pattern() -> re.Pattern[str]:
    """A number (figures, under a thousand), "members" and what they are members of."""
    return guarded(
        r"(?<![\d.,$€£])(?P<n>\d{1,3})[ \t]+(?:(?:full|member)[ \t]+)?"
        r"(?P<noun>members|anggota)\b(?P<of>[ \t]+(?:of|dari)[ \t]+(?:the[ \t]+)?(?P<body>\w+))?"
    )


def coalition_members(doc: Doc, found: list[Item]) -> list[Item]:
    """Counts of countries given as the coalition's members, where no count was read."""
    if "members" not in doc.text and "anggota" not in doc.text:
        return []
    out: list[Item] = []
    for m in _pattern().finditer(doc.text):
        if m.group("of") and not _COALITION.fullmatch(m.group("body")):
            continue  # "40 members of the Defence Forces": not the coalition's
        if any(i.start < m.end() and m.start() < i.end for i in found):
            continue  # read already as a figure or a count
        lo = doc.paragraphs[doc.paragraph_index(m.start())][0]
        if not _COALITION.search(doc.text, lo, doc.sentence_at(m.start())[1]):
            continue
        value = int(parse_number(m.group("n"), doc.language))
        if value > _STATES:
            continue  # more members than there are states: not a coalition of states
        count = {"measure": "countries", "value": value, "low": None, "high": None}
        out.append(Item("count", {**count, "approximate": False}, m.start(), m.end(), 0.75))
    return out
