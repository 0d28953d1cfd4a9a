"""Support for negotiations read as holder x stance x talks families within a short window.

The phrase rules of `positions.yaml` read support for talks where its verb and its object
stand in the shapes they were written for; the same view comes in a ticker or a desk note
without a verb of saying ("TIONGKOK DORONG PERUNDINGAN LANGSUNG", "Indonesia dukung
perundingan"), as a readiness ("ready to negotiate tomorrow", "siap jadi fasilitator"), as an
offer to host, mediate or facilitate, or as a call for dialogue. A clause holds the view when
a word of the **stance** family (supporting, urging, calling for, being ready or willing,
offering) stands within a few words before a word of the **talks** family, or a word of
urging stands before a call on both or all sides to return to the talks family ("urged all
parties to return to the negotiating table", "mendesak kedua pihak kembali berunding") (talks,
negotiations, dialogue, a mediator, a facilitator, a host of talks, in both languages); its
holder is the nearest free party or speaker before it in its clause (a clause opening after a
colon, a bullet, a conjunction or "that"/"bahwa"), or first the party labelling the line ("-
Tiongkok: dorong perundingan", "Rabu 12: Tiongkok: utusannya ..., dorong dialog"). An offer of
good offices is an offer to mediate; the talks word may open a quotation ('"dialog tanpa
prasyarat"').

Guards: a negation right before the stance ("not ready", "tidak mendukung"), a condition
after it ("only after", "hanya jika", "sebelum"), a question, and talks that are not about the
war: talks on another subject ("negotiations on a new trade agreement", "perundingan dagang"),
and talks between third parties ("between Mercosur and the EU", "antara ASEAN dan Jepang").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from willing.ingest.document import Doc, Index
from willing.ingest.items import Item, position
from willing.ingest.parties import Mention

#: a cheap test before the pattern: a sentence holds one of these talks words
_TALKS_KEYS = frozenset(
    {"talks", "negotiations", "negotiate", "negotiating", "dialogue", "dialog", "mediate"}
    | {"mediator", "facilitate", "facilitator", "perundingan", "berunding", "negosiasi"}
    | {"bernegosiasi", "fasilitator", "mediator", "perundingannya", "tuan", "offices"}
    | {"table"}
)

#: the stance family before the talks family, at most three words between
_SUPPORT = re.compile(
    r"(?i:\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?|urg(?:e|es|ed|ing)|push(?:es|ed)? for"
    r"|calls? for|called for|ready (?:for|to)|willing to|prepared to|offer(?:s|ed|ing)?"
    r"|dukung|mendukung|dorong|mendorong|serukan|menyerukan|siap|bersedia|menawarkan diri"
    r"|menawarkan)\s+(?:\w+\s+){0,3}?[\"'“‘]?(?:direct\s+|new\s+|langsung\s+)?"
    r"(?:talks|negotiat(?:e|ions?|ing)|dialogue|dialog|mediat(?:e|ion|or)|facilitat(?:e|or)"
    r"|good offices|host (?:\w+ ){0,3}?talks|perundingan|berunding|negosiasi|bernegosiasi"
    r"|fasilitator|mediator|tuan rumah (?:\w+ ){0,2}?(?:perundingan|dialog|negosiasi))"
    # a call on both sides to return to the table: "urged all parties to return to dialogue",
    # "mendesak semua pihak kembali ke meja perundingan"
    r"|(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|upon)|appeal(?:s|ed|ing)? to|ask(?:s|ed)"
    r"|press(?:es|ed)|mendesak|meminta|menyerukan|serukan|seruan|mengimbau|imbauan|mendorong"
    r"|dorong)\s+(?:\w+\s+){0,2}?[\"'“‘]?(?:all|both|the two|semua|kedua|seluruh|para)\s+"
    r"(?:\w+\s+)?(?:parties|sides|pihak(?:-pihak)?|belah pihak)\s+(?:agar\s+|untuk\s+|to\s+)?"
    r"[\"'“‘]?(?:return|go back|come back|get back|resume|kembali|duduk kembali)(?:\s+\w+){0,3}?\s+"
    r"[\"'“‘]?(?:talks|negotiat(?:e|ions?|ing)|dialogue|dialog|perundingan|berunding"
    r"|negosiasi|bernegosiasi|the table))\b"
)
#: where a clause starts: after these a new subject may stand
_CLAUSE = re.compile(
    r"(?i:[;•:]|\b(?:while|whereas|but|sementara|sedangkan|tetapi|namun|and|serta|dan|that"
    r"|bahwa)\b)"
)
#: advice to the party before: "X should push for talks", "X sebaiknya mendorong ..."
_ADVISED = re.compile(
    r"(?i:\b(?:should|ought to|must|sebaiknya|seharusnya|semestinya|mestinya|harus|perlu)\b)"
)
#: a negation or a refusal right before the stance word: "not ready for talks", "refused any
#: call for talks"
_NEGATED = re.compile(
    r"(?i:\b(?:not|n't|never|no longer|tidak|tak|belum|bukan|refus\w*|reject\w*|menolak"
    r"|oppos\w*)\s+(?:\w+\s+)?$)"
)


def read(
    doc: Doc, found: list[Item], holders: Index[Mention], free: Callable[[Mention], bool]
) -> list[Item]:
    """`found` with the positions supporting negotiations read by the families above, for
    parties holding no position on negotiations yet; a support read right after a negation
    ("is not ready for talks") gives way."""
    held = {i.value["party"] for i in found if i.value["issue"] == "negotiations"}
    out: list[Item] = []
    for (s, e), keys in zip(doc.sentences, doc.sentence_keys, strict=True):
        if keys.isdisjoint(_TALKS_KEYS) or doc.asks(s, e):
            continue
        for m in _SUPPORT.finditer(doc.text, s, e):
            if _NEGATED.search(doc.text, max(s, m.start() - 20), m.start()):
                continue
            starts = [c.end() for c in _CLAUSE.finditer(doc.text, s, m.start())]
            clause = starts[-1] if starts else s
            if _ADVISED.search(doc.text, s, m.start()):
                continue  # "X sebaiknya mendorong ...": advice to X, not X's view
            if _elsewhere(doc.text[m.end() : min(e, m.end() + 80)]):
                continue  # trade talks, talks between others: no view on the war
            code = _label(doc, s, clause, holders, free) if clause > s else None
            code = code or next(
                (
                    h.code
                    for h in reversed(holders.within(clause, m.start()))
                    if h.end <= m.start()
                    and free(h)
                    and not _paired(doc.text, h)
                    and not _related(doc.text, clause, h)
                ),
                None,
            )
            code = code or _voiced(doc.text, holders.within(clause, m.start()), m.start())
            if code is None and starts and _ELIDED.fullmatch(doc.text, clause, m.start()):
                # "X said ... and called on all parties ...": the subject left out after "and"
                # is the one opening the nearest clause before that opens on a party
                code = _opening(doc, [s, *starts], holders, free)
            if code is None or code in held:
                continue
            held.add(code)
            out.append(
                position(code, "negotiations", "support", doc.published, m.start(), m.end(), 0.6)
            )
    kept = [i for i in found if not _negated(doc, i)]
    return kept + out


#: a state's voice named with it: "China's embassy", "pernyataan Beijing", "utusan Brasil"
_VOICE_AFTER = re.compile(
    r"(?i:(?:'s|’s)?\s+(?:embassy|foreign ministry|ministry|government|spokes(?:man|woman"
    r"|person)|envoy|mission|delegation|representative)\b)"
)
_VOICE_BEFORE = re.compile(
    r"(?i:\b(?:pernyataan|juru ?bicara|jubir|kedutaan(?: besar)?|kementerian luar negeri"
    r"|pemerintah|utusan|delegasi|perwakilan|statement by|representative of|envoy of)\s+$)"
)


def _voiced(text: str, hs: list[Mention], upto: int) -> str | None:
    """The nearest party before `upto` named as the owner of a voice (an embassy, a
    statement, an envoy), which the tests of a free holder pass over."""
    for h in reversed(hs):
        if h.end > upto:
            continue
        if _VOICE_AFTER.match(text, h.end) or _VOICE_BEFORE.search(
            text, max(0, h.start - 40), h.start
        ):
            return h.code
    return None


#: a clause opening on its verb, its subject left out: "and (also) called on"
_ELIDED = re.compile(r"(?i:(?<=and|dan)\s*(?:(?:also|then|later|juga|lalu|kemudian)\s+)?)")
#: a relative clause between commas: "Beijing, yang dituding membeli minyak Rusia, ..."
_RELATIVE = re.compile(r"(?i:,\s*(?:yang|which|who|whose)\b[^,]*,)")


#: the words a clause may open with before its subject
_OPENING = re.compile(r"(?i:[\s\"'“‘,-]*(?:[\w-]+[\s,]+){0,3}?)")


def _opening(
    doc: Doc, bounds: list[int], holders: Index[Mention], free: Callable[[Mention], bool]
) -> str | None:
    """The free party opening the nearest clause before the last of `bounds` (clause starts)
    that opens on one: "Rusia menolak ..., sementara Tiongkok abstain dan menyerukan ..."."""
    for a, b in zip(reversed(bounds[:-1]), reversed(bounds[1:]), strict=True):
        h = next((h for h in holders.within(a, b) if free(h) and not _paired(doc.text, h)), None)
        if h is not None and _OPENING.fullmatch(doc.text, a, h.start):
            return h.code
    return None


def _related(text: str, clause: int, h: Mention) -> bool:
    """Whether the party stands inside a relative clause between commas."""
    return any(r.start() < h.start < r.end() for r in _RELATIVE.finditer(text, clause, h.end + 200))


#: talks on another subject, named just after the talks word
_OTHER_SUBJECT = re.compile(
    r"(?i:\b(?:trade|tariffs?|free[- ]trade|commerce|commercial|investment|dagang"
    r"|perdagangan|tarif|investasi|niaga)\b)"
)
#: talks between two named sides: "between Mercosur and the EU", "antara ASEAN dan Jepang"
_BETWEEN = re.compile(r"(?i:^\W*(?:\w+\s+){0,2}?(?:between|antara)\s+(?!the two\b|kedua\b))")
_SIDES = re.compile(r"(?i:\b(?:russia\w*|moscow|kremlin|kyiv|kiev|ukrain\w*|rusia|moskow)\b)")


def _elsewhere(after: str) -> bool:
    """Whether the talks named just before `after` are on another subject than the war or
    between parties other than its sides."""
    if _OTHER_SUBJECT.search(after):
        return True
    return bool(_BETWEEN.match(after)) and not _SIDES.search(after)


#: a line labelled with its holder: "- Tiongkok: dorong ...", "Rabu 12: Tiongkok: ..."
_LABEL = re.compile(r"(?:^|\n|[-•*:]\s)\s*$")


def _label(
    doc: Doc, s: int, clause: int, holders: Index[Mention], free: Callable[[Mention], bool]
) -> str | None:
    """The party labelling the line, when the clause opens after it: "- Tiongkok: dorong
    perundingan", "Tiongkok: utusannya ... dorong dialog"."""
    for h in reversed(holders.within(s, clause)):
        if doc.text.startswith(":", h.end):
            # at a line's start the words before (of the line above) make no place nor owner
            before = doc.text[max(0, h.start - 30) : h.start]
            if _LABEL.search(before) or not before.strip() or (h.start == s and free(h)):
                return h.code
    return None


def _negated(doc: Doc, i: Item) -> bool:
    """Whether a support of negotiations stands right after a negation."""
    if i.value["issue"] != "negotiations" or i.value["stance"] != "support":
        return False
    s, _ = doc.sentence_at(i.start)
    return bool(_NEGATED.search(doc.text, max(s, i.start - 20), i.start))


def _paired(text: str, h: Mention) -> bool:
    """Whether the party is joined by a hyphen to another: "KYIV-MOSKOW" are the talks'
    sides, not a holder."""
    return any(c in _HYPHENS for c in (text[h.end : h.end + 1], text[h.start - 1 : h.start]))


_HYPHENS = frozenset({"-", "–"})
