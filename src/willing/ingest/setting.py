"""The state an article is set in, for a person who speaks for no state (a lecturer, a
harbour master, an actor, a reviewer): the annotation gives such a person the party of
his or her country, which is told by an institution named with the person ("Professor X
(University of Vienna)"), else by where the text is set: its dateline, the state whose
office the header names as the paper's issuer (issuing_office.py), a town on its opening
lines ("University of Bergen, 4-5 May 2028", "Gate Studio, Dublin, 3-20 May"),
the Indonesian press's own state, else the state the text names most."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import dateline, rules
from willing.ingest.capacity_people import dateline_state
from willing.ingest.document import Doc
from willing.ingest.issuing_office import issuing_state
from willing.ingest.parties import Mention, is_state
from willing.ingest.person_party import body_end, home_state, text_state

#: how many opening lines may place the text, and how long such a line is at most
_OPENING_LINES = 4
_SHORT_LINE = 120


@cache
def _towns() -> tuple[re.Pattern[str], dict[str, str]]:
    """The towns of the places table as one pattern (any case: a header may be in
    capitals, "CITY OF AARHUS"), and their states by the casefolded name."""
    places = rules.load("places")
    table = {
        str(k).casefold(): str(v)
        for k, v in [*places["places"].items(), *(places.get("towns") or {}).items()]
    }
    table = {k: v for k, v in table.items() if len(v) == 3}
    names = sorted(table, key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?i)(?<![\w’'])(?:{alt})(?![\w’'])"), table


def town_state(text: str, start: int = 0, end: int | None = None) -> str | None:
    """The state of the first town of the places table named in text[start:end]."""
    pattern, table = _towns()
    m = pattern.search(text, start, len(text) if end is None else end)
    return table.get(m.group().casefold()) if m is not None else None


def dateline_town(doc: Doc) -> str | None:
    """The state of the town a dateline names ("MILAN, 3 May (wire) -")."""
    for a, b in dateline.spans(doc):
        code = town_state(doc.text, a, b)
        if code is not None:
            return code
    return None


#: towns joined by dashes or arrows on a line: a route
_ROUTE = re.compile(r"\b[A-Z][a-z][\w’'\-]*[ \t]+[-–—→>][ \t]+[A-Z][a-z]")


def opening_town(doc: Doc) -> str | None:
    """The state of a town named on the short opening lines (a header, a venue line)."""
    pos = 0
    for _ in range(_OPENING_LINES):
        end = doc.text.find("\n", pos)
        end = len(doc.text) if end < 0 else end
        if end - pos > _SHORT_LINE:
            return None
        # a route ("Eindhoven - Rzeszow - Eindhoven") names where one travels, and a line
        # holding a title in quotation marks (a play's, an episode's, a lecture's: "Letter
        # from Lviv" - Episode 7: News from Warsaw) names what it is about, not where the
        # text is set
        line_off = bool(_ROUTE.search(doc.text, pos, end) or _QUOTED.search(doc.text, pos, end))
        # a sentence without a day ("Motion: This House would ... if Washington steps
        # back.") is no header, as a venue line with its day is ("X Union, 3 May 2028.")
        line = doc.text[pos:end].rstrip()
        line_off = line_off or (line.endswith((".", "?", "!")) and not _YEAR.search(line))
        code = None if line_off else town_state(doc.text, pos, end)
        if code is not None:
            return code
        if end >= len(doc.text):
            return None
        pos = end + 1
        while pos < len(doc.text) and doc.text[pos] == "\n":
            pos += 1
    return None


#: a year: a venue line gives its day
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: a title in quotation marks on an opening line ("Surat dari Lviv" - Episode 7)
_QUOTED = re.compile(r"[\"“][^\"“”\n]{1,80}[\"”]")


def placed_state(doc: Doc, parties: list[Mention]) -> str | None:
    """The state the top of the article places it in: its dateline or an opening line."""
    return (
        home_state(doc)
        or dateline_state(doc, parties)
        or dateline_town(doc)
        or issuing_state(doc, parties, body_end(doc))
        or opening_town(doc)
        or heading_state(doc, parties)
    )


#: the sides of the war every text names: no setting of a text
_SIDES = frozenset({"UKR", "RUS", "USA"})


def heading_state(doc: Doc, parties: list[Mention]) -> str | None:
    """The one state the first line names, a heading ("ROMANIAN CUSTOMS AUTHORITY"),
    other than the sides of the war."""
    end = doc.text.find("\n")
    if end < 0 or end > _SHORT_LINE:
        return None
    codes = {p.code for p in parties if p.start < end and is_state(p.code)} - _SIDES
    return codes.pop() if len(codes) == 1 else None


def setting_state(doc: Doc, parties: list[Mention]) -> str | None:
    """The state the article is set in, as far as its top or its language tells."""
    return (
        placed_state(doc, parties)
        or ("IDN" if doc.language == "id" else None)
        or text_state("", parties)
    )


#: an institution in brackets right after a name: "(King's College London)"
_BRACKET = re.compile(r"[ \t]*\(([^()\n]{3,60})\)")


def institution_state(doc: Doc, end: int, parties: list[Mention]) -> str | None:
    """The state of the institution in brackets right after a name ending at `end`."""
    m = _BRACKET.match(doc.text, end)
    if m is None:
        return None
    for p in parties:
        if m.start(1) <= p.start < m.end(1) and is_state(p.code):
            return p.code
    return town_state(doc.text, m.start(1), m.end(1))


@cache
def _institutions() -> tuple[re.Pattern[str], frozenset[str]]:
    """An institution set off by a comma after a name ("X, Universitas Y", "X, University
    of Z"), and the words of the Indonesian ones (their state, unless one is named)."""
    words = [str(w) for w in rules.words("roles", "institution_words")]
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    pattern = re.compile(rf",[ \t]+(?P<inst>(?:{alt})\b[^,;.()\n]{{0,60}})")
    return pattern, frozenset(str(w) for w in rules.words("roles", "indonesian_institutions"))


def affiliation_state(doc: Doc, end: int, parties: list[Mention]) -> str | None:
    """The state of the institution set off by a comma right after a name ending at
    `end`: a state or a town it names, else Indonesia for an institution named in
    Indonesian ("Universitas", "Institut"); None when no institution follows."""
    pattern, indonesian = _institutions()
    m = pattern.match(doc.text, end)
    if m is None:
        return None
    a, b = m.start("inst"), m.end("inst")
    for p in parties:
        if a <= p.start < b and is_state(p.code):
            return p.code
    code = town_state(doc.text, a, b)
    if code is None and m.group("inst").split()[0] in indonesian:
        code = "IDN"
    return code
