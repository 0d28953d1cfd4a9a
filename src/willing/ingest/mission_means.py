"""What serves a monitoring mission, read from the assets beside it (fourteenth set).

Three readings of a clause's domain words change when the mission or a medical flight is
what they serve:

- a unit of monitors is no ground force: "a platoon of monitors", "satu peleton pemantau",
  "a company of unarmed observers" give monitoring (the monitor word does), not land;
- the mission's own means, paid for or supplied, are the mission's: "funds the mission's
  radio network", "jaringan radio misi dibiayai Norwegia", "vehicles for the monitoring
  mission" give monitoring as well as the funding or equipment they are; assets of any
  domain the mission owns ("flies the mission's helicopters", "helikopter misi") give
  monitoring alone, but what supports it is still support ("jalur logistik misi",
  "pesawat ambulans misi");
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
#: the mission named as the owner or the aim of a means: "the mission's", "of the mission",
#: "for the monitoring mission", "radio misi", "untuk misi pemantauan"
_MISSION = guarded(
    r"(?i:\b(?:the\s+(?:monitoring\s+|observer\s+)?mission['’]s|(?:of|for|to)\s+the\s+"
    r"(?:monitoring\s+|observer\s+)?mission\b|\bmisi(?:\s+pemantau(?:an)?)?"
    # another mission is not the monitors': "misi pelatihan", "misi koalisi"
    r"(?!\s+(?:pelatihan|latihan|koalisi|penjaga|penenang|militer|dagang|diplomatik)\b)"
    r"(?:\s+(?:itu|tersebut|ini))?\b))"
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
#: what the mission's means may be read from: money and goods
_MEANS = frozenset({"funding", "equipment"})
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
    mission = any(h.value.domain in _MEANS for h in hits) and bool(
        _MISSION.search(doc.text, cs, ce)
    )
    out: list[Match[Domain]] = []
    for h in hits:
        if (h.value.layer == "reassure" or h.value.domain == "equipment") and _owned(doc, h):
            out.append(Match(h.first, h.last, h.start, h.end, MONITORING))
            continue
        out.append(h)
        if mission and h.value.domain in _MEANS:
            # money or goods for the mission serve it; earlier sets read them as funding or
            # equipment as well, so both are kept
            out.append(Match(h.first, h.last, h.start, h.end, MONITORING))
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
