"""A state's opposition to the foreign force, read as three word families in one clause.

The phrase rules of `positions.yaml` read a view where its verb and its object stand in the
shapes they were written for; the same view comes in other frames: an absolute clause
("with Moscow still rejecting any foreign force"), a label ("calls the monitors
occupiers", "semua tentara koalisi 'sasaran sah'"), a headline or ticker in capitals
("KREMLIN: KEHADIRAN PASUKAN KOALISI MERUSAK PELUANG DAMAI"), a refusal to let, pay for or
accept ("will never accept Western troops", "will not finance foreign armies"), a request to
stay out ("asked Jakarta not to join a mission legitimising a Western military presence").
Here a clause holds such a view when it holds, within a short window, a word of the
**stance** family (verbs, nouns and adjectives of rejecting, labelling illegitimate,
threatening, demanding withdrawal, never accepting, in both languages) and a word of the
**force** family qualified as the foreign or coalition force (foreign troops, Western
soldiers, coalition aircraft, the monitors, pasukan asing, kehadiran militer Barat); its
holder is the clause's first party that is free (not a place, an owner of a force, nor the
one asked: "meminta Indonesia ..."), or the label opening the line ("KREMLIN: ...").

A clause opening on its verb after "but" ("..., tetapi tetap menolak pasukan ...") takes
the holder of the clause before; a verb phrase joined by "and would" after a "that" clause
is the main subject's. The force may be single ("any foreign warship") or someone's ("his
monitors"); a refusal to back or endorse needs the qualified force right after it.

Guards: a negation right before a stance word of rejecting ("does not oppose"), a question,
a holder that is the coalition itself or the state whose force is spoken of ("Russian
troops"), a negated subject ("nobody", "tak seorang pun"), a denial of a report ("rejected
claims that foreign troops ..."), a rejection of another's statement before the stance (the
stance is that statement, reported), and a force in a second verb phrase ("menolak mengurangi
anggaran ... dan menganggap keberadaan pasukan asing ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from willing.ingest import threat_labels, word_classes
from willing.ingest.document import Doc, Index
from willing.ingest.items import Item, position
from willing.ingest.parties import Mention

#: a cheap test before the patterns: a sentence must hold one of these and a force word
_STANCE_KEYS = frozenset(
    {"reject", "rejects", "rejecting", "rejected", "rejection", "oppose", "opposes"}
    | {"opposed", "opposing", "opposition", "accept", "tolerate", "allow", "finance", "fund"}
    | {"occupiers", "occupier", "occupation", "occupying", "occupants", "invaders"}
    | {"intervention", "interference", "provocation", "provocations", "threat", "threatens"}
    | {"threats", "targets", "target", "unacceptable", "illegitimate", "legitimising"}
    | {"legitimizing", "legitimise", "legitimize", "withdrawal", "withdraw", "leave", "home"}
    | {"out", "undermines", "undermine", "undermining", "warns", "warned", "warning"}
    | {"hostile", "aggression", "denounces", "denounced", "condemns", "condemned"}
    | {"menolak", "penolakan", "tolak", "menentang", "menerima", "mengizinkan", "membiayai"}
    | {"penjajah", "penjajahan", "pendudukan", "penjajahnya", "campur", "intervensi"}
    | {"provokasi", "ancaman", "mengancam", "sasaran", "target", "melegitimasi", "merusak"}
    | {"penarikan", "ditarik", "pulang", "keluar", "angkat", "memperingatkan", "mengecam"}
    | {"ilegal", "illegal", "tuntut", "menuntut", "bermusuhan", "agresi", "join", "ikut"}
    | {"back", "endorse", "support", "approve", "escalate", "escalation", "eskalasi"}
    | {"unwelcome", "spy", "closer", "widen", "widens", "widening", "drag", "drags"}
    | {"dragged", "dragging", "memperluas", "menyeret"}
    | threat_labels.KEYS
)
_FORCE_KEYS = frozenset(
    {"troops", "soldiers", "forces", "force", "monitors", "peacekeepers", "aircraft", "jets"}
    | {"ships", "vessels", "warships", "mission", "presence", "deployment", "contingent"}
    | {"contingents", "armies", "army", "boots", "personnel", "observers", "military"}
    | {"pasukan", "tentara", "pemantau", "prajurit", "pesawat", "kapal", "misi", "kehadiran"}
    | {"keberadaan", "penempatan", "kontingen", "militer", "pengamat", "penjaga", "warship"}
    | {"ship", "vessel", "frigate", "frigates", "jet", "plane", "planes", "helicopters"}
    | {"soldier", "troop", "peacekeeper", "monitor", "observer"}
    | threat_labels.FORCE_KEYS
    | threat_labels.LABELLED_KEYS
)

#: the stance family: words of rejecting, labelling, threatening, sending home, refusing
_STANCE = re.compile(
    r"(?i:\b(?:reject(?:s|ed|ing|ion)?|oppos(?:e|es|ed|ing|ition)|(?:never|not|n't|no longer)"
    r"\s+(?:\w+\s+){0,2}?(?:accept|tolerate|allow|permit|finance|fund|pay for|join)"
    r"|(?:never|not|n't)\s+(?:\w+\s+){0,2}?(?:back|endorse|support|approve)\s+(?:any |a |the )?"
    r"(?=(?:foreign|western|coalition|nato|european|multinational|allied|international)\s)"
    r"|occup(?:iers?|ation|ying|ants?)|invaders|interference|intervention|provocations?"
    r"|(?:a |an |direct |grave |serious |existential )*threat(?:s|ens)?|"
    + threat_labels.LABELS
    + r"|unacceptable|illegitimate|legitimi[sz](?:e|es|ing)"
    r"|(?:demand(?:s|ed|ing)?|calls? for|called for|insist(?:s|ed)? on|menuntut|tuntut"
    r"|mendesak)\s+(?:\w+\s+){0,3}?(?:withdrawal|penarikan|pullout|exit)"
    r"|(?:should|must|to|harus|agar|supaya|segera)\s+(?:all\s+|semua\s+)?(?:go home|leave"
    r"|get out|withdraw|pulang|angkat kaki|keluar|ditarik)"
    r"|undermin(?:e|es|ing)|hostile|aggression|denounc(?:e|es|ed|ing)|condemn(?:s|ed|ing)?"
    r"|warn(?:s|ed|ing)? against|escalat(?:e|es|ed|ing|ion)|eskalasi|menolak"
    r"|(?:bring|brings|bringing|brought) (?:the )?war closer|(?:widen|widens|widening) the war"
    r"|drag(?:s|ged|ging)? (?:\w+ ){0,2}?into (?:the |a )?(?:wider |bigger )?war"
    r"|memperluas perang|menyeret"
    r"|penolakan|tolak|menentang|(?:tidak|tak|takkan"
    r"|belum)\s+(?:\w+\s+){0,2}?(?:menerima|mengizinkan|membiayai|ikut serta|bergabung)"
    r"|penjajah(?:an|nya)?|pendudukan|campur tangan|intervensi|provokasi|ancaman|mengancam"
    r"|sasaran(?: yang)? sah|target(?: yang)? sah|melegitimasi|merusak|memperingatkan"
    r"|mengecam|bermusuhan|agresi)\b)"
)

#: the force family, qualified as the foreign or coalition force (or the monitors)
_FORCE = re.compile(
    word_classes.expand(
        r"(?i:\b(?:(?:foreign|western|coalition|nato|european|multinational|allied"
        r"|international|outside)\s+(?:\w+\s+)?(?:{troop}|"
        + threat_labels.HANDS
        + r"|aircraft|jets?|planes?|helicopters|ships?|vessels?|warships?|frigates?"
        r"|armies|army|mission|presence|deployment|boots|military(?: presence)?)"
        r"|(?:the|any|its|these|those|all|his|her|their) (?:[\w'’]+ )?(?:monitors|peacekeepers"
        r"|observers)"
        r"|(?:pasukan|tentara|prajurit|pesawat|kapal|misi|kehadiran|keberadaan|penempatan|personel"
        r"|kontingen|militer|pemantau|pengamat|penjaga perdamaian)\s+(?:[\w-]+\s+)?"
        r"(?:asing|barat|koalisi|NATO|Eropa|multinasional|internasional)"
        r"|pemantau asing|kehadiran militer(?: \w+)?|"
        + threat_labels.SENT
        + "|"
        + threat_labels.LABELLED
        + r")\b)"
    )
)

#: a negation right before a stance word: "does not oppose", "tidak menolak"
NEGATED = re.compile(r"(?i:\b(?:not|n't|never|no longer|tidak|tak|bukan|belum)\s+(?:\w+\s+)?$)")
#: a stance that is itself a negation: "never accept", "tidak akan menerima"
_NEGATION = re.compile(r"(?i:never|not|n't|no longer|tidak|tak|belum)")
#: a subject nobody is: "nobody rejects", "tak seorang pun menolak"
_NOBODY = re.compile(
    r"(?i:\b(?:nobody|no one|no state|tak seorang pun|tidak ada (?:negara|yang))\b)"
)
#: where a clause starts: after these a new subject may stand
CLAUSE = re.compile(r"(?i:[;•]|[,:]\s*(?:while|whereas|but|sementara|sedangkan|tetapi|namun)\b)")
#: a party right after these is the one asked or spoken to, not the holder
_ASKED = re.compile(
    r"(?i:\b(?:meminta|mendesak|asked|asks|asking|urged|urges|urging|told|tells|menuntut agar"
    r"|demands? that|menyerukan kepada)\s+(?:\w+\s+){0,2}$)"
)
#: how far apart a stance word and a force phrase may stand
_WINDOW = 90


def opposed(
    doc: Doc,
    found: list[Item],
    holders: Index[Mention],
    free: Callable[[Mention], bool],
) -> list[Item]:
    """`found` with the positions opposing the foreign force read as holder x stance x force
    in one clause, for the parties that hold no such position yet; a support of the force
    read in the same sentence for the same party gives way ("meminta X tidak ikut serta")."""
    held = {  # a negated or denied opposition read by a phrase holds nothing
        i.value["party"]
        for i in found
        if i.value["issue"] == "foreign-troops"
        and i.value["stance"] == "oppose"
        and not _contradicted(doc, i, set(), set())
    }
    out: list[Item] = []
    sent: set[tuple[str, int]] = set()  # the senders named only by their soldiers, by sentence
    for (s, e), keys in zip(doc.sentences, doc.sentence_keys, strict=True):
        if keys.isdisjoint(_STANCE_KEYS) or keys.isdisjoint(_FORCE_KEYS):
            continue
        if doc.asks(s, e):
            continue
        forces = [
            f
            for f in _FORCE.finditer(doc.text, s, e)
            if not _elsewhere(doc, f, holders) and threat_labels.labelled(doc.text, s, f)
        ]
        if not forces:
            continue
        # "Norway said Norwegian soldiers in Ukraine ...": a sender holds no view of its own
        senders = {h.code for f in forces for h in holders.within(f.start(), f.end())}
        named = {h.code for h in holders.within(s, e) if not any(_inside(h, f) for f in forces)}
        sent |= {(c, doc.sentence_index(s)) for c in senders - named}
        for m in _STANCE.finditer(doc.text, s, e):
            if not any(
                abs(f.start() - m.start()) <= _WINDOW and not _apart(doc.text, m, f) for f in forces
            ):
                continue
            if _REPORTS.match(doc.text, m.end()):
                continue  # "rejected claims that foreign troops were ...": a denial
            if _NOT_REGARDED.search(doc.text, max(s, m.start() - 90), m.start()):
                continue  # "does not regard X troops as a hostile act"
            if _REJECTED_WORDS.search(doc.text, s, m.start()):
                continue  # "rejects the statement ..., which called the force ...": reported
            negated = NEGATED.search(doc.text, max(s, m.start() - 25), m.start())
            if negated and not _NEGATION.match(m.group()):
                continue
            code = _holder(doc, s, m, forces, holders, free)
            if code is None:  # "Moscow answered. Its spokeswoman said ...": the line before
                code = threat_labels.before(doc, s, m.start(), forces, holders, free, _NOT_HOLDERS)
            if code is None or code in held or code in senders:
                continue
            held.add(code)
            out.append(
                position(code, "foreign-troops", "oppose", doc.published, m.start(), m.end(), 0.6)
            )
    read = {(i.value["party"], doc.sentence_index(i.start)) for i in out}
    # the coalition's opposition gives way to another party's in its sentence: a misread
    # holder ("Budapest ... will veto coalition money, saying it opposes foreign forces")
    others = {
        doc.sentence_index(i.start)
        for i in found + out
        if i.value["issue"] == "foreign-troops"
        and i.value["stance"] == "oppose"
        and i.value["party"] not in _BODIES
    }
    kept = [
        i
        for i in found
        if not _contradicted(doc, i, read, others)
        and (i.value["party"], doc.sentence_index(i.start)) not in sent
    ]
    return sorted(kept + out, key=lambda i: i.start)


#: holders that never oppose the force: the coalition that is the force, the state that
#: asks for it, and the bodies the force's members act in
_NOT_HOLDERS = frozenset({"COTW", "UKR", "EU", "NATO", "UN"})
#: of these, the one whose opposition any reading drops: the host that invited the force
#: (the coalition may itself reject a deployment, "without a ceasefire")
_NEVER_OPPOSE = frozenset({"UKR"})
#: the bodies whose opposition read by a phrase gives way to a state's in its sentence
_BODIES = frozenset({"COTW", "EU", "NATO", "UN"})


def _contradicted(doc: Doc, i: Item, read: set[tuple[str, int]], others: set[int]) -> bool:
    """Whether a position of the foreign force gives way: an opposition held by its host, a
    denial of a report, an opposition of the coalition in a sentence (index in `others`)
    where another party opposes the force (a misread holder), or a support read where a
    frame reads the same party's opposition in the same sentence."""
    if i.value["issue"] != "foreign-troops":
        return False
    if i.value["stance"] == "oppose":
        s, e = doc.sentence_at(i.start)
        if _DENIAL.search(doc.text, s, e):
            return True  # "rejected claims that its monitors are occupiers": a denial
        negated = NEGATED.search(doc.text, max(0, i.start - 25), i.start)
        if i.value["party"] in _BODIES and doc.sentence_index(i.start) in others:
            return True
        return i.value["party"] in _NEVER_OPPOSE or (
            negated is not None and not _NEGATION.match(doc.text, i.start)
        )
    return (i.value["party"], doc.sentence_index(i.start)) in read


def _holder(
    doc: Doc,
    s: int,
    m: re.Match[str],
    forces: list[re.Match[str]],
    holders: Index[Mention],
    free: Callable[[Mention], bool],
) -> str | None:
    """The holder of the stance word at `m`: the first free party after the clause's last
    "that", else the clause's first free party."""
    starts = [c.end() for c in CLAUSE.finditer(doc.text, s, m.start())]
    clause = starts[-1] if starts else s
    if _NOBODY.search(doc.text, clause, m.start()):
        return None
    # "X noted that Russia rejects ...": the holder named after the last "that" comes first
    that = [c.end() for c in _THAT.finditer(doc.text, clause, m.start())]
    if that and not _JOINED.search(doc.text, that[-1], m.start()):
        code = _first(doc, s, that[-1], m, forces, holders, free)
        if code:
            return code
    code = _first(doc, s, clause, m, forces, holders, free)
    if code is None and starts and _ELIDED.fullmatch(doc.text, clause, m.start()):
        # "Moscow accepts UN observers but still rejects NATO troops": the subject left out
        # after "but" is the one of the clause before
        before = starts[-2] if len(starts) > 1 else s
        if not _NOBODY.search(doc.text, before, clause):
            return _first(doc, s, before, m, forces, holders, free)
    return code


#: a clause opening on its verb, its subject left out: "but (still) rejects"
_ELIDED = re.compile(r"(?i:\s*(?:(?:still|also|firmly|tetap|masih|juga|tegas)\s+){0,2})")


#: a second verb phrase of the main subject after a "that" clause: "said ... a mission
#: that Moscow regards as hostile and would not back Western troops"
_JOINED = re.compile(
    r"(?i:\b(?:and|dan|serta)\s+(?:would|will|could|should|did|does|do|has|had|must|may|akan"
    r"|tidak|tak|juga)\b)"
)
#: a complement clause, whose subject holds the view reported
_THAT = re.compile(r"(?i:\b(?:that|bahwa|bahwasanya)\b)")


def _inside(h: Mention, f: re.Match[str]) -> bool:
    return f.start() <= h.start < f.end()


#: a negated verb of regarding before the label: "does not regard X as a hostile act"
_NOT_REGARDED = re.compile(
    r"(?i:\b(?:not|n't|never|tidak|tak|bukan)\s+(?:\w+\s+)?(?:regard|consider|see|view|treat"
    r"|count|call|menganggap|memandang|melihat|menyebut)\b)"
)


#: a stance whose object is a report, not the force: "rejected claims that ..."
_REPORTS = re.compile(
    r"(?i:\s+(?:the\s+|any\s+)?(?:claims?|reports?|allegations?|rumou?rs?|suggestions?"
    r"|statements?|remarks?|comments?|rhetoric|klaim|tuduhan|laporan|kabar|isu|pernyataan"
    r"|ucapan|komentar)\b)"
)
#: a rejection of another's words before a stance: the stance is those words, reported
_REJECTED_WORDS = re.compile(
    r"(?i:\b(?:reject\w*|den(?:y|ies|ied|ying)|dismiss\w*|condemn\w*|menolak|membantah"
    r"|mengecam)\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:statements?|remarks?|comments?|rhetoric"
    r"|pernyataan|ucapan|komentar)\b)"
)
#: a denial of a report about the force: the sentence's opposition is no view
_DENIAL = re.compile(
    r"(?i:\b(?:reject\w*|den(?:y|ies|ied|ying)|dismiss\w*|menolak|membantah)\s+(?:the\s+)?"
    r"(?:claims?|reports?|allegations?|rumou?rs?|suggestions?|klaim|tuduhan|laporan|kabar)"
    r"\s+(?:that|bahwa)\b)"
)
#: a second verb phrase joined by "and": "menolak X dan menganggap pasukan asing ..."
_SECOND_VERB = re.compile(
    r"(?i:\b(?:and|dan|serta)\s+(?:me\w+|consider\w*|regard\w*|see\w*|view\w*|call\w*)\b)"
)


def _apart(text: str, m: re.Match[str], f: re.Match[str]) -> bool:
    """Whether the force after the stance word stands in a second verb phrase, the stance's
    object being another ("menolak mengurangi anggaran ... dan menganggap pasukan asing")."""
    return f.start() > m.end() and bool(_SECOND_VERB.search(text, m.end(), f.start()))


def _first(
    doc: Doc,
    s: int,
    clause: int,
    m: re.Match[str],
    forces: list[re.Match[str]],
    holders: Index[Mention],
    free: Callable[[Mention], bool],
) -> str | None:
    """The first free party of [clause, stance), not inside a force phrase nor asked."""
    for h in holders.within(clause, m.start()):
        if h.end > m.start() or any(f.start() <= h.start < f.end() for f in forces):
            continue
        if h.code in _NOT_HOLDERS or _ASKED.search(doc.text, max(s, h.start - 40), h.start):
            continue
        after = doc.text[h.end : h.end + 30]
        if _FORCE_OWNED.match(after):
            continue
        if free(h) or _absolute(doc, s, h, m):
            return h.code
    return None


#: a force placed near a border or in a state's land: not the force for Ukraine
_NEAR = re.compile(
    r"(?i:\s*(?:\w+\s+){0,2}?(?:near|dekat|di dekat|along|sepanjang|at|on|in|di|to|ke)\s+"
    r"(?:the\s+)?(?:its|their|perbatasan\w*|wilayahnya|negaranya|tanahnya|borders?)\b)"
)
_IN = re.compile(r"(?i:\s*(?:\w+\s+){0,2}?(?:in|di|to|ke|at|near|dekat)\s+(?:the\s+)?$)")


def _elsewhere(doc: Doc, f: re.Match[str], holders: Index[Mention]) -> bool:
    """Whether the force is placed near a border or in a state other than Ukraine: "foreign
    aircraft near its border", "pasukan sekutu di Polandia"."""
    if _NEAR.match(doc.text, f.end()):
        return "ukrain" not in doc.text[f.end() : f.end() + 60].casefold()
    after = holders.within(f.end(), f.end() + 40)
    return bool(
        after and after[0].code != "UKR" and _IN.fullmatch(doc.text, f.end(), after[0].start)
    )


#: "with" opening an absolute clause: "with Moscow still rejecting ..." names its subject
_WITH = re.compile(r"(?i:\b(?:with|dengan)\s+$)")
_GERUND = re.compile(r"(?i:\s+(?:\w+\s+)?\w+ing\b)")


def _absolute(doc: Doc, s: int, h: Mention, m: re.Match[str]) -> bool:
    """Whether the party opens an absolute clause whose verb is the stance word."""
    return bool(
        _WITH.search(doc.text, max(s, h.start - 10), h.start)
        and _GERUND.fullmatch(doc.text, h.end, m.end())
    )


#: a party right before a force word owns it: "Russian troops", "NATO ships"
_FORCE_OWNED = re.compile(word_classes.expand(r"(?i:\s*(?:{troop}|aircraft|ships|vessels)\b)"))
