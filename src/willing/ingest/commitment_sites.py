"""A logistics site's own air or sea word: a state that offers a base, a port or a depot as
the force's logistics hub gives logistics, whatever kind of site it is.

An air base or a port is a gift of its own when it is opened to the force ("opens its air
base to the coalition's jets"). It is not when the clause says the site serves as the hub
("menyediakan pangkalan udara ... sebagai pusat logistik", "a port as its logistics hub"),
when an air or sea word right beside a logistics word only qualifies it (its kind: "pusat
logistik maritim", "an air logistics hub", "a ro-ro vessel"; or whose it is: "pengisian
bahan bakar kapal-kapal koalisi", the ships' fuel), or when the site only says where a
depot stands ("a fuel depot near the ... air base"). Then the air or sea word describes
the logistics given, and the state gives no air or sea domain of its own (the annotation
counts logistics alone in such clauses).
"""

from __future__ import annotations

import re

from willing.ingest.commitment_hits import Domain
from willing.ingest.document import Doc
from willing.ingest.gazetteer import Match

#: only blanks between a hub and the word that qualifies it: "pusat logistik udara"
_ADJACENT = re.compile(r"[ \t]+")

#: a site named and then said to serve as the hub: "pangkalan udara Mihail Kogalniceanu
#: sebagai", "the port of Constanta as a", "pelabuhan Constanta menjadi"
_AS_HUB = re.compile(
    r"(?i:\s+(?:(?:of|di)\s+)?(?:[\w'’.-]+\s+){0,3}?(?:sebagai|menjadi|as|into)"
    r"(?:\s+(?:a|an|the|its|their|our|the\s+coalition['’]s|the\s+force['’]s|permanent|main"
    r"|utama|new|baru))*\s+$)"
)

#: where a site stands, said of an air base or a port: "near the ... air base", "di dekat"
_NEAR = re.compile(
    r"\b(?i:near|next\s+to|beside|close\s+to|adjacent\s+to|di\s+dekat|dekat|di\s+samping"
    r"|di\s+sebelah|bersebelahan\s+dengan)\s+(?:(?i:the)\s+)?(?:[A-Z][\w'’-]*\s+){0,3}$"
)

#: the domains a site's own word may name
_SITE_DOMAINS = frozenset({"air", "sea"})


def _is_hub(hit: Match[Domain]) -> bool:
    return hit.value.layer == "support" and hit.value.domain == "logistics"


def _describes_hub(doc: Doc, hit: Match[Domain], hubs: list[Match[Domain]]) -> bool:
    """Whether an air or sea word names the hub's kind or site rather than a gift."""
    text = doc.text
    for hub in hubs:
        # "pusat logistik udara" / "an air logistics hub": the logistics' kind or owner
        if hub.end <= hit.start and _ADJACENT.fullmatch(text, hub.end, hit.start):
            return True
        if hit.end <= hub.start and _ADJACENT.fullmatch(text, hit.end, hub.start):
            return True
        if hit.value.layer != "support":
            continue  # only a site (a base, a port) is a hub's site
        # "pangkalan udara X sebagai pusat logistik": the site is the hub
        if hit.end <= hub.start and _AS_HUB.fullmatch(text, hit.end, hub.start):
            return True
        # "a logistics depot near the X air base": where the hub stands
        if hub.end <= hit.start and _NEAR.search(text, max(hub.end, hit.start - 60), hit.start):
            return True
    return False


def sited(doc: Doc, hits: list[Match[Domain]]) -> list[Match[Domain]]:
    """Without the air and sea words of a clause that only describe its logistics hub."""
    hubs = [h for h in hits if _is_hub(h)]
    if not hubs:
        return hits
    return [
        h for h in hits if not (h.value.domain in _SITE_DOMAINS and _describes_hub(doc, h, hubs))
    ]
