"""Assets put to carrying: a ship, an aircraft, a train or a lorry given to carry the
force's people or loads serves its logistics, whatever domain the asset names ("three
A400M aircraft to carry the monitors' kit", "a frigate to ferry the contingent's vehicles",
"pesawat C-130 untuk rotasi personel", "kapal perang untuk mengangkut perlengkapan").
An asset that can carry arms ("jets that can carry missiles") or a force that carries out
a task ("to carry out mine clearance") still gives its own domain.
An aircraft given to fly the force's air bridge or airlift is its air support, not
logistics ("a C-130 transport aircraft for the force's air bridge", "pesawat angkut untuk
jembatan udara misi", "two CC-130J aircraft to the airlift of the force"): the route named
after the aircraft is what the aircraft serves, not a second gift."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from willing.ingest.document import Doc
from willing.ingest.gazetteer import Match
from willing.ingest.prefilter import guarded

if TYPE_CHECKING:  # the hits' values; that module calls this one
    from willing.ingest.commitment_hits import Domain

#: the domains of assets that can be put to carrying
_ASSETS = frozenset({"air", "sea", "equipment"})

#: a purpose of carrying after the asset, a few words of place or count between: "to
#: carry", "to ferry", "for the rotation of", "untuk mengangkut", "guna membawa", "untuk
#: rotasi personel"
_PURPOSE = guarded(
    r"(?i:\b(?:(?:in order )?to|so as to|that will|which will|untuk|guna|yang akan)\s+"
    r"(?:(?:help|also|then|juga|membantu)\s+)?(?:carry(?!\s+out)|ferry|transport|move|haul"
    r"|shuttle|airlift|lift|fly in|fly out|bring in|bring|deliver supplies|rotate"
    r"|mengangkut|membawa|memindahkan|mengantar|mengantarkan|mengirim logistik|merotasi"
    r"|rotasi|pengangkutan|angkutan)\b"
    r"|\bfor\s+(?:the\s+)?(?:rotation|rotating|transport|transporting|carrying|ferrying"
    r"|movement|moving|airlift|sealift)\b)"
)

#: how far after an asset its purpose may be named (no stop between): "two helicopters to
#: the Black Sea to move the wounded"
_REACH = 60
_STOP = re.compile(r"[,;:.()]")


def carriers(doc: Doc, hits: list[Match[Domain]]) -> list[Match[Domain]]:
    """The hits, with the assets given to carry named as logistics."""
    if not any(h.value.domain in _ASSETS for h in hits):
        return hits
    out = []
    for h in hits:
        if h.value.domain in _ASSETS:
            m = _PURPOSE.search(doc.text, h.end, h.end + _REACH)
            if m is not None and not _STOP.search(doc.text, h.end, m.start()):
                h = h._replace(
                    value=dataclasses.replace(h.value, layer="support", domain="logistics")
                )
        out.append(h)
    return out


#: an aircraft by any name, as a hit's own words: "transport aircraft", "pesawat angkut",
#: "C-130", "Hercules", "two planes"
_AIRCRAFT = re.compile(
    r"(?i:aircraft|airplanes?|planes?|jets?|helicopters?|pesawat|helikopter|hercules"
    r"|\bc-1[37]0|a400m|cc-130)"
)
#: the air route an aircraft serves: "air bridge", "jembatan udara", "airlift"
_BRIDGE = re.compile(r"(?i:air[ -]?bridges?|jembatan udara|airlifts?)")
#: what may stand between the aircraft and its route: "for the force's", "to the",
#: "with the coalition's", "untuk", "bagi ... misi"; no stop
_SERVES = re.compile(
    r"(?i:\s+(?:[\w/-]+\s+){0,3}?(?:for|to|with|into|on|untuk|bagi|pada|dalam|di)\s+"
    r"(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+(?:'s|’s)?\s+){0,2}?$)"
)


def bridged(doc: Doc, hits: list[Match[Domain]]) -> list[Match[Domain]]:
    """The hits, with an aircraft given to an air bridge or airlift named as air support
    and the route itself dropped (it is the aircraft's purpose, not another gift)."""
    if len(hits) < 2:
        return hits
    drop: set[int] = set()
    out = []
    for i, h in enumerate(hits):
        if i in drop:
            continue
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if (
            nxt is not None
            and h.value.domain in {"air", "logistics"}
            and _AIRCRAFT.search(doc.text, h.start, h.end)
            and _BRIDGE.fullmatch(doc.text, nxt.start, nxt.end)
            and nxt.start - h.end <= _REACH
            and _SERVES.fullmatch(doc.text, h.end, nxt.start)
        ):
            h = h._replace(value=dataclasses.replace(h.value, layer="support", domain="air"))
            drop.add(i + 1)
        out.append(h)
    return out
