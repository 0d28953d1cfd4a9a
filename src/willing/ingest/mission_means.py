"""What serves a monitoring mission, read from the assets beside it (fourteenth set).

Three readings of a clause's domain words change when the mission or a medical flight is
what they serve:

- a unit of monitors is no ground force: "a platoon of monitors", "satu peleton pemantau",
  "a company of unarmed observers" give monitoring (the monitor word does), not land;
- assets of any domain the mission owns ("flies the mission's helicopters", "helikopter
  misi") give monitoring alone, but what supports it is still support ("jalur logistik
  misi", "pesawat ambulans misi"); money or goods given for the mission ("funds the
  mission's radio network", "dana operasional misi sebesar USD 40 juta") are only the
  funding or equipment they are (sixteenth round: a second monitoring key was false in
  eight articles of five sets, right in two);
- a medical flight is the aircraft's: "evakuasi medis dengan pesawat ambulans" gives the
  air ambulance (support, air), not a second logistics service for the evacuation.
"""

from __future__ import annotations

import re

from willing.ingest.commitment_hits import Domain
from willing.ingest.document import Doc
from willing.ingest.gazetteer import Match
from willing.ingest.prefilter import guarded

MONITORING = Domain("backstop", "monitoring")

#: a monitor noun right after a unit word: "platoon of monitors", "peleton pemantau"
_OF_MONITORS = re.compile(
    r"(?i:\s+(?:of\s+)?(?:(?:unarmed|civilian|military|ceasefire)\s+)?"
    r"(?:monitors|observers|pemantau)\b)"
)
#: an asset the mission owns, of any domain: "the mission's three helicopters", "helikopter
#: misi"
_OWNED_BEFORE = guarded(r"(?i:\bthe\s+(?:monitoring\s+)?mission['’]s\s+(?:[\w-]+\s+){0,2}$)")
_OWNED_AFTER = re.compile(r"(?i:\s+misi\b(?!\s+(?:pelatihan|latihan|koalisi)\b))")
#: a document speaks of a monitoring mission: its "mission" is that one (read from the
#: document's tokens, once)
_MONITORS = frozenset(
    {"monitor", "monitors", "monitoring", "monitored", "observer", "observers", "pemantau"}
    | {"pemantauan", "memantau", "dipantau"}
)
#: aircraft for medical flights: "pesawat ambulans", "air ambulance", "medevac helicopter"
_AMBULANCE = guarded(r"(?i:ambulan)")


def _unit_of_monitors(doc: Doc, hit: Match[Domain]) -> bool:
    return hit.value.domain == "land" and bool(_OF_MONITORS.match(doc.text, hit.end))


def served(doc: Doc, hits: list[Match[Domain]], cs: int, ce: int) -> list[Match[Domain]]:
    """The clause's hits read for the mission they serve (see the module's reasons)."""
    if not hits:
        return hits
    if any(h.value.layer == "support" and h.value.domain == "air" for h in hits) and (
        _AMBULANCE.search(doc.text, cs, ce)
    ):
        hits = [h for h in hits if h.value.domain != "logistics"]
    where = doc.positions
    if not any(w in where for w in _MONITORS):
        return hits
    hits = [h for h in hits if not _unit_of_monitors(doc, h)]
    out: list[Match[Domain]] = []
    for h in hits:
        if (h.value.layer == "reassure" or h.value.domain == "equipment") and _owned(doc, h):
            out.append(Match(h.first, h.last, h.start, h.end, MONITORING))
            continue
        # money or goods given for the mission ("funds the mission's radio network", "dana
        # operasional misi") are that funding or equipment alone: the sixteenth round found
        # four sets annotating them so (a second monitoring key was false in eight
        # articles, right in two)
        out.append(h)
    return out


def _owned(doc: Doc, hit: Match[Domain]) -> bool:
    """Whether the mission owns the asset a hit names."""
    start = max(0, hit.start - 60)
    return bool(
        (
            doc.text.find("mission", start, hit.start) >= 0
            and _OWNED_BEFORE.search(doc.text, start, hit.start)
        )
        or _OWNED_AFTER.match(doc.text, hit.end)
    )
