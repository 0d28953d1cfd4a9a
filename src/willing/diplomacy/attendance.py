"""Attendance analytics: how often and at what level each party came, and who drifts away.

Engagement of a party at a meeting is the points of its level divided by the points of the
highest level present at that meeting (so an adviser at an advisers' meeting scores 1), and
0 when it did not attend a *plenary* meeting: one attended by more than `plenary` (by
default a majority) of the largest recorded attendance. Missing a small-format meeting (a
few leaders, a preparatory group) is not held against a party, which may not have been
invited. Counting from its first attendance, each party thus has a list of meetings that
count; the drift score compares the mean engagement over the last `window` of them with the
mean over the earlier ones: ``drift = before - recent``, in [-1, 1]; positive means the party
is drifting away. A party with at most `window` counted meetings has no period before the
window; its latest meeting is then compared with the mean of its earlier ones (so a party
seen twice, as minister then as official, still shows its drop). With a single counted
meeting there is nothing to compare and the score is undefined.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from willing.diplomacy.meetings import TimelineEntry, level_points
from willing.domain.enums import Level

DEFAULT_WINDOW = 3
DEFAULT_DRIFT_THRESHOLD = 0.25
DEFAULT_PLENARY = 0.5


@dataclass(frozen=True)
class PartyAttendance:
    """One party's attendance record over a timeline and its drift score."""

    party: str
    attended: int
    meetings_since_first: int
    levels: dict[Level, int] = field(default_factory=dict)
    recent_engagement: float | None = None
    before_engagement: float | None = None
    recent_attended: int = 0
    recent_meetings: int = 0
    latest_only: bool = False  # at most `window` counted meetings: latest vs earlier ones

    @property
    def drift(self) -> float | None:
        """Mean engagement before the window minus within it; None without both periods."""
        if self.recent_engagement is None or self.before_engagement is None:
            return None
        return self.before_engagement - self.recent_engagement

    def drifting(self, threshold: float = DEFAULT_DRIFT_THRESHOLD) -> bool:
        """True when the drift score reaches `threshold`."""
        return self.drift is not None and self.drift >= threshold - 1e-12


def engagement(entry: TimelineEntry, party: str) -> float:
    """A party's engagement at one meeting: its level's points over the top level's, else 0."""
    level = entry.level_of(party)
    if level is None:
        return 0.0
    top = max(level_points(a.level) for a in entry.attendance)
    return level_points(level) / top


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def plenaries(entries: Sequence[TimelineEntry], plenary: float = DEFAULT_PLENARY) -> list[bool]:
    """For each meeting, whether absence from it counts: attendance > `plenary` of the largest."""
    largest = max((e.recorded_parties for e in entries), default=0)
    return [largest > 0 and e.recorded_parties > plenary * largest + 1e-9 for e in entries]


def attendance(
    entries: Sequence[TimelineEntry],
    window: int = DEFAULT_WINDOW,
    plenary: float = DEFAULT_PLENARY,
) -> list[PartyAttendance]:
    """Per-party attendance over `entries` (in timeline order), most attended first.

    Example: ``[a.party for a in attendance(timeline(...)) if a.drifting()]``.
    """
    if window < 1:
        raise ValueError("window must be at least 1")
    parties = sorted({a.party for e in entries for a in e.attendance})
    counts = plenaries(entries, plenary)
    rows = []
    for party in parties:
        first = next(i for i, e in enumerate(entries) if e.level_of(party) is not None)
        scores = [
            engagement(e, party)
            for i, e in enumerate(entries)
            if i >= first and (counts[i] or e.level_of(party) is not None)
        ]
        levels = Counter(level for e in entries if (level := e.level_of(party)) is not None)
        latest_only = 1 < len(scores) <= window
        cut = 1 if latest_only else window
        before, recent = scores[:-cut], scores[-cut:]
        rows.append(
            PartyAttendance(
                party=party,
                attended=sum(levels.values()),
                meetings_since_first=len(scores),
                levels={lvl: levels[lvl] for lvl in Level if levels[lvl]},
                recent_engagement=_mean(recent),
                before_engagement=_mean(before),
                recent_attended=sum(1 for s in recent if s > 0),
                recent_meetings=len(recent),
                latest_only=latest_only,
            )
        )
    rows.sort(key=lambda r: (-r.attended, r.party))
    return rows
