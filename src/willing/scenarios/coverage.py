"""Roll line fills up into coverage: overall, per layer and per domain, priority-weighted."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from willing.sourcing.problem import (
    DOMAINS,
    LAYERS,
    BoolArray,
    FloatArray,
    IntArray,
    SourcingProblem,
)
from willing.sourcing.result import force_lines


@dataclass(frozen=True, eq=False)
class Frame:
    """Coverage figures of a problem, each a linear function of the units filled per line.

    Each is a share of demand met: `overall` and `layer:*` of force units, `domain:*` of
    each domain's units, and `weighted` of force units weighted by the optimiser's priority
    weights (one priority step counts ten times), so it moves when important lines do.
    """

    names: tuple[str, ...]
    #: (requirements x figures): what one unit filled on a line adds to each figure.
    matrix: FloatArray
    weight: IntArray

    def of(self, fills: FloatArray) -> FloatArray:
        """Coverage figures of one fill vector, or of every row of a (k x lines) matrix."""
        return np.asarray(fills, np.float64) @ self.matrix

    def objective(self, fills: FloatArray) -> FloatArray:
        """The priority-weighted objective of each fill vector (cost left out)."""
        return np.asarray(fills, np.float64) @ self.weight.astype(np.float64)


def frame_of(problem: SourcingProblem) -> Frame:
    """Coverage figures for `problem`, as the sourcing plan reports them.

    `overall`, `weighted` and each layer count force units only (funding lines, in
    thousands of euros, are kept apart); each domain counts its own lines in their unit.
    """
    weight = problem.requirement_weight().astype(np.int64)
    units = problem.requirement_units.astype(np.float64)
    force = force_lines(problem) & (units > 0)
    domain = problem.capability_domain[problem.requirement_capability]
    names: list[str] = []
    columns: list[FloatArray] = []

    def add(name: str, mask: BoolArray, value: FloatArray) -> None:
        total = float((value * units)[mask].sum())
        if total > 0:
            names.append(name)
            columns.append(np.where(mask, value / total, 0.0))

    ones = np.ones(problem.n_requirements)
    add("overall", force, ones)
    add("weighted", force, weight.astype(np.float64))
    for i, name in enumerate(LAYERS):
        add(f"layer:{name}", force & (problem.requirement_layer == i), ones)
    for i, name in enumerate(DOMAINS):
        add(f"domain:{name}", domain == i, ones)
    matrix = np.stack(columns, axis=1) if columns else np.zeros((problem.n_requirements, 0))
    return Frame(tuple(names), matrix, weight)
