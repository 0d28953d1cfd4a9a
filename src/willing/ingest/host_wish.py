"""The host's wish as the condition of the force's stay (eighteenth set).

A text makes the host's consent a condition without the words "consent" or "invitation"
given by the host: the force stays while the host wants it ("As long as the Ukrainians want
us, we stay", "selama tuan rumah masih menghendaki kehadiran kita"), it goes home when the
host asks or no longer wants it ("kita pulang bila tuan rumah meminta", "bila tuan rumah
tidak lagi menghendaki kehadiran kita", "packs up the day Kyiv withdraws the invitation"),
or its stay lasts as long as the invitation does ("tinggal selama undangan itu berlaku",
"Apabila undangan tersebut dicabut, penugasan berakhir"). Each is a combination of small
word families: a proviso or a time clause, the host (a word for a host, or a state the
force serves in), and a verb of wanting, asking or withdrawing; the host named by a state's
name counts only when it is a host state of the domain (`host_states`).
"""

from __future__ import annotations

import re
from functools import cache

from willing.ingest.document import Doc, Index
from willing.ingest.host_consent import hosts
from willing.ingest.parties import Mention
from willing.ingest.prefilter import guarded

#: the host by a word for a host; or a capitalised name (a state, its people, its capital),
#: checked against the parties found (the only capturing group)
_HOST = (
    r"(?:(?:the\s+|our\s+|kita\s+)?(?:negara\s+)?(?:tuan rumah|host(?:s|\s+(?:nation|state|country|"
    r"government))?)(?:\s+(?:kita|kami))?|(?:(?:the|pemerintah|rakyat|pihak)\s+|"
    # (twenty-seventh round) the government "of" its state: "the Government of Ukraine"
    r"(?:the\s+)?(?:government|authorities|people)\s+of\s+)?((?-i:[A-Z])[\w-]+)"
    r"(?:\s+(?:government|authorities|people|side))?"
    # (twenty-seventh round) a state named as host in an apposition: "Ukraina sebagai tuan
    # rumah", "Kyiv, as host,"
    r"(?:,?\s+(?:as|sebagai|selaku)\s+(?:the\s+)?(?:negara\s+)?(?:tuan rumah|host(?:\s+(?:nation|"
    r"state|country))?)(?=[\s,]),?)?)"
)
#: a proviso of lasting: the force stays while ...
_WHILE = (
    r"(?:only\s+while|only\s+as\s+long\s+as|for\s+as\s+long\s+as|as\s+long\s+as|so\s+long\s+as|while|"
    r"provided(?:\s+that)?|hanya\s+selama|selama|sepanjang|asalkan|asal)"
)
#: a time or condition clause: the force goes when ...
_WHEN = (
    r"(?:the\s+(?:day|moment|minute)|whenever|when|if|once|as\s+soon\s+as|should|bila|jika|kalau|"
    r"apabila|begitu|saat|ketika|manakala|pada\s+hari)"
)
#: the host wanting, welcoming or asking for the force
_WANT = (
    r"(?:(?:still|masih|tetap|continues?\s+to|terus)\s+)?(?:wants?|wish(?:es)?|welcomes?|"
    r"invites?|accepts?|asks?\s+(?:for|us\s+to\s+stay)|will\s+have|needs?|menghendaki|menginginkan|"
    r"mau|meminta|mengundang|menerima|membutuhkan|memerlukan|"
    # (twenty-seventh round) "memintanya", "mengundangnya": the "-nya" is the force
    r"(?:meminta|mengundang)nya)"
)
#: (twenty-seventh round) the one reason the force is there, the host's request or
#: invitation already made: "only because Kyiv asked for them", "hanya karena Ukraina
#: memintanya" (a bare "because" gives a reason, not a proviso)
_ONLY_BECAUSE = r"(?:only\s+because|hanya\s+karena)"
_ASKED = (
    r"(?:(?:has|had|have|telah|sudah)\s+)?(?:(?:asked\s+for|requested|invited|meminta|mengundang)"
    r"\s+(?:us|them|kita|kami|mereka|the\s+(?:[\w-]+\s+)?(?:force|mission|troops|soldiers|monitors|"
    r"observers|contingent|ships|deployment)|(?:pasukan|misi|satgas|prajurit|pemantau)\b)|"
    r"(?:meminta|mengundang)nya)\b"
)
#: what is wanted: the force, its presence, "us"; or nothing more (the clause ends)
_OBJECT = (
    r"(?:\s+(?:us|them|it|kita|kami|mereka|our\s+\w+|kehadiran\s+\w+|the\s+(?:[\w-]+\s+)?(?:force|"
    r"mission|troops|soldiers|monitors|observers|contingent|coalition|battalion|deployment)|"
    r"(?:pasukan|misi|satgas|prajurit)\b[\w\s]{0,20}?)(?=[\s,.;:!?\"”’)]|$)|(?=\s*[,.;:!?\"”’]|$))"
)
#: the host no longer wanting, asking the force to go, or withdrawing its invitation
_END = (
    rf"(?:(?:no\s+longer|tidak\s+lagi|tak\s+lagi)\s+{_WANT}{_OBJECT}|"
    rf"(?:asks?|tells?|wants?)\s+(?:us|them)\s+(?:to\s+(?:leave|go)|gone|out)|"
    rf"(?:asks?|tells?|says\s+so)(?=\s*[,.;:!?\"”’]|$)|meminta(?:nya|\s+(?:kita|kami|mereka))?"
    rf"(?:\s+(?:pulang|pergi))?(?=\s*[,.;:!?\"”’]|$)|"
    r"(?:withdraws?|revokes?|ends?|cancels?|mencabut|menarik|membatalkan)\s+(?:the\s+|its\s+|their\s+)?"
    # (twenty-third set) or the request the force came on: "mencabut permintaannya"
    r"(?:invitation|consent|request|undangan(?:nya)?|izin(?:nya)?|persetujuan(?:nya)?|"
    r"permintaan(?:nya)?))"
)
#: the force going home
_LEAVE = (
    r"(?:leaves?|leaving|go(?:es)?\s+home|going\s+home|packs?\s+up|packing\s+up|withdraws?|"
    r"pulls?\s+out|departs?|pulang|kembali\s+ke\s+tanah\s+air|angkat\s+kaki|ditarik|mundur)"
)
#: an invitation that lasts, or is withdrawn
_INVITATION = (
    r"(?:the\s+|an?\s+|its\s+|their\s+)?(?:invitation|undangan)(?:\s+(?:itu|tersebut|ini|tertulis|"
    r"resmi|written|formal|of\s+(?:the\s+)?[\w-]+(?:\s+government)?|dari\s+(?:pemerintah\s+)?[\w-]+))*"
)
_LASTS = (
    r"(?:(?:masih|tetap|still|remains?\s+in\s+force\b)\s*)?(?:berlaku|stands|holds|lasts|"
    r"is\s+valid|remains\s+valid|is\s+in\s+force|remains?\s+in\s+force|ada)\b"
)
_LAPSES = (
    r"(?:dicabut|ditarik|dibatalkan|berakhir|is\s+withdrawn|was\s+withdrawn|is\s+revoked|"
    r"is\s+cancelled|lapses|ends|expires)\b"
)

_PATTERNS = (
    # stays while the host wants it: "As long as the Ukrainians want us", "selama tuan rumah
    # masih menghendaki kehadiran kita"
    rf"{_WHILE}\s+{_HOST}\s+{_WANT}{_OBJECT}",
    # (twenty-third set) or as the proviso's second part, the host maybe with the other
    # side: "selama gencatan senjata dihormati dan Pemerintah Ukraina tetap mengundang kami",
    # "selama ... dan Ukraina serta Rusia tetap menerima kehadiran misi PBB"
    rf"{_WHILE}\s+[^,.;:!?]{{1,60}}?\s(?:and|dan|serta)\s+{_HOST}"
    rf"(?:\s+(?:and|dan|serta)\s+(?-i:[A-Z])[\w-]+)?\s+{_WANT}{_OBJECT}",
    # goes when the host asks or no longer wants it: "pulang bila tuan rumah meminta",
    # "packs up the day Kyiv withdraws the invitation", "bila tuan rumah tidak lagi
    # menghendaki kehadiran kita"
    # (nineteenth set) or after another condition joined by "or": "apabila gencatan senjata
    # runtuh atau Pemerintah Ukraina mencabut persetujuannya"
    rf"(?:{_LEAVE}\s+(?:[\w-]+\s+){{0,3}}?)?{_WHEN}\s+(?:[^,.;:!?]{{1,50}}?\s(?:or|atau)\s+)?"
    rf"{_HOST}\s+{_END}",
    # (twenty-third set) the host must ask, invite or consent: "Ukraina sebagai tuan rumah
    # harus memintanya secara tertulis", "Kyiv, as host, must invite them first"
    rf"{_HOST},?(?:\s+(?:as|sebagai|selaku)\s+(?:the\s+)?(?:negara\s+)?(?:tuan rumah|host"
    rf"(?:\s+(?:nation|state|country))?),?)?\s+(?:harus|must|has\s+to|needs\s+to|wajib|perlu)"
    r"\s+(?:first\s+|formally\s+|terlebih\s+dahulu\s+)?(?:memintanya|mengundangnya|menyetujuinya|"
    r"(?:meminta|mengundang|menyetujui)\s+(?:kami|kita|mereka|kehadiran|pasukan|misi|pemantau)|"
    r"(?:ask\s+for|request|invite|consent\s+to)\s+(?:it|us|them|(?:the|our|their)\s+(?:[\w-]+\s+)?"
    r"(?:force|mission|troops|monitors|observers|contingent|deployment|presence)))\b",
    # (twenty-seventh round) there only because the host asked: "only because Kyiv asked for
    # them", "hanya karena pemerintah Ukraina mengundang mereka"
    rf"{_ONLY_BECAUSE}\s+{_HOST}\s+{_ASKED}",
    # stays while the invitation lasts, ends when it is withdrawn
    rf"{_WHILE}\s+{_INVITATION}\s+{_LASTS}",
    rf"{_WHEN}\s+{_INVITATION}\s+{_LAPSES}",
)

#: words one of which a sentence must hold for the patterns to be tried
_KEYWORDS = frozenset(
    [
        "want",
        "wants",
        "wish",
        "wishes",
        "welcome",
        "welcomes",
        "invite",
        "invites",
        "need",
        "needs",
        "menghendaki",
        "menginginkan",
        "mau",
        "meminta",
        "mengundang",
        "menerima",
        "membutuhkan",
        "memerlukan",
        "ask",
        "asks",
        "tell",
        "tells",
        "withdraw",
        "withdraws",
        "revoke",
        "revokes",
        "end",
        "ends",
        "cancel",
        "cancels",
        "mencabut",
        "menarik",
        "membatalkan",
        "invitation",
        "undangan",
        "memintanya",
        "mengundangnya",
        "menyetujui",
        "menyetujuinya",
        "invite",
        "request",
        "consent",
        "diminta",
        "accept",
        "accepts",
        "asked",
        "requested",
        "invited",
        "karena",
        "because",
        "told",
    ]
)


#: (twenty-second and twenty-third sets) the force going home when asked to go, the asker
#: left unsaid: "kita pulang kalau diminta pulang", "we leave when we are asked to leave";
#: the host's only when the sentence names the host
_ASKED_TO_GO = re.compile(
    rf"(?i:\b{_LEAVE}\s+{_WHEN}\s+(?:(?:we|they)\s+(?:are|were)\s+)?(?:diminta|asked|told)\s+"
    r"(?:untuk\s+|to\s+)?(?:pulang|pergi|leave|go(?:\s+home)?)\b)"
)
_HOST_WORD = re.compile(r"(?i:\b(?:tuan rumah|host)\b)")


@cache
def _pattern() -> re.Pattern[str]:
    return guarded(r"\b(?:" + "|".join(f"(?:{p})" for p in _PATTERNS) + ")", re.I)


def find(doc: Doc, parties: Index[Mention]) -> list[tuple[int, int]]:
    """Spans that make the host's wish the condition of the force's stay."""
    out: list[tuple[int, int]] = []
    for s, e in doc.windows(_KEYWORDS, 120):
        for m in _pattern().finditer(doc.text, s, e):
            a, b = doc.sentence_at(m.start())
            if doc.asks(a, b):
                continue
            at = next((m.start(g) for g in range(1, (m.re.groups or 0) + 1) if m.start(g) >= 0), -1)
            if at >= 0 and not any(
                p.start == at and p.code in hosts() for p in parties.within(at, m.end())
            ):
                continue  # a state named, not the host: "as long as Germany wants it"
            out.append(m.span())
        for m in _ASKED_TO_GO.finditer(doc.text, s, e):
            a, b = doc.sentence_at(m.start())
            if _HOST_WORD.search(doc.text, a, b) or any(
                p.code in hosts() for p in parties.within(a, b)
            ):
                out.append(m.span())
    return out
