"""Commitments said twice or by reference: a headline that the body restates, and a party
that makes "a similar offer" to the one just reported, or joins it ("Denmark and Iceland
will join", "Australia menyusul")."""

from __future__ import annotations

from typing import Any

from willing.ingest.commitment_clauses import COORDINATED
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


#: a party joining the offer just reported, the clause ending there: "Denmark and Iceland
#: will join.", "Spain has joined the effort", "Yunani dan Kroasia ikut bergabung",
#: "Australia menyusul", "the Czech Republic followed suit"; not "joined the coalition"
_JOINS = guarded(
    r"(?i:\b(?:join(?:s|ed)?|follow(?:s|ed)? suit|menyusul|bergabung|ikut serta|turut serta|"
    r"(?:will |would )?do(?:es)? the same|did the same|melakukan hal (?:serupa|yang sama))"
    r"(?:\s+(?:in|it|them|the effort|the group|the task force|the mission|the operation|"
    r"dalam misi itu|dalam satuan tugas itu|kemudian|pula|juga))?\s*(?:[.;]|,\s|$))"
)
#: the words a joining party may put before its verb: no negation, no hedge
_JOIN_AUX = frozenset(
    {"will", "would", "has", "have", "had", "also", "then", "later", "soon", "quickly"}
    | {"akan", "juga", "kemudian", "ikut", "turut", "pun", "segera", "lalu", "telah", "sudah"}
)
#: the words a similar or joined offer needs ("serta" alone is "and": "ikut serta" is
#: looked for only beside "ikut" or "turut")
_JOIN_WORDS = frozenset(
    {"similar", "same", "serupa", "join", "joins", "joined", "suit", "menyusul", "bergabung"}
)
_TAKE_PART = frozenset({"ikut", "turut"})


def _offers(doc: Doc) -> list[tuple[int, int]]:
    """Where a party makes a similar offer or joins one: (start, end) of the words."""
    spans = [m.span() for m in _SAME_OFFER.finditer(doc.text)]
    spans += [m.span() for m in _JOINS.finditer(doc.text)]
    return sorted(spans)


def _joiners(doc: Doc, subjects: Index[Mention], s: int, at: int) -> list[Mention]:
    """The party (and those coordinated with it) right before a joining verb."""
    before = [p for p in subjects.within(s, at) if p.end <= at]
    if not before:
        return []
    between = doc.text[before[-1].end : at].split()
    if len(between) > 3 or any(w.casefold() not in _JOIN_AUX for w in between):
        return []
    group = [before[-1]]
    for p in reversed(before[:-1]):
        if not COORDINATED.fullmatch(doc.text[p.end : group[0].start]):
            break
        group.insert(0, p)
    return group


def same_offer(doc: Doc, found: list[Item], subjects: Index[Mention]) -> list[Item]:
    """The commitments of the clause just before, copied to the party that makes "a
    similar offer" or joins it (in the same sentence, else the one before)."""
    keys = doc.positions.keys()
    if not found or not (
        _JOIN_WORDS & keys or ("serta" in keys and not _TAKE_PART.isdisjoint(keys))
    ):
        return []
    out: list[Item] = []
    for start, end in _offers(doc):
        s, _ = doc.sentence_at(start)
        for joiner in _joiners(doc, subjects, s, start):
            out += _copied(doc, found, joiner, start, end)
    return out


def _copied(doc: Doc, found: list[Item], joiner: Mention, start: int, end: int) -> list[Item]:
    """The offers just before `start` (same sentence, else the one before), as `joiner`'s."""
    party = joiner.code
    s, _ = doc.sentence_at(start)
    n = doc.sentence_index(start)
    earlier: list[Item] = []
    for lower in (s, doc.sentences[max(0, n - 1)][0]):
        earlier = [i for i in found if lower <= i.start < start and i.value["party"] != party]
        if earlier:
            break
    out: list[Item] = []
    seen: set[tuple[Any, ...]] = set()
    for item in earlier:
        key = (item.value["layer"], item.value["domain"], item.value.get("item"))
        if key not in seen:
            seen.add(key)
            value = dict(item.value, party=party, evidence={"domain": [start, end]})
            out.append(Item("commitment", value, joiner.start, end, 0.6))
    return out
