"""The United Nations as the frame a state's monitors serve under, not as a giver
(twenty-fourth set, as in the twenty-second and twenty-third).

"Pemantau ... di bawah misi PBB", "bertugas di bawah komando misi PBB", "under a UN
mandate", "misi pemantau PBB, tempat Indonesia menempatkan pemantaunya": the UN is named as
the mission that hosts a state's monitors. The annotators count the state's monitors and
not a monitoring backstop of the UN (no article of the development set that places monitors
under the UN counts one); the rules read it as the UN's own gift (four false keys in four
articles of s22-s24). A UN mission named with its own observers and no "under" ("a UN
mission of 450 observers") is left alone.
"""

from __future__ import annotations

import re

from willing.ingest.document import Doc
from willing.ingest.items import Item

_UN = r"(?:PBB|Perserikatan\s+Bangsa-Bangsa|UN|U\.N\.|United\s+Nations)"
_BODY = (
    r"(?:komando|mandat|misi|bendera|naungan|command|mandate|flag|auspices|mission)"
    r"\s+(?:of\s+(?:the\s+)?|dari\s+)?"
)
_FRAME = re.compile(
    rf"\b(?:di\s+bawah|under)\s+(?:the\s+|an?\s+)?(?:{_BODY}){{0,2}}{_UN}\b"
    rf"|\b(?:misi|mission)\s+(?:(?:pemantau\w*|monitoring|observer)\s+)?{_UN}\b,?\s+"
    r"(?:tempat|where|in\s+which)\b"
    rf"|\b{_UN}\s+(?:monitoring\s+|observer\s+)?mission\b,?\s+(?:where|in\s+which)\b",
    re.IGNORECASE,
)


def _un_watch(item: Item) -> bool:
    value = item.value
    return value.get("party") == "UN" and value.get("domain") == "monitoring"


def vetoed(doc: Doc, found: list[Item]) -> list[Item]:
    """`found` without the UN's monitoring items when the text places monitors under it."""
    if not any(_un_watch(item) for item in found) or not _FRAME.search(doc.text):
        return found
    return [item for item in found if not _un_watch(item)]
