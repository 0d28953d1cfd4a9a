"""Two numbers joined by "and" before one noun are two figures, not a range: "Malaysia and
the Philippines will send 60 and 30 monitors respectively", "masing-masing 200 dan 150
prajurit". A range joined by "and" is said with "between" ("between 6,000 and 7,500
troops", "antara 60 dan 90 pemantau"); without it each number counts on its own."""

from __future__ import annotations

import re

from willing.ingest.document import Doc
from willing.ingest.items import Item

#: the words joining two numbers that share the noun after the second
_AND = frozenset({"and", "dan", "&"})
#: "between" a few words before the first number makes the pair a range
_BETWEEN = re.compile(r"(?i:\b(?:between|antara|berkisar)\b[^,;]{0,20}$)")


def joined_pair(joiner: str | None) -> bool:
    """True when the joiner of a range is an "and": the numbers may be a pair."""
    return (joiner or "").strip().casefold() in _AND


def paired(doc: Doc, found: list[Item]) -> list[Item]:
    """The items, each range of things joined by "and" without "between" made two figures."""
    out: list[Item] = []
    for item in found:
        v = item.value
        if item.type != "figure" or v.get("kind") == "money" or v.get("low") is None:
            out.append(item)
            continue
        s, _ = doc.sentence_at(item.start)
        said = doc.text[item.start : item.end]
        if not re.search(r"\d\s*(?:and|dan|&)\s*\d", said, re.I) or _BETWEEN.search(
            doc.text, max(s, item.start - 30), item.start
        ):
            out.append(item)
            continue
        for number in (v["low"], v["high"]):
            value = dict(v, value=number, low=None, high=None)
            out.append(Item("figure", value, item.start, item.end, item.confidence))
    return out
