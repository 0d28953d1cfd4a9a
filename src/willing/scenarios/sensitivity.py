"""Sensitivity: how coverage responds to one condition's probability."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from willing.domain.errors import WillingError
from willing.scenarios.executors import Executor
from willing.scenarios.montecarlo import THRESHOLDS, run_montecarlo
from willing.scenarios.sweep import Cache, Progress
from willing.scenarios.uncertainty import Uncertainty, uniforms
from willing.sourcing.problem import SourcingProblem

GRID = tuple(round(0.1 * i, 1) for i in range(11))


@dataclass(frozen=True)
class Point:
    """Coverage statistics at one probability of the condition."""

    probability: float
    mean: dict[str, float]
    p_reach: dict[str, float]

    def as_dict(self) -> dict[str, Any]:
        return {"probability": self.probability, "mean": self.mean, "p_reach": self.p_reach}


def sensitivity(
    problem: SourcingProblem,
    uncertainty: Uncertainty,
    condition: str,
    draws: int,
    seed: int = 0,
    grid: tuple[float, ...] = GRID,
    executor: Executor | None = None,
    thresholds: tuple[float, ...] = THRESHOLDS,
    progress: Progress | None = None,
) -> list[Point]:
    """Mean coverage and P(overall >= t) at each probability in `grid`.

    Every point reuses the same random numbers (common random numbers), so the curve moves
    only because the probability does, and one cache serves the whole sweep.
    """
    if condition not in uncertainty.names:
        raise WillingError(f"unknown condition '{condition}'")
    index = uncertainty.names.index(condition)
    u = uniforms(draws, len(uncertainty.names), seed)
    cache = Cache()
    points = []
    for p in grid:
        mc = run_montecarlo(
            problem,
            uncertainty.with_probability(index, p),
            draws,
            seed,
            executor,
            cache,
            progress,
            u=u,
        )
        stats = mc.stats(thresholds)
        overall = mc.coverage[:, 0] if mc.names and mc.names[0] == "overall" else np.zeros(0)
        points.append(
            Point(
                probability=float(p),
                mean={name: s["mean"] for name, s in stats.items()},
                p_reach={
                    f"{t:g}": float((overall >= t - 1e-12).mean()) if len(overall) else 0.0
                    for t in thresholds
                },
            )
        )
    return points
