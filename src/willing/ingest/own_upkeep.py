"""What a state pays or buys for its own force is no gift (twenty-eighth round).

A state that sends a unit also pays for it: its flights there, its supplies, its winter
kit. "The government set aside Rp 96 billion for the unit's departure and supplies", "the
ministry allocated Rp 142 billion for the air transport of the Garuda task force's
rotation", "ordered cold-weather kit for the 650 troops it keeps near the line", "British
forces had bought their winter clothing in bulk": the money, the transport and the kit are
the cost of the state's own deployment, which the annotation counts once, as the force
itself. Only a gift to others (to Ukraine, to the coalition's fund, to a partner's troops)
is a separate logistics, equipment or funding commitment.

This reader drops a state's logistics, equipment and funding items whose own words say
what they are for, and that purpose is the state's own force:

* "for/untuk/bagi" then, within a few words, a force word (troops, unit, contingent,
  rotation, pasukan, prajurit, kontingen, rotasi, ...) marked as the giver's own: by
  "its/their" before it or "-nya" on it, by a relative clause with the giver as pronoun
  ("the 650 troops it keeps"), by the force's own name that belongs to the giver ("rotasi
  Satgas Garuda" for Indonesia), or by a back reference ("unit tersebut", "that unit")
  when the text has named the giver's own force before;
* a force buying "its/their" own goods ("forces had bought their winter clothing").

"Kit for Ukraine's brigades", "EUR 50 million for the troops of the coalition" and "untuk
prajurit Ukraina" name no force of the giver's, and stay.
"""

from __future__ import annotations

import re

from willing.ingest import givers
from willing.ingest.document import Doc
from willing.ingest.items import Item

#: the kinds of item that can be the cost of a state's own force
_KINDS = frozenset(
    {("support", "logistics"), ("regenerate", "equipment"), ("regenerate", "funding")}
)

_FORCE = (
    r"(?:troops|soldiers|forces|personnel|contingent|unit|rotation|detachment|battalion"
    r"|monitors|pasukan|prajurit|tentara|personel|kontingen|unit|rotasi|satgas|detasemen"
    r"|batalion|pemantau)"
)
_FOR = r"\b(?:for|untuk|bagi)\s+(?:[\w'’-]+\s+){0,4}?"
#: the purpose is a force marked as the subject's own in its own words
_OWN = re.compile(
    rf"(?i:{_FOR}(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+){{0,2}}?{_FORCE}\b"
    rf"|{_FOR}\d[\d.,]*\s+(?:[\w-]+\s+)?{_FORCE}\s+(?:(?:that|which)\s+)?(?:it|they)\s"
    rf"|{_FOR}{_FORCE}nya\b"
    r"|\b(?:forces|troops|soldiers|army|navy)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:bought|buys|buy|ordered|orders|purchased|purchases)\s+(?:their|its)\s)"
)
#: the purpose is a force by a back reference: it is the giver's when the text named the
#: giver's own force before
_THAT = re.compile(rf"(?i:{_FOR}{_FORCE}\s+(?:tersebut|itu)\b|{_FOR}(?:that|this)\s+{_FORCE}\b)")
#: the purpose is a force by its own name: the name's state must be the giver
_NAMED = re.compile(rf"(?i:{_FOR}{_FORCE}\s+)")


def _own(doc: Doc, item: Item, party: str) -> bool:
    """Whether the item's words spend on the giver's own force."""
    if _OWN.search(doc.text, item.start, item.end):
        return True
    for m in _THAT.finditer(doc.text, item.start, item.end):
        if party in givers.own_forces(doc, 0, m.start()):
            return True
    for m in _NAMED.finditer(doc.text, item.start, item.end):
        if party in givers.own_forces(doc, m.end(), min(item.end, m.end() + 40)):
            return True
    return False


def vetoed(doc: Doc, found: list[Item]) -> list[Item]:
    """`found` without the logistics, equipment and funding a state spends on its own
    force."""
    out: list[Item] = []
    for item in found:
        v = item.value
        if (
            item.type == "commitment"
            and (v.get("layer"), v.get("domain")) in _KINDS
            and _own(doc, item, v["party"])
        ):
            continue
        out.append(item)
    return out
