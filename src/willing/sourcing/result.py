"""A solved plan: allocation lines, coverage tables, nation contributions, proof of quality."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from willing.sourcing.problem import (
    DOMAINS,
    LAYERS,
    BoolArray,
    FloatArray,
    IntArray,
    SourcingProblem,
)

Dimension = Literal["layer", "domain", "location", "phase", "capability", "priority"]
DIMENSIONS: tuple[Dimension, ...] = (
    "layer",
    "domain",
    "location",
    "phase",
    "capability",
    "priority",
)


@dataclass(frozen=True)
class CoverageRow:
    """Demand and filled units of one category (a layer, a domain, ...)."""

    name: str
    demand: float
    filled: float

    @property
    def share(self) -> float:
        """Filled fraction of the demand (1.0 when nothing is demanded)."""
        return self.filled / self.demand if self.demand else 1.0


@dataclass(frozen=True)
class Contribution:
    """What one nation gives to the plan."""

    party: str
    units: float
    lines: int
    offered: float


def categories(problem: SourcingProblem, by: Dimension) -> tuple[IntArray, tuple[str, ...]]:
    """Category index of every requirement line for `by`, and the category names."""
    if by == "layer":
        return problem.requirement_layer.astype(np.int64), LAYERS
    if by == "domain":
        return problem.capability_domain[problem.requirement_capability].astype(np.int64), DOMAINS
    if by == "location":
        return problem.requirement_location.astype(np.int64), problem.locations
    if by == "phase":
        return problem.requirement_phase.astype(np.int64), problem.phases
    if by == "capability":
        return problem.requirement_capability.astype(np.int64), problem.capabilities
    return problem.requirement_priority.astype(np.int64) - 1, tuple(str(p) for p in range(1, 6))


def force_lines(problem: SourcingProblem) -> BoolArray:
    """Lines counted in force units; funding lines (thousands of EUR) are kept apart."""
    funding = DOMAINS.index("funding")
    domain = problem.capability_domain[problem.requirement_capability]
    return np.asarray(domain != funding, dtype=np.bool_)


def coverage_table(
    problem: SourcingProblem, filled: FloatArray, by: Dimension, lines: BoolArray | None = None
) -> list[CoverageRow]:
    """Coverage of each category that has demand, in category order, over `lines` (all
    lines when None).

    Tables by domain and capability hold every line, each in its own unit; the others count
    force units only, since adding euros to battalions means nothing.
    """
    index, names = categories(problem, by)
    keep = (
        np.ones(problem.n_requirements, np.bool_)
        if by in ("domain", "capability")
        else force_lines(problem)
    )
    if lines is not None:
        keep = keep & np.asarray(lines, np.bool_)
    demand = np.bincount(index[keep], weights=problem.requirement_units[keep], minlength=len(names))
    got = np.bincount(index[keep], weights=filled[keep], minlength=len(names))
    return [
        CoverageRow(names[i], float(demand[i]), float(got[i]))
        for i in range(len(names))
        if demand[i] > 0
    ]


@dataclass(frozen=True, eq=False)
class SourcingResult:
    """The optimal plan for one scenario, with its objective and the bound it is proven against."""

    problem: SourcingProblem
    met: BoolArray
    available: BoolArray
    #: Allocation lines: pledge index, requirement index, units (pool units of the pledge).
    pledge: IntArray
    requirement: IntArray
    units: FloatArray
    #: Units filled on each line (in the line's capability) and used from each pledge.
    filled: FloatArray
    used: FloatArray
    #: Priority-weighted coverage minus tie-breaking cost: the maximised objective.
    objective: float
    #: Proven upper bound on the objective (equal to it for the network solve).
    bound: float
    #: Priority-weighted coverage alone, and the tie-breaking cost alone.
    value: float
    cost: float
    method: str
    status: str
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def gap(self) -> float:
        """Relative distance between objective and bound (0 when proven optimal)."""
        return (self.bound - self.objective) / max(abs(self.bound), 1.0)

    @property
    def demand(self) -> float:
        """Force units demanded (funding lines apart)."""
        return float(self.problem.requirement_units[force_lines(self.problem)].sum())

    @property
    def coverage(self) -> float:
        """Filled share of the force units demanded (funding lines apart)."""
        filled = float(self.filled[force_lines(self.problem)].sum())
        return filled / self.demand if self.demand else 1.0

    def coverage_by(self, by: Dimension, lines: BoolArray | None = None) -> list[CoverageRow]:
        """Coverage per layer, domain, location, phase, capability or priority (over `lines`)."""
        return coverage_table(self.problem, self.filled, by, lines)

    def missing(self) -> FloatArray:
        """Units still missing on each line."""
        return np.maximum(self.problem.requirement_units - self.filled, 0.0)

    def contributions(self) -> list[Contribution]:
        """Units each nation gives and how many lines it serves, largest first."""
        p = self.problem
        n = len(p.parties)
        units = np.bincount(p.pledge_party[self.pledge], weights=self.units, minlength=n)
        pairs = np.unique(
            p.pledge_party[self.pledge].astype(np.int64) * max(p.n_requirements, 1)
            + self.requirement
        )
        lines = np.bincount(pairs // max(p.n_requirements, 1), minlength=n)
        offered = np.bincount(p.pledge_party, weights=p.pledge_units, minlength=n)
        order = np.argsort(-units, kind="stable")
        return [
            Contribution(p.parties[i], float(units[i]), int(lines[i]), float(offered[i]))
            for i in order
            if offered[i] > 0
        ]

    def nation_units(self) -> FloatArray:
        """(lines x nations): units each nation gives to each line."""
        p = self.problem
        table = np.zeros((p.n_requirements, len(p.parties)))
        np.add.at(table, (self.requirement, p.pledge_party[self.pledge]), self.units)
        return table
