"""A change from one number to another is two figures, not a range: "to raise our
contingent from 7,200 to 9,000 personnel", "menambah pasukannya dari 400 menjadi 650
tentara", "cut from 12 to 8 ships". The number before and the number after are each
stated; a range ("between 6,000 and 7,500", "15,000 to 20,000") says neither."""

from __future__ import annotations

import re

from willing.ingest.document import Doc
from willing.ingest.figures import parse_number
from willing.ingest.items import Item

#: "from" right before the range's first number, and a verb of change before it (a few
#: words back in the clause), or the Indonesian "menjadi" joining the two numbers
_FROM = re.compile(r"(?i:\b(?:from|dari)[ \t]+(?:about |around |sekitar )?$)")
_CHANGE = re.compile(
    r"(?i:\b(?:rais\w*|increas\w*|grow\w*|grew|expand\w*|boost\w*|lift\w*|doubl\w*|tripl\w*|halv\w*|"
    r"cut\w*|reduc\w*|shrink\w*|shrank|lower\w*|trim\w*|bring\w*|brought|go(?:es|ing)? up|went up|"
    r"menambah\w*|menaikkan|meningkatkan|mengurangi|memangkas|menurunkan|naik|turun|"
    r"bertambah|berkurang|ditambah|dikurangi|dinaikkan|\w*lipatgandakan)\b)"
)
_INTO = re.compile(r"(?i:\s+menjadi\s+)")
#: the number changed from, left bare before the figure it became: "dari 400 menjadi 650
#: tentara", "from 12 to 8 ships"
_FROM_BARE = re.compile(
    r"(?i:\b(?:from|dari)[ \t]+(?P<n>\d{1,3}(?:[.,]\d{3})+|\d+)[ \t]+(?P<to>to|menjadi|ke)[ \t]+"
    r"(?:about |around |sekitar )?$)"
)


def changes(doc: Doc, found: list[Item]) -> list[Item]:
    """The items, each range that states a change split into its two figures."""
    out: list[Item] = []
    for item in found:
        v = item.value
        if item.type == "figure" and v.get("value") is not None and v.get("kind") != "money":
            out.append(item)
            s, _ = doc.sentence_at(item.start)
            m = _FROM_BARE.search(doc.text, max(s, item.start - 40), item.start)
            if m is not None and (
                m.group("to").casefold() == "menjadi"
                or _CHANGE.search(doc.text, max(s, m.start() - 80), m.start())
            ):
                number = parse_number(m.group("n"), doc.language)
                value = int(number) if number == int(number) else number
                out.append(Item("figure", dict(v, value=value), *m.span("n"), item.confidence))
            continue
        if item.type != "figure" or v.get("low") is None or v.get("high") is None:
            out.append(item)
            continue
        s, _ = doc.sentence_at(item.start)
        head = doc.text[max(s, item.start - 12) : item.start]
        said = doc.text[item.start : item.end]
        before = doc.text[max(s, item.start - 80) : item.start]
        falls = v["low"] > v["high"]  # "from 3,000 to 2,400": a fall, a change by itself
        if not (_FROM.search(head) and (falls or _CHANGE.search(before) or _INTO.search(said))):
            out.append(item)
            continue
        for number in (v["low"], v["high"]):
            out.append(
                Item(
                    "figure",
                    dict(v, value=number, low=None, high=None),
                    item.start,
                    item.end,
                    item.confidence,
                )
            )
    return out
