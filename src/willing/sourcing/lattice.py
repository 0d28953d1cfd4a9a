"""Whole numbers after a substitution: flows measured in 1/q of a line unit.

A substitution at ratio a/b (in lowest terms) turns one pledge unit into b/a line units.
With q the least common multiple of every numerator a, each entry's gain times q is a
whole number, so once the whole pledge units entering each place are fixed, everything
after the entries is a network whose supplies, capacities and nation caps are whole
numbers of 1/q line units: its best flow is whole in those units, and min-cost flow finds
it exactly (`route`). Coverage at such a flow is a multiple of the greatest common divisor
g of the lines' weights, so any two plans' coverages differ by 0 or at least g/q: the
MILP can prove coverage to the last unit, and write "coverage at least the best" with
whole coefficients and a whole right-hand side, which no tolerance decides.
"""

from __future__ import annotations

import math

import numpy as np
from ortools.graph.python import min_cost_flow

from willing.domain.forces import MAX_RATIO_TERM, ratio_fraction
from willing.sourcing.network import SINK, Arc, Network
from willing.sourcing.problem import FloatArray, IntArray, SourcingProblem

#: The least common multiple of the ratios' numerators is at most this.
MAX_LATTICE = 10_000
#: Whole numbers up to 2^53 are exact in double precision, which HiGHS computes in.
EXACT = 2**53


def check_solvable(problem: SourcingProblem) -> None:
    """Raise ValueError when the plan's numbers are too large to be counted exactly: the
    priority-weighted demand or the supply (in 1/q line units) above 2^53, where double
    precision, which HiGHS computes in, stops holding every whole number (and int64
    costs of the min-cost flow are close). Never solve, and never call optimal, a
    problem that cannot be solved as stated."""
    q = problem_lattice(problem)
    weight = problem.requirement_weight().astype(np.float64)
    demand = float(weight @ problem.requirement_units.astype(np.float64)) * q
    gain = max(1.0, 1.0 / float(problem.substitution_ratio.min(initial=1.0)))
    supply = float(problem.pledge_units.astype(np.float64).sum()) * q * gain
    if demand >= EXACT or supply >= EXACT:
        raise ValueError(
            f"the plan is too large to solve exactly: its priority-weighted demand "
            f"({demand:.3g}) or its supply ({supply:.3g} units) reaches 2^53; split the "
            "force plan or count funding in larger units"
        )


#: Arcs after the entries: their flows are in line units (1/q line units in the MILP).
AFTER_ENTRY = (Arc.CHAIN, Arc.FEED, Arc.POOL, Arc.DIRECT, Arc.SHARE, Arc.DEMAND)


class RatioError(ValueError):
    """A substitution ratio the solver cannot count in whole units."""


def lattice(ratios: FloatArray | list[float]) -> int:
    """q: the least common multiple of the numerators of every ratio (1 without ratios).

    Raises RatioError for a ratio that is no fraction of small whole numbers, or ratios
    whose numerators have too large a common multiple.
    """
    q = 1
    for ratio in np.asarray(ratios, np.float64).tolist():
        fraction = ratio_fraction(ratio)
        if fraction is None:
            raise RatioError(
                f"substitution ratio {ratio!r} is no fraction a/b of whole numbers up to "
                f"{MAX_RATIO_TERM}: the solver counts substitutes in whole units"
            )
        q = math.lcm(q, fraction.numerator)
    if q > MAX_LATTICE:
        raise RatioError(
            f"the substitution ratios' numerators have a least common multiple of {q}, more "
            f"than {MAX_LATTICE}: use ratios with fewer distinct numerators (3/2, 2, 5/2, ...)"
        )
    return q


def problem_lattice(problem: SourcingProblem) -> int:
    """q for a problem's substitution ratios."""
    return lattice(problem.substitution_ratio)


def scaled_gain(network: Network, q: int) -> IntArray:
    """Each arc's gain in whole 1/q line units: q / ratio on an entry (q for a capability's
    own units), 1 elsewhere."""
    gain = np.ones(network.n_arcs, np.int64)
    entries = network.kind == Arc.ENTRY
    exact = q * network.gain[entries]
    whole = np.round(exact)
    if np.any(np.abs(exact - whole) > 1e-6):
        raise RatioError("a substitution gain is not whole in 1/q line units")
    gain[entries] = whole.astype(np.int64)
    return gain


def after_entry(network: Network) -> np.ndarray:
    """True for arcs whose flows are counted in line units (after an entry's gain)."""
    return np.isin(network.kind, [int(k) for k in AFTER_ENTRY])


def scaled_capacity(network: Network, q: int) -> IntArray:
    """Capacities with those after the entries in 1/q line units."""
    return np.where(after_entry(network), network.capacity * q, network.capacity).astype(np.int64)


def coverage_step(network: Network) -> int:
    """g: the greatest common divisor of the weights on the arcs into the sink (a plan's
    coverage in 1/q line units is a multiple of it)."""
    sink = (network.kind == Arc.POOL) | (network.kind == Arc.DEMAND)
    weights = np.abs(network.cost[sink]).astype(np.int64)
    weights = weights[weights > 0]
    return int(np.gcd.reduce(weights)) if len(weights) else 1


def whole_pledges(network: Network, entry_units: IntArray) -> IntArray:
    """Units taken from each pledge arc so that each group gives what its entries take,
    cheapest pledges first (pledges of one group differ only in cost and id)."""
    kind = network.kind
    entries = np.flatnonzero(kind == Arc.ENTRY)
    pledges = np.flatnonzero(kind == Arc.PLEDGE)
    out = np.zeros(network.n_arcs, np.int64)
    if len(pledges) == 0:
        return out
    group_of = network.head[pledges]
    nodes, inverse = np.unique(
        np.concatenate([group_of, network.tail[entries]]), return_inverse=True
    )
    inverse = inverse.reshape(-1)
    demand = np.bincount(
        inverse[len(pledges) :], weights=entry_units[entries], minlength=len(nodes)
    ).astype(np.int64)
    group = inverse[: len(pledges)]
    order = np.lexsort((network.ref[pledges], network.cost[pledges], group))
    units = network.capacity[pledges][order].astype(np.int64)
    g = group[order]
    before = np.cumsum(units) - units
    first = np.searchsorted(g, g)  # start of each group's run
    before = before - before[first]
    take = np.clip(demand[g] - before, 0, units)
    out[pledges[order]] = take
    return out


class RouteError(RuntimeError):
    """The places could not take the whole units entering them (never expected)."""


def route(network: Network, q: int, entry_units: IntArray) -> IntArray:
    """The best flow after the entries, in whole 1/q line units, for whole pledge units
    entering each place (`entry_units`, by arc): the most priority-weighted coverage, by
    min-cost flow in integers. Flows on other arcs are left 0."""
    after = np.flatnonzero(after_entry(network))
    flow = np.zeros(network.n_arcs, np.int64)
    entries = np.flatnonzero(network.kind == Arc.ENTRY)
    gain = scaled_gain(network, q)
    supply_at = network.head[entries]
    supply = entry_units[entries].astype(np.int64) * gain[entries]
    total = int(supply.sum())
    if total == 0 or len(after) == 0:
        return flow
    nodes, local = np.unique(
        np.concatenate([[SINK], network.tail[after], network.head[after], supply_at]),
        return_inverse=True,
    )
    local = local.reshape(-1)
    n = len(after)
    sink = int(local[0])
    tails, heads = local[1 : 1 + n], local[1 + n : 1 + 2 * n]
    where = local[1 + 2 * n :]
    solver = min_cost_flow.SimpleMinCostFlow()
    solver.add_arcs_with_capacity_and_unit_cost(
        tails, heads, network.capacity[after] * q, network.cost[after]
    )
    node_supply = np.bincount(where, weights=supply, minlength=len(nodes)).astype(np.int64)
    node_supply[sink] -= total
    solver.set_nodes_supplies(np.arange(len(nodes)), node_supply)
    status = solver.solve()
    if status != solver.OPTIMAL:
        raise RouteError(f"min-cost flow after the entries ended with status {status}")
    flow[after] = solver.flows(np.arange(n))
    return flow
