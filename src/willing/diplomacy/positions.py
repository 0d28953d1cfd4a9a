"""Positions over time and the alignment matrix of parties on the open issues.

Stances sit on an ordered scale ``support > conditional > neutral > oppose``. The agreement
of two stances depends on how many steps apart they are: 0 steps = 1, 1 step = 0.5,
2 steps = 0.25, 3 steps (support vs oppose) = 0. The alignment of two parties is the mean
agreement over the issues both hold a position on as of the date; with no shared issue it is
undefined (None), never 0.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from willing.domain.diplomacy import Position
from willing.domain.enums import Stance

STANCE_ORDER: tuple[Stance, ...] = (
    Stance.SUPPORT,
    Stance.CONDITIONAL,
    Stance.NEUTRAL,
    Stance.OPPOSE,
)
AGREEMENT_BY_STEPS: tuple[float, ...] = (1.0, 0.5, 0.25, 0.0)


def agreement(a: Stance, b: Stance) -> float:
    """Agreement of two stances in [0, 1], by their distance on the stance scale."""
    return AGREEMENT_BY_STEPS[abs(STANCE_ORDER.index(a) - STANCE_ORDER.index(b))]


def positions_as_of(
    positions: Iterable[Position], at: dt.date | None = None
) -> dict[tuple[str, str], Position]:
    """The latest position of each (issue, party) stated on or before `at` (None: all dates).

    Ties on the same day go to the greater id, so the answer does not depend on input order.
    """
    latest: dict[tuple[str, str], Position] = {}
    for p in positions:
        if at is not None and p.as_of > at:
            continue
        key = (p.issue, p.party)
        held = latest.get(key)
        if held is None or (p.as_of, p.id) > (held.as_of, held.id):
            latest[key] = p
    return latest


def history(positions: Iterable[Position], issue: str) -> dict[str, list[Position]]:
    """Each party's positions on `issue`, oldest first."""
    out: dict[str, list[Position]] = {}
    for p in sorted(positions, key=lambda p: (p.as_of, p.id)):
        if p.issue == issue:
            out.setdefault(p.party, []).append(p)
    return out


@dataclass(frozen=True)
class Cell:
    """Alignment of two parties: mean agreement and the issues it rests on."""

    score: float | None
    issues: tuple[str, ...]


@dataclass(frozen=True)
class AlignmentMatrix:
    """Party x party alignment as of a date."""

    at: dt.date | None
    parties: tuple[str, ...]
    issues: tuple[str, ...]
    cells: dict[tuple[str, str], Cell]
    positions: int = 0  # positions held as of `at` by the matrix's parties
    notional: int = 0  # of which notional (planning assumptions, not reported facts)

    @property
    def notional_share(self) -> float | None:
        """Share of the positions the matrix rests on that are notional; None without any."""
        return self.notional / self.positions if self.positions else None

    def shared(self, a: str, b: str) -> int:
        """Number of issues the alignment of `a` and `b` rests on."""
        return len(self.cells[(a, b)].issues)

    def score(self, a: str, b: str) -> float | None:
        """Alignment of `a` and `b`, None when they share no issue."""
        return self.cells[(a, b)].score

    def mean(self, group: Sequence[str] | None = None) -> float | None:
        """Mean alignment over the defined pairs of `group` (default: every party)."""
        members = [p for p in (group or self.parties) if p in self.parties]
        scores = [
            s for a, b in combinations(members, 2) if (s := self.cells[(a, b)].score) is not None
        ]
        return sum(scores) / len(scores) if scores else None

    def between(self, group_a: Sequence[str], group_b: Sequence[str]) -> float | None:
        """Mean alignment over the defined pairs of one party from each group (never a self-pair).

        Example: ``m.between(["USA"], ["FRA", "DEU", "GBR"])`` for Washington and Europe.
        """
        scores = [
            s
            for a in group_a
            for b in group_b
            if a != b
            and a in self.parties
            and b in self.parties
            and (s := self.cells[(a, b)].score) is not None
        ]
        return sum(scores) / len(scores) if scores else None


def alignment(
    positions: Iterable[Position],
    at: dt.date | None = None,
    parties: Sequence[str] | None = None,
) -> AlignmentMatrix:
    """The alignment matrix as of `at` over `parties` (default: every party with a position).

    Example: ``alignment(ps, dt.date(2026, 1, 6)).score("FRA", "USA")``.
    """
    held = positions_as_of(positions, at)
    stances: dict[str, dict[str, Stance]] = {}
    for (issue, party), pos in held.items():
        stances.setdefault(party, {})[issue] = pos.stance
    chosen = tuple(parties) if parties is not None else tuple(sorted(stances))
    cells: dict[tuple[str, str], Cell] = {}
    for a in chosen:
        for b in chosen:
            sa, sb = stances.get(a, {}), stances.get(b, {})
            shared = tuple(sorted(set(sa) & set(sb)))
            score = sum(agreement(sa[i], sb[i]) for i in shared) / len(shared) if shared else None
            cells[(a, b)] = Cell(score, shared)
    issues = tuple(sorted({issue for issue, _ in held}))
    members = set(chosen)
    used = [pos for (_, party), pos in held.items() if party in members]
    notional = sum(1 for pos in used if pos.notional)
    return AlignmentMatrix(at, chosen, issues, cells, len(used), notional)


@dataclass(frozen=True)
class AlignmentChange:
    """Two matrices over the same parties and the change of every pair defined at both."""

    before: AlignmentMatrix
    after: AlignmentMatrix

    def delta(self, a: str, b: str) -> float | None:
        """Alignment after minus before; None unless both are defined."""
        x, y = self.before.score(a, b), self.after.score(a, b)
        return None if x is None or y is None else y - x

    def moves(self) -> list[tuple[str, str, float]]:
        """Pairs whose alignment changed, largest change first."""
        out = [
            (a, b, d)
            for a, b in combinations(self.after.parties, 2)
            if (d := self.delta(a, b)) is not None and abs(d) > 1e-12
        ]
        return sorted(out, key=lambda t: (-abs(t[2]), t[0], t[1]))


def compare(
    positions: Iterable[Position],
    before: dt.date,
    after: dt.date,
    parties: Sequence[str] | None = None,
) -> AlignmentChange:
    """Alignment at `before` and at `after` over the same parties (the union of both)."""
    items = list(positions)
    if parties is None:
        seen = positions_as_of(items, before) | positions_as_of(items, after)
        parties = sorted({party for _, party in seen})
    return AlignmentChange(alignment(items, before, parties), alignment(items, after, parties))
