"""A gift asked for is not yet given (twentieth set).

"Ministers asked member states to commit further naval assets", "Kyiv is pressing the
coalition to keep its troops", "we are asking Washington for a commitment to air defence",
"berharap Indonesia mempertimbangkan penambahan pemantau", "negara yang dapat diajak
menyumbang kapal": the asset is what someone wants given, and neither the one who asks nor
the one asked has given it in that clause. This reader finds the request as one small
family (verbs of asking, urging, pressing, calling on, inviting and hoping in both
languages, followed by the one asked and a verb or noun of giving) and vetoes the
commitments whose own words hold it. Not a request: asking a question ("asked whether",
"asked one question"), asking to be left unnamed, a task given to someone ("diminta
menyiapkan pertanyaan"), or a gift made "at the request of" someone ("atas permintaan
PBB"), which is a gift; a request that opens the sentence as a participle ("Asked by Kyiv,
Norway agreed to send ...") and a gift of the asker's own joined after it ("urged its
partners to keep pressing China, and pledged ...") stand. A gift offered "if requested" is
the giver's own and stands too (the thirteenth set's probes want it).
"""

from __future__ import annotations

import re

from willing.ingest.document import Doc
from willing.ingest.items import Item
from willing.ingest.vetoes import drop_in_sentence

#: cheap test first: a sentence needs one of these words before the pattern is run
_KEYS = frozenset(
    {
        "ask", "asks", "asked", "asking", "urge", "urges", "urged", "urging", "call", "calls",
        "called", "calling", "press", "presses", "pressed", "pressing", "requested",
        "requesting", "invite", "invites", "invited", "inviting", "appeal", "appeals",
        "appealed", "appealing", "implored", "encouraged", "meminta", "diminta", "mendesak",
        "didesak", "mengajak", "diajak", "mengimbau", "diimbau", "menyerukan", "berharap",
        "mengharapkan", "memohon", "mengundang", "diundang",
    }
)  # fmt: skip

#: giving: the verb or noun that follows the one asked
_GIVE_EN = (
    r"(?:commit|contribute|send|provide|deploy|keep|fill|supply|give|add|fund|pay|offer"
    r"|station|lend|share|extend|increase|double|boost|pledge|join|lead|put|a\s+commitment"
    r"|commitments|contributions?|more|further|troops|ships|aircraft|money|funds?)\b"
)
_GIVE_ID = (
    r"(?:menyumbang\w*|mengirim\w*|menambah\w*|menyediakan|mempertimbangkan|berkontribusi"
    r"|menempatkan|mendanai|membiayai|memberi\w*|ikut|bergabung|memperpanjang|mengerahkan"
    r"|menanggung|meminjamkan|penambahan|pengiriman|kontribusi|sumbangan|bantuan)\b"
)
_ASK_EN = (
    r"(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon)"
    r"|press(?:es|ed|ing)?|request(?:ed|ing)|invit(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+to"
    r"|implored|encouraged)"
)
_ASK_ID = (
    r"(?:meminta|diminta|mendesak|didesak|mengajak|diajak|mengimbau|diimbau|menyerukan"
    r"|berharap|mengharapkan|memohon|mengundang|diundang)"
)
_REQUEST = re.compile(
    # asked, then (the one asked, in up to six words) to give, or for a gift
    rf"(?i:\b{_ASK_EN}\s+(?:[\w'’.,-]+\s+){{0,6}}?(?:to\s+|for\s+(?:a\s+|an\s+|the\s+)?)?{_GIVE_EN}"
    rf"|\b{_ASK_ID}[\"”“]?\s+(?:[\w'’.-]+\s+){{0,5}}?(?:untuk\s+|agar\s+|supaya\s+)?"
    rf"(?:ikut\s+)?{_GIVE_ID})"
)
#: a gift of the asker's own in a predicate joined after the request: "urged its partners
#: to keep pressing China, and pledged $500 million"
_OWN_GIFT = re.compile(
    r"(?i:,?\s+(?:and|but|while|yet|dan|tetapi|namun|sementara|serta)\s+"
    r"(?:(?:it|he|she|they|also|itself|then|juga|sendiri|lalu)\s+)*"
    r"(?:pledged|promised|committed|offered|announced|gave|sent|donated|will|would|agreed"
    r"|menjanjikan|berjanji|mengumumkan|menyumbang\w*|mengirim\w*|akan|sepakat|menyanggupi)\b)"
)
#: not a request for a gift: a question, a name kept back, "asked whether"
_NOT = re.compile(r"(?i:\b(?:asked|asks|ask|asking)\s+(?:whether|if|about|why|how|what|one)\b)")


def _requests(doc: Doc, n: int) -> list[tuple[int, int]]:
    """Where requests for a gift are in sentence `n`."""
    if doc.sentence_keys[n].isdisjoint(_KEYS):
        return []
    s, e = doc.sentences[n]
    out: list[tuple[int, int]] = []
    for m in _REQUEST.finditer(doc.text, s, e):
        if _NOT.match(doc.text, m.start()):
            continue
        lead = doc.text[s : m.start()].strip(" \"'“”‘’-*•\t\n")
        if not lead and doc.text[m.start()].isupper():
            continue  # "Asked by Kyiv, Norway agreed ...": a participle before the gift
        out.append(m.span())
    return out


def vetoed(doc: Doc, found: list[Item]) -> list[Item]:
    """`found` without the commitments whose own words ask for the gift."""
    return drop_in_sentence(
        doc,
        found,
        lambda n: _requests(doc, n),
        lambda item, span: (
            item.start <= span[0] < item.end and not _OWN_GIFT.search(doc.text, span[1], item.end)
        ),
    )
