"""The coalition's own assets: a force or fund called the coalition's ("the coalition's
troops are deployed", "kapal perang koalisi berpatroli", "the navies of the coalition",
"dana bersama koalisi") is there already; naming it gives nothing, and the coalition is
no giver of it. The coalition's people still act for it ("the coalition's defence
ministers agreed to send")."""

from __future__ import annotations

import re

from willing.ingest.commitment_tables import tables
from willing.ingest.document import Doc
from willing.ingest.parties import Mention

#: the coalition as the owner before its asset: "the coalition's troops"
_POSSESSIVE = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}$")
#: a domain word naming people's office: "the coalition's finance ministers"
_PEOPLE = re.compile(
    r"(?i:\s+(?:ministers?|officials?|leaders?|chiefs?|planners?|members?|commanders?"
    r"|secretaries|secretary|heads?|directors?)\b)"
)
#: the coalition after its asset: "navies of the coalition", "dana bersama koalisi"
_AFTER_ASSET = re.compile(r"(?i:\s+(?:of the|of|bersama|gabungan|milik)?\s*)")


def owns_asset(doc: Doc, coalition: Mention) -> bool:
    """Whether the coalition is named as the owner of an asset of the domain tables."""
    t = tables()
    for gaz in (t.domains, t.troops):
        after = gaz.within(doc, coalition.end, coalition.end + 40)
        if (
            after
            and _POSSESSIVE.fullmatch(doc.text, coalition.end, after[0].start)
            and not _PEOPLE.match(doc.text, after[0].end)
        ):
            return True
        before = gaz.within(doc, max(0, coalition.start - 40), coalition.start)
        if before and _AFTER_ASSET.fullmatch(doc.text, before[-1].end, coalition.start):
            return True
    return False
