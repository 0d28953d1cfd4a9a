"""A commitment read from a state's name and what it is said to give, with no verb's own
parts (no item, no conditions): the readers of contributor lists, contingents, a backstop
named as a noun and table rows all add these, one per party, layer and domain, so the rule
they share (a key already found is not added again) is kept here once."""

from __future__ import annotations

from collections.abc import Iterable

from willing.ingest.items import Item
from willing.ingest.parties import Mention

Key = tuple[str, str, str]


def add(
    out: list[Item],
    have: set[Key],
    key: Key,
    evidence: tuple[int, int],
    sentence: tuple[int, int],
    confidence: float = 0.7,
) -> None:
    """Append the commitment `key` (party, layer, domain) of `sentence` unless `have` holds it;
    `evidence` is the span that names what is given (or who gives it)."""
    if key in have:
        return
    have.add(key)
    party, layer, domain = key
    value = {
        "party": party,
        "layer": layer,
        "domain": domain,
        "conditions": [],
        "evidence": {"domain": list(evidence)},
    }
    out.append(Item("commitment", value, sentence[0], sentence[1], confidence))


def each(
    states: Iterable[Mention], layer: str, domain: str, have: set[Key], sentence: tuple[int, int]
) -> list[Item]:
    """The commitment (layer, domain) of each state named in `sentence` and not yet given it
    (the state's name is the evidence: no verb of sending stands in these sentences)."""
    out: list[Item] = []
    for p in states:
        add(out, have, (p.code, layer, domain), (p.start, p.end), sentence)
    return out
