"""Diplomacy use cases read through a viewer's Registry: every answer covers visible records."""

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
from willing.domain.diplomacy import Clause, Document, Issue, Meeting, Participation, Position
from willing.domain.enums import PartyKind
from willing.domain.errors import NotFound
from willing.domain.forces import Pledge
from willing.domain.parties import Party
from willing.domain.records import Record
from willing.services.access import Registry

R = TypeVar("R", bound=Record)


def records_of(registry: Registry, cls: type[R]) -> list[R]:
    """Every visible record of the kind `cls` declares, typed."""
    return [r for r in registry.list(cls.kind) if isinstance(r, cls)]


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
    entries = timeline(
        records_of(registry, Meeting),
        records_of(registry, Participation),
        records_of(registry, Document),
        records_of(registry, Pledge),
        start,
        end,
        {p.id for p in records_of(registry, Party) if p.party_kind is PartyKind.STATE},
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
    issues = sorted(records_of(registry, Issue), key=lambda i: i.id)
    if issue is not None:
        issues = [i for i in issues if i.id == issue]
        if not issues:
            raise NotFound(f"no issues record '{issue}'")
    chosen = [p for p in records_of(registry, Position) if at is None or p.as_of <= at]
    out = []
    for item in issues:
        mine = sorted(
            (p for p in chosen if p.issue == item.id), key=lambda p: (p.as_of, p.party, p.id)
        )
        out.append((item, mine))
    return out


def documents(registry: Registry, threshold: float = DEFAULT_THRESHOLD) -> list[Readiness]:
    """Every visible document with its readiness over its visible clauses, by date then id."""
    clauses = records_of(registry, Clause)
    docs = sorted(records_of(registry, Document), key=lambda d: (d.date or dt.date.min, d.id))
    return [readiness(d, clauses, threshold) for d in docs]


def document_readiness(
    registry: Registry, document_id: str, threshold: float = DEFAULT_THRESHOLD
) -> Readiness:
    """One document's readiness; NotFound when it is missing or hidden from the viewer."""
    doc = registry.get("documents", document_id)
    assert isinstance(doc, Document)
    return readiness(doc, records_of(registry, Clause), threshold)
