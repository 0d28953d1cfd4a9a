"""A state named as the base an asset flies or operates from is where the asset serves,
not who gives it: "would fly its Typhoons from Romania", "fly four fighters over western
Ukraine from Romanian airfields", "from a Polish base", "menerbangkan empat jet dari
Rumania". Soldiers or ships "from" a state (no flying or operating verb before, no base
after) still come from it."""

from __future__ import annotations

import re

from willing.ingest.document import Doc
from willing.ingest.parties import Mention

#: a verb of flying or operating, its object and where it flies over, then "from"
_FLOWN = re.compile(
    r"(?i:\b(?:fly|flies|flying|flown|operate|operates|operating|operated|base|based"
    r"|terbang|menerbangkan|diterbangkan|beroperasi|mengoperasikan|dioperasikan)\b"
    r"(?:\s+(?!(?:and|dan|serta|but|while)\b)[\w'’.-]+){1,8}?\s+(?:from|dari)\s+"
    r"(?:(?:a|an|the|its|their)\s+)?$)"
)

#: the state's adjective before a base: "from a Polish base", "from Romanian airfields"
_BASE_AFTER = re.compile(
    r"(?i:\s+(?:air\s+|naval\s+)?(?:bases?|airbases?|airfields?|air\s+stations?)\b)"
)
_FROM_A = re.compile(r"(?i:\b(?:from|dari)\s+(?:(?:a|an|the|its|their)\s+)?$)")

_REACH = 70


def flown_from(doc: Doc, s: int, p: Mention) -> bool:
    """The party is named as the base an asset flies or operates from."""
    before = max(s, p.start - _REACH)
    if _FLOWN.search(doc.text, before, p.start):
        return True
    return bool(_BASE_AFTER.match(doc.text, p.end)) and bool(
        _FROM_A.search(doc.text, max(s, p.start - 12), p.start)
    )
