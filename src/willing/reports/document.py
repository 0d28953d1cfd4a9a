"""A report as plain data: sections of paragraphs, tables and charts, and its marking.

Builders fill it from the services for one viewer; renderers lay it out. The marking is
computed from the labels of every record the builder put in (`Shown`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from willing.domain.labels import Label
from willing.domain.records import Record
from willing.present.marking import Marking, marking
from willing.services.access import Registry

#: The kinds the plan, Monte Carlo, criticality and burden figures are computed over: a
#: section showing such figures is marked as showing every visible record of them.
INPUTS = (
    "pledges",
    "requirements",
    "conditions",
    "capabilities",
    "locations",
    "phases",
    "parties",
    "indicators",
)


#: A hyphenated word (an id such as UKR-KYIV, a code such as ceasefire-monitoring).
_HYPHENATED = re.compile(r"\S*\w-\w\S*")
#: Longest hyphenated word a table cell keeps on one line: a longer one may break, so that
#: it never runs out of a narrow column.
UNBROKEN_MAX = 24


def pieces(text: str) -> list[tuple[str, bool]]:
    """`text` in pieces, each with whether it stays on one line: renderers may break a cell
    between words but not inside a hyphenated id or code (a line may break after "-")."""
    out: list[tuple[str, bool]] = []
    at = 0
    for found in _HYPHENATED.finditer(text):
        if len(found.group()) > UNBROKEN_MAX:
            continue
        if found.start() > at:
            out.append((text[at : found.start()], False))
        out.append((found.group(), True))
        at = found.end()
    if at < len(text) or not out:
        out.append((text[at:], False))
    return out


@dataclass(frozen=True)
class Para:
    text: str


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    #: columns (by index) holding figures, aligned right
    numeric: frozenset[int] = frozenset()
    #: columns whose cells never break across lines (ids): the first by default
    whole: frozenset[int] = frozenset({0})


@dataclass(frozen=True)
class Chart:
    """A Vega-Lite spec (see `willing.charts.specs`) and its caption."""

    spec: dict[str, Any]
    caption: str = ""


Block = Para | Bullets | Table | Chart


@dataclass
class Section:
    title: str
    blocks: list[Block] = field(default_factory=list)
    #: start the section on a new page (PDF)
    page_break: bool = False


@dataclass
class Report:
    title: str
    subtitle: str
    #: the marking of the whole report (its cover, and its HTML file: one page)
    marking: Marking
    sections: list[Section]
    #: the marking of each run of consecutive sections (first, last index): a PDF page
    #: showing sections i..j is marked with ``runs[i, j]``; empty: every page as the report
    runs: dict[tuple[int, int], Marking] = field(default_factory=dict)
    #: pages wider than high (a sheet of many columns, as force-generation conferences use)
    landscape: bool = False

    def charts(self) -> list[dict[str, Any]]:
        """The specs of every chart, in reading order (renderers draw them all at once)."""
        return [b.spec for s in self.sections for b in s.blocks if isinstance(b, Chart)]


class Shown:
    """The records a report shows, read through the viewer's registry; their labels give
    the report's marking. An id the viewer may not see is never added (nor shown)."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self._by_kind: dict[str, dict[str, Record]] = {}
        self.labels: dict[tuple[str, str], Label] = {}
        #: records figures are computed over (`derive`): marked for, not cited
        self.inputs: dict[tuple[str, str], Label] = {}
        #: the records each section (see `begin`) shows or derives from, in order
        self.sections: list[set[tuple[str, str]]] = []
        #: quotes used outside the records' evidence (a conflict's claims), by source id
        self.cited: dict[str, list[str]] = {}

    def records(self, kind: str) -> dict[str, Record]:
        """Every record of `kind` the viewer may see, by id (read once)."""
        if kind not in self._by_kind:
            self._by_kind[kind] = {r.id: r for r in self.registry.list(kind)}
        return self._by_kind[kind]

    def add(self, kind: str, rid: str | None) -> Record | None:
        """Mark a record as shown; None when the viewer may not see it."""
        if rid is None:
            return None
        record = self.records(kind).get(rid)
        if record is not None:
            self.labels[(kind, rid)] = record.label
            if self.sections:
                self.sections[-1].add((kind, rid))
        return record

    def derive(self, kinds: tuple[str, ...]) -> None:
        """The current section shows figures computed over every record of these kinds the
        viewer may see (a plan, a distribution, a sum): they count for its marking as if
        shown, since an aggregate is as sensitive as its most sensitive input."""
        for kind in kinds:
            for rid, record in self.records(kind).items():
                self.inputs[(kind, rid)] = record.label
                if self.sections:
                    self.sections[-1].add((kind, rid))

    def begin(self) -> None:
        """Start a section: records added from now on are shown by it (for its pages)."""
        self.sections.append(set())

    def cite(self, source: str, quote: str) -> None:
        """Record a quote the report uses from a source the viewer may see."""
        if self.add("sources", source) is not None:
            bucket = self.cited.setdefault(source, [])
            if quote not in bucket:
                bucket.append(quote)

    def _groups(self) -> dict[str, list[str]]:
        return {p.id: list(getattr(p, "member_of", [])) for p in self.records("parties").values()}

    def marking(self) -> Marking:
        return marking([*self.labels.values(), *self.inputs.values()], self._groups())

    def runs(self) -> dict[tuple[int, int], Marking]:
        """The marking of every run of consecutive sections: what a page showing the end
        of one section and the start of the next must carry."""
        groups = self._groups()
        out: dict[tuple[int, int], Marking] = {}
        for first in range(len(self.sections)):
            keys: set[tuple[str, str]] = set()
            for last in range(first, len(self.sections)):
                keys |= self.sections[last]
                labels = [self.labels.get(k) or self.inputs[k] for k in keys]
                out[first, last] = marking(labels, groups)
        return out
