"""Troops named by a trade civilians share ("40 technicians", "25 air defence specialists",
"60 penjinak ranjau"): a force's only where the sentence sends, trains or fields them or
names a force; "the firm employs 300 technicians" counts no troops."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules
from willing.ingest.document import Doc
from willing.ingest.items import Item
from willing.ingest.troop_persons import persons_unfielded


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The trade nouns (at an item's end) and the words of a force or a deployment."""
    data = rules.load("figures")["trades"]
    return (
        re.compile(rf"(?i:\b(?:{_alt([str(w) for w in data['nouns']])})\Z)"),
        re.compile(rf"(?i:\b(?:{_alt([str(w) for w in data['force']])})\b)"),
    )


def fielded(doc: Doc, items: list[Item]) -> list[Item]:
    """The items, without troops named by a trade in a sentence of no force, nor persons
    named by a word any person shares ("45 orang") where no state fields them."""
    trade, force = _patterns()
    out: list[Item] = []
    for item in items:
        if item.type == "figure" and item.value.get("kind") == "troops":
            if persons_unfielded(doc, item.start, item.end):
                continue
            if trade.search(doc.text, item.start, item.end):
                s, e = doc.sentence_at(item.start)
                if force.search(doc.text, s, e) is None:
                    continue
        out.append(item)
    return out
