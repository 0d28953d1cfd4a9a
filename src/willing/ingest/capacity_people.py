"""People named with a capacity that is no role the extractor reports (a director, an
analyst, a member of a faction, a presenter): the capacity set off by a comma before or
after the name ("Direktur Eksekutif YTTK, Ratna Sari Dewi,"; "Erik Dahl, chief executive
of Kongsberg,"; "Yusuf Hakim, pengamat militer dari UI") or a faction after it ("Dave
Laksono dari Fraksi Partai Golkar"). The person is reported without a role, for the state
the capacity names, else the state of the article's dateline, else Indonesia in the
Indonesian press (a faction sits in the DPR)."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import dateline, rules
from willing.ingest.document import Doc
from willing.ingest.gazetteer import phrase_key
from willing.ingest.parties import Mention, code_of, is_state
from willing.ingest.person_party import home_state

#: a capitalised word of a name (not an initialism: "DPR", "CSIS")
_WORD = r"[A-ZÀ-Þ][a-zß-ÿ][\w’'\-]*+"
#: words that open a title or an honorific before a name, dropped from it
_TITLES = r"(?:(?:Dr|Prof|Ir|drg|H|Hj|KH)\.?[ \t]+|(?:Ustaz|Ustadz|Ustazah|Kiai|Romo)[ \t]+)"
#: a rank before the name, retired or not ("Laksamana Muda (Purn.) X"): handled elsewhere
_RETIRED = r"(?:[ \t]+\((?:Purn|purn|Ret|ret|Retd|retd)\.?\))?"
#: the forces written between a rank and the name ("Brigjen TNI X", "Kombes Polri X"): no
#: initialism of the name, which it would otherwise be read as
_FORCES = r"(?:TNI|Polri)(?:[ \t]+A[DLU])?"
_CLAUSE_END = r"(?=[ \t]*[,.;:)]|[ \t]+(?:mengatakan|menyatakan|menilai|menyebut|said|says|told)\b)"


@cache
def _patterns() -> tuple[
    re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str], re.Pattern[str]
]:
    """Tried at a capacity's first word: the capacity and its name after it; read back
    from it: the name set off before it, or before "dari Fraksi"; and the first words."""
    words = sorted(rules.words("roles", "capacities"), key=len, reverse=True)
    caps = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)
    ranks = "|".join(re.escape(r) for r in sorted(rules.words("roles", "ranks"), key=len)[::-1])
    name = (
        rf"{_TITLES}?(?:(?:{ranks})\.?{_RETIRED}(?:[ \t]+{_FORCES}{_RETIRED})?[ \t]+)?"
        # an initialism may open it ("TB Hasanuddin"); two words at least (see `_name`)
        rf"(?P<name>(?:(?!{_FORCES}\b)[A-Z]{{1,3}}\.?[ \t]+)?{_WORD}"
        rf"(?:[ \t]+(?:{_WORD}|bin|binti|van|de|von)){{0,3}})"
    )
    ahead = re.compile(
        rf"(?i:(?P<cap>{caps}))\b(?P<qual>[^,.;:\n\"“”()]{{0,70}}),[ \t]+{name}{_CLAUSE_END}"
    )
    back = re.compile(
        rf"(?<![\w’'.]){name}(?:,[ \t]+(?:(?i:a|an|the|seorang|sang)[ \t]+)?"
        rf"(?:[\w-]+[ \t]+){{0,2}}?|[ \t]+dari[ \t]+)\Z"
    )
    cap = re.compile(rf"(?i:{caps})\b(?P<qual>[^,.;\n]{{0,70}})|Fraksi\b")
    firsts = frozenset(phrase_key(w)[0] for w in words) | {"fraksi"}
    return ahead, back, cap, firsts, _initialled(caps, name)


def _initialled(caps: str, name: str) -> re.Pattern[str]:
    """A capacity, its body's or region's initialism, then the name without a comma
    ("Gubernur NTT X", "Kepala BNPB X", "Direktur CSIS X")."""
    return re.compile(rf"(?i:{caps})[ \t]+[A-Z]{{2,6}}[ \t]+{name}(?=[ \t]*[,.;:)]|[ \t]+[a-z])")


@cache
def _not_names() -> frozenset[str]:
    return frozenset(rules.words("roles", "not_names")) | frozenset(
        rules.words("roles", "not_name_words")
    )


@cache
def _bodies() -> frozenset[str]:
    return frozenset(rules.words("roles", "body_words"))


def name_of(text: str) -> str | None:
    """The name in capitalised words after those that open a sentence ("Sementara Dave
    Laksono"), when none is of a state, an office or an institution."""
    words = text.split()
    if any(w in _bodies() for w in words):  # a body or a unit ("Satgas X", "X Trust")
        return None
    while words and words[0] in _not_names():
        words = words[1:]
    if len(words) < 2 or any(w in _not_names() or code_of(w) is not None for w in words):
        return None
    return " ".join(words) if code_of(" ".join(words)) is None else None


#: the Indonesian parliament's words in a capacity: its member acts for Indonesia
_DPR = re.compile(r"\b(?:Fraksi|DPR|DPD|MPR|Komisi [IVX]+|TNI|Polri)\b")


def capacity_state(doc: Doc, start: int, end: int, parties: list[Mention]) -> str | None:
    """The state a capacity in [start, end) names, if any."""
    for p in parties:
        if start <= p.start < end and is_state(p.code):
            return p.code
    if _DPR.search(doc.text, start, end):
        return "IDN"
    # a town's office is of the town's state ("Kepala Dinas Sosial Kota Lviv", "mayor of
    # Gdansk"), whatever state the text is set in
    from willing.ingest.setting import town_state  # setting imports this module

    return town_state(doc.text, start, end)


#: a line opening on a town and its state ("Kongsberg, Norway - 2 February 2027 -")
_TOWN_STATE = re.compile(
    r"(?m)^[A-Z][\w’'\-]*(?:[ \t][A-Z][\w’'\-]*)?,[ \t]+(?P<state>[A-Z][\w ]{2,30}?)[ \t]+[-–—]"
)


def dateline_state(doc: Doc, parties: list[Mention]) -> str | None:
    """A state named in the dateline or in a line opening on a town and its state."""
    for a, b in dateline.spans(doc):
        for p in parties:
            if a <= p.start < b and is_state(p.code):
                return p.code
    m = _TOWN_STATE.search(doc.text, 0, min(len(doc.text), 600))
    return code_of(m.group("state")) if m else None


def capacities(doc: Doc, parties: list[Mention]) -> list[tuple[str, str, int, int]]:
    """(name, state, start, end) of each person named with a capacity."""
    ahead, back, cap, firsts, initialled = _patterns()
    tokens = doc.tokens_in(firsts)
    if not tokens:
        return []
    home = home_state(doc) or dateline_state(doc, parties)
    home = home or ("IDN" if doc.language == "id" else None)
    if home is None:  # the town an opening line places the text in
        from willing.ingest.setting import placed_state  # imports this module

        home = placed_state(doc, parties)
    out = []
    for i in tokens:
        at = doc.starts[i]
        s, e = doc.sentence_at(at)
        found = []
        m = ahead.match(doc.text, at, e) or initialled.match(doc.text, at, e)
        if m is not None:
            found.append((m.group("name"), m.end("name"), m.start(), m.end()))
        c = cap.match(doc.text, at, e)
        faction = c is not None and c.group().startswith("Fraksi")
        b = back.search(doc.text, max(s, at - 90), at) if c is not None else None
        if b is not None and c is not None and b.group().rstrip().endswith("dari") == faction:
            found.append((b.group("name"), b.end("name"), b.start(), c.end()))
        for words, end, lo, hi in found:
            name = name_of(words)
            code = capacity_state(doc, lo, hi, parties) or home
            if name is not None and code is not None:
                out.append((name, code, end - len(name), end))
    return out
