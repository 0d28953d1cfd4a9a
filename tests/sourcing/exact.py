"""An exact reference for small sourcing problems: every way of sending whole pledge units
to each place is enumerated, and each place's flow is solved in whole numbers.

Independent of the optimiser: it reads the raw arrays, builds its own per-place graph
(pledge -> (nation, line) -> line -> sink) and never calls HiGHS. Exact because

- a plan is fixed, up to the flows inside each place, by the whole pledge units each
  pledge sends to each place (capability, layer, location) it may serve;
- given those, each place is an independent transport problem whose supplies (units
  times the substitution gain), demands and nation caps are whole numbers once measured
  in 1/q of a line unit (q clears the gains' denominators), so a whole-number flow solved
  by min-cost flow in integers is optimal;
- cost and the whole-force cap depend only on the units each pledge sends in total, so
  the best coverage for every total is built place by place over the box of totals
  (a max-plus convolution) and the lexicographic optimum read off it.

Coverage is counted with weights 10 ** (5 - priority) per line unit, so it is returned as
an exact Fraction; cost is the tie-breaking cost per pledge unit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

import numpy as np
from ortools.graph.python import min_cost_flow

from willing.sourcing.problem import SourcingProblem

#: Coverage of a combination that cannot be routed whole (below every real coverage).
IMPOSSIBLE = -(1 << 60)
#: Largest box of per-pledge totals the reference enumerates.
MAX_STATES = 200_000


@dataclass(frozen=True)
class Exact:
    """The lexicographic optimum: most coverage, then least cost at that coverage."""

    coverage: Fraction
    cost: int


def gains(problem: SourcingProblem) -> dict[tuple[int, int], Fraction]:
    """(from, to) capability -> line units one pledge unit fills, from the raw arrays."""
    out = {(c, c): Fraction(1) for c in range(len(problem.capabilities))}
    for a, b, ratio in zip(
        problem.substitution_from.tolist(),
        problem.substitution_to.tolist(),
        problem.substitution_ratio.tolist(),
        strict=True,
    ):
        if a != b:
            gain = 1 / Fraction(ratio)
            out[a, b] = max(out.get((a, b), Fraction(0)), gain)
    return out


def states(problem: SourcingProblem) -> int:
    """Size of the box of per-pledge totals the reference would enumerate."""
    units = problem.pledge_units[problem.available()]
    return int(np.prod(units.astype(np.int64) + 1)) if len(units) else 1


@dataclass(frozen=True)
class _Place:
    capability: int
    layer: int
    location: int
    lines: list[int]
    pledges: list[int]  # indices into the available pledges


def _places(problem: SourcingProblem, pledges: np.ndarray, gain: dict) -> list[_Place]:
    p = problem
    keys = sorted(
        {
            (
                int(p.requirement_capability[r]),
                int(p.requirement_layer[r]),
                int(p.requirement_location[r]),
            )
            for r in range(p.n_requirements)
            if p.requirement_units[r] > 0
        }
    )
    out = []
    for cap, layer, loc in keys:
        lines = [
            r
            for r in range(p.n_requirements)
            if p.requirement_units[r] > 0
            and (
                int(p.requirement_capability[r]),
                int(p.requirement_layer[r]),
                int(p.requirement_location[r]),
            )
            == (cap, layer, loc)
        ]
        latest = max(int(p.phase_deadline[p.requirement_phase[r]]) for r in lines)
        members = [
            j
            for j, i in enumerate(pledges.tolist())
            if (int(p.pledge_capability[i]), cap) in gain
            and (int(p.pledge_layers[i]) >> layer) & 1
            and p.pledge_locations[i, loc]
            and p.pledge_readiness[i] <= latest
        ]
        if members:
            out.append(_Place(cap, layer, loc, lines, members))
    return out


def _place_coverage(
    problem: SourcingProblem,
    place: _Place,
    pledges: np.ndarray,
    gain: dict,
    q: int,
    weight: np.ndarray,
) -> np.ndarray:
    """Coverage (x q, in weight units) for every vector of units the place's pledges send,
    IMPOSSIBLE where the units cannot all be placed; shaped by the members' boxes."""
    p = problem
    members = [int(pledges[j]) for j in place.pledges]
    parties = sorted({int(p.pledge_party[i]) for i in members})
    n_m, n_l = len(members), len(place.lines)
    cell = {
        (n, r): n_m + k for k, (n, r) in enumerate((n, r) for n in parties for r in place.lines)
    }
    line_node = {r: n_m + len(cell) + k for k, r in enumerate(place.lines)}
    sink = n_m + len(cell) + n_l
    tails, heads, caps, costs = [], [], [], []
    big = 1 << 40
    for k, i in enumerate(members):
        for r in place.lines:
            if p.pledge_readiness[i] <= p.phase_deadline[p.requirement_phase[r]]:
                tails.append(k)
                heads.append(cell[int(p.pledge_party[i]), r])
                caps.append(big)
                costs.append(0)
    for (_, r), node in cell.items():
        tails.append(node)
        heads.append(line_node[r])
        caps.append(int(p.requirement_nation_cap[r]) * q)
        costs.append(0)
    for r, node in line_node.items():
        tails.append(node)
        heads.append(sink)
        caps.append(int(p.requirement_units[r]) * q)
        costs.append(-int(weight[r]))
    step = [int(gain[int(p.pledge_capability[i]), place.capability] * q) for i in members]
    units = [int(p.pledge_units[i]) for i in members]
    out = np.full([u + 1 for u in units], IMPOSSIBLE, np.int64)
    solver = min_cost_flow.SimpleMinCostFlow()
    solver.add_arcs_with_capacity_and_unit_cost(
        np.array(tails), np.array(heads), np.array(caps), np.array(costs)
    )
    for z in np.ndindex(*out.shape):
        supply = [zi * s for zi, s in zip(z, step, strict=True)]
        for k, s in enumerate(supply):
            solver.set_node_supply(k, s)
        solver.set_node_supply(sink, -sum(supply))
        if solver.solve() == solver.OPTIMAL:
            out[z] = -solver.optimal_cost()
    return out


def exact_optimum(problem: SourcingProblem) -> Exact:
    """Most priority-weighted coverage, then least cost, over every plan of `problem`."""
    p = problem
    pledges = np.flatnonzero(p.available())
    gain = gains(p)
    q = math.lcm(*(g.denominator for g in gain.values()))
    weight = 10 ** (5 - p.requirement_priority.astype(np.int64))
    units = [int(p.pledge_units[i]) for i in pledges.tolist()]
    if int(np.prod(np.array(units, np.int64) + 1)) > MAX_STATES:
        raise ValueError("instance too large for the exact reference")
    shape = [u + 1 for u in units]
    best = np.full(shape, IMPOSSIBLE, np.int64)
    best[(0,) * len(shape)] = 0
    for place in _places(p, pledges, gain):
        cover = _place_coverage(p, place, pledges, gain, q, weight)
        new = np.full(shape, IMPOSSIBLE, np.int64)
        for z in np.ndindex(*cover.shape):
            value = int(cover[z])
            if value == IMPOSSIBLE:
                continue
            full = [0] * len(shape)
            for j, zj in zip(place.pledges, z, strict=True):
                full[j] = zj
            src = tuple(slice(0, s - f) for s, f in zip(shape, full, strict=True))
            dst = tuple(slice(f, s) for s, f in zip(shape, full, strict=True))
            shifted = np.where(best[src] == IMPOSSIBLE, IMPOSSIBLE, best[src] + value)
            new[dst] = np.maximum(new[dst], shifted)
        best = new
    grid = np.indices(shape).reshape(len(shape), -1) if shape else np.zeros((0, 1), np.int64)
    cover = best.reshape(-1)
    cost = p.pledge_cost[pledges].astype(np.int64) @ grid
    ok = cover > IMPOSSIBLE
    if p.force_share_cap is not None and len(shape):
        m = p.capability_force_weight[p.pledge_capability[pledges]].astype(np.float64)
        weighted = m[:, None] * grid
        total = weighted.sum(axis=0)
        for n in np.unique(p.pledge_party[pledges]).tolist():
            own = weighted[p.pledge_party[pledges] == n].sum(axis=0)
            ok &= own <= p.force_share_cap * total + 1e-9
    top = int(cover[ok].max())
    least = int(cost[ok & (cover == top)].min())
    return Exact(Fraction(top, q), least)
