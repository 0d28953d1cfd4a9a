"""A host state's consent or invitation named with the state that gives it.

"atas undangan pemerintah Ukraina", "Pemerintah Ukraina telah menyampaikan persetujuannya",
"at the invitation of the Ukrainian government", "only with Kyiv's consent", "Kyiv has
invited the monitors": the consent is the host's only when the state giving it is where the
force serves (the domain's host, or a state the sentence names as a place); "the German
government approved the deployment" is a contributor deciding on its own troops.
"""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules
from willing.ingest.document import Doc, Index
from willing.ingest.givers import a_place
from willing.ingest.parties import Mention, code_of
from willing.ingest.prefilter import guarded

#: what a host gives: its consent, permission, blessing or invitation (with "-nya")
_NOUN = (
    r"(?:undangan|persetujuan|izin|restu|lampu hijau|invitation|consent|approval|permission|"
    r"agreement|blessing|green light|permit|"
    # (twenty-first set) its clearance or authorisation: "requires the clearance of the
    # Romanian authorities", "otorisasi pemerintah Slowakia"
    r"clearance|authori[sz]ation|otorisasi|go-ahead)(?:nya)?"
)
#: the same, and a request, when the host's own act is what the force comes on
_ON = rf"(?:{_NOUN}|permintaan|request)"
#: a state by its name, demonym or capital (checked against the parties found)
_STATE = r"((?-i:[A-Z])[\w-]+)"  # the only capturing group
_GOVERNMENT = r"(?:pemerintah(?:an)?|government|otoritas|authorities)"
_GIVE = (
    r"(?:memberikan|memberi|menyampaikan|mengirim(?:kan)?|mengeluarkan|menerbitkan|"
    r"gives?|gave|given|grants?|granted|extends?|extended|issues?|issued|sends?|sent|conveys?|"
    r"conveyed)"
)
_DIRECT = (
    r"(?:mengundang|menyetujui|mengizinkan|invit(?:es?|ed|ing)|consent(?:s|ed|ing)? to|"
    r"approv(?:es?|ed|ing)|agree(?:s|d)? to|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?)"
)
#: what the host lets in: the force, its people, its presence
_FORCE = (
    r"(?:mission|force|monitors?|observers?|troops|soldiers|contingents?|deployment|personnel|"
    r"presence|misi|pasukan|pemantau|pengamat|kontingen|personel|prajurit|kehadiran|"
    r"penempatan|pengiriman|satgas|(?:[\w-]+\s+)?teams|deminers|units|tim|"
    # (sixteenth set) the specialists a state sends: "the Irish medics serve only as long as"
    r"medics|engineers|crews|zeni|awak|"
    # (twentieth set) the other specialists of a mission, and what it flies or sails: "izin
    # kerja bagi tenaga kesehatan asing", "patrol aircraft ... with Bucharest's agreement"
    r"doctors|nurses|paramedics|surgeons|health workers|medical (?:staff|teams?|personnel)|"
    r"tenaga (?:kesehatan|medis)|dokter|perawat|paramedis|"
    r"aircraft|planes|jets|helicopters|drones|ships|vessels|frigates|minehunters|"
    r"pesawat|helikopter|kapal)"
)
#: a permission to enter or cross is a host's whoever gives it ("izin masuk", "transit")
_ENTRY = r"(?:masuk|lintas|transit|singgah|mendarat|entry|to enter|to cross|to transit|to land)"
_AUX = (
    r"(?:(?:has|have|had|will|would|formally|officially|also|still|continues to|telah|sudah|"
    r"resmi|secara resmi|juga|akan|tetap|masih)\s+)*"
)

#: what the force's presence depends on
_DEPEND = (
    r"(?:bergantung|tergantung|digantungkan)\s+(?:pada|kepada)|depend(?:s|ed|ing|ent)?\s+on|"
    r"hinge[sd]?\s+on|rel(?:y|ies|ied)\s+on|rests?\s+on"
)
#: (twenty-third set) what the force needs before it goes: the host's consent required
_REQUIRE = (
    r"(?:requires?|required|requiring|needs?|needed|memerlukan|membutuhkan|mensyaratkan|"
    r"(?:harus|wajib|perlu)\s+(?:mendapat(?:kan)?|memperoleh))"
)
#: a proviso that may name two conditions
_PROVISO = (
    r"(?:only while|only as long as|as long as|so long as|only with|provided|hanya selama|"
    r"selama|asalkan|hanya dengan|dengan syarat)\s+(?:there\s+is\s+|ada(?:nya)?\s+)?"
)

_PATTERNS = (
    # on the host's invitation, with its consent: "atas undangan pemerintah Ukraina", "at the
    # invitation of the Ukrainian government", "with the permission of Moldova"
    # (sixteenth set) or depending on it, or as a second proviso after another ("bergantung
    # pada undangan pemerintah Ukraina", "selama ada persetujuan DPR dan undangan dari
    # pemerintah Ukraina", "as long as there is parliamentary approval and an invitation")
    # (twenty-third set) or required: "Penempatan baru memerlukan persetujuan pemerintah
    # Ukraina", "new deployments require the consent of the Ukrainian government"
    rf"(?:atas|dengan|tanpa|setelah|sesudah|seizin|at|on|with|without|after|upon|subject to|"
    rf"{_REQUIRE}|{_DEPEND}|{_PROVISO}(?:[\w-]+\s+){{1,4}}?(?:dan|and|serta))\s+"
    rf"(?:the\s+|a\s+)?(?:[\w-]+\s+)?{_ON}\s+(?:resmi\s+|formal\s+)?(?:(?:dari|of|from|by)\s+)?"
    rf"(?:the\s+)?(?:{_GOVERNMENT}\s+(?:of\s+|in\s+|di\s+)?)?{_STATE}",
    # (fifteenth set) the state before its government: "at the request of the Ukrainian
    # authorities"
    rf"(?:atas|dengan|tanpa|at|on|with|without|after|upon|subject to|{_REQUIRE})\s+"
    rf"(?:the\s+)?{_ON}\s+"
    rf"(?:of|from|by)\s+(?:the\s+)?{_STATE}\s+{_GOVERNMENT}\b",
    # "only with Ukraine's consent", "at Kyiv's invitation"; (twenty-first set) the state
    # before its government ("without the Ukrainian government's written consent")
    rf"(?:atas|dengan|tanpa|at|on|with|without|after|upon|subject to|{_REQUIRE})\s+"
    rf"(?:the\s+)?{_STATE}"
    rf"(?:(?:'s|’s)\s+(?:government(?:'s|’s)\s+)?|\s+{_GOVERNMENT}(?:'s|’s)\s+)"
    rf"(?:[\w-]+\s+)?{_ON}\b",
    # the host's government giving it: "Pemerintah Ukraina telah menyampaikan persetujuannya",
    # "the Ukrainian government has granted its permission"
    rf"(?:{_GOVERNMENT}\s+(?:of\s+|in\s+)?{_STATE}|{_STATE}(?:'s|’s)?\s+{_GOVERNMENT}|{_STATE})"
    rf",?\s+{_AUX}{_GIVE}\s+(?:its\s+|their\s+|the\s+|an?\s+)?(?:[\w-]+\s+)?{_NOUN}\b"
    rf"(?:\s+{_ENTRY})?",
    # the host inviting or admitting the force: "Kyiv has invited the monitors"
    rf"(?:{_GOVERNMENT}\s+(?:of\s+|in\s+)?{_STATE}|{_STATE}(?:'s|’s)?\s+{_GOVERNMENT}|{_STATE})"
    # (a verb between is the state's own act: "agreed to host the force's air wing")
    rf",?\s+{_AUX}{_DIRECT}\s+(?:the\s+|its\s+|their\s+)?(?:(?!the\b|its\b|their\b|an?\b)[\w-]+\s+){{0,2}}?"
    rf"{_FORCE}\b",
    # (fifteenth set) the same said of the host as host, the force maybe a pronoun: "pemerintah
    # Ukraina sebagai tuan rumah tetap mengundang misi", "the Ukrainian government, as host,
    # still invites them"; not "because Ukraine invited them", a reason given
    rf"(?:{_GOVERNMENT}\s+(?:of\s+|in\s+)?{_STATE}|{_STATE}(?:'s|’s)?\s+{_GOVERNMENT}|{_STATE})"
    rf",?\s+(?:as|sebagai|selaku)\s+(?:the\s+)?(?:negara\s+)?"
    rf"(?:tuan rumah|host(?:\s+(?:nation|state|country))?),?\s+{_AUX}{_DIRECT}\s+"
    rf"(?:the\s+|its\s+|their\s+)?(?:(?!the\b|its\b|their\b|an?\b)[\w-]+\s+){{0,2}}?"
    rf"(?:{_FORCE}|them|mereka)\b",
)

#: words one of which a sentence must hold for the patterns to be tried
_KEYWORDS = frozenset(
    [
        "undangan",
        "undangannya",
        "persetujuan",
        "persetujuannya",
        "izin",
        "izinnya",
        "restu",
        "lampu",
        "invitation",
        "consent",
        "consents",
        "consented",
        "approval",
        "permission",
        "agreement",
        "blessing",
        "green",
        "permintaan",
        "request",
        "permit",
        "mengundang",
        "menyetujui",
        "mengizinkan",
        "invite",
        "invites",
        "invited",
        "inviting",
        "approve",
        "approves",
        "approved",
        "approving",
        "agree",
        "agrees",
        "agreed",
        "allow",
        "allows",
        "allowed",
        "allowing",
        "permit",
        "permits",
        "permitted",
        "permitting",
        "clearance",
        "authorisation",
        "authorization",
        "otorisasi",
        "go-ahead",
    ]
)


#: (twenty-first set) the state the force flies, sails or operates from ("flies two
#: surveillance planes from Poland with Warsaw's consent", "beroperasi dari Bulgaria"), not
#: the state it merely comes from ("Romanian troops left from Romania")
_OPERATES_FROM = re.compile(
    r"(?i:\b(?:operat\w*|fl(?:y|ies|ying|own|ew)|sail\w*|based|stationed|launch\w*|patrol\w*|"
    r"beroperasi|terbang|berpangkalan|berlayar|diterbangkan|berpatroli)\b[^.;:!?]{0,50}?"
    r"\b(?:from|out of|dari)\s+$)"
)

#: (twenty-first set) the force said to be where the host is, at its invitation: "the
#: soldiers are there at the invitation of the Polish government", "berada di sini atas
#: undangan pemerintah Rumania"
_THERE = re.compile(r"(?i:\b(?:here|there|di sana|di sini|di situ)\s*[\"“]?\s*$)")


def _operated_from(doc: Doc, p: Mention) -> bool:
    """The party is named as the state the force operates from."""
    return _OPERATES_FROM.search(doc.text, max(0, p.start - 80), p.start) is not None


#: a government named by the place it sits in: "the government in Kyiv", "pemerintah di Kyiv"
_SEAT = re.compile(rf"(?i:\b{_GOVERNMENT}\s+(?:in|di)\s+$)")


@cache
def _pattern() -> re.Pattern[str]:
    return guarded(r"\b(?:" + "|".join(f"(?:{p})" for p in _PATTERNS) + ")", re.I)


@cache
def hosts() -> frozenset[str]:
    """The states where the coalition's force serves whatever the sentence says."""
    return frozenset(str(c) for c in rules.load("commitments")["host_states"])


def _state(m: re.Match[str]) -> int:
    """Where the state group of whichever alternative matched starts."""
    return next(m.start(g) for g in range(1, (m.re.groups or 0) + 1) if m.start(g) >= 0)


@cache
def _force() -> re.Pattern[str]:
    return re.compile(rf"\b{_FORCE}\b", re.I)


def _about_force(doc: Doc, a: int, b: int) -> bool:
    """The sentence, or the one before, speaks of the force the host lets in."""
    n = doc.sentence_index(a)
    start = doc.sentences[n - 1][0] if n > 0 else a
    return _force().search(doc.text, start, b) is not None


def find(doc: Doc, parties: Index[Mention]) -> list[tuple[int, int]]:
    """Spans stating a host's consent or invitation given by the host state itself."""
    out: list[tuple[int, int]] = []
    pattern = _pattern()
    for s, e in doc.windows(_KEYWORDS, 120):
        for m in pattern.finditer(doc.text, s, e):
            at = _state(m)
            named = [p.code for p in parties.within(at, m.end()) if p.start == at]
            word = re.match(r"[\w-]+", doc.text[at:])
            if (
                not named
                and word
                and (
                    _SEAT.search(doc.text, max(0, at - 16), at)
                    or doc.text.startswith(("'s", "\u2019s"), word.end() + at)
                )
            ):
                # (twentieth set) "the government in Kyiv", "with Bucharest's agreement": a
                # capital after "in" is read as a place by the party finder, and one before
                # "agreement" as a treaty's name, but here it names the government
                named = [c for c in [code_of(word.group())] if c]
            if not named or len(named[0]) != 3:
                continue  # (twentieth set) "atas permintaan PBB": a body, not a host state
            a, b = doc.sentence_at(m.start())
            if doc.asks(a, b):
                continue
            places = {
                p.code for p in parties.within(a, b) if a_place(doc, p) or _operated_from(doc, p)
            }
            if not _about_force(doc, a, b):
                continue  # "gave its approval to the grain deal": no force to host
            entry = re.search(rf"\b{_ENTRY}\b", m.group(), re.I) is not None
            there = _THERE.search(doc.text, max(a, m.start() - 20), m.start()) is not None
            if entry or there or named[0] in hosts() or named[0] in places:
                out.append(m.span())
    return out
