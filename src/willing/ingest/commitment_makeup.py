"""A force's makeup set out by the states' assets: "The task group comprises the Danish
frigate Niels Juel, two Belgian minehunters and a Romanian corvette", "Incoming are a
Spanish frigate and a Greek patrol boat", "Satuan tugas itu terdiri atas fregat Belanda
dan dua kapal penyapu ranjau Belgia". No verb of giving is named: the verb of makeup says
the assets are there, and the state each is called by (its adjective before the asset in
English, its name after it in Indonesian) gives it."""

from __future__ import annotations

import re

from willing.ingest import stated_commitments
from willing.ingest.commitment_tables import tables
from willing.ingest.document import Doc, Index
from willing.ingest.items import Item
from willing.ingest.parties import Mention
from willing.ingest.prefilter import guarded
from willing.ingest.stated_commitments import Key

#: a commitment's key: state, layer, domain

#: the first words of the verbs of makeup: a sentence without one is not searched
_WORDS = frozenset(
    {"comprises", "comprise", "comprised", "comprising", "consists", "consist", "consisting"}
    | {"composed", "made", "incoming", "arriving", "joining", "terdiri", "beranggotakan"}
)
#: a verb of makeup, the assets after it
_MAKEUP = guarded(
    r"(?i:\b(?:comprises|comprise|comprised of|comprising|consists of|consist of|consisting of"
    r"|(?:is|are|was|were|will be)\s+(?:composed|made up) of|composed of|made up of"
    r"|(?:incoming|arriving|joining)\s+(?:are|is|will be)|terdiri (?:atas|dari)"
    r"|beranggotakan)\b)"
)
#: the words that may stand between a state's adjective and its asset: "a Greek fast
#: patrol boat", "the Spanish frigate"
_BETWEEN_EN = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}")
#: between an asset and its state in Indonesian: "fregat Belanda", "korvet milik Turki"
_BETWEEN_ID = re.compile(r"\s+(?:milik\s+|asal\s+)?")
#: the domains an asset of a force's makeup names
_FORCES = frozenset({"sea", "air", "land"})


def find(doc: Doc, parties: list[Mention], have: set[Key]) -> list[Item]:
    """Commitments of the states whose assets make up a force, those already found left
    out."""
    out: list[Item] = []
    named: Index[Mention] | None = None
    t = tables()
    for n, (s, e) in enumerate(doc.sentences):
        if doc.sentence_keys[n].isdisjoint(_WORDS):
            continue
        verb = _MAKEUP.search(doc.text, s, e)
        if verb is None:
            continue
        named = named or Index(parties)
        for hit in t.domains.within(doc, verb.end(), e):
            if hit.value.domain not in _FORCES:
                continue
            party = _owner(doc, named, hit.start, hit.end, e)
            if party is None or party in t.never:
                continue
            key = (party, hit.value.layer, str(hit.value.domain))
            stated_commitments.add(out, have, key, (hit.start, hit.end), (s, e), 0.65)
    return out


def _owner(doc: Doc, named: Index[Mention], start: int, end: int, e: int) -> str | None:
    """The state an asset is called by: right before it in English, right after it in
    Indonesian."""
    if doc.language == "en":
        before = [p for p in named.within(max(0, start - 40), start) if p.end <= start]
        if before and _BETWEEN_EN.fullmatch(doc.text, before[-1].end, start):
            return before[-1].code
        return None
    after = named.within(end, min(e, end + 12))
    if after and _BETWEEN_ID.fullmatch(doc.text, end, after[0].start):
        return after[0].code
    return None
