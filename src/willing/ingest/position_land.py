"""Views of Ukraine's land read as holder x stance x land families within a short window.

The phrase rules of `positions.yaml` read a refusal to cede land where its verb and its
object stand in the shapes they were written for; the same refusal comes as a nominal ("no
land swap for peace", "tidak akan ada tukar tanah"), as a measure of land ("not one inch",
"sejengkal tanah pun"), as an unwillingness ("tidak rela kehilangan tanah airnya", "would
never accept the loss of Crimea"), as a starting line ("talks must start from the borders of
1991"), and as a negated gerund ("never from giving up territory"). A demand for land is read
the same way: a verb or noun of demanding near a land word ("menuntut Ukraina melepaskan
empat wilayah", "demand Crimea and the four regions").

A refusal is held by the nearest free party or speaker before it in its sentence, not an
occupier of the land (whose refusal to give land back keeps it); a demand is held only by an
occupier (`occupiers` of `positions.yaml`), the nearest free party before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from willing.ingest import land_frames
from willing.ingest.document import Doc, Index
from willing.ingest.items import Item, position
from willing.ingest.parties import Mention

#: a cheap test before the patterns: a sentence holds one of these land words
_LAND_KEYS = frozenset(
    {"land", "lands", "territory", "territories", "regions", "region", "oblasts", "crimea"}
    | {"inch", "borders", "1991", "tanah", "wilayah", "wilayahnya", "krimea", "sejengkal"}
    | {"jengkal", "provinsi", "perbatasan", "donbas", "donbass", "territorial", "village"}
    | {"villages", "town", "towns", "coast", "coastline", "soil", "desa", "kota", "pantai"}
)

_LAND = (
    r"(?:(?:its |our |their |her |his |the |any |an? |one |single |four |empat |kami |tanah )?"
    r"(?:land|lands|territor(?:y|ies)|regions?|oblasts?|provinces?|Crimea|Donbas+|inch|soil"
    r"|tanah(?: ?air)?(?:nya| kami| kita)?|wilayah(?:nya)?|Krimea|sejengkal|provinsi"
    r"|jengkal)(?!\s+(?:grants?|reforms?|tax(?:es)?|rights|forces|troops|use|mines?|routes?)\b))"
)

#: the refusal family: never accepting, ceding, trading, giving up, losing land
_REFUSAL = re.compile(
    r"(?i:\b(?:(?:never|not|n't|no|refuses? to|refused to|will not|won't|cannot)\s+"
    r"(?:\w+\s+){0,3}?(?:accept|give up|giving up|cede|ceding|surrender|trade|trading|swap"
    r"|yield|recogni[sz]e)\s+(?:\w+\s+){0,5}?"
    + _LAND
    + r"|no "
    + _LAND
    + r" swaps?|not (?:one|an|a single) inch|borders of 1991|1991 borders"
    r"|(?:tidak|tak|takkan|tidak akan|tak akan|tidak rela|tak rela|menolak|enggan)\s+"
    r"(?:\w+\s+){0,3}?(?:menyerahkan|melepaskan|kehilangan|menukar|tukar|mengakui|memberikan)"
    r"\s+(?:\w+\s+){0,2}?" + _LAND + r"|sejengkal(?: tanah)? pun|perbatasan(?: tahun)? 1991)\b)"
)

#: the demand family: a verb or noun of demanding with a land word after it
_DEMAND = re.compile(
    r"(?i:\b(?:demand(?:s|ed|ing)?|insist(?:s|ed)? on|claim(?:s|ed)?|tuntut|menuntut"
    r"|tuntutan|mendesak)\s+(?:(?:that|agar|supaya)\s+)?(?:\w+\s+){0,4}?" + _LAND + r"\b)"
)


def read(
    doc: Doc,
    found: list[Item],
    holders: Index[Mention],
    free: Callable[[Mention], bool],
    occupiers: frozenset[str],
) -> list[Item]:
    """Positions on territory read by the families above, for parties holding none yet."""
    held = {(i.value["party"], i.value["stance"]) for i in found if i.value["issue"] == "territory"}
    out: list[Item] = []
    for n, ((s, e), keys) in enumerate(zip(doc.sentences, doc.sentence_keys, strict=True)):
        land = not keys.isdisjoint(_LAND_KEYS)
        # a pronoun whose land is named in the sentence or the one before ("... give it up")
        pronoun = not keys.isdisjoint(land_frames.PRONOUN_KEYS) and (
            land or (n > 0 and not doc.sentence_keys[n - 1].isdisjoint(_LAND_KEYS))
        )
        if not (land or pronoun) or doc.asks(s, e):
            continue
        patterns = [(_REFUSAL, "oppose"), (land_frames.FRAMES, "oppose"), (_DEMAND, "support")]
        patterns = (patterns if land else []) + (
            [(land_frames.PRONOUN, "oppose")] if pronoun else []
        )
        since = doc.sentences[n - 1][0] if n else s
        for pattern, stance in patterns:
            for m in pattern.finditer(doc.text, s, e):
                if pattern is land_frames.PRONOUN and not land_frames.antecedent(
                    doc.text, since, m.start()
                ):
                    continue
                code = _nearest(s, m, holders, free)
                if code is None or (code in occupiers) != (stance == "support"):
                    continue
                if (code, stance) in held:
                    continue
                held.add((code, stance))
                out.append(
                    position(code, "territory", stance, doc.published, m.start(), m.end(), 0.6)
                )
    return out


def _nearest(
    s: int, m: re.Match[str], holders: Index[Mention], free: Callable[[Mention], bool]
) -> str | None:
    """The nearest free party or speaker before the phrase in its sentence."""
    for h in reversed(holders.within(s, m.start())):
        if h.end <= m.start() and free(h):
            return h.code
    return None
