"""Builders of hand-built diplomatic records."""

from __future__ import annotations

import datetime as dt

from willing.domain.diplomacy import Meeting, Participation, Position
from willing.domain.enums import Level, MeetingFormat, Stance


def meeting(mid: str, day: dt.date, fmt: MeetingFormat = MeetingFormat.IN_PERSON) -> Meeting:
    return Meeting(id=mid, title=f"Meeting {mid}", date=day, format=fmt)


def came(mid: str, who: str, level: Level) -> Participation:
    return Participation(id=f"{mid}-{who}", meeting=mid, party=who, level=level)


def stance(pid: str, issue: str, who: str, what: Stance, day: dt.date) -> Position:
    return Position(id=pid, issue=issue, party=who, stance=what, as_of=day)
