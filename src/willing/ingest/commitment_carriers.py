"""Assets put to carrying: a ship, an aircraft, a train or a lorry given to carry the
force's people or loads serves its logistics, whatever domain the asset names ("three
A400M aircraft to carry the monitors' kit", "a frigate to ferry the contingent's vehicles",
"pesawat C-130 untuk rotasi personel", "kapal perang untuk mengangkut perlengkapan").
An asset that can carry arms ("jets that can carry missiles") or a force that carries out
a task ("to carry out mine clearance") still gives its own domain."""

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
