"""The dateline of wire copy ("PARIS, September 4 (Reuters) -", "OTTAWA, 27 Februari 2026 -"):
where and when the story was filed, which a meeting reported without its own date or
place takes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from willing.ingest import rules
from willing.ingest.dates import Found
from willing.ingest.document import Doc
from willing.ingest.gazetteer import Gazetteer

#: a city in capitals at the start of a line, then a date or an agency, then a dash
_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,2})"
    r"(?P<rest>(?:,[^\n\-—–]{0,40}?|\s*\([^)\n]{0,30}\))*)\s*[-—–]+\s",
    re.M,
)


@dataclass(frozen=True)
class Dateline:
    """The city (as the places table spells it), its span, the date given, the paragraph."""

    place: str
    start: int
    end: int
    day: Found | None
    paragraph: int


@cache
def _places() -> Gazetteer[str]:
    gaz: Gazetteer[str] = Gazetteer()
    for name in rules.load("places")["places"]:
        gaz.add(str(name).lower(), str(name))
    return gaz


def covers(doc: Doc, pos: int) -> bool:
    """Whether `pos` lies in a dateline ("BRUSSEL - ...", "PARIS, Sept 4 (wire) -"): a city
    named there is where the report was filed, not a party that acts."""
    return any(a <= pos < b for a, b in _spans(doc.text))


def spans(doc: Doc) -> tuple[tuple[int, int], ...]:
    """The datelines near the top of the text, as character spans."""
    return _spans(doc.text)


@lru_cache(maxsize=16)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    """The datelines near the top of a text (read once per text: a string keeps its hash)."""
    return tuple(m.span() for m in _DATELINE.finditer(text, 0, min(len(text), 2000)))


def find(doc: Doc, dates: list[Found]) -> Dateline | None:
    """The first dateline of the article naming a known city, if any."""
    for m in _DATELINE.finditer(doc.text, 0, min(len(doc.text), 2000)):
        place = _places().get(m.group("city"))
        if place is None:
            continue
        days = [d for d in dates if d.day is not None and m.start() <= d.start < m.end()]
        return Dateline(
            place,
            m.start("city"),
            m.end("city"),
            days[0] if days else None,
            doc.paragraph_index(m.start()),
        )
    return None
