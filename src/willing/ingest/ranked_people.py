"""Officers named by rank with their state: in brackets ("Brigadier General Anna Nowak
(Poland)", "Kolonel Rasa Jankauskiene (Lituania)"), as a word between rank and name
("Laksamana Muda Turki Selim Kaya"), after the name ("Colonel Jan Nowak of Poland") or
before the rank in its clause ("Ukraine's navy commander, Vice Admiral Oleksiy
Neizhpapa"). A rank is not a role the extractor reports; the person and the state are."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules
from willing.ingest.capacity_people import name_of
from willing.ingest.document import Doc
from willing.ingest.gazetteer import phrase_key
from willing.ingest.parties import Mention, code_of, is_state
from willing.ingest.parties import gazetteer as party_names
from willing.ingest.people_lines import field_line, headline_paragraphs
from willing.ingest.setting import placed_state
from willing.ingest.state_codes import code_state

#: a capitalised word of a name
_WORD = r"[A-Z][\w’'\-]*+"


@cache
def _ranks() -> str:
    """The ranks of the rules as an alternation, the longest first."""
    ranks = sorted((str(r) for r in rules.words("roles", "ranks")), key=len, reverse=True)
    return "|".join(re.escape(r) for r in ranks)


@cache
def _pattern() -> re.Pattern[str]:
    # a log's short ranks may drop their dots ("Lt Gen X (FRA)", "Lt Col K. X (SWE)")
    names, word = _ranks().replace(r"\.", r"\.?"), _WORD
    # read backwards from a bracket: the rank and the name end right before it; the name
    # may open with an initial
    return re.compile(
        rf"\b(?:{names})\.?\s+(?P<name>(?:[A-Z]\.\s+{word}|{word}(?:\s+(?:[A-Z]\.\s+)?{word}){{1,3}}))\s*\Z"
    )


@cache
def _free() -> re.Pattern[str]:
    """A rank and the capitalised words after it (a state among them, then the name)."""
    names, word = _ranks(), _WORD
    # a retired officer: "Letjen TNI (Purn.) X", "Major General (ret.) X"; the corps an
    # Indonesian officer's rank is written with: "Mayor Inf. X", "Kolonel Laut (P) X"
    retired = r"(?:[ \t]+\((?P<purn>Purn|purn)?(?:Ret|ret|Retd|retd)?\.?\))?"
    # the corps with or without its dot ("Kolonel Inf Bayu", "Mayor Inf. Bayu")
    corps = rf"(?:[ \t]+(?P<corps>(?:{_CORPS})(?:\.|(?=[ \t]))|(?:Laut[ \t]+)?\([A-Z]{{1,3}}\)))?"
    return re.compile(
        rf"(?:{names})\.?{corps}{retired}[ \t]+"
        rf"(?P<words>{word}{retired.replace('purn', 'purn2')}(?:[ \t]+{word}){{1,4}})"
        r"(?P<of>[ \t]+(?:of|from|dari)[ \t]+(?P<state>[A-Z][\w’'\-]*+(?:[ \t]+[A-Z][\w’'\-]*+)?))?"
    )


@cache
def _first_words() -> frozenset[str]:
    """The casefolded first token of every rank ("rear", "laksamana", "lt.")."""
    return frozenset(phrase_key(str(r))[0] for r in rules.words("roles", "ranks"))


#: the corps written after an Indonesian officer's rank ("Mayor Inf.", "Letkol Czi.")
_CORPS = (
    "Inf|Kav|Arh|Arm|Czi|Cpl|Cpm|Chb|Chk|Ckm|Cku|Cba|Cke|Caj|Cpn"
    "|Mar|Pnb|Tek|Lek|Kes|Psk|Pas|Adm|Sus"
)

#: the armed forces (or the police) named after a rank, and the state they serve
_SERVICES = {"TNI": "IDN", "TNI AD": "IDN", "TNI AL": "IDN", "TNI AU": "IDN", "Polri": "IDN"}

#: a state owning the apposition after a name: ", Finland's", ", the Dutch"
_OWNER = re.compile(
    r",[ \t]+(?:the[ \t]+)?(?:(?P<state>[A-Z][\w\-]*+(?:[ \t]+[A-Z][\w\-]*+)?)['’]s\b"
    # or the service the officer serves in: ", Royal Netherlands Navy", ", the Danish Army"
    r"|(?:Royal[ \t]+)?(?P<service>[A-Z][\w\-]*+)[ \t]+(?:Navy|Army|Air[ \t]+Force|Marines)\b)"
)

#: where a clause begins, looking back from a rank for the state it serves
_CLAUSE = re.compile(r"[.;:!?()\n]|\b(?:and|dan|while|sementara|but|tetapi)\b")


def _state_before(doc: Doc, start: int) -> str | None:
    """The state named in the clause before a rank ("Ukraine's navy commander, ...")."""
    window = doc.text[max(0, start - 60) : start]
    cut = max((m.end() for m in _CLAUSE.finditer(window)), default=0)
    first = doc.token_at(start - len(window) + cut)
    found = list(party_names().find(doc, first, doc.token_at(start)))
    return found[-1].value.code if found else None


def ranked_free(doc: Doc, parties: list[Mention]) -> list[tuple[str, str, int, int]]:
    """(name, state, start, end) for each officer named by rank with the state in words
    around the name; an officer whose state is not said is left out."""
    out = []
    headlines: set[int] | None = None
    placed: str | None = None  # "" once looked up and not found
    pattern = _free()
    # the rank's first word, capitalised, is where a match may start: the pattern is tried
    # there only, not along the whole text
    for i in doc.tokens_in(_first_words()):
        m = pattern.match(doc.text, doc.starts[i]) if doc.words[i][:1].isupper() else None
        if m is None:
            continue
        if headlines is None:
            headlines = headline_paragraphs(doc)
        if (n := doc.paragraph_index(m.start())) in headlines and not field_line(
            doc.text, *doc.paragraphs[n]
        ):
            # "Jenderal AS Bergabung Lewat Video": capitals of a headline; a memo's field
            # or a list's entry is none ("Dari: Kolonel X", "1. Kolonel X, ...")
            continue
        words = [w for w in m.group("words").split() if not w.startswith("(")]
        code = None
        # a state word between the rank and the name ("Laksamana Muda Turki Selim Kaya"),
        # or the armed forces the rank is written with ("Letjen TNI X" serves Indonesia)
        for k in (2, 1):
            head = " ".join(words[:k])
            if len(words) - k >= 2 and (code := _SERVICES.get(head) or code_of(head)):
                words = words[k:]
                break
        if len(words) > 3 or any(code_of(w) is not None for w in words):
            continue  # "General Assembly", a sentence in capitals: no name
        if code is None and m.group("state"):
            code = code_of(m.group("state"))
        if code is None and (m.group("corps") or m.group("purn") or m.group("purn2")):
            code = "IDN"  # a corps or "(Purn.)" after the rank: the TNI's own writing
        if code is None:
            # set off after the name: "Colonel Anna Virtanen, Finland's contingent commander"
            after = _OWNER.match(doc.text, m.end("words"))
            code = code_of(after.group("state") or after.group("service")) if after else None
        if code is None:
            code = _state_before(doc, m.start())
        if code is None:
            # none said: a state in the apposition after the name ("X, former Polish
            # delegate, ..."), else the state the dateline or the opening lines place the
            # text in, for a name that is no institution's ("Direktorat Jenderal Strategi")
            if name_of(" ".join(words)) is None or _after_general(doc, m.start()):
                continue
            code = _apposed(doc, m.end("words"), parties)
            placed = (placed_state(doc, parties) or "") if placed is None else placed
            code = code or placed or None
            ranks = _first_words()
            if any(phrase_key(w)[0] in ranks for w in words):
                continue  # a rank read as a name: "Letnan Kolonel Kes dr. X"
            if code is None and doc.language == "id" and _unplaced(doc, m.end("words"), parties):
                code = "IDN"  # the Indonesian press's own officer, serving abroad or not
        if code is None:
            continue
        name = " ".join(words)
        start = doc.text.index(words[0], m.start("words"))
        out.append((name, code, start, m.end("words")))
    return out


#: an apposition set off after a name, up to its end
_APPOSITION = re.compile(r",[ \t]+[^,.;:\n]{2,80}")
#: a word of place before a state: where the officer serves, not whom ("bertugas di Ukraina")
_PLACED = re.compile(r"\b(?:di|ke|in|to|at)[ \t]+\Z")


def _apposed(doc: Doc, end: int, parties: list[Mention]) -> str | None:
    """The state named in the apposition set off after a name ending at `end`, but not
    a state the officer is placed in ("putra Donggala yang bertugas di Ukraina")."""
    m = _APPOSITION.match(doc.text, end)
    if m is None:
        return None
    for p in parties:
        if m.start() <= p.start < m.end() and is_state(p.code):
            if _PLACED.search(doc.text, max(m.start(), p.start - 6), p.start):
                continue
            return p.code
    return None


def _unplaced(doc: Doc, end: int, parties: list[Mention]) -> bool:
    """Whether the rest of the sentence after a name ending at `end` names no state but
    one the officer is placed in ("..., putra Donggala yang bertugas di Ukraina"), not
    one he serves ("dari Angkatan Laut Turki")."""
    stop = doc.sentence_at(end)[1]
    for p in parties:
        if (
            end <= p.start < stop
            and is_state(p.code)
            and not _PLACED.search(doc.text, max(end, p.start - 6), p.start)
        ):
            return False
    return True


def _after_general(doc: Doc, start: int) -> bool:
    """A "General" after a capitalised word belongs to an office or a body ("Direktorat
    Jenderal", "Secretary General"), not to an officer's rank."""
    before = doc.text[max(0, start - 30) : start]
    word = re.search(r"([A-Z][\w’'\-]*)[ \t]+\Z", before)
    return word is not None and doc.text.startswith(("General", "Jenderal", "Jendral"), start)


_BRACKET = re.compile(r"\(([A-Z][^()\n]{1,39})\)")


def ranked(doc: Doc) -> list[tuple[str, str, int, int]]:
    """(name, state, start, end) for each officer named by rank with a bracketed state."""
    out = []
    # brackets holding a state are few: only before them is a rank looked for
    for b in _BRACKET.finditer(doc.text):
        code = code_state(b.group(1))  # "(Poland)", "(POL)"
        if code is None:
            continue
        m = _pattern().search(doc.text, max(0, b.start() - 90), b.start())
        if m is not None:
            out.append((m.group("name"), code, m.start("name"), m.end("name")))
    return out


@cache
def _rank_ahead() -> re.Pattern[str]:
    """A rank, retired or not, and the forces it is written with, before a name; the mark
    of the retired stands before or after the force ("Letjen TNI (Purn.) X")."""
    retired = r"(?:[ \t]+\((?:Purn|purn|Ret|ret|Retd|retd)\.?\))?"
    corps = rf"(?:[ \t]+(?:{_CORPS})\.?(?=[ \t]))?"
    return re.compile(
        rf"(?:{_ranks()})\.?{corps}{retired}(?:[ \t]+(?:TNI|Polri){retired})?[ \t]+(?=[A-Z])"
    )


def after_rank(doc: Doc, j: int) -> int:
    """The token after the rank opening at token j ("Brigjen TNI X", "Rear Admiral X"), or
    j: a rank is not part of the name."""
    if j >= len(doc) or doc.keys[j] not in _first_words():
        return j
    m = _rank_ahead().match(doc.text, doc.starts[j])
    return doc.token_at(m.end()) if m is not None else j
