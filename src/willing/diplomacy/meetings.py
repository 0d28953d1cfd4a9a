"""The meetings timeline: each meeting with its attendance and the outcomes it produced."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from willing.domain.diplomacy import Document, Meeting, Participation
from willing.domain.enums import Level, MeetingFormat
from willing.domain.forces import Pledge

#: Levels from highest to lowest, as the enum declares them.
LEVEL_ORDER: tuple[Level, ...] = tuple(Level)


def level_points(level: Level) -> int:
    """Points of a level of representation: 6 for a head of state or government down to 1."""
    return len(LEVEL_ORDER) - LEVEL_ORDER.index(level)


@dataclass(frozen=True)
class Attendance:
    """One party's presence at a meeting."""

    party: str
    level: Level
    person: str | None
    format: MeetingFormat


@dataclass(frozen=True)
class Outcome:
    """Something a meeting produced: a document or a pledge announced there."""

    kind: str  # "document" or "pledge"
    id: str
    title: str
    detail: str
    party: str | None = None  # the pledging party, for pledges


@dataclass(frozen=True)
class TimelineEntry:
    """A meeting in the timeline, with stated and recorded counts side by side."""

    meeting: Meeting
    attendance: tuple[Attendance, ...]
    outcomes: tuple[Outcome, ...]
    recorded_countries: int = 0

    @property
    def recorded_parties(self) -> int:
        """Parties with a recorded participation (the stated count may differ)."""
        return len(self.attendance)

    @property
    def recorded_heads(self) -> int:
        """Participations at the level of head of state or government."""
        return sum(1 for a in self.attendance if a.level is Level.HEAD)

    def level_of(self, party: str) -> Level | None:
        """The level at which `party` attended, or None when it is not recorded."""
        for item in self.attendance:
            if item.party == party:
                return item.level
        return None


def _amount(quantity: float) -> str:
    """A quantity as people write it: 100,000,000 rather than 1e+08."""
    return f"{quantity:,.0f}" if quantity == int(quantity) else f"{quantity:,g}"


def _outcomes(
    meeting: Meeting, documents: Iterable[Document], pledges: Iterable[Pledge]
) -> tuple[Outcome, ...]:
    docs = sorted((d for d in documents if d.meeting == meeting.id), key=lambda d: d.id)
    made = sorted((p for p in pledges if p.announced_at == meeting.id), key=lambda p: p.id)
    return tuple(
        [Outcome("document", d.id, d.title, d.document_kind.value) for d in docs]
        + [
            Outcome(
                "pledge",
                p.id,
                f"{p.party}: {_amount(p.quantity)} x {p.capability}",
                p.status.value,
                p.party,
            )
            for p in made
        ]
    )


def timeline(
    meetings: Iterable[Meeting],
    participations: Iterable[Participation],
    documents: Iterable[Document] = (),
    pledges: Iterable[Pledge] = (),
    start: dt.date | None = None,
    end: dt.date | None = None,
    states: Collection[str] | None = None,
) -> list[TimelineEntry]:
    """Meetings in date order (then id) between `start` and `end` inclusive, with outcomes.

    `states` are the party ids that count as countries (None: every attending party does).

    Example: ``timeline(ds_meetings, ds_participations)[0].meeting.title``.
    """
    docs, made = list(documents), list(pledges)
    by_meeting: dict[str, list[Attendance]] = defaultdict(list)
    chosen = sorted(
        (
            m
            for m in meetings
            if (start is None or m.date >= start) and (end is None or m.date <= end)
        ),
        key=lambda m: (m.date, m.id),
    )
    formats = {m.id: m.format for m in chosen}
    for p in participations:
        if p.meeting in formats:
            by_meeting[p.meeting].append(
                Attendance(p.party, p.level, p.person, p.format or formats[p.meeting])
            )
    entries = []
    for m in chosen:
        attendance = sorted(by_meeting[m.id], key=lambda a: (-level_points(a.level), a.party))
        countries = sum(1 for a in attendance if states is None or a.party in states)
        entries.append(TimelineEntry(m, tuple(attendance), _outcomes(m, docs, made), countries))
    return entries
