"""An offer said, right after it, to be still under review gives nothing (twenty-eighth set).

"Offer of a transport aircraft for the summer months. Lisbon still considering; will
revert." and "Sweden offering SEK 400 million for spare parts; offer still under review":
the gift is named first, as an offer, and the next clause or sentence says its giver has
not yet decided on it. The stance of not deciding reads only inside the commitment's own
words (`commitment_undecided.py`), so a hedge placed after the gift left it standing. Here
a stance of still deciding, led by nothing but the offer itself ("offer", "the pledge",
"tawaran") or by the giver's name, in the rest of the gift's sentence or at the head of the
next one, vetoes that giver's commitments of the gift's sentence. A stance led by the
giver must close its clause ("Lisbon still considering;"): with an object of its own
("Portugal is still considering a second ship") it is about something else, and the gift
already named stands.
"""

from __future__ import annotations

import re

from willing.ingest.document import Doc
from willing.ingest.items import Item
from willing.ingest.parties import Mention

#: still deciding, in both languages: "still considering", "still under review",
#: "is being reviewed", "masih dikaji", "masih dipertimbangkan"
_STILL = re.compile(
    r"(?i:\b(?:(?:is|are|remains?|was)\s+)?(?:still\s+(?:[\"“‘]\s*)?(?:under\s+(?:review|consideration)"
    r"|being\s+(?:reviewed|considered|studied)|considering|weighing|examining|studying"
    r"|reviewing|undecided|consulting)|(?:is|are)\s+being\s+(?:reviewed|considered)"
    r"|(?:masih|sedang)\s+(?:dikaji|ditinjau|dipertimbangkan|dipelajari|mempertimbangkan"
    r"|mengkaji|menimbang))\b)"
)
#: what may lead the stance besides the giver's name: the clause's opening and the offer
_LEAD = re.compile(
    r"(?i:[\s;,:–—-]*(?:(?:but|and|tetapi|namun|dan)\s+)?(?:(?:the|its|this|that|their)\s+)?"
    r"(?:(?P<offer>offers?|pledges?|proposals?|tawaran(?:nya)?|usulan(?:nya)?)"
    r"(?:\s+(?:itu|ini|tersebut))?\s*)?)"
)
#: the stance closes its clause: nothing of its own is being decided
_CLOSED = re.compile(r"[\"”’]?\s*(?:[;.:,)]|$)")


def _led(doc: Doc, parties: list[Mention], party: str, start: int, stance: int) -> str | None:
    """What leads the stance in [start, stance): "offer" (the offer itself), "giver"
    (`party`'s name), or None (anything else, or nothing)."""
    text, at, named = [], start, False
    for p in parties:
        if start <= p.start and p.end <= stance:
            if p.code != party:
                return None
            text.append(doc.text[at : p.start])
            at, named = p.end, True
    text.append(doc.text[at:stance])
    lead = _LEAD.fullmatch(" ".join(text))
    if lead is None:
        return None
    return "offer" if lead["offer"] else "giver" if named else None


def vetoed(doc: Doc, parties: list[Mention], found: list[Item]) -> list[Item]:
    """`found` without the commitments of a giver said, after its offer, to be still
    deciding on it."""
    dropped: set[int] = set()
    for n, (s, e) in enumerate(doc.sentences):
        gifts = [i for i, item in enumerate(found) if s <= item.start < e]
        if not gifts:
            continue
        giver = found[max(gifts, key=lambda i: found[i].end)].value["party"]
        last = max(found[i].end for i in gifts if found[i].value["party"] == giver)
        after = [doc.sentences[n + 1]] if n + 1 < len(doc.sentences) else []
        for a, b in [(last, e), *after]:
            m = _STILL.search(doc.text, a, b)
            if m is None:
                continue
            kind = _led(doc, parties, giver, a, m.start())
            if kind == "offer" or (kind == "giver" and _CLOSED.match(doc.text, m.end())):
                dropped.update(i for i in gifts if found[i].value["party"] == giver)
                break
    return [item for i, item in enumerate(found) if i not in dropped]
