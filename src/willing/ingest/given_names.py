"""People named as such, without a role: a known given name followed by one or two
capitalised words ("Ingrid Solheim", "Bambang Hartono", "Maartje de Vries"), wherever
it stands: a speaker of a call, a line of class notes, an applicant, a guide, a signature.
The given names are a gazetteer written from general knowledge (rules/given_names.yaml,
several hundred, in the languages of the texts' states). A name right before a word of a
thing (a street, a building, a prize, a ship's class) or after one ("Jalan X", "KRI X",
"the X"), one in a headline, one inside quotation marks, and one holding a state's, an
office's or a body's word names no one. Each is of the state an institution right after
it names ("X of the Stockholm Institute ...", "X (University of Hamburg)"), else of the
state the text is set in (setting.py); found last, so a name another reader takes keeps
the role and the state that reader gave it."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from willing.ingest import family_names, rules
from willing.ingest.body_names import a_bodys_name
from willing.ingest.capacity_people import name_of
from willing.ingest.document import Doc
from willing.ingest.gazetteer import Gazetteer
from willing.ingest.name_titles import before_titles
from willing.ingest.own_line import own_line_state
from willing.ingest.parties import Mention, code_of, is_state
from willing.ingest.people_lines import headline_paragraphs
from willing.ingest.setting import (
    affiliation_state,
    institution_state,
    setting_state,
    town_state,
)

if TYPE_CHECKING:
    from willing.ingest.people import Known

_WORD = r"[A-ZÀ-ÞŁŚŻ][a-zß-ÿąćęłńóśźżā-ž][\w’'\-]*+"
_PARTICLE = r"(?:de|van|von|der|den|ter|bin|binti|la|le)"
#: "of the X Institute", "from Bergen": the place or institution right after a name
_OF = re.compile(r",?[ \t]+(?:of|from|at|dari)[ \t]+(?:the[ \t]+)?(?P<place>[^,;.()\n]{3,60})")


#: the capitalised word right after a name
_NEXT = re.compile(r"[ \t]+([A-Z][\w’'\-]*)")


#: after a given name: particles, then one or two capitalised words
_TAIL = re.compile(rf"(?:[ \t]+{_PARTICLE}){{0,2}}[ \t]+{_WORD}(?:[ \t]+{_WORD})?(?![\w’'\-])")


@cache
def _given() -> tuple[frozenset[str], frozenset[str]]:
    """The given names as written, and casefolded (the tokens' keys)."""
    names = frozenset(rules.words("given_names", "given_names")) | frozenset(_name_states())
    return names, frozenset(n.casefold() for n in names)


def language_state(name: str) -> str | None:
    """The state of a name's given name when its language is spoken in one state only."""
    return _name_states().get(name.split(" ", 1)[0])


def language_states(name: str) -> tuple[str, ...]:
    """The states whose language makes the name: its given name's state, else the states
    of its family name's ending ("Popescu": Romania, Moldova), the likeliest first."""
    words = name.split()
    own = _name_states().get(words[0])
    if own is not None:
        return (own,)
    if len(words) < 2:
        return ()
    last = words[-1].casefold()
    for ending, codes in _endings():
        if last.endswith(ending) and len(last) >= len(ending) + 3:
            return codes
    return ()


@cache
def _endings() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each family name's ending with its states, the longest ending first."""
    data = rules.load("given_names")
    shared = {str(k): [str(c) for c in v] for k, v in data["family_shared"].items()}
    rows = [
        (str(e).casefold(), (str(code), *shared.get(str(e), [])))
        for code, endings in data["family_states"].items()
        for e in endings
    ]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def _name_states() -> dict[str, str]:
    """The state of each given name spoken in one state of the texts only."""
    table = rules.load("given_names")["name_states"]
    return {str(n): str(code) for code, names in table.items() for n in names}


@cache
def _after() -> frozenset[str]:
    return frozenset(rules.words("given_names", "thing_after"))


@cache
def _before() -> frozenset[str]:
    return frozenset(rules.words("given_names", "thing_before"))


@cache
def _credits() -> re.Pattern[str]:
    """A credit's words ending right before a name ("music by ", "Foto: ")."""
    words = sorted(rules.words("given_names", "credits"), key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?i:\b(?:{alt}))[ \t]*:?[ \t]*\Z")


def a_things_name(name: str) -> bool:
    """Whether a name ends on a thing's word: a street, a building, a prize ("Pikk Street")."""
    return name.rsplit(" ", 1)[-1] in _after()


def _trimmed(words: list[str]) -> list[str]:
    """The name's words without a last one of a state or a town ("Anna Lind Sweden")."""
    if len(words) > 2 and (code_of(words[-1]) is not None or town_state(words[-1]) is not None):
        return words[:-1]
    return words


def _quoted(text: str, start: int) -> bool:
    """Whether the name opens right after a quotation mark (a title of a work)."""
    return start > 0 and text[start - 1] in "\"“‘'*_"


#: what sets a name off in a list's line: a label's colon or a title before it, a comma,
#: a bracket or the line's end after it
_LIST_BEFORE = re.compile(r"(?:^|[:,]|\b(?:Dr|Mr|Mrs|Ms|Prof)\.?)[ \t]*\Z", re.M)
_LIST_AFTER = re.compile(r"[ \t]*(?:[,(]|\n|\Z)")


def _listed(text: str, start: int, end: int) -> bool:
    """Whether a name in a line of capitals is set off as a list's entry, not a heading's
    words ("Applicant: Dr X, Institute ...")."""
    start = before_titles(text, start)
    return (
        _LIST_BEFORE.search(text, max(0, start - 12), start) is not None
        and _LIST_AFTER.match(text, end) is not None
    )


def known() -> Gazetteer[Known]:
    """The known figures' gazetteer (people imports this module)."""
    from willing.ingest.people import known as figures

    return figures()


def named(doc: Doc, parties: list[Mention]) -> list[tuple[str, str, int, int]]:
    """(name, state, start, end) of each person named by a known given name."""
    text = doc.text
    out: list[tuple[str, str, int, int]] = []
    headlines: set[int] | None = None
    home: list[str | None] = []
    names, keys = _given()
    spans: dict[int, tuple[int, str | None]] = {}
    for i in doc.tokens_in(keys):  # a dictionary's keys met, not a pattern at each letter
        if doc.words[i] in names and (tail := _TAIL.match(text, doc.ends[i])) is not None:
            spans[doc.starts[i]] = (tail.end(), None)
    for a, b in family_names.spans(doc):  # "Yosua Simatupang": of Indonesia
        if not any(s <= a < e for s, (e, _) in spans.items()):
            spans[a] = (b, "IDN")
    for start, (tail_end, own) in sorted(spans.items()):
        if start and text[start - 1] in "’'-.":
            continue
        before = text[max(0, start - 12) : start].split()
        if before and before[-1].rstrip(".") in _before():
            continue
        if _quoted(text, start) or _credits().search(text, max(0, start - 25), start):
            continue
        words = text[start:tail_end].split()
        nxt = _NEXT.match(text, tail_end)
        if (nxt is not None and nxt.group(1) in _after()) or _after().intersection(words[1:]):
            continue  # "Anna Lind Memorial Lecture", "Anna Street"
        kept = _trimmed(words)
        own = own or _name_states().get(words[0])
        name = name_of(" ".join(kept))
        if name is None or town_state(name) is not None or known().get(name) is not None:
            continue
        if not text.startswith(name, start):
            continue
        end = start + len(name)
        if headlines is None:
            headlines = headline_paragraphs(doc)
        paragraph = doc.paragraph_index(start)
        if paragraph in headlines and not _listed(text, start, end):
            continue
        code = _state(doc, end, parties) or _before_state(text, start, parties) or own
        if code is None:
            if not home:
                home.append(setting_state(doc, parties))
            # else the town the name's paragraph names ("good morning from Bergen"), else
            # the state of the name found before it (the speakers of one call)
            para_end = doc.paragraphs[paragraph][1]
            code = home[0] or town_state(text, end, para_end) or (out[-1][1] if out else None)
        if code is not None:
            out.append((name, code, start, end))
    return out


def _before_state(text: str, start: int, parties: list[Mention]) -> str | None:
    """A state or a demonym just before the name in its sentence ("his Ukrainian
    counterpart, X", "Norway's X")."""
    near = [p for p in parties if start - 40 <= p.start and p.end <= start and is_state(p.code)]
    if not near:
        return None
    last = max(near, key=lambda p: p.end)
    between = text[last.end : start]
    return last.code if not re.search(r"[.;:\n]", between) else None


def _state(doc: Doc, end: int, parties: list[Mention]) -> str | None:
    """The state of the name's own line, an institution or a place right after it."""
    code = own_line_state(doc.text, end, parties)
    if code is not None:
        return code
    code = institution_state(doc, end, parties) or affiliation_state(doc, end, parties)
    if code is not None:
        return code
    return _of_state(doc, end, parties)


def _of_state(doc: Doc, end: int, parties: list[Mention]) -> str | None:
    """The state of a place right after the name: "X of Oslo", "X dari Bulgaria"."""
    m = _OF.match(doc.text, end)
    if m is None:
        return None
    a, b = m.start("place"), m.end("place")
    for p in parties:
        if a <= p.start < b and is_state(p.code):
            return p.code
    return town_state(doc.text, a, b)


def of_names_states(
    doc: Doc, officers: list[tuple[str, str, int, int]], parties: list[Mention]
) -> list[tuple[str, str, int, int]]:
    """The readers' people, each of its given name's state when the reader gave it the
    text's setting only (a rank's or a label's line names no state of its own); words
    that continue a body's name ("Kementerian [Luar Negeri]") are no one's."""
    home = None
    out = []
    for name, code, start, end in officers:
        if a_bodys_name(doc.text, start, end):
            continue
        owns = language_states(name)
        if owns and code not in owns:
            if home is None:
                home = setting_state(doc, parties) or ""
            if code == home:  # "X dari Bulgaria": the place after the name first
                code = _of_state(doc, end, parties) or owns[0]
        out.append((name, code, start, end))
    return out
