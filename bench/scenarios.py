"""Scenario sweeps benchmark: exact Monte Carlo, naive solving, the screening bound,
criticality and the local executor's parallel efficiency.

Run from the repository root:

    python bench/scenarios.py            # 10k x 1k and 100k x 10k
    python bench/scenarios.py --quick    # 10k x 1k only

Eight conditions, three of which depend on the first (as parliaments' approvals depend on
a backstop). Naive solving (one solve per draw, no cache) is timed on a sample of draws
and extrapolated to the full run; the extrapolation is labelled as such.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from willing.scenarios.bound import screening_bound
from willing.scenarios.criticality import criticality
from willing.scenarios.engine import candidates
from willing.scenarios.executors import LocalExecutor, SerialExecutor
from willing.scenarios.montecarlo import naive_coverage, run_montecarlo
from willing.scenarios.sweep import (
    active_signatures,
    mask_for,
    signatures_of,
    solve_masks,
    unique_rows,
)
from willing.scenarios.uncertainty import UNFIXED, Uncertainty, draw, uniforms
from willing.sourcing.problem import SourcingProblem
from willing.sourcing.synthetic import generate

SIZES: dict[str, tuple[int, int]] = {"10k": (10_000, 1_000), "100k": (100_000, 10_000)}
TARGETS = {"10k": 60.0, "100k": 180.0}
DRAWS, SEED, CORES = 10_000, 0, 2
PROBABILITY = (0.45, 0.35, 0.8, 0.7, 0.75, 0.95, 0.9, 0.6)
PARENT = (-1, -1, 0, 0, 0, -1, -1, -1)
IF_PARENT_FAILED = (0.45, 0.35, 0.3, 0.25, 0.35, 0.95, 0.9, 0.6)


def uncertainty(problem: SourcingProblem) -> Uncertainty:
    """Eight drawn conditions; three depend on the first."""
    n = len(problem.conditions)
    return Uncertainty(
        problem.conditions,
        np.array(PROBABILITY[:n]),
        np.array(PARENT[:n], np.int64),
        np.array(IF_PARENT_FAILED[:n]),
        np.full(n, UNFIXED, np.int64),
    )


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - start


def efficiency(problem: SourcingProblem, unc: Uncertainty, masks: int) -> dict[str, float]:
    """The same distinct solves on one worker and on CORES local workers."""
    met = draw(unc, uniforms(DRAWS, len(unc.names), SEED))
    base = candidates(problem)
    sig = signatures_of(problem, base)
    keys = unique_rows(active_signatures(sig, met))[0][:masks]
    packed = [mask_for(problem, base, sig, k) for k in keys]
    _, one = timed(lambda: solve_masks(problem, packed, SerialExecutor()))
    _, many = timed(lambda: solve_masks(problem, packed, LocalExecutor(CORES)))
    return {"masks": len(packed), "one": one, "many": many, "efficiency": one / (CORES * many)}


def run(size: str, sample: int, masks: int) -> None:
    n_pledges, n_lines = SIZES[size]
    problem = generate(n_pledges, n_lines, seed=SEED)
    unc = uncertainty(problem)
    print(
        f"\n== {size}: {n_pledges:,} pledges x {n_lines:,} lines, {DRAWS:,} draws, "
        f"{len(unc.names)} conditions, {CORES} workers =="
    )
    print(
        f"load average before: {os.getloadavg()[0]:.2f} (other work on the machine slows "
        f"every figure)"
    )
    mc, exact = timed(lambda: run_montecarlo(problem, unc, DRAWS, SEED, LocalExecutor(CORES)))
    ok = "meets" if exact < TARGETS[size] else "MISSES"
    print(
        f"exact Monte Carlo          {exact:8.1f} s  ({mc.distinct} distinct plans solved; "
        f"target < {TARGETS[size]:.0f} s: {ok})"
    )
    stats = mc.stats()
    print(
        f"  overall coverage         mean {stats['overall']['mean']:.4f}, "
        f"p5 {stats['overall']['percentiles']['p5']:.4f}, "
        f"p95 {stats['overall']['percentiles']['p95']:.4f}"
    )

    naive_rows, naive = timed(lambda: naive_coverage(problem, mc.met[:sample]))
    assert np.array_equal(naive_rows, mc.coverage[:sample]), "naive and cached disagree"
    per_draw = naive / sample
    naive_1 = per_draw * DRAWS
    naive_2 = naive_1 / CORES
    print(
        f"naive, one solve per draw  {per_draw:8.2f} s per draw, measured on {sample} draws "
        f"(results identical to the cached run)"
    )
    print(
        f"  extrapolated to {DRAWS:,}  {naive_1:8.0f} s on 1 core, {naive_2:.0f} s on "
        f"{CORES} cores if perfectly parallel (extrapolated, not run)"
    )
    print(
        f"  speed-up of exact MC     {naive_2 / exact:8.1f}x against naive on {CORES} cores "
        f"(extrapolated); draws per distinct solve: {DRAWS / mc.distinct:.1f}"
    )
    implied = mc.distinct * per_draw / (CORES * exact)
    print(
        f"  efficiency in this run   {implied:8.2f}  (distinct solves x one solve's time, "
        f"over {CORES} x the run's time)"
    )

    times = []
    for _ in range(5):
        bound, t = timed(lambda: screening_bound(problem, mc.met))
        times.append(t)
    gap = bound - mc.coverage
    print(
        f"screening bound            {statistics.median(times):8.3f} s for {DRAWS:,} draws "
        f"(median of 5; target < 0.2 s: "
        f"{'meets' if statistics.median(times) < 0.2 else 'MISSES'})"
    )
    print(
        f"  bound - exact, overall   mean {gap[:, 0].mean():.4f}, max {gap[:, 0].max():.4f}, "
        f"min {gap[:, 0].min():.4f} (never negative: it is an upper bound)"
    )
    for j, name in enumerate(mc.names[1:], start=1):
        print(f"  bound - exact, {name:<18} mean {gap[:, j].mean():.4f}")

    met = np.ones(len(problem.conditions), bool)
    (_, losses), crit = timed(
        lambda: criticality(problem, met, LocalExecutor(CORES), top_pledges=0)
    )
    nations = [x for x in losses if x.kind == "nation"]
    ok = "meets" if crit < 60 else "MISSES"
    print(
        f"criticality                {crit:8.1f} s  ({len(nations)} nations and "
        f"{len(losses) - len(nations)} conditions, all conditions met; target < 60 s: {ok})"
    )
    top = ", ".join(f"{x.id} {100 * x.weighted_loss:.2f}%" for x in losses[:3])
    print(f"  largest weighted losses  {top}")

    eff = efficiency(problem, unc, masks)
    print(
        f"local executor efficiency  {eff['efficiency']:8.2f}  ({eff['masks']} solves: "
        f"{eff['one']:.1f} s on 1 worker, {eff['many']:.1f} s on {CORES})"
    )
    print(f"load average after: {os.getloadavg()[0]:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="Run the 10k x 1k size only.")
    args = parser.parse_args()
    print(f"scenario sweeps benchmark on {os.cpu_count()} cores (seed {SEED})")
    run("10k", sample=20, masks=24)
    if not args.quick:
        run("100k", sample=4, masks=16)


if __name__ == "__main__":
    main()
