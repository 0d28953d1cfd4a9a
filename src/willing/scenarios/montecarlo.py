"""Monte Carlo over uncertain conditions: each distinct set of available pledges solved once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from willing.scenarios.coverage import frame_of
from willing.scenarios.engine import candidates, solve_available
from willing.scenarios.executors import Executor
from willing.scenarios.sweep import (
    Cache,
    Progress,
    active_signatures,
    mask_for,
    signatures_of,
    solve_masks,
    unique_rows,
)
from willing.scenarios.uncertainty import Uncertainty, draw, uniforms
from willing.sourcing.problem import BoolArray, FloatArray, SourcingProblem

PERCENTILES = (5, 25, 50, 75, 95)
THRESHOLDS = (0.5, 0.75, 0.9)
BINS = 10


@dataclass(frozen=True, eq=False)
class MonteCarlo:
    """Coverage of every draw, per figure (overall, layers, domains)."""

    seed: int
    names: tuple[str, ...]
    #: (draws x figures) coverage shares in 0..1.
    coverage: FloatArray
    #: (draws x conditions) which conditions each draw met.
    met: BoolArray
    conditions: tuple[str, ...]
    #: Distinct sets of available pledges, i.e. solves needed.
    distinct: int

    @property
    def draws(self) -> int:
        return len(self.coverage)

    def stats(self, thresholds: tuple[float, ...] = THRESHOLDS) -> dict[str, dict[str, Any]]:
        """Mean, standard deviation, percentiles and P(coverage >= t) of each figure."""
        out: dict[str, dict[str, Any]] = {}
        for j, name in enumerate(self.names):
            column = self.coverage[:, j]
            pct = np.percentile(column, PERCENTILES) if len(column) else np.zeros(len(PERCENTILES))
            out[name] = {
                "mean": float(column.mean()) if len(column) else 0.0,
                "std": float(column.std()) if len(column) else 0.0,
                "percentiles": {f"p{q}": float(v) for q, v in zip(PERCENTILES, pct, strict=True)},
                "p_reach": {f"{t:g}": float((column >= t - 1e-12).mean()) for t in thresholds},
                # draws per tenth of coverage (the last bin holds 1.0), for charts
                "histogram": np.histogram(column, bins=BINS, range=(0.0, 1.0))[0].tolist(),
            }
        return out

    def summary(self, thresholds: tuple[float, ...] = THRESHOLDS) -> dict[str, Any]:
        """A JSON-ready summary: sizes, how often each condition was met, and the stats."""
        return {
            "draws": self.draws,
            "seed": self.seed,
            "distinct_solves": self.distinct,
            "condition_met_rate": {
                c: float(self.met[:, i].mean()) if self.draws else 0.0
                for i, c in enumerate(self.conditions)
            },
            "coverage": self.stats(thresholds),
        }


def run_montecarlo(
    problem: SourcingProblem,
    uncertainty: Uncertainty,
    draws: int,
    seed: int = 0,
    executor: Executor | None = None,
    cache: Cache | None = None,
    progress: Progress | None = None,
    u: FloatArray | None = None,
) -> MonteCarlo:
    """Draw conditions `draws` times and solve each distinct set of available pledges once."""
    met = draw(uncertainty, uniforms(draws, len(uncertainty.names), seed) if u is None else u)
    base = candidates(problem)
    signatures = signatures_of(problem, base)
    active = active_signatures(signatures, met)
    keys, inverse = unique_rows(active)
    masks = [mask_for(problem, base, signatures, key) for key in keys]
    solved = solve_masks(problem, masks, executor, cache, progress)
    frame = frame_of(problem)
    if solved:
        # one row at a time, exactly as a single solve is rolled up, so results match bit for bit
        per_key = np.stack([frame.of(s.fills) for s in solved])
    else:
        per_key = np.zeros((0, len(frame.names)))
    coverage = per_key[inverse.reshape(-1)] if draws else np.zeros((0, len(frame.names)))
    return MonteCarlo(seed, frame.names, coverage, met, uncertainty.names, len(set(masks)))


def naive_coverage(problem: SourcingProblem, met: BoolArray) -> FloatArray:
    """Coverage of each draw solved on its own, with no cache: the reference for checks."""
    frame = frame_of(problem)
    rows = [frame.of(solve_available(problem, problem.available(m)).fills) for m in met]
    return np.stack(rows) if rows else np.zeros((0, len(frame.names)))
