"""Two numbers joined by "and" before one noun are two figures, not a range: "Malaysia and
the Philippines will send 60 and 30 monitors respectively", "masing-masing 200 dan 150
prajurit", "EUR 200 million and DKK 900 million" (each sum in its own currency). A range
joined by "and" is said with "between" ("between 6,000 and 7,500 troops", "antara 60 dan
90 pemantau"); without it each number counts on its own."""

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
        if item.type != "figure" or v.get("low") is None:
            out.append(item)
            continue
        s, _ = doc.sentence_at(item.start)
        said = doc.text[item.start : item.end]
        joined = _JOINED.search(said)
        if joined is None or _BETWEEN.search(doc.text, max(s, item.start - 30), item.start):
            out.append(item)
            continue
        units = (v.get("unit"), _currency(said[joined.end() :]) or v.get("unit"))
        for number, unit in zip((v["low"], v["high"]), units, strict=True):
            value = dict(v, value=number, low=None, high=None)
            if v.get("kind") == "money":
                value["unit"] = unit  # "EUR 200 million and DKK 900 million": each its own
            out.append(Item("figure", value, item.start, item.end, item.confidence))
    return out


#: "and" between the two numbers of a pair, a currency maybe before the second
_JOINED = re.compile(r"(?i:(?<=[\d\w])\s*(?:and|dan|&)\s*(?=\S*\s?\d))")


def _currency(second: str) -> str | None:
    """The currency written with the second sum of a pair, if one is."""
    from willing.ingest.figures import figure_tables  # figures reads `joined_pair` from here

    t = figure_tables()
    m = t.pattern.match(second)
    word = ((m.group("cur1") or m.group("cur2") or "") if m else "").strip().casefold()
    return t.currencies.get(word)
