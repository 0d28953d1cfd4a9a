"""A sum given for air defence, or paid into a fund, is funding (twentieth set).

"Germany pledges EUR 2 billion more for Ukraine's air defence", "Swedia: SEK 3 miliar untuk
pertahanan udara", "will give CAD 500 million to the coalition's fund for Ukrainian air
defence", "will put DKK 1.5 billion into the coalition's fund for rebuilding Ukraine's
artillery production": the state gives money; what the money is for is no second gift of
equipment or industry, as the annotation has counted them since the eleventh set. This
reader finds the combination (a sum of money x, within a few words, "for/untuk/towards"
the air defence with no hardware named, or "into/to" a fund for a purpose other than
training) and vetoes the state's equipment and industry commitments whose own words hold
it, when the same state's funding is found. Not vetoed: hardware named ("EUR 1 billion
for IRIS-T air defence systems", "untuk rudal pertahanan udara", "to buy air defence
missiles"), a gift of its own in the clause outside the sum's words ("EUR 1.2 billion for
air defence and 40 tanks"), and a fund for training ("SEK 2.5 billion for the coalition's
training fund"). Money passed "through/via/melalui" the coalition's fund is paid into it
as well (twenty-eighth set: "has given ¥4 billion through the coalition fund for winter
clothing", "a grant ... for demining equipment, to be channelled through the coalition's
fund"), and a sum may be written in yen ("¥").
"""

from __future__ import annotations

import re

from willing.ingest.document import Doc
from willing.ingest.items import Item

_SUM = (
    r"(?:(?:EUR|USD|GBP|CAD|AUD|NOK|SEK|DKK|JPY|CHF|PLN|NZD|US\$|C\$|A\$|Rp\.?|€|£|¥|\$)\s?"
    r"\d[\d.,]*(?:\s*(?:million|billion|trillion|juta|miliar|triliun|bn|m))?"
    r"|\d[\d.,]*\s*(?:million|billion|juta|miliar|triliun|bn)\s+(?:euros?|dollars?|pounds?"
    r"|kroner|kronor|crowns?|yen|dolar|poundsterling))"
)
#: air defence with no hardware after it
_AIR_DEFENCE = (
    r"(?:the\s+)?(?:(?:Ukraine['’]s|Ukrainian|Ukraina)\s+)?(?:air[\s-]defen[cs]e|pertahanan\s+udara)"
    r"(?!\s+(?:systems?|missiles?|launchers?|batter(?:y|ies)|radars?|sensors?|interceptors?"
    r"|units?|sistem|rudal|peluncur|baterai))\b"
)
_FUND = (
    r"(?:the\s+|a\s+)?(?:coalition['’]?s?\s+|common\s+|joint\s+)fund\s+(?:for|to)\s+(?!train)"
    r"|dana\s+(?:koalisi|bersama)\s+(?:untuk|bagi)\s+(?!pelatihan|melatih)"
)
#: a fund the money passes through, whatever follows it but training (twenty-eighth set)
_THROUGH_FUND = (
    r"(?:through|via|melalui|lewat)\s+(?:the\s+|a\s+)?(?:(?:coalition['’]?s?|common|joint)\s+fund"
    r"(?!\s+(?:for|to)\s+train)|dana\s+(?:koalisi|bersama)(?!\s+(?:untuk|bagi)\s+(?:pelatihan|melatih)))\b"
)
_PURPOSE = re.compile(
    rf"(?i:{_SUM}[^.;!?\n]{{0,60}}?\b(?:for|towards|untuk|bagi)\s+{_AIR_DEFENCE}"
    rf"|{_SUM}[^.;!?\n]{{0,60}}?\b(?:into|to|towards|for|ke|untuk)\s+{_FUND}"
    rf"|{_SUM}[^.;!?\n]{{0,60}}?\b{_THROUGH_FUND})"
)
#: a gift of hardware named elsewhere in the clause keeps the equipment
_HARDWARE = re.compile(
    r"(?i:\b(?:tanks?|vehicles?|missiles?|systems?|launchers?|batter(?:y|ies)|radars?|drones?"
    r"|ammunition|shells?|artillery|howitzers?|jets?|aircraft|helicopters?|kendaraan|rudal"
    r"|sistem|peluncur|baterai|amunisi|artileri|tank|drone|pesawat|helikopter)\b)"
)
_KINDS = frozenset({"equipment", "industry"})


def _outside(doc: Doc, item: Item, spans: list[tuple[int, int]]) -> str:
    """The item's words outside the sums' spans."""
    text, at = [], item.start
    for a, b in sorted(spans):
        text.append(doc.text[at:a])
        at = max(at, b)
    text.append(doc.text[at : item.end])
    return " ".join(text)


def vetoed(doc: Doc, found: list[Item]) -> list[Item]:
    """`found` without equipment or industry that is only what a state's sum is for."""
    funders = {
        i.value["party"]
        for i in found
        if i.value.get("layer") == "regenerate" and i.value.get("domain") == "funding"
    }
    if not funders:
        return found
    out: list[Item] = []
    for item in found:
        if (
            item.value["party"] in funders
            and item.value.get("layer") == "regenerate"
            and item.value.get("domain") in _KINDS
        ):
            spans = [m.span() for m in _PURPOSE.finditer(doc.text, item.start, item.end)]
            if spans and not _HARDWARE.search(_outside(doc, item, spans)):
                continue
        out.append(item)
    return out
