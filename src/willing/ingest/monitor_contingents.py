"""A state that sends monitors sends its soldiers as monitors (twentieth set).

Where an article reads a state's ceasefire monitors (a backstop of monitoring), that
state's soldiers, personnel, contingent or task force named elsewhere in the article are
those monitors, counted or described again: "a contingent of 500 personnel", "220 soldiers
of the monitoring task force left today", "our contribution stays ground monitors", "the
Irish contingent keeps watch at the eastern post". They are no second, land commitment.
So a state's land commitment is dropped when the same article gives that state a
monitoring one, unless the land commitment's own words name a force of another kind: the
reassurance force, a land or ground force, a combat unit (brigade, battalion, infantry,
armour), a field hospital given (not one served "at") or the coalition's multinational
force, in either language ("a land task force of 400 for the reassurance force, and two
patrol aircraft to help watch the line" keeps both; "a field hospital and 30 monitors"
too).
"""

from __future__ import annotations

import re

from willing.ingest.document import Doc
from willing.ingest.items import Item

#: a force other than monitors, named in the land commitment's own words
_OTHER_FORCE = re.compile(
    r"(?i:\b(?:reassurance|deterrence|deterrent|land\s+(?:task\s+)?forces?|ground\s+forces?"
    r"|land\s+component|combat|brigades?|battalions?|battle\s*groups?|infantry|armou?red"
    r"|armou?r|mechani[sz]ed|tanks?|multinational\s+force|coalition(?:'s)?\s+force"
    r"|(?<!di )(?<!at )(?<!in )(?:field\s+hospitals?|rumah\s+sakit\s+lapangan)"
    r"|pasukan\s+(?:penjamin|jaminan|multinasional|koalisi|tempur|pencegah|darat)"
    r"|komponen\s+darat|brigade|batalyon|infanteri|lapis\s+baja|kavaleri|tempur|tank)\b)"
)


def _is(item: Item, layer: str, domain: str) -> bool:
    return item.value.get("layer") == layer and item.value.get("domain") == domain


def vetoed(doc: Doc, found: list[Item]) -> list[Item]:
    """`found` without the land commitments of a state whose monitors the article reads,
    unless the land commitment names a force of another kind."""
    monitors = {i.value["party"] for i in found if _is(i, "backstop", "monitoring")}
    if not monitors:
        return found
    return [
        i
        for i in found
        if not (
            _is(i, "reassure", "land")
            and i.value["party"] in monitors
            and not _OTHER_FORCE.search(doc.text, i.start, i.end)
        )
    ]
