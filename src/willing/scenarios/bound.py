"""A vectorised upper bound on coverage for screening many draws; a bound, not a plan.

It keeps only supply. For each capability, the units available in a draw fill that
capability's lines in the order of what a unit is worth to the figure; the same is done
within each layer, each phase (with the pledges ready for it) and each layer and phase,
and the smallest result is kept. Every one of these ignores location caveats and nation
caps, and counts a pledge that may serve several parts in each of them, so the exact
coverage is never higher.
"""

from __future__ import annotations

import numpy as np

from willing.scenarios.coverage import frame_of
from willing.scenarios.engine import candidates
from willing.scenarios.sweep import active_signatures, signatures_of, unique_rows
from willing.sourcing.problem import LAYERS, BoolArray, FloatArray, IntArray, SourcingProblem


def best_fill(value: FloatArray, units: FloatArray, supply: FloatArray) -> FloatArray:
    """Most `supply` units can be worth on lines of `units` each worth `value` per unit."""
    order = np.argsort(-value, kind="stable")
    cum_units = np.concatenate([[0.0], np.cumsum(units[order])])
    cum_value = np.concatenate([[0.0], np.cumsum(units[order] * value[order])])
    return np.asarray(np.interp(supply, cum_units, cum_value), np.float64)


def partitions(problem: SourcingProblem) -> list[tuple[IntArray, BoolArray]]:
    """Ways to cut lines into parts: (part of each line, pledges x parts it may serve)."""
    n_layer, n_phase = len(LAYERS), len(problem.phases)
    layer_ok = ((problem.pledge_layers[:, None].astype(np.int64) >> np.arange(n_layer)) & 1) > 0
    first = np.searchsorted(problem.phase_deadline, problem.pledge_readiness, side="left")
    phase_ok = first[:, None] <= np.arange(n_phase)[None, :]
    line_layer = problem.requirement_layer.astype(np.int64)
    line_phase = problem.requirement_phase.astype(np.int64)
    both = (layer_ok[:, :, None] & phase_ok[:, None, :]).reshape(problem.n_pledges, -1)
    return [
        (np.zeros(problem.n_requirements, np.int64), np.ones((problem.n_pledges, 1), bool)),
        (line_layer, layer_ok),
        (line_phase, phase_ok),
        (line_layer * n_phase + line_phase, both),
    ]


def part_supply(
    problem: SourcingProblem,
    keys: BoolArray,
    of_pledge: IntArray,
    units: FloatArray,
    serves: BoolArray,
) -> FloatArray:
    """(keys x capabilities x parts) units available, substitutes counted for both."""
    n_sig, n_cap, n_part = keys.shape[1], len(problem.capabilities), serves.shape[1]
    cell = of_pledge * n_cap + problem.pledge_capability
    keep = units > 0
    by_sig = np.stack(
        [
            np.bincount(
                cell[keep], weights=units[keep] * serves[keep, part], minlength=n_sig * n_cap
            )
            for part in range(n_part)
        ],
        axis=1,
    ).reshape(n_sig, n_cap, n_part)
    supply: FloatArray = np.einsum("ks,scp->kcp", keys.astype(np.float64), by_sig)
    for a, b, ratio in zip(
        problem.substitution_from.tolist(),
        problem.substitution_to.tolist(),
        problem.substitution_ratio.tolist(),
        strict=True,
    ):
        # a substitute's units also count for its own capability: the bound only loosens
        supply[:, b] += supply[:, a] / ratio
    return supply


def screening_bound(problem: SourcingProblem, met: BoolArray) -> FloatArray:
    """(draws x figures) upper bounds on coverage, figures as in `frame_of(problem).names`."""
    frame = frame_of(problem)
    met = np.atleast_2d(np.asarray(met, np.bool_))
    # a pledge not ready by the last deadline serves nowhere
    ready = problem.pledge_readiness <= problem.phase_deadline.max(initial=0)
    base = candidates(problem) & ready
    signatures = signatures_of(problem, base)
    keys, inverse = unique_rows(active_signatures(signatures, met))
    units = np.where(base, problem.pledge_units, 0).astype(np.float64)
    demand = problem.requirement_units.astype(np.float64)
    cuts = [
        (part_of, part_supply(problem, keys, signatures.of_pledge, units, serves))
        for part_of, serves in partitions(problem)
    ]
    out = np.zeros((len(keys), len(frame.names)))
    by_cap = np.argsort(problem.requirement_capability, kind="stable")
    starts = np.searchsorted(
        problem.requirement_capability[by_cap], np.arange(len(problem.capabilities) + 1)
    )
    for c in range(len(problem.capabilities)):
        rows = by_cap[starts[c] : starts[c + 1]]
        for j in range(len(frame.names)):
            value = frame.matrix[rows, j]
            lines = rows[value > 0]
            if not len(lines):
                continue
            worth, need = frame.matrix[lines, j], demand[lines]
            best = np.full(len(keys), np.inf)
            for part_of, supply in cuts:
                parts = part_of[lines]
                total = np.zeros(len(keys))
                for part in np.unique(parts).tolist():
                    mine = parts == part
                    total += best_fill(worth[mine], need[mine], supply[:, c, part])
                best = np.minimum(best, total)
            out[:, j] += best
    return np.minimum(out, 1.0)[inverse.reshape(-1)]
