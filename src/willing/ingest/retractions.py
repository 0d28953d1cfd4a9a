"""What a correction takes back: a meeting or a sum an earlier report gave wrongly
("An earlier entry said the ministers would meet in Turku. They will meet in Helsinki",
"Berita sebelumnya menyebut ... di Surabaya", "EUR 12 million, not EUR 12 billion as first
sent"). The retracted statement is no fact of the article; the corrected one is."""

from __future__ import annotations

import re

from willing.ingest.document import Doc
from willing.ingest.items import Item
from willing.ingest.prefilter import guarded

#: an earlier report, or a wrong one, saying something, in the clause before a meeting word
_RETRACTED = guarded(
    r"(?i:\b(?:(?:an?\s+|the\s+)?(?:earlier|previous|original|first)\s+(?:entry|version|report"
    r"|story|article|post|update|item|dispatch)\s+(?:of\s+this\s+\w+\s+)?(?:had\s+)?"
    r"(?:said|stated|reported|gave|wrote|claimed)"
    r"|(?:incorrectly|wrongly|mistakenly|erroneously)\s+(?:said|stated|reported|gave|wrote)"
    r"|(?:berita|versi|laporan|artikel|unggahan|entri)\s+(?:\w+\s+)?sebelumnya\s+"
    r"(?:menyebut(?:kan)?|menyatakan|menulis|memberitakan)"
    r"|(?:keliru|salah)\s+(?:menyebut(?:kan)?|menulis|memberitakan))\b)"
)
#: a sum taken back right after it: "not EUR 12 billion as first sent", "bukan 5 miliar
#: euro seperti diberitakan sebelumnya"
_TAKEN_BACK = re.compile(
    r"(?i:\s*,?\s*(?:as|like)\s+(?:first|earlier|previously|originally|wrongly|incorrectly)\s+"
    r"(?:sent|reported|stated|said|given|published|written)"
    r"|\s*,?\s*seperti\s+(?:\w+\s+)?(?:diberitakan|ditulis|disebut(?:kan)?|dikirim)"
    r"\s+sebelumnya)"
)
_NOT = re.compile(r"(?i:\b(?:not|bukan|instead\s+of|rather\s+than)\s+$)")


def retracted(doc: Doc, start: int) -> bool:
    """The meeting word at `start` stands in a clause an earlier or wrong report said."""
    s, _ = doc.sentence_at(start)
    clause = max(s, doc.text.rfind(";", s, start) + 1)
    return _RETRACTED.search(doc.text, clause, start) is not None


def taken_back(doc: Doc, items: list[Item]) -> list[Item]:
    """The items without the sums a correction takes back."""
    return [
        i
        for i in items
        if not (
            i.type == "figure"
            and i.value.get("kind") == "money"
            and _NOT.search(doc.text, max(0, i.start - 12), i.start)
            and _TAKEN_BACK.match(doc.text, i.end)
        )
    ]
