"""A state's opposition to the foreign force read from the hostile name it gives the force.

Across sets a state's rejection of the force is often not a verb of refusal but a label it
puts on the force, reported by the writer and mostly quoted: "the Russian embassy called
British forces in Ukraine 'a provocation'", "Moscow regards the coalition headquarters as 'a
hostile military presence'", "a force described by the Russian government as 'a hostile
occupation'", "Rusia menyebut pasukan koalisi sebagai 'penjajah'". The phrasings differ; the
structure does not: a verb of naming, the force (troops, contingents, the mission, its
headquarters or presence), then, past an optional "as" and an opening quote mark, a name of
hostility (occupation, occupiers, provocation, target, invaders, enemy, hostile). The holder
is the last free party before the verb in its clause, or, in the passive, the party after
"by"/"oleh". Guards: a negation before the verb ("never called the monitors a provocation"),
a force that is Russian or Ukrainian (a coalition state calling Russia's army occupiers holds
no view on the foreign force), a sentence not about Ukraine or the coalition (unless the
one before is and the force is named without a place: "the Gaza mission of the UN" is
another force), and a holder that already holds a view on the force.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from willing.ingest.document import Doc, Index
from willing.ingest.items import Item, position
from willing.ingest.parties import Mention
from willing.ingest.position_frames import CLAUSE, NEGATED
from willing.ingest.position_rules import tables

#: a cheap test: a sentence must hold one of these naming verbs
_KEYS = frozenset(
    {"called", "calls", "call", "describes", "described", "describe", "branded", "brands"}
    | {"labelled", "labeled", "labels", "termed", "terms", "regards", "regarded", "regard"}
    | {"menyebut", "menyebutnya", "mencap", "menganggap", "memandang", "menilai", "disebut"}
    | {"dicap", "dianggap", "dipandang"}
)
#: the naming verbs, active
_NAMING = re.compile(
    r"(?i:\b(?:call(?:s|ed)?|describ(?:e|es|ed)|brand(?:s|ed)|label(?:s|led|ed)|term(?:s|ed)"
    r"|regard(?:s|ed)?|menyebut|mencap|menganggap|memandang|menilai)\b)"
)
#: the naming verbs, passive, with the namer after them: "described by the Kremlin as"
_NAMED_BY = re.compile(
    r"(?i:\b(?:called|described|branded|labell?ed|termed|regarded|disebut|dicap|dianggap"
    r"|dipandang)\s+(?:by|oleh)\s+)"
)
#: the force named: troops, contingents, the mission, its headquarters or presence
_FORCE = re.compile(
    r"(?i:\b(?:troops|soldiers|forces?|contingents?|peacekeepers|monitors|mission|deployment"
    r"|presence|headquarters|garrison|pasukan|tentara|prajurit|kontingen|pemantau|misi"
    r"|markas|kehadiran)\b)"
)
#: a force that is not the foreign one, named before it or (in Indonesian) after it
_NOT_FOREIGN = re.compile(r"(?i:\b(?:russian|rusia|ukrainian|ukraina|kyiv's|moscow's)\s+$)")
_NOT_FOREIGN_AFTER = re.compile(r"(?i:\s+(?:rusia|ukraina|russia|ukraine|kremlin)\b)")
#: a name of hostility, after an optional "as" and quote mark
_HOSTILE = re.compile(
    r"(?i:\s*(?:(?:as|sebagai)\s+)?[\"“‘']?(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:occupation|occupiers?|occupying|hostile|provocation|targets?|invaders?|invasion"
    r"|aggression|aggressors?|enem(?:y|ies)|pendudukan|penjajah|penjajahan|provokasi"
    r"|sasaran|target|musuh|agresi|bermusuhan)\b)"
)
#: a capitalised word past the naming verb: a force named by a place ("the Gaza mission")
_NAMED_PLACE = re.compile(r"(?<=\s)[A-Z][a-z]+")
#: how far the force may stand after the verb, and the name after the force
_TO_FORCE = 60
_TO_NAME = 40


def read(
    doc: Doc, found: list[Item], holders: Index[Mention], free: Callable[[Mention], bool]
) -> list[Item]:
    """`found` with a state's hostile name for the foreign force read as its opposition."""
    held = {i.value["party"] for i in found if i.value["issue"] == "foreign-troops"}
    needed = tables().context["foreign-troops"]
    out: list[Item] = []
    for i, ((s, e), keys) in enumerate(zip(doc.sentences, doc.sentence_keys, strict=True)):
        if keys.isdisjoint(_KEYS) or doc.asks(s, e):
            continue
        here = not keys.isdisjoint(needed)
        before = i > 0 and not doc.sentence_keys[i - 1].isdisjoint(needed)
        for start, end, code, phrase in _named(doc, s, e, holders, free):
            if code is None or code in held:
                continue
            if not here and not (before and not _NAMED_PLACE.search(doc.text, start, phrase)):
                continue  # "called the Gaza mission of the UN a provocation": another force
            held.add(code)
            out.append(position(code, "foreign-troops", "oppose", doc.published, start, end, 0.6))
    return sorted(found + out, key=lambda i: i.start)


def _named(
    doc: Doc, s: int, e: int, holders: Index[Mention], free: Callable[[Mention], bool]
) -> list[tuple[int, int, str | None, int]]:
    """(start, end, holder, end of the force's phrase) of each hostile naming of the force."""
    text = doc.text
    out: list[tuple[int, int, str | None, int]] = []
    for m in _NAMING.finditer(text, s, e):
        if NEGATED.search(text, max(s, m.start() - 20), m.start()):
            continue
        f = _FORCE.search(text, m.end(), min(e, m.end() + _TO_FORCE))
        if f is None or not _foreign(text, s, f):
            continue
        n = _label(text, f.end(), e)
        if n is not None:
            out.append((m.start(), n, _before(doc, s, m.start(), holders, free), n))
    for m in _NAMED_BY.finditer(text, s, e):
        f = _FORCE.search(text, max(s, m.start() - 30), m.start())
        if f is None or not _foreign(text, s, f):
            continue
        by = [h for h in holders.within(m.end(), min(e, m.end() + 40)) if free(h)]
        if not by:
            continue
        n = _label(text, by[0].end, e)
        if n is not None:
            out.append((f.start(), n, by[0].code, m.start()))
    return out


def _foreign(text: str, s: int, f: re.Match[str]) -> bool:
    """Whether the force named is not Russia's or Ukraine's own ("pasukan Rusia")."""
    if _NOT_FOREIGN.search(text, max(s, f.start() - 12), f.start()):
        return False
    return _NOT_FOREIGN_AFTER.match(text, f.end()) is None


def _label(text: str, at: int, e: int) -> int | None:
    """The end of a name of hostility standing within a short reach after `at`."""
    for i in range(at, min(e, at + _TO_NAME)):
        if i == at or text[i - 1].isspace():
            m = _HOSTILE.match(text, i, e)
            if m is not None:
                return m.end()
    return None


def _before(
    doc: Doc, s: int, at: int, holders: Index[Mention], free: Callable[[Mention], bool]
) -> str | None:
    """The last free party of the clause before the naming verb."""
    starts = [c.end() for c in CLAUSE.finditer(doc.text, s, at)]
    named = [h for h in holders.within(starts[-1] if starts else s, at) if free(h)]
    return named[-1].code if named else None
