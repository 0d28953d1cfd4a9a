"""Reference formulations to measure the optimiser against: the naive pair model an analyst
would write (one variable per compatible pledge and line) and a greedy priority-order fill
(what a spreadsheet does). Neither is used to produce plans."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from willing.sourcing.problem import BoolArray, FloatArray, IntArray, SourcingProblem


@dataclass(frozen=True, eq=False)
class Pairs:
    """Every compatible (pledge, line) pair, with the line units one pledge unit fills."""

    pledge: IntArray
    line: IntArray
    gain: FloatArray


def compatible_pairs(problem: SourcingProblem, available: BoolArray | None = None) -> Pairs:
    """All pairs where capability (or a substitute), layer, location and readiness agree."""
    if available is None:
        available = problem.available()
    sources = [(np.arange(len(problem.capabilities)), np.arange(len(problem.capabilities)), 1.0)]
    for a, b, ratio in zip(
        problem.substitution_from.tolist(),
        problem.substitution_to.tolist(),
        problem.substitution_ratio.tolist(),
        strict=True,
    ):
        sources.append((np.array([a]), np.array([b]), 1.0 / ratio))
    pledges, lines, gains = [], [], []
    for from_caps, to_caps, gain in sources:
        for a, b in zip(from_caps.tolist(), to_caps.tolist(), strict=True):
            ps = np.flatnonzero(available & (problem.pledge_capability == a))
            rs = np.flatnonzero(problem.requirement_capability == b)
            if len(ps) == 0 or len(rs) == 0:
                continue
            layer = (
                problem.pledge_layers[ps][:, None] >> problem.requirement_layer[rs][None, :]
            ) & 1
            loc = problem.pledge_locations[ps][:, problem.requirement_location[rs]]
            deadline = problem.phase_deadline[problem.requirement_phase[rs]]
            ready = problem.pledge_readiness[ps][:, None] <= deadline[None, :]
            i, j = np.nonzero((layer == 1) & loc & ready)
            pledges.append(ps[i])
            lines.append(rs[j])
            gains.append(np.full(len(i), gain))
    if not pledges:
        return Pairs(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))
    return Pairs(
        np.concatenate(pledges).astype(np.int64),
        np.concatenate(lines).astype(np.int64),
        np.concatenate(gains),
    )


@dataclass(frozen=True, eq=False)
class GreedyPlan:
    """A greedy fill: units per line and the same objective the optimiser maximises."""

    filled: FloatArray
    used: FloatArray
    objective: float


def greedy(problem: SourcingProblem, available: BoolArray | None = None) -> GreedyPlan:
    """Fill lines in priority order (then id order), each from the cheapest, readiest
    compatible pledges first, never looking ahead; respects every per-line cap."""
    if available is None:
        available = problem.available()
    left = np.where(available, problem.pledge_units, 0).astype(np.float64)
    filled = np.zeros(problem.n_requirements)
    weight = problem.requirement_weight()
    gain_of: dict[int, list[tuple[IntArray, float]]] = {}
    for cap in range(len(problem.capabilities)):
        sources = [(cap, 1.0)] + [
            (int(a), 1.0 / float(ratio))
            for a, b, ratio in zip(
                problem.substitution_from,
                problem.substitution_to,
                problem.substitution_ratio,
                strict=True,
            )
            if int(b) == cap
        ]
        gain_of[cap] = []
        for source, gain in sources:
            ps = np.flatnonzero(available & (problem.pledge_capability == source))
            ps = ps[np.lexsort((problem.pledge_readiness[ps], problem.pledge_cost[ps]))]
            gain_of[cap].append((ps, gain))
    objective = 0.0
    order = np.lexsort((np.arange(problem.n_requirements), problem.requirement_priority))
    for r in order.tolist():
        need = float(problem.requirement_units[r])
        deadline = problem.phase_deadline[problem.requirement_phase[r]]
        cap_units = float(problem.requirement_nation_cap[r])
        given: dict[int, float] = {}
        for ps, gain in gain_of[int(problem.requirement_capability[r])]:
            fits = ps[
                (((problem.pledge_layers[ps] >> problem.requirement_layer[r]) & 1) == 1)
                & problem.pledge_locations[ps, problem.requirement_location[r]]
                & (problem.pledge_readiness[ps] <= deadline)
                & (left[ps] > 0)
            ]
            for p in fits.tolist():
                if need <= 1e-9:
                    break
                party = int(problem.pledge_party[p])
                room = cap_units - given.get(party, 0.0)
                take = np.floor(min(left[p], need / gain, room / gain) + 1e-9)
                if take <= 0:
                    continue
                left[p] -= take
                need -= take * gain
                filled[r] += take * gain
                given[party] = given.get(party, 0.0) + take * gain
                objective += weight[r] * take * gain - problem.pledge_cost[p] * take
    used = np.where(available, problem.pledge_units, 0) - left
    return GreedyPlan(filled=filled, used=used, objective=objective)
