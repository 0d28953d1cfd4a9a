"""People a text credits with its making: a photograph's, a graphic's or a map's maker, a
researcher ("FOTO: X", "Grafis: X. Riset: Y.", "Photograph: X", "Foto: Mayor Inf. X/Puspen"),
and a byline on a line of its own ("Oleh X"); a header line "Penulis: X" is dropped as
boilerplate before (normalise.py). They hold no role. A picture's maker is of the state
where the pictures were taken, as the opening line places them ("Kaunas, Lithuania, Senin
(3/9/2029) -"); the others, and a picture's maker without that line, of the article's
state (its dateline, Indonesia in the Indonesian press, else the state the text is
about). A portal's header of fields ("Reporter: X | Kamis, 3 Desember ...") is page
furniture, not a credit."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules
from willing.ingest.capacity_people import dateline_state, name_of
from willing.ingest.document import Doc
from willing.ingest.parties import Mention, code_of
from willing.ingest.person_party import home_state, text_state
from willing.ingest.signed_offices import officer

#: what a credit's label names: the making of a picture, a graphic, a text or research
_LABELS = (
    "FOTO|Foto|Fotografer|PHOTO|Photo|Photos|Photograph|Photographer|Pictures|Picture|Gambar|"
    "Grafis|Grafik|Infografis|Graphic|Graphics|Infographic|Peta|Map|Maps|Ilustrasi|Illustration|"
    "Riset|Research|Researcher|Teks|Text|Words|Kontributor|Contributor|Video|Kamerawan|Camera"
)
#: the labels of pictures
_PICTURES = re.compile(r"(?i:foto|photo|picture|gambar|video|kamera|camera)")
#: an opening line placing the text: a town, its state, a day ("Kaunas, Lithuania, Senin
#: (3/9/2029) -", "Tartu, Estonia -")
_PLACED = re.compile(
    r"(?m)^[A-Z][\w’'\-]*(?:[ \t][A-Z][\w’'\-]*)?,[ \t]+(?P<state>[A-Z][\w ]{2,30}?)"
    r"(?:,[ \t]+[A-Z][a-z]+[ \t]+\([\d/]{6,10}\))?[ \t]+[-–—]"
)
_WORD = r"[A-ZÀ-Þ][a-zß-ÿ][\w’'\-]*+"
_NAME = rf"(?P<name>{_WORD}(?:[ \t]+(?:{_WORD}|bin|binti|van|de|von|der)){{1,3}})"


@cache
def _teams() -> frozenset[str]:
    """Words of a team, a desk or an archive credited instead of a person."""
    return frozenset(rules.words("roles", "credited_teams"))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """A label, a colon and the name, closing its sentence, line or text; a byline alone
    on its line; and the labels' words, casefolded (a match is tried at them only)."""
    rank = officer()
    label = re.compile(rf"(?:{_LABELS})[ \t]*:[ \t]*{rank}{_NAME}(?=[ \t]*(?:[.;,/]|\n|\Z))")
    byline = re.compile(rf"(?:Oleh|By)[ \t]*:?[ \t]+{rank}{_NAME}[ \t]*(?:\n|\Z)")
    words = frozenset(w.casefold() for w in _LABELS.split("|")) | {"oleh", "by"}
    return label, byline, words


#: what a label follows: a line's start or a sentence's end
_OPENS = ("\n", ". ", "! ", "? ", '" ', "” ")


def credits(doc: Doc, parties: list[Mention]) -> list[tuple[str, str, int, int]]:
    """(name, state, start, end) of each person credited with the text's making."""
    label, byline, words = _patterns()
    out = []
    home: str | None = None
    for i in doc.tokens_in(words):
        at = doc.starts[i]
        if at > 0 and doc.text[max(0, at - 2) : at] not in _OPENS and doc.text[at - 1] != "\n":
            continue
        m = (byline if doc.keys[i] in ("oleh", "by") else label).match(doc.text, at)
        if m is None or (m.re is byline and at > 0 and doc.text[at - 1] != "\n"):
            continue
        line_end = doc.text.find("\n", m.end())
        line = doc.text[m.start() : len(doc.text) if line_end < 0 else line_end]
        name = m.group("name")
        if " | " in line or name_of(name) != name or _teams().intersection(name.split()):
            continue  # a header of fields, a team or an institution: no one's credit
        home = home or home_state(doc) or dateline_state(doc, parties)
        home = home or ("IDN" if doc.language == "id" else text_state("", parties))
        state = home
        if _PICTURES.match(m.group()) and (placed := _PLACED.search(doc.text, 0, 600)) is not None:
            state = code_of(placed.group("state")) or home
        if state is not None:
            out.append((name, state, m.start("name"), m.end("name")))
    return out
