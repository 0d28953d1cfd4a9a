"""What an asset is sent to do, when its purpose names another domain: aircraft or troops
sent to watch a ceasefire line are the monitoring backstop, not a force in the air or on
the ground ("two patrol aircraft to monitor the line", "400 prajurit untuk misi
pemantauan"); air defence deployed beside troops protects the force ("a battalion and two
Patriot units"), it is not equipment handed over."""

from __future__ import annotations

import re

from willing.ingest.commitment_hits import Domain
from willing.ingest.document import Doc
from willing.ingest.gazetteer import Match

#: between an asset and the monitoring it is for: a purpose word, no new item
_FOR_WATCHING = re.compile(
    r"(?i:^\s+(?:[\w.,-]+\s+){0,3}?(?:to|untuk|for|guna|bagi|in order to"
    # (twelfth set) the troops are the monitors: "prajurit Indonesia bertugas sebagai
    # pemantau", "soldiers serving as ceasefire monitors", "Kontingen Indonesia, 300 pemantau"
    r"|as|sebagai|menjadi|(?-i:[A-Z])[\w'’-]*,\s+(?:(?:about|some|sekitar)\s+)?[\d.,]+)\s+"
    r"(?:(?:help|membantu|ikut|the|a|an)\s+)?$)"
)
#: a monitoring unit and its size after it: "kontingen pemantau TNI sebanyak 750 personel"
_ITS_SIZE = re.compile(
    r"(?i:^\s+(?:[\w.,-]+\s+){0,2}?(?:sebanyak|berjumlah|berkekuatan|of|numbering|totalling|"
    r"with|dengan)\s+(?:(?:about|around|up to|some|sekitar|hingga|sampai)\s+)?[\d.,]+\s+$)"
)

#: between the monitoring and what it is done with: "with three patrol", "dengan dua"
_WATCHED_WITH = re.compile(
    r"(?i:^\s+(?:with|dengan|using|menggunakan|memakai|by means of)\s+(?:[\w.,-]+\s+){0,6}$)"
)

_FORCE = frozenset({("reassure", "air"), ("reassure", "land"), ("reassure", "sea")})


def watching(doc: Doc, hits: list[Match[Domain]]) -> list[Match[Domain]]:
    """Without the assets whose purpose, or whose own size, is the monitoring named
    next to them."""
    watch = [h for h in hits if h.value.domain == "monitoring"]
    if not watch or len(hits) == len(watch):
        return hits
    out = []
    for h in hits:
        if (
            (h.value.layer, h.value.domain) in _FORCE
            and any(
                (h.end <= w.start and _FOR_WATCHING.match(doc.text[h.end : w.start]))
                or (w.end <= h.start and _ITS_SIZE.match(doc.text[w.end : h.start]))
                # (twelfth set) a word of the force that only qualifies the watching ("maritime
                # surveillance flights"), and what the watching is done with ("surveillance
                # flights with three patrol aircraft", "memantau garis dengan dua drone")
                or (h.end <= w.start and not doc.text[h.end : w.start].strip())
                or (w.end <= h.start and _WATCHED_WITH.match(doc.text[w.end : h.start]))
                for w in watch
            )
        ):
            continue
        out.append(h)
    return out


#: air defence by any name: equipment when handed over, a force's shield when deployed
_AIR_DEFENCE = re.compile(
    r"(?i:^(?:(?:sistem |unit |baterai )?pertahanan udara|air defen[cs]e(?: systems?| units?)?|"
    r"Patriot|IRIS-T|NASAMS|SAMP/T)$)"
)
#: air defence for Ukraine's own forces is equipment, wherever troops are sent
_FOR_UKRAINE = re.compile(
    r"(?i:\s+(?:[\w-]+\s+){0,2}?(?:to|for|untuk|bagi|kepada)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:Ukraine|Ukraine's|Ukrainian|Ukraina|Kyiv)\b)"
)
_AIR = Domain("reassure", "air")


def defended(doc: Doc, hits: list[Match[Domain]]) -> list[Match[Domain]]:
    """Air defence named beside troops deployed shields the force: the air domain."""
    if not any(h.value == _LAND for h in hits):
        return hits
    return [
        h._replace(value=_AIR)
        if h.value.domain == "equipment"
        and _AIR_DEFENCE.match(doc.text[h.start : h.end])
        and not _FOR_UKRAINE.match(doc.text, h.end, min(len(doc.text), h.end + 80))
        else h
        for h in hits
    ]


_LAND = Domain("reassure", "land")


#: an asset refused in its own words: "will send no American combat troops", "tetapi tidak
#: dengan pasukan tempur", "field kitchens, not warships"; not "no fewer than 200 troops"
_REFUSED = re.compile(
    r"(?i:(?:\bno|\bnot|\btanpa|\btidak dengan|\bbukan|\bnot with|\bnor)\s+"
    r"(?:(?!fewer\b|less\b|more\b|later\b|longer\b|sooner\b)[\w-]+\s+){0,2}$)"
)


def refused(doc: Doc, hits: list[Match[Domain]], cs: int) -> list[Match[Domain]]:
    """Without the assets a "no" or "not" right before them refuses."""
    return [h for h in hits if not _REFUSED.search(doc.text, max(cs, h.start - 40), h.start)]


#: Ukraine's own forces, named by their state: "train Ukrainian naval infantry",
#: "melatih marinir Ukraina" (who is trained or equipped, not what is given)
_UKRAINES_BEFORE = re.compile(r"(?i:\b(?:Ukrainian|Ukraine['’]s|Kyiv['’]s)\s+(?:[\w-]+\s+){0,2}$)")
_UKRAINES_AFTER = re.compile(r"(?i:\s+(?:Ukraina|Ukraine)\b)")
#: a place of Ukraine's is where a force goes, not Ukraine's own force
_PLACE = re.compile(
    r"(?i:.*\b(?:airspace|ruang udara|sea|seas|laut|skies|sky|langit|waters|perairan|coast|"
    r"pantai|ports?|pelabuhan)$)"
)


def ukraines(doc: Doc, hits: list[Match[Domain]], cs: int) -> list[Match[Domain]]:
    """Without the forces named as Ukraine's own."""
    return [
        h
        for h in hits
        if h.value.layer != "reassure"
        or _PLACE.match(doc.text, h.start, h.end)  # "to police Ukraine's airspace"
        or not (
            _UKRAINES_BEFORE.search(doc.text, max(cs, h.start - 40), h.start)
            or _UKRAINES_AFTER.match(doc.text, h.end)
        )
    ]
