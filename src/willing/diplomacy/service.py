"""Diplomacy use cases read through a viewer's Registry: every answer covers visible records.

Records are read through a `Redactor`: a visible record's references to records the viewer
may not see are withheld before anything is computed or printed, and a participation,
position or clause whose subject (meeting, party, issue, document) is hidden is left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from willing.diplomacy.attendance import (
    DEFAULT_PLENARY,
    DEFAULT_WINDOW,
    PartyAttendance,
    attendance,
)
from willing.diplomacy.meetings import TimelineEntry, timeline
from willing.diplomacy.positions import AlignmentChange, AlignmentMatrix, alignment, compare
from willing.diplomacy.readiness import DEFAULT_THRESHOLD, Readiness, readiness
from willing.diplomacy.redaction import Redactor
from willing.domain.diplomacy import (
    Clause,
    Document,
    Issue,
    Meeting,
    Participation,
    Position,
    Source,
)
from willing.domain.enums import PartyKind
from willing.domain.errors import NotFound
from willing.domain.forces import Pledge
from willing.domain.parties import Party
from willing.domain.records import Record
from willing.services.access import Registry

R = TypeVar("R", bound=Record)


#: The references a record is about: it is left out when one of them is hidden.
SUBJECTS: dict[str, tuple[str, ...]] = {
    Participation.kind: ("meeting", "party"),
    Position.kind: ("issue", "party"),
    Clause.kind: ("document",),
}


def records_of(registry: Registry, cls: type[R], redactor: Redactor | None = None) -> list[R]:
    """Every visible record of the kind `cls` declares, typed and redacted (see `Redactor`)."""
    shown = redactor or Redactor(registry)
    found = [r for r in registry.list(cls.kind) if isinstance(r, cls)]
    return shown.records(found, SUBJECTS.get(cls.kind, ()))


def unknown_parties(registry: Registry, codes: Sequence[str]) -> list[str]:
    """Those of `codes` that name no party the viewer may see (hidden or missing alike)."""
    seen = Redactor(registry).ids(Party.kind)
    return [c for c in codes if c not in seen]


@dataclass(frozen=True)
class MeetingsView:
    """The timeline and the attendance analytics over it."""

    entries: list[TimelineEntry]
    attendance: list[PartyAttendance]
    window: int


def meetings(
    registry: Registry,
    start: dt.date | None = None,
    end: dt.date | None = None,
    window: int = DEFAULT_WINDOW,
    plenary: float = DEFAULT_PLENARY,
) -> MeetingsView:
    """The meetings timeline between `start` and `end` with attendance analytics."""
    shown = Redactor(registry)
    entries = timeline(
        records_of(registry, Meeting, shown),
        records_of(registry, Participation, shown),
        records_of(registry, Document, shown),
        records_of(registry, Pledge, shown),
        start,
        end,
        {p.id for p in records_of(registry, Party, shown) if p.party_kind is PartyKind.STATE},
    )
    return MeetingsView(entries, attendance(entries, window, plenary), window)


def alignment_at(
    registry: Registry, at: dt.date, parties: Sequence[str] | None = None
) -> AlignmentMatrix:
    """The alignment matrix over the positions the viewer may see, as of `at`."""
    return alignment(records_of(registry, Position), at, parties)


def alignment_change(
    registry: Registry, before: dt.date, after: dt.date, parties: Sequence[str] | None = None
) -> AlignmentChange:
    """The alignment matrices at two dates over the same parties."""
    return compare(records_of(registry, Position), before, after, parties)


def positions_by_issue(
    registry: Registry, issue: str | None = None, at: dt.date | None = None
) -> list[tuple[Issue, list[Position]]]:
    """Each visible issue (or only `issue`) with its visible positions up to `at`, oldest first."""
    shown = Redactor(registry)
    issues = sorted(records_of(registry, Issue, shown), key=lambda i: i.id)
    if issue is not None:
        issues = [i for i in issues if i.id == issue]
        if not issues:
            raise NotFound(f"no issues record '{issue}'")
    chosen = [p for p in records_of(registry, Position, shown) if at is None or p.as_of <= at]
    out = []
    for item in issues:
        mine = sorted(
            (p for p in chosen if p.issue == item.id), key=lambda p: (p.as_of, p.party, p.id)
        )
        out.append((item, mine))
    return out


def as_claimed(registry: Registry, shown: Redactor, document: Document) -> Document:
    """`document` with the evidence its claimed readiness rests on first.

    The claim is the stored first evidence entry; the registry drops entries citing a
    source the viewer may not see, so the viewer's first entry could be another source,
    which would misattribute the claim. The stored entry is put back in front, as
    "withheld" when its source is hidden.
    """
    if document.claimed_readiness is None or shown.sees_everything:
        return document
    stored = registry.system().get(Document.kind, document.id)
    if not isinstance(stored, Document) or not stored.evidence:
        return document
    first = shown.evidence(stored.evidence[0])
    if document.evidence and document.evidence[0] == first:
        return document
    return document.model_copy(update={"evidence": [first, *document.evidence]})


def documents(registry: Registry, threshold: float = DEFAULT_THRESHOLD) -> list[Readiness]:
    """Every visible document with its readiness over its visible clauses, by date then id."""
    shown = Redactor(registry)
    clauses = records_of(registry, Clause, shown)
    sources = {s.id: s for s in records_of(registry, Source, shown)}
    docs = sorted(
        records_of(registry, Document, shown), key=lambda d: (d.date or dt.date.min, d.id)
    )
    return [readiness(as_claimed(registry, shown, d), clauses, threshold, sources) for d in docs]


def document_readiness(
    registry: Registry, document_id: str, threshold: float = DEFAULT_THRESHOLD
) -> Readiness:
    """One document's readiness; NotFound when it is missing or hidden from the viewer."""
    found = registry.get("documents", document_id)
    assert isinstance(found, Document)
    shown = Redactor(registry)
    doc = as_claimed(registry, shown, shown.record(found))
    sources = {s.id: s for s in records_of(registry, Source, shown)}
    return readiness(doc, records_of(registry, Clause, shown), threshold, sources)
