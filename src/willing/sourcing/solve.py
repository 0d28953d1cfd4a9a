"""The sourcing pipeline: create the network, solve it, assign the solution, summarise.

`solve` returns a full plan; `solve_coverage` is the cheap path for Monte Carlo and
criticality, which only need coverage totals and the objective for a mask of pledges.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Literal

import numpy as np

from willing.sourcing.decompose import allocate
from willing.sourcing.flow import solve_network
from willing.sourcing.lattice import check_solvable, problem_lattice
from willing.sourcing.milp import solve_milp
from willing.sourcing.network import Arc, Network, define_network
from willing.sourcing.problem import (
    DOMAINS,
    LAYERS,
    BoolArray,
    FloatArray,
    SourcingProblem,
    weighted_count,
)
from willing.sourcing.result import SourcingResult

Method = Literal["auto", "flow", "milp"]


def scenario_mask(
    problem: SourcingProblem, met: BoolArray | None, available: BoolArray | None
) -> tuple[BoolArray, BoolArray]:
    """Met conditions and the pledges that may serve under them (and under `available`)."""
    met = problem.met if met is None else np.asarray(met, dtype=np.bool_)
    mask = problem.available(met)
    if available is not None:
        mask = mask & np.asarray(available, dtype=np.bool_)
    return met, mask


def needs_milp(problem: SourcingProblem, network: Network) -> bool:
    """True when a side constraint or a gain breaks the pure network structure."""
    return problem.force_share_cap is not None or bool(np.any(network.gain != 1.0))


def solve_flows(
    problem: SourcingProblem,
    network: Network,
    method: Method = "auto",
    workers: int | None = None,
    time_limit: float = 60.0,
) -> tuple[FloatArray, float, float, str, str]:
    """Arc flows, minimised cost, proven lower bound on it, method and status."""
    milp = needs_milp(problem, network)
    if method == "flow" and milp:
        raise ValueError("the whole-force share cap or a substitution ratio needs the MILP")
    if problem.force_share_cap is not None or method == "milp":
        solution = solve_milp(problem, network, time_limit=time_limit)
        return solution.flow, solution.cost, solution.bound, "milp (HiGHS)", solution.status
    if milp:
        # only the components holding an arc with a gain need the MILP; the rest are
        # networks and go to the min-cost-flow solver
        gained = np.unique(network.component[network.gain != 1.0])
        solution = solve_milp(problem, network, time_limit=time_limit, components=gained)
        rest = ~np.isin(network.component, gained)
        flow = solution.flow
        cost = solution.cost
        if rest.any():
            whole = solve_network(network, workers=workers, skip=gained)
            flow = flow + whole.astype(np.float64)
            cost += float(network.cost[rest].astype(np.int64) @ whole[rest])
        bound = cost - (solution.cost - solution.bound)
        method_name = "milp (HiGHS) + min-cost flow (OR-Tools)" if rest.any() else "milp (HiGHS)"
        return flow, cost, bound, method_name, solution.status
    whole = solve_network(network, workers=workers)
    cost = float(network.cost.astype(np.int64) @ whole)
    return whole.astype(np.float64), cost, cost, "min-cost flow (OR-Tools)", "Optimal"


def line_filled(problem: SourcingProblem, network: Network, flow: FloatArray) -> FloatArray:
    """Units filled on each requirement line, read off its arc into the sink."""
    sink_arcs = np.flatnonzero((network.kind == Arc.POOL) | (network.kind == Arc.DEMAND))
    return weighted_count(network.ref[sink_arcs], flow[sink_arcs], problem.n_requirements)


def pledge_use(problem: SourcingProblem, network: Network, flow: FloatArray) -> FloatArray:
    """Units taken from each pledge, read off its arc out of the source (whole numbers)."""
    arcs = np.flatnonzero(network.kind == Arc.PLEDGE)
    return weighted_count(network.ref[arcs], np.round(flow[arcs]), problem.n_pledges)


def solve(
    problem: SourcingProblem,
    *,
    met: BoolArray | None = None,
    available: BoolArray | None = None,
    method: Method = "auto",
    workers: int | None = None,
    time_limit: float = 60.0,
) -> SourcingResult:
    """Optimal sourcing plan for the scenario `met` (default: the problem's own).

    Example:
        >>> from willing.sourcing.synthetic import generate
        >>> result = solve(generate(200, 20, seed=1))
        >>> result.objective == result.bound
        True
    """
    check_solvable(problem)
    timings: dict[str, float] = {}
    start = time.perf_counter()
    met, mask = scenario_mask(problem, met, available)
    network = define_network(problem, mask)
    timings["build"] = time.perf_counter() - start
    start = time.perf_counter()
    flow, cost, bound, used_method, status = solve_flows(
        problem, network, method, workers, time_limit
    )
    timings["solve"] = time.perf_counter() - start
    start = time.perf_counter()
    q = problem_lattice(problem) if needs_milp(problem, network) else 1
    pledge, requirement, units = allocate(network, flow, q)
    filled = line_filled(problem, network, flow)
    used = pledge_use(problem, network, flow)
    value = float(problem.requirement_weight() @ filled)
    tie = float(problem.pledge_cost @ used)
    timings["assign"] = time.perf_counter() - start
    return SourcingResult(
        problem=problem,
        met=met,
        available=mask,
        pledge=pledge,
        requirement=requirement,
        units=units,
        filled=filled,
        used=used,
        objective=0.0 - cost,
        bound=0.0 - bound,
        value=value,
        cost=tie,
        method=used_method,
        status=status,
        timings=timings,
    )


@dataclass(frozen=True, eq=False)
class Coverage:
    """Coverage totals of one solve, for sweeps that need no allocation lines."""

    objective: float
    bound: float
    filled: FloatArray  # per requirement line
    by_layer: FloatArray  # filled units per LAYERS entry
    by_domain: FloatArray  # filled units per DOMAINS entry

    @property
    def total(self) -> float:
        return float(self.filled.sum())


def solve_coverage(
    problem: SourcingProblem,
    available: BoolArray | None = None,
    met: BoolArray | None = None,
    workers: int | None = 1,
) -> Coverage:
    """Coverage and objective when only the pledges in `available` (and whose conditions are
    `met`) can serve; skips turning flows into allocation lines. One worker by default so
    that callers can run many of these in parallel themselves."""
    check_solvable(problem)
    _, mask = scenario_mask(problem, met, available)
    network = define_network(problem, mask)
    flow, cost, bound, _, _ = solve_flows(problem, network, "auto", workers)
    filled = line_filled(problem, network, flow)
    domain = problem.capability_domain[problem.requirement_capability]
    return Coverage(
        objective=0.0 - cost,
        bound=0.0 - bound,
        filled=filled,
        by_layer=weighted_count(problem.requirement_layer, filled, len(LAYERS)),
        by_domain=weighted_count(domain, filled, len(DOMAINS)),
    )
