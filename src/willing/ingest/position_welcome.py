"""The host's support of the foreign force, read as holder x stance x force in one clause.

Ukraine, which asked for the force, says it supports it in many frames: it welcomes the
monitors or a state's decision to send ships, thanks the partners for their presence, asks
the coalition for more patrols or to add air defence, counts on the ships staying, wants more
monitors, not fewer ("menyambut baik", "berterima kasih atas kehadiran", "meminta koalisi
menambah", "berharap para pemantau tetap hadir"). Here a clause holds that view when its
holder is the host (`HOSTS`: the state whose soil the force stands on; other states' support
of it is their commitment, read elsewhere), a word of the **support** family follows it, and
within a short window after that word stands either a word of the force family (monitors,
peacekeepers, patrols, ships, the mission, the contingent, pemantau, satgas, kapal, patroli;
troops and soldiers only as the foreign or the partners' ones) or the coalition or partners
asked to add, send, keep, extend or station something.

A clause opening with a pronoun ("Ia meminta koalisi ...") takes the last free party of the
sentence before as its holder. Guards: a question, a negation right before the support word
("has not asked for"), a support of the force's going ("welcomed the withdrawal of the
monitors"), a hedge ("diperkirakan meminta", "is expected to ask"), weapons rather than the
force ("asks for more air defence": not a word of the force family), the host's own troops
("Ukrainian soldiers", "pasukan kami"), and a holder other than the host.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from willing.ingest.document import Doc, Index
from willing.ingest.items import Item, position
from willing.ingest.parties import Mention
from willing.ingest.position_frames import CLAUSE, NEGATED

#: the states that host the force: their support is the position read here
HOSTS = frozenset({"UKR"})

#: a cheap test: a sentence must hold one of these
_KEYS = frozenset(
    {"welcome", "welcomes", "welcomed", "welcoming", "thank", "thanks", "thanked", "thanking"}
    | {"grateful", "gratitude", "ask", "asks", "asked", "asking", "request", "requests"}
    | {"requested", "urge", "urges", "urged", "urging", "call", "calls", "called", "appeal"}
    | {"appealed", "counting", "count", "counts", "relies", "rely", "relying", "want", "wants"}
    | {"wanted", "need", "needs", "needed", "seeks", "sought", "hopes", "hoped", "more"}
    | {"menyambut", "sambut", "terima", "berterima", "meminta", "minta", "mendesak"}
    | {"berharap", "mengharapkan", "membutuhkan", "butuh", "mengandalkan", "memohon"}
)

#: the support family: welcoming, thanking, asking for, counting on, wanting more
_SUPPORT = re.compile(
    r"(?i:\b(?:welcom(?:e|es|ed|ing)|thank(?:s|ed|ing)?|grateful|gratitude"
    r"|(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?"
    r"|call(?:s|ed|ing)?(?: on| upon| for)?)|count(?:s|ed|ing)? on|rel(?:y|ies|ied|ying) on"
    r"|(?:wants?|wanted|needs?|needed|seeks?|sought|hopes? for|hoped for)\s+(?:\w+\s+)?"
    r"(?:more|additional|extra|further)|menyambut(?: baik| gembira| positif)?|sambut baik"
    r"|(?:ber)?terima kasih|meminta|minta|mendesak|memohon|(?:ber|meng)harap(?:kan)?"
    r"|membutuhkan|butuh|mengandalkan)\b)"
)
#: the force family as the object of support: monitors, ships, patrols, the mission ...
_FORCE = re.compile(
    r"(?i:\b(?:monitors?|observers?|peacekeepers?|patrols?|(?:war)?ships?|frigates?"
    r"|minesweepers?|mission|contingents?|deployment|presence|aircraft|jets"
    r"|(?:foreign|coalition|allied|partner|western|european|international|multinational)"
    r"\s+(?:\w+\s+)?(?:troops|soldiers|forces?|personnel)|pemantau|pengamat|satgas"
    r"|penjaga perdamaian|patroli|kapal|pesawat|misi|kontingen|kehadiran"
    r"|(?:pasukan|tentara|prajurit|personel)\s+(?:\w+\s+)?(?:asing|koalisi|sekutu|mitra"
    r"|internasional|multinasional|barat|eropa))\b)"
)
#: the coalition or the partners asked to add, send, keep or extend: "asks the coalition to
#: station air defence", "meminta koalisi menambah sistem pertahanan udara"
_ASKED_TO_ADD = re.compile(
    r"(?i:\s+(?:the\s+)?(?:coalition|allies|partners|koalisi|sekutu|mitra|negara-negara mitra)"
    r"\s+(?:(?:to|for|untuk|agar|supaya)\s+)?(?:add|send|deploy|station|keep|extend|expand"
    r"|increase|reinforce|stay|menambah|mengirim|menempatkan|mempertahankan|memperluas"
    r"|memperpanjang|meningkatkan|tetap (?:hadir|berada|bertugas|di))\b)"
)
#: support of the force's going: "welcomed the withdrawal of the monitors"
_AWAY = re.compile(
    r"(?i:\b(?:withdraw\w*|departure|pull\w*|reduc\w*|cut\w*|leav\w*|exit|end(?:ing)?"
    r"|penarikan|pengurangan|kepulangan|mundur|menarik|mengurangi|berakhir\w*)\b)"
)
#: the host's own troops: "Ukrainian soldiers", "pasukan kami", "its own forces"
_OWN = re.compile(r"(?i:\b(?:ukrainian|ukraina|kami|our|own|sendiri)\b)")
#: a hedge right before the support word: what a state is expected to say
_HEDGED = re.compile(
    r"(?i:\b(?:diperkirakan|kemungkinan|mungkin|akan|bakal|expected to|likely to|may|might"
    r"|could|will|would|is to|are to)\s+(?:\w+\s+)?$)"
)
#: how far after the support word its object may stand
_WINDOW = 90


def read(
    doc: Doc, found: list[Item], holders: Index[Mention], free: Callable[[Mention], bool]
) -> list[Item]:
    """`found` with the host's support of the foreign force read as holder x stance x force,
    for a host that holds no position on the force yet."""
    held = {i.value["party"] for i in found if i.value["issue"] == "foreign-troops"}
    out: list[Item] = []
    for (s, e), keys in zip(doc.sentences, doc.sentence_keys, strict=True):
        if keys.isdisjoint(_KEYS) or doc.asks(s, e):
            continue
        for m in _SUPPORT.finditer(doc.text, s, e):
            code = _holder(doc, s, m, holders, free)
            if code is None or code in held or not _object(doc, m, e):
                continue
            if NEGATED.search(doc.text, max(s, m.start() - 20), m.start()):
                continue
            if _HEDGED.search(doc.text, max(s, m.start() - 30), m.start()):
                continue  # "diperkirakan meminta ...": what a state may ask, not what it holds
            held.add(code)
            out.append(
                position(code, "foreign-troops", "support", doc.published, m.start(), m.end(), 0.6)
            )
    return sorted(found + out, key=lambda i: i.start)


def _holder(
    doc: Doc, s: int, m: re.Match[str], holders: Index[Mention], free: Callable[[Mention], bool]
) -> str | None:
    """The host, when it is the last free party of the clause before the support word."""
    starts = [c.end() for c in CLAUSE.finditer(doc.text, s, m.start())]
    named = [h for h in holders.within(starts[-1] if starts else s, m.start()) if free(h)]
    if named:
        return named[-1].code if named[-1].code in HOSTS else None
    if not _PRONOUN.match(doc.text, starts[-1] if starts else s):
        return None
    # "Ia meminta koalisi menambah ...": the pronoun's state is the last of the line before
    i = doc.sentence_index(s)
    before = [h for h in holders.within(*doc.sentences[i - 1]) if free(h)] if i else []
    return before[-1].code if before and before[-1].code in HOSTS else None


#: a pronoun opening the clause: its holder is named in the sentence before
_PRONOUN = re.compile(r"(?i:\s*(?:he|she|ia|dia|beliau)\b)")


def _object(doc: Doc, m: re.Match[str], e: int) -> bool:
    """Whether the force, or the coalition asked to add to it, follows the support word."""
    end = min(e, m.end() + _WINDOW)
    if _ASKED_TO_ADD.match(doc.text, m.end()):
        return True
    f = _FORCE.search(doc.text, m.end(), end)
    if f is None or _AWAY.search(doc.text, m.end(), f.end()):
        return False  # no force, or "welcomed the withdrawal of the monitors"
    return not _OWN.search(doc.text, max(m.end(), f.start() - 12), f.end())
