"""How the segments of an article that name meetings join into meetings: segments with the
same day or place are one meeting, a meeting named by its place alone is the one dated
meeting there, a meeting at a venue is the one in the venue's city, and meetings on one
day at one place are one (a headline's and the body's)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from willing.ingest import rules


@dataclass
class Meeting:
    """A meeting being assembled: each field keeps the span it came from."""

    fields: dict[str, tuple[Any, int, int, float]] = field(default_factory=dict)
    triggers: list[tuple[int, int]] = field(default_factory=list)
    #: named as another meeting than the one reported ("the next summit")
    other: bool = False

    def get(self, name: str) -> Any:
        found = self.fields.get(name)
        return found[0] if found else None

    def fill(self, name: str, value: Any, start: int, end: int, confidence: float) -> None:
        if value is not None and name not in self.fields:
            self.fields[name] = (value, start, end, confidence)


def compatible(meeting: Meeting, seg: Meeting, key: str) -> bool:
    mine, theirs = meeting.get(key), seg.get(key)
    return mine is None or theirs is None or mine == theirs


def fits(meeting: Meeting, seg: Meeting) -> bool:
    return compatible(meeting, seg, "date") and compatible(meeting, seg, "place")


def absorb(target: Meeting, seg: Meeting) -> None:
    target.triggers.extend(seg.triggers)
    for name, found in seg.fields.items():
        target.fill(name, *found)


def merge(meetings: list[Meeting], seg: Meeting) -> Meeting:
    """Add a segment to the meeting it belongs to (or as a new one); that meeting.

    A segment naming another meeting ("the next summit", "pertemuan berikutnya") joins
    only one with its day or place, and no segment without them joins it. A meeting named
    with neither is joined by the next one held the same way only: "why the phone call
    was cut short" is not the summit where leaders "met in London" later on."""
    date, place = seg.get("date"), seg.get("place")
    target = None
    for meeting in meetings:
        same_date = date is not None and meeting.get("date") == date
        same_place = place is not None and meeting.get("place") == place
        if (same_date and compatible(meeting, seg, "place")) or (
            same_place and compatible(meeting, seg, "date")
        ):
            target = meeting
            break
    if target is None and not seg.other:
        empty = [
            m
            for m in meetings
            if m.get("date") is None
            and m.get("place") is None
            and not m.other
            and compatible(m, seg, "format")
        ]
        if empty:
            target = empty[0]
        elif date is None and place is None and meetings:
            target = meetings[0]
    if target is None:
        meetings.append(seg)
        return seg
    absorb(target, seg)
    return target


def undated(meetings: list[Meeting]) -> list[Meeting]:
    """A meeting named by its place alone ("after Paris meeting") is the one dated meeting
    at that place, when there is exactly one."""
    out: list[Meeting] = []
    for m in meetings:
        place = m.get("place")
        dated = [
            d
            for d in meetings
            if d is not m and d.get("date") is not None and d.get("place") == place
        ]
        if m.get("date") is None and place is not None and len(dated) == 1:
            target = dated[0]
            for name, found in m.fields.items():
                target.fill(name, *found)
            target.triggers[:0] = m.triggers  # the first naming gives the span
            continue
        out.append(m)
    return out


@cache
def _venues() -> dict[str, str]:
    return {
        str(k).casefold(): str(v).casefold()
        for k, v in (rules.load("places").get("venues") or {}).items()
    }


def same_venue(meetings: list[Meeting]) -> list[Meeting]:
    """A meeting at a venue and one in the venue's city, on no different days, are one
    meeting: the one named first keeps its place."""
    venues = _venues()
    out: list[Meeting] = []
    for m in meetings:
        place = str(m.get("place") or "").casefold()
        target = None
        for kept in out:
            other = str(kept.get("place") or "").casefold()
            if (venues.get(place) == other or venues.get(other) == place) and compatible(
                kept, m, "date"
            ):
                target = kept
                break
        if target is None:
            out.append(m)
        else:
            absorb(target, m)
    return out


def same_day_and_place(meetings: list[Meeting]) -> list[Meeting]:
    """Meetings on the same day at the same place are one (a headline's and the body's);
    someone joining from afar makes the one held in person hybrid."""
    out: list[Meeting] = []
    for m in meetings:
        day, place = m.get("date"), m.get("place")
        target = next(
            (
                k
                for k in out
                if day is not None
                and place is not None
                and k.get("date") == day
                and str(k.get("place")).casefold() == str(place).casefold()
            ),
            None,
        )
        if target is None:
            out.append(m)
            continue
        if m.get("format") == "hybrid" and target.get("format") in ("in_person", None):
            target.fields["format"] = m.fields["format"]
        absorb(target, m)
    return _placeless(out)


def _placeless(meetings: list[Meeting]) -> list[Meeting]:
    """A meeting with a day but no place is the one meeting held at a place that day
    ("today's meeting" in a live blog headed "summit in Stockholm"), unless one of them
    was held by video only."""
    if all(m.get("place") is not None or m.get("date") is None for m in meetings):
        return meetings
    out: list[Meeting] = []
    for m in meetings:
        day = m.get("date")
        placed = [
            k
            for k in meetings
            if k is not m and day is not None and k.get("date") == day and k.get("place")
        ]
        if (
            day is None
            or m.get("place") is not None
            or len(placed) != 1
            or "virtual" in (m.get("format"), placed[0].get("format"))
        ):
            out.append(m)
            continue
        target = placed[0]
        if m.get("format") == "hybrid" and target.get("format") in ("in_person", None):
            target.fields["format"] = m.fields["format"]
        absorb(target, m)
    return out
