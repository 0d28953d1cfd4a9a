"""Calls among several, in the words the listed phrases miss: a verb of speaking and its
medium parted by a few words ("spoke on Tuesday evening by video", "berbicara panjang lewat
telepon"), or a call named as a noun ("a two-hour call"). A call "with" one other is a
call of two, no meeting; "with" several ("with Macron and Merz", "with the leaders of the
Baltic states", "dengan para mitranya") is a meeting held at a distance."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules
from willing.ingest.document import Doc
from willing.ingest.gazetteer import Match

#: a verb of speaking or meeting before its medium, with one to six words between
#: them that open no new clause and name no one spoken to ("spoke to him by phone",
#: "berbincang dengannya lewat video": an interview); or a call named as a noun
_GAP = (
    r"(?:[ \t]+(?!(?:with|dengan\w*|and|dan|but|tetapi|who|which|yang|to|him|her|me|us|them"
    r"|you|kepada|padanya|kami|saya|dia|ia|mereka|kita|anda)\b)[\w-]+){1,6}?"
)
_CALL_BEFORE = r"\b(?:an?|the|their|his|her|its|sebuah)(?:[ \t]+[\w-]+){0,2}?[ \t]+\Z"


def _alternation(words: list[str]) -> str:
    listed = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in listed)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """The gapped phrase (tried at a verb), the words before a noun call (read back from
    "call"), and the verbs the gapped phrase starts on."""
    data = rules.load("meetings")["distance"]
    verbs = [str(w) for w in (*data["verbs"], *data["meet_verbs"])]
    fillers = _alternation([str(w) for w in data["fillers"]])
    gapped = (
        rf"(?:{_alternation(verbs)}){_GAP}[ \t]+(?:{_alternation(data['links'])})"
        rf"(?:[ \t]+(?:{fillers}))?[ \t]+(?:{_alternation(data['media'])})\b"
    )
    starts = frozenset(w.casefold() for w in verbs if " " not in w)
    return re.compile(gapped, re.I), re.compile(_CALL_BEFORE, re.I), starts


#: a party after "with": several of them ("A and B", a plural of office-holders or states)
_SEVERAL = re.compile(
    r"(?:\b(?:and|dan|serta)[ \t]+(?:the[ \t]+|para[ \t]+)?[A-Z]"
    r"|(?i:\b(?:leaders|counterparts|ministers|heads|partners|allies|colleagues|presidents"
    r"|prime ministers|chancellors|countries|states|nations|governments|capitals|para"
    r"|sejumlah|beberapa|negara-negara|pemimpin-pemimpin|menteri-menteri|mitra-mitra\w*"
    r"|rekan-rekan\w*|sekutu-sekutu\w*|sejawat\w*)\b))"
)
#: "with" or "dengan" within three words after the call, and what follows up to the
#: clause's end or a word that turns to the subject ("about", "tentang")
_WITH = re.compile(
    r"(?:[ \t]+[\w-]+){0,3}?[ \t]+(?:with|dengan)\b(?P<who>[^.;:!?\n]*?)"
    r"(?=[.;:!?\n]|\b(?:about|on|over|to|for|regarding|after|before|tentang|mengenai|soal"
    r"|untuk|membahas|terkait|pada|setelah|sebelum)\b|$)"
)


def with_one(doc: Doc, end: int) -> bool:
    """The call ending at `end` is held "with" one other: a call of two."""
    m = _WITH.match(doc.text, end, min(len(doc.text), end + 200))
    return m is not None and _SEVERAL.search(m.group("who")) is None


def with_several(doc: Doc, end: int) -> bool:
    """The call ending at `end` is held "with" several others."""
    m = _WITH.match(doc.text, end, min(len(doc.text), end + 200))
    return m is not None and _SEVERAL.search(m.group("who")) is not None


def gapped(doc: Doc, span: tuple[int, int]) -> bool:
    """[start, end) is a call found here (see `calls`)."""
    gap, before, _ = _patterns()
    start, end = span
    if doc.text[start:end].casefold().endswith(("call", "calls")):
        head = doc.text.rfind(" ", start, end)
        return head > start and before.search(doc.text, start, head + 1) is not None
    return gap.fullmatch(doc.text, start, end) is not None


def calls(doc: Doc, taken: list[Match[str]]) -> list[Match[str]]:
    """The calls of the article that overlap no meeting word of `taken`: a verb and its
    medium parted by a few words, or a noun call held with several (each tried at its
    verb or at "call", not along the text)."""
    gap, before, starts = _patterns()
    spans: list[tuple[int, int]] = []
    for i in doc.tokens_in(starts):
        m = gap.match(doc.text, doc.starts[i], doc.sentence_at(doc.starts[i])[1])
        if m is not None:
            spans.append(m.span())
    for i in doc.tokens_in(_CALLS):
        end = doc.ends[i]
        s, _ = doc.sentence_at(doc.starts[i])
        m = before.search(doc.text, max(s, doc.starts[i] - 40), doc.starts[i])
        if m is not None and with_several(doc, end):
            spans.append((m.start(), end))
    out: list[Match[str]] = []
    for a, b in spans:
        if not any(t.start < b and a < t.end for t in taken):
            out.append(Match(doc.token_at(a), doc.token_at(b) - 1, a, b, "call"))
    return out


_CALLS = frozenset({"call", "calls"})
