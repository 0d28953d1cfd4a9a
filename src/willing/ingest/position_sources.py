"""The source a view is reported by is not one of its holders.

"Menurut Tkach, Rusia masih menuntut wilayah ...", "According to the envoy, Russia still
demands ...": the party or person after "menurut" / "according to", cut from the clause by
a comma, only reports the view; the subject after the comma holds it. The two are not a
list of holders joined by a comma ("Hungaria, Slowakia dan Austria menolak ..."), so the
source is not added to the holder's list.
"""

from __future__ import annotations

import re

from willing.ingest.document import Doc, Index
from willing.ingest.parties import Mention

#: a word of attribution, then at most a few words of the source's title, ending at the mention
_ATTRIBUTION = re.compile(r"(?i:\b(?:menurut|according to)\s+(?:[\w'’.-]+\s+){0,4}$)")
#: how far back the attribution may open
_REACH = 60


def first_holder(doc: Doc, listed: list[Mention], k: int, at: int, s: int) -> int:
    """Where the list of holders `listed[k : at + 1]` really starts: after the last comma
    when an attribution opens before its first ("Menurut Polandia dan Ceko, Rusia ..." is
    Russia's alone); `k` when none does."""
    first = listed[k]
    if not _ATTRIBUTION.search(doc.text, max(s, first.start - _REACH), first.start):
        return k
    for j in range(at - 1, k - 1, -1):
        if "," in doc.text[listed[j].end : listed[j + 1].start]:
            return j + 1
    return k


#: a clause opened by its source alone: "Menurut dia, ", "According to the envoy, "
_SOURCE_LEAD = re.compile(r"(?i:\s*(?:menurut\w*|according to)\b[^,;.]{0,60},\s*$)")


def opening_holder(doc: Doc, clause: int, m: re.Match[str], holders: Index[Mention]) -> str | None:
    """The state a view opens with when only its source stands before it in the clause:
    "Menurut dia, Ukraina menginginkan ..." is Ukraine's, not the party of the person "dia"
    last stood for."""
    if not _SOURCE_LEAD.fullmatch(doc.text, clause, m.start()):
        return None
    return next((h.code for h in holders.within(m.start(), m.start() + 1)), None)
