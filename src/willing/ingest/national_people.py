"""People set off by an apposition that gives their nationality, whatever their calling
("Lena Hartmann, a German illustrator who draws for us", "Sofie Lindqvist, lead analyst
for central Europe, is a Swedish national", "Philippe Garnier, perwira Angkatan Darat
Prancis", "Ana Ruiz, seorang diplomat Spanyol", "X, the Italian officer who ..."), or
a nationality set off before the name ("the Austrian, X,", "the Slovak delegate, X,",
"delegasi Hungaria, X,"): the person, without a role, for that state. Read back (and
ahead) from each state named in the text, so the cost follows the states."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules
from willing.ingest.capacity_people import name_of
from willing.ingest.document import Doc
from willing.ingest.parties import Mention, is_state

#: a capitalised word of a name
_WORD = r"[A-ZÀ-Þ][a-zß-ÿ][\w’'\-]*+"
#: the sides a person's nationality is not read as (a body, the coalition)
_NOT_STATES = frozenset({"COTW"})


#: lower-case words that join clauses or make a place: no calling of an apposition
_JOINS = (
    r"(?!(?:and|or|but|while|with|in|to|of|from|for|by|as|when|at|on|dan|atau|serta"
    r"|sementara|sedangkan|tetapi|namun|yang|di|ke|dari|untuk|bagi|oleh|dengan|pada)\b)"
)


@cache
def _back() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Read back from a state: a name (a rank before it dropped), a comma and the
    apposition's first words up to the state. In English the apposition opens on "a"
    ("X, a retired German diplomat", or after a calling set off: "X, lead analyst ..., is
    a Swedish national"); in Indonesian the calling comes first ("X, diplomat senior
    Spanyol", "X, perwira Angkatan Darat Prancis")."""
    ranks = "|".join(re.escape(r) for r in sorted(rules.words("roles", "ranks"), key=len)[::-1])
    name = (
        rf"(?:(?<![\w’'.])(?:{ranks})\.?[ \t]+|(?<![\w’'.\-]))"
        rf"(?P<name>{_WORD}(?:[ \t]+(?:{_WORD}|van|de|von|der|bin|binti)){{1,3}}),[ \t]+"
    )
    lower = rf"{_JOINS}[a-z][\w\-]*+[ \t]+"
    english = re.compile(
        rf"{name}(?:[^,.;:\n\"“”()]{{3,70}},[ \t]+(?:is|was)[ \t]+)?"
        rf"(?:a|an|the|former|retired)[ \t]+(?:{lower}){{0,2}}\Z"
    )
    indonesian = re.compile(
        rf"{name}(?:seorang[ \t]+)?(?:{lower}){{1,2}}"
        r"(?:Angkatan[ \t]+(?:Darat|Laut|Udara)[ \t]+)?\Z"
    )
    return english, indonesian


#: what follows the state: in English a calling in lower case ("German illustrator"), in
#: Indonesian the apposition's end ("diplomat Spanyol,", "Angkatan Darat Prancis.")
_AFTER_EN = re.compile(r"[ \t]+[a-z]")
_AFTER_ID = re.compile(r"[ \t]*(?:[,.;:)\n]|\Z)")
#: the end of the apposition's opening before the state, checked before the whole pattern
_OPENS_EN = re.compile(
    r"(?:\b(?:a|an|former|retired)|,[ \t]+the)[ \t]+(?:[a-z][\w\-]*+[ \t]+){0,2}\Z"
)
_OPENS_ID = re.compile(
    r",[ \t]+(?:seorang[ \t]+)?(?:[a-z][\w\-]*+[ \t]+){1,2}"
    r"(?:Angkatan[ \t]+(?:Darat|Laut|Udara)[ \t]+)?\Z"
)


def national(doc: Doc, parties: list[Mention]) -> list[tuple[str, str, int, int]]:
    """(name, state, start, end) of each person an apposition gives a nationality."""
    out = []
    english, indonesian = _back()
    for p in parties:
        if not is_state(p.code) or p.code in _NOT_STATES or doc.previous_key(p.start) in _PLACES:
            continue
        text, at = doc.text, p.start
        near = max(0, at - 60)
        # the words right before the state first, cheaply: most states have none such
        english_like = _AFTER_EN.match(text, p.end) and _OPENS_EN.search(text, near, at)
        indonesian_like = _AFTER_ID.match(text, p.end) and _OPENS_ID.search(text, near, at)
        # or a name set off after it: a comma or a calling in lower case follows the state
        ahead_like = text.startswith(",", p.end) or (
            text.startswith(" ", p.end)
            and text[p.end + 1 : p.end + 2].islower()
            and text.find(", ", p.end, p.end + 30) > 0
        )
        m = _ahead(doc, p) if ahead_like else None
        if m is None and (english_like or indonesian_like):
            lo = max(doc.sentence_at(at)[0], at - 160)
            m = english.search(text, lo, at) if english_like else None
            if m is None and indonesian_like:
                m = indonesian.search(text, lo, at)
        if m is None:
            continue
        name = name_of(m.group("name"))
        if name is not None:
            out.append((name, p.code, m.start("name"), m.end("name")))
    return out


#: a name set off after the state and a calling ("the Slovak delegate, X,", "the Austrian,
#: X,", "delegasi Hungaria, X,")
_NAME_AHEAD = re.compile(
    rf"(?P<calling>(?:[ \t]+[a-z][\w\-]*+){{0,2}}),[ \t]+"
    rf"(?P<name>{_WORD}(?:[ \t]+(?:{_WORD}|van|de|von|der|bin|binti)){{1,3}}),"
)
#: what opens the nationality before the state: "the" in English, a calling in Indonesian
_BEFORE_AHEAD_EN = re.compile(r"(?:^|[ \t(])(?:[Tt]he)[ \t]+\Z")
_BEFORE_AHEAD_ID = re.compile(
    rf"(?:^|[ \t(])(?:[Ss]eorang[ \t]+)?{_JOINS}[A-Za-z][a-z\-]*+[ \t]+\Z"
)


def _ahead(doc: Doc, p: Mention) -> re.Match[str] | None:
    """A name set off after a nationality: "the Slovak delegate, X," or "the Austrian,
    X," in English, "delegasi Hungaria, X," (no calling after the state) in Indonesian."""
    english = doc.language == "en"
    if english and doc.text[max(0, p.start - 4) : p.start] not in ("the ", "The "):
        return None  # cheaply first: most states have no "the" before them
    if not english and not doc.text.startswith(", ", p.end):
        return None
    m = _NAME_AHEAD.match(doc.text, p.end)
    if m is None:
        return None
    before = doc.text[max(0, p.start - 30) : p.start]
    if doc.language == "en" and _BEFORE_AHEAD_EN.search(before):
        return m
    if doc.language == "id" and not m.group("calling") and _BEFORE_AHEAD_ID.search(before):
        return m
    return None


#: a state after these words is a place or a topic, not a nationality
_PLACES = frozenset({"in", "to", "into", "at", "on", "about", "di", "ke", "tentang", "untuk"})


def stated_nationality(
    officers: list[tuple[str, str, int, int]], nationals: list[tuple[str, str, int, int]]
) -> list[tuple[str, str, int, int]]:
    """The readers' people, each of the state its nationality is said to be anywhere in the
    text ("Sdri. X, warga negara Ukraina"): a word of address or a label elsewhere gave
    the same name only the state the paper is set in or issued by."""
    stated: dict[str, set[str]] = {}
    for name, code, _, _ in nationals:
        stated.setdefault(name, set()).add(code)
    told = {name: codes.pop() for name, codes in stated.items() if len(codes) == 1}
    return [(name, told.get(name, code), start, end) for name, code, start, end in officers]
