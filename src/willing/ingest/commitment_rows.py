"""Contributions set out as rows: a state labels a line and its assets follow, with no verb.

Tables, infographics, scorecards and league tables list what each state gives as
"- Prancis: sekitar 5.000 tentara", "3. BELANDA - 9 poin. Kapal penyapu ranjau, dua
baterai Patriot ...", or a row of cells under a header "Negara | Pasukan | Kapal | Dana"
("Norwegia | - | 1 fregat | - | 5 miliar kroner"). The state opening the line gives every
asset of the domain tables named after it, part by part; a part that denies or hedges
("tanpa tentara", "belum diputuskan", "no jets", "still considering") gives nothing, and a
cell holding only a figure gives its column's asset. States that never contribute (the
warring sides) and lines that open with a verb of stance ("Rusia: menolak kehadiran
tentara ...") give nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from willing.ingest import commitment_makeup, dateline, stated_commitments
from willing.ingest.commitment_tables import Tables, tables
from willing.ingest.commitment_watch import defended, watching
from willing.ingest.document import Doc, Index
from willing.ingest.items import Item
from willing.ingest.parties import Mention
from willing.ingest.prefilter import guarded
from willing.ingest.stated_commitments import Key

#: a commitment's key: state, layer, domain

#: a row: an optional bullet or rank, the states, a separator, the rest of the line
_ROW = re.compile(
    r"^[ \t]*(?:[-•*–—][ \t]*|\d{1,2}[.)][ \t]+)?(?P<label>[^\n:|]{2,60}?)[ \t]*"
    r"(?::|[ \t][-–—][ \t]|\|)[ \t]*(?P<rest>[^\n]+)$",
    re.M,
)
#: where one asset's part of a row ends
_PARTS = re.compile(r"(?i:[,;]\s*|\s+(?:and|dan|serta|plus)\s+|\.\s+|\(|\))")
#: a part that denies or hedges its asset
_NOT_GIVEN = guarded(
    r"(?i:\b(?:no|not|none|nor|without|never|refus\w*|reject\w*|rules? out|considering|weighing"
    r"|may|might|undecided|tanpa|belum|tidak|tak|bukan|menolak|mempertimbangkan|mengkaji"
    r"|mungkin|menunggu keputusan)\b)"
)
#: the states of a label: names joined by commas or "and"
_JOINED = re.compile(r"(?i:\s*(?:,|&|\band\b|\bdan\b|\bserta\b)\s*)*")
#: what makes rows contributions, named before them: the coalition, or giving and pledging
_ABOUT = guarded(
    r"(?i:\b(?:coalition|koalisi|contribut\w*|kontribusi|pledg\w*|janji\w*|menjanjikan"
    r"|dijanjikan|commit\w*|komitmen|sumbangan|menyumbang\w*|gives?|giving|given)\b)"
)
#: a row is a line of a table or a list, not a paragraph
_LONGEST = 220
#: an amount of money: a currency sign or code, or millions
MONEY = re.compile(
    r"[€£$¥]\s?\d|\b(?-i:[A-Z]{3})\s?\d|\d\s?(?:m|bn)\b"
    r"|(?i:\d[\d.,]*\s*(?:million|billion|juta|miliar|triliun)\b)"
)
#: a figure or an amount: what a cell under a header gives
_FIGURE = re.compile(r"\d")


def find(doc: Doc, parties: list[Mention], have: set[Key]) -> list[Item]:
    """Commitments of the states that label rows, and of those whose assets make up a
    force (`commitment_makeup`), those already found left out."""
    out = commitment_makeup.find(doc, parties, have)
    if "\n" not in doc.text:
        return out
    about = _ABOUT.search(doc.text)
    if about is None:
        return out  # "Defence budgets this year: Germany: €90 billion": nobody gives
    t = tables()
    named = Index(parties)
    header: list[list[tuple[str, str]]] = []
    for line in _rows(doc.text, about.end()):
        givers = _givers(doc, named, *line.span("label"))
        if not givers:
            if "|" in line.group("rest"):
                header = [_given(doc, t, x, y) for x, y in _cells(*line.span("rest"), doc.text)]
            continue
        for row in _segments(doc, named, givers, line):
            out += _row(doc, t, row, header, have)
    return out


def _row(
    doc: Doc, t: Tables, row: _Row, header: list[list[tuple[str, str]]], have: set[Key]
) -> list[Item]:
    """The commitments of one row: its states give each asset of its parts."""
    givers = row.givers
    out: list[Item] = []
    if any(g in t.never for g in givers) or any(x <= row.start < y for x, y in dateline.spans(doc)):
        return []  # the warring sides; "PARIS - ...": a dateline, not a label
    cells = _cells(*row.rest, doc.text)
    columns = header if len(cells) >= 2 and len(header) == len(cells) else []
    for n, (x, y) in enumerate(cells):
        bounds = [x, *(m.end() for m in _PARTS.finditer(doc.text, x, y)), y]
        found = False
        for start, end in zip(bounds, bounds[1:], strict=False):
            if _NOT_GIVEN.search(doc.text, start, end):
                continue
            given = _given(doc, t, start, end)
            found = found or bool(given)
            out += _items(row, givers, given, start, end, have)
        figure = _FIGURE.search(doc.text, x, y) and not _NOT_GIVEN.search(doc.text, x, y)
        if not found and columns and columns[n] and figure:
            out += _items(row, givers, columns[n], x, y, have)
    return out


@dataclass(frozen=True)
class _Row:
    """One state's row: where it runs, its states, and where its assets are named."""

    start: int
    end: int
    givers: list[str]
    rest: tuple[int, int]


#: where a further row may begin on the same line: after a full stop or a semicolon
_NEXT = re.compile(r"[.;][ \t]+")
#: a further row's label on the same line: states, then a colon or a dash
_LABEL = re.compile(r"(?P<label>[^\n:|.;]{2,60}?)[ \t]*(?::|[ \t][-–—][ \t])[ \t]*")


def _segments(
    doc: Doc, named: Index[Mention], givers: list[str], line: re.Match[str]
) -> list[_Row]:
    """The rows of a line: an infographic puts several on one ("Swedia: enam Gripen.
    Belanda: empat F-35."); a part after a full stop that opens with states and a colon
    or a dash is the next row, any other part stays with the row before it."""
    rows: list[_Row] = []
    start, (a, b) = line.start(), line.span("rest")
    for m in _NEXT.finditer(doc.text, a, b):
        label = _LABEL.match(doc.text, m.end(), b)
        if label is None or label.end() >= b:
            continue
        states = _givers(doc, named, *label.span("label"))
        if not states:
            continue
        rows.append(_Row(start, m.start() + 1, givers, (a, m.start() + 1)))
        start, givers, a = m.end(), states, label.end()
    return [*rows, _Row(start, line.end(), givers, (a, b))]


def _rows(text: str, start: int) -> Iterator[re.Match[str]]:
    """The rows after `start`: short lines with a separator (a paragraph is no row)."""
    line = text.rfind("\n", 0, start) + 1
    while line < len(text):
        end = text.find("\n", line)
        end = len(text) if end < 0 else end
        if end - line <= _LONGEST and (
            ":" in text[line:end]
            or "|" in text[line:end]
            or " - " in text[line:end]
            or " – " in text[line:end]
            or " — " in text[line:end]
        ):
            row = _ROW.match(text, line, end)
            if row:
                yield row
        line = end + 1


def _cells(a: int, b: int, text: str) -> list[tuple[int, int]]:
    """The cells of a row's rest: split at "|", else the whole rest."""
    out, start = [], a
    k = text.find("|", a, b)
    while k >= 0:
        out.append((start, k))
        start = k + 1
        k = text.find("|", start, b)
    return [*out, (start, b)]


def _items(
    row: _Row,
    givers: list[str],
    given: list[tuple[str, str]],
    start: int,
    end: int,
    have: set[Key],
) -> list[Item]:
    out: list[Item] = []
    for party in givers:
        for layer, domain in given:
            key = (party, layer, domain)
            stated_commitments.add(out, have, key, (start, end), (row.start, row.end), 0.65)
    return out


def _givers(doc: Doc, named: Index[Mention], a: int, b: int) -> list[str]:
    """The states that make up the whole label ("Denmark, Finlandia, Swedia"), else none."""
    inside = named.within(a, b)
    if not inside or inside[0].start != a or inside[-1].end != b:
        return []
    for p, q in zip(inside, inside[1:], strict=False):
        if not _JOINED.fullmatch(doc.text[p.end : q.start]):
            return []
    return list(dict.fromkeys(p.code for p in inside))


def assets(doc: Doc, t: Tables, a: int, b: int) -> list[tuple[str, str]]:
    """The layers and domains of the assets named in [a, b), as a row gives them."""
    return _given(doc, t, a, b)


def given_parts(
    doc: Doc, t: Tables, a: int, b: int
) -> list[tuple[tuple[int, int], list[tuple[str, str]]]]:
    """The parts of [a, b) that neither deny nor hedge, each with the assets it names, as
    a row's cell gives them: "150 trainers, and CAD 500 million" gives both, "no jets" none."""
    bounds = [a, *(m.end() for m in _PARTS.finditer(doc.text, a, b)), b]
    out: list[tuple[tuple[int, int], list[tuple[str, str]]]] = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        if not _NOT_GIVEN.search(doc.text, start, end):
            given = _given(doc, t, start, end)
            if given:
                out.append(((start, end), given))
    return out


def about(doc: Doc) -> re.Match[str] | None:
    """The first word that makes rows contributions (the coalition, giving, pledging)."""
    return _ABOUT.search(doc.text)


def label_states(doc: Doc, named: Index[Mention], a: int, b: int) -> list[str]:
    """The states that make up the whole label [a, b) ("Denmark, Finlandia"), else none."""
    return _givers(doc, named, a, b)


def _given(doc: Doc, t: Tables, a: int, b: int) -> list[tuple[str, str]]:
    """The layers and domains of the assets named in [a, b); troops are land.

    What an asset serves is not given: "an air base for the force's transport aircraft",
    "instructors for Ukrainian engineers" (after a word of purpose, unless money pays for
    it: "EUR 400 million for air-defence missiles"), nor Ukraine's own units ("untuk
    melatih brigade Ukraina")."""
    hits = [h for h in t.domains.within(doc, a, b) if h.value.domain is not None]
    hits = [
        h
        for h in hits
        if not _UKRAINES_BEFORE.search(doc.text, max(a, h.start - 25), h.start)
        and not _UKRAINES_AFTER.match(doc.text, h.end)
    ]
    # "2 pesawat patroli untuk memantau garis gencatan senjata": the watching is given;
    # "1.200 prajurit zeni dan pertahanan udara": air defence beside troops is air
    watched = watching(doc, hits)
    watches = len(watched) < len(hits)
    hits = defended(doc, watched)
    if hits and hits[0].value.domain != "funding":
        purpose = _PURPOSE.search(doc.text, hits[0].end, b)
        if purpose:
            hits = [
                h
                for h in hits
                if h.start < purpose.start() or (watches and h.value.domain == "monitoring")
            ]
    given = [(str(h.value.layer), str(h.value.domain)) for h in hits]
    if not given and MONEY.search(doc.text, a, b):
        given = [("regenerate", "funding")]  # "EUR 100 million", "£250m"
    if not given and t.troops.within(doc, a, b):
        given = [("reassure", "land")]
    return list(dict.fromkeys(given))


#: a word of purpose: what follows it is served, not given
_PURPOSE = re.compile(r"(?i:\b(?:for|untuk|bagi|to serve|to supply)\b)")
#: Ukraine's own: "Ukrainian (army) brigades", "brigade Ukraina"
_UKRAINES_BEFORE = re.compile(r"(?i:\bUkrain(?:ian|e's|e’s)\s+(?:army\s+|armed\s+)?$)")
_UKRAINES_AFTER = re.compile(r"\s+Ukraina\b")
