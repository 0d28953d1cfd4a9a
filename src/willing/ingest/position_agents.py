"""The agent of a passive verb that opens a view holds it.

"Kyiv menuduh ... di desa-desa, yang oleh Moskow disebut sebagai wilayah Rusia": the land
is called Russian by Moscow, whoever else the sentence names before it (here the state
accused in its first clause). A view phrase that opens with a passive verb and stands right after
"oleh X" / "by X" is X's: the agent is the one who says, names or holds it. Only the
party right before the phrase counts, so an active phrase ("supported by Kyiv, Warsaw
rejects ...") is untouched: there a comma or a clause stands between.
"""

from __future__ import annotations

import re

from willing.ingest.document import Doc, Index
from willing.ingest.parties import Mention

#: "oleh" / "by" right before the agent
_BY = re.compile(r"(?i:\b(?:oleh|by)\s+$)")
#: a passive verb opening the phrase: Indonesian "di-" verbs, English past participles
_PASSIVE = re.compile(r"(?i:di[a-z]{3,}|[a-z]{3,}(?:ed|en|wn)\b)")


def agent(doc: Doc, m: re.Match[str], holders: Index[Mention]) -> str | None:
    """The party named as the agent right before a phrase opened by a passive verb."""
    if not _PASSIVE.match(m.group()):
        return None
    for h in holders.within(max(0, m.start() - 60), m.start()):
        if (
            h.end <= m.start()
            and not doc.text[h.end : m.start()].strip()
            and _BY.search(doc.text, max(0, h.start - 8), h.start)
        ):
            return h.code
    return None
