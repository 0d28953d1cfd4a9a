"""Commitments said twice or by reference: a headline that the body restates, and a party
that makes "a similar offer" to the one just reported."""

from __future__ import annotations

from typing import Any

from willing.ingest.document import Doc, Index
from willing.ingest.items import Item
from willing.ingest.parties import Mention
from willing.ingest.prefilter import guarded


def headline(doc: Doc, found: list[Item]) -> list[Item]:
    """A headline's commitment of a party the body gives commitments for is left out: the
    body says what is given ("Australia ready to send personnel" over "ready to send
    personnel to help train Ukrainian soldiers")."""
    if not doc.paragraphs:
        return found
    start, end = doc.paragraphs[0]
    line = doc.text[start:end].rstrip()
    if not line or line.endswith((".", "!", "?")) or len(line) > 160:
        return found
    in_body = {i.value["party"] for i in found if i.start >= end}
    given = {(i.value["layer"], i.value["domain"]) for i in found if i.start >= end}
    return [
        i
        for i in found
        if i.start >= end
        or (i.value["party"] not in in_body and (i.value["layer"], i.value["domain"]) not in given)
    ]


#: a party making the offer just reported: "adding that New Zealand had made a similar
#: offer", "Belgia menawarkan hal serupa"
_SAME_OFFER = guarded(
    r"(?i:\b(?:(?:had|has|have|made|makes|make|submitted)\s+)+(?:a\s+)?(?:similar|the same)\s+"
    r"(?:offer|pledge|commitment)s?\b|\b(?:menawarkan|menjanjikan|memberikan|menyatakan)\s+"
    r"(?:hal|komitmen|tawaran|janji)\s+(?:serupa|yang sama)\b)"
)


def same_offer(doc: Doc, found: list[Item], subjects: Index[Mention]) -> list[Item]:
    """The commitments of the clause just before, copied to the party that makes "a
    similar offer" (in the same sentence, else the one before)."""
    if not found or not ({"similar", "same", "serupa"} & doc.positions.keys()):
        return []
    out: list[Item] = []
    for m in _SAME_OFFER.finditer(doc.text):
        s, _ = doc.sentence_at(m.start())
        before = [p for p in subjects.within(s, m.start()) if p.end <= m.start()]
        if not before or len(doc.text[before[-1].end : m.start()].split()) > 2:
            continue
        party = before[-1].code
        n = doc.sentence_index(m.start())
        for lower in (s, doc.sentences[max(0, n - 1)][0]):
            earlier = [
                i for i in found if lower <= i.start < m.start() and i.value["party"] != party
            ]
            if earlier:
                break
        seen: set[tuple[Any, ...]] = set()
        for item in earlier:
            key = (item.value["layer"], item.value["domain"], item.value.get("item"))
            if key not in seen:
                seen.add(key)
                value = dict(item.value, party=party, evidence={"domain": [m.start(), m.end()]})
                out.append(Item("commitment", value, before[-1].start, m.end(), 0.6))
    return out
