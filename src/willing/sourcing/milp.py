"""The same compressed graph as a MILP for HiGHS: needed for the whole-force share cap
(one row per nation breaks the network structure) and for substitutions at a ratio other
than one (arcs with gains).

Flows after the entries are counted in 1/q line units (`lattice.py`), so every column of
the model has whole-number coefficients; coverage is proven to its smallest step and the
cost stage keeps "coverage at least the best" as a row of whole numbers. Every plan a
stage returns is made whole before it is used: the whole pledge units entering each place
are kept, pledges are taken cheapest first within their group, and the flows into the
lines are solved again by min-cost flow in integers (`lattice.route`).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from dataclasses import replace as dc_replace
from fractions import Fraction

import highspy
import numpy as np
import scipy.sparse as sp

from willing.sourcing.lattice import (
    after_entry,
    coverage_step,
    problem_lattice,
    route,
    scaled_capacity,
    scaled_gain,
    whole_pledges,
)
from willing.sourcing.network import SINK, SOURCE, Arc, Network
from willing.sourcing.problem import BoolArray, FloatArray, IntArray, SourcingProblem
from willing.sourcing.quiet import native_stdout_silenced

#: No relative gap: on objectives near 1e13 a relative gap of 1e-6 would let whole
#: priority-1 units go unfilled. Absolute gaps are set per stage below.
MIP_REL_GAP = 0.0
#: The coverage stage stops once its gap is below this share of one coverage step g:
#: the plan it returns then reaches the best coverage once its flows are made whole.
STEP_SHARE = 0.4
#: Tie-breaking costs are whole numbers on whole pledge units, so a gap below one proves
#: the cheapest plan.
COST_GAP = 0.5


@dataclass(frozen=True, eq=False)
class MilpSolution:
    """Arc flows (pledge units up to the entries, line units after) and the proven bound
    (both as minimised costs)."""

    flow: FloatArray
    cost: float
    bound: float
    status: str


def force_rows(problem: SourcingProblem, network: Network) -> tuple[sp.csr_matrix, int]:
    """Rows `units of nation n - cap * units of all <= 0` over pledge arcs, plus a total column."""
    assert problem.force_share_cap is not None
    pledges = np.flatnonzero(network.kind == Arc.PLEDGE)
    pledge = network.ref[pledges]
    weight = problem.capability_force_weight[problem.pledge_capability[pledge]]
    n_parties = len(problem.parties)
    n_cols = network.n_arcs + 1
    total_col = network.n_arcs
    rows = np.concatenate([problem.pledge_party[pledge], np.arange(n_parties)])
    cols = np.concatenate([pledges, np.full(n_parties, total_col)])
    vals = np.concatenate([weight, np.full(n_parties, -problem.force_share_cap)])
    share = sp.csr_matrix((vals, (rows, cols)), shape=(n_parties, n_cols))
    total = sp.csr_matrix(
        (
            np.concatenate([weight, [-1.0]]),
            (np.zeros(len(pledges) + 1, np.int64), np.concatenate([pledges, [total_col]])),
        ),
        shape=(1, n_cols),
    )
    return sp.vstack([share, total]).tocsr(), n_parties


def solve_milp(
    problem: SourcingProblem,
    network: Network,
    time_limit: float = 60.0,
    components: IntArray | None = None,
) -> MilpSolution:
    """Minimise the same arc costs as the flow solver, with every side constraint.

    With `components`, only those components' arcs are solved (flows elsewhere are 0);
    the whole-force share cap couples every component, so it needs them all.
    """
    if components is not None and problem.force_share_cap is None:
        return _solve_part(problem, network, time_limit, components)
    return _solve(problem, network, time_limit)


def _solve_part(
    problem: SourcingProblem, network: Network, time_limit: float, components: IntArray
) -> MilpSolution:
    """The MILP on the arcs of some components, as a smaller network of their own."""
    keep = np.isin(network.component, components)
    arcs = np.flatnonzero(keep)
    supply = int(network.capacity[arcs][network.kind[arcs] == Arc.BYPASS].sum())
    part = dc_replace(
        network,
        tail=network.tail[arcs],
        head=network.head[arcs],
        capacity=network.capacity[arcs],
        cost=network.cost[arcs],
        gain=network.gain[arcs],
        kind=network.kind[arcs],
        ref=network.ref[arcs],
        component=network.component[arcs],
        supply=supply,
    )
    solution = _solve(problem, part, time_limit)
    flow = np.zeros(network.n_arcs)
    flow[arcs] = solution.flow
    return MilpSolution(flow, solution.cost, solution.bound, solution.status)


def _model(problem: SourcingProblem, network: Network, q: int) -> tuple[highspy.HighsLp, BoolArray]:
    """Conservation rows (and the share rows) over the arc columns, with no objective yet,
    flows after the entries in 1/q line units; returns the model and its integer columns."""
    n = network.n_arcs
    gain = scaled_gain(network, q).astype(np.float64)
    # conservation at every node but the sink: out - gain * in = supply
    rows = np.concatenate([network.tail, network.head])
    cols = np.concatenate([np.arange(n), np.arange(n)])
    vals = np.concatenate([np.ones(n), -gain])
    keep = rows != SINK
    extra = 1 if problem.force_share_cap is not None else 0
    a = sp.csr_matrix((vals[keep], (rows[keep], cols[keep])), shape=(network.n_nodes, n + extra))
    rhs = np.zeros(network.n_nodes)
    rhs[SOURCE] = network.supply
    lower, upper = rhs.copy(), rhs.copy()
    lower[SINK], upper[SINK] = -highspy.kHighsInf, highspy.kHighsInf
    if problem.force_share_cap is not None:
        side, n_parties = force_rows(problem, network)
        a = sp.vstack([a, side]).tocsr()
        lower = np.concatenate([lower, np.full(n_parties, -highspy.kHighsInf), [0.0]])
        upper = np.concatenate([upper, np.zeros(n_parties), [0.0]])
    matrix = a.tocsc()
    lp = highspy.HighsLp()
    lp.num_col_ = n + extra
    lp.num_row_ = matrix.shape[0]
    lp.col_cost_ = np.zeros(n + extra)
    lp.col_lower_ = np.zeros(n + extra)
    lp.col_upper_ = np.concatenate(
        [scaled_capacity(network, q).astype(np.float64), np.full(extra, highspy.kHighsInf)]
    )
    lp.row_lower_ = lower
    lp.row_upper_ = upper
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_ = matrix.indptr
    lp.a_matrix_.index_ = matrix.indices
    lp.a_matrix_.value_ = matrix.data
    # every flow is a whole number of pledge units or 1/q line units: a plan's best flow is
    # whole once its units into each place are (see lattice.py), so no plan is lost, and
    # the cost stage's coverage row is one of whole numbers (see _least_cost)
    integer = np.ones(n + extra, bool)
    integer[n:] = False
    lp.integrality_ = [
        highspy.HighsVarType.kInteger if i else highspy.HighsVarType.kContinuous
        for i in integer.tolist()
    ]
    return lp, integer


@dataclass(frozen=True, eq=False)
class _Stage:
    """One HiGHS run: its column values (None when it found no plan), dual bound, status."""

    values: FloatArray | None
    bound: float
    status: str


def _run(h: highspy.Highs, n: int, gap: float, seconds: float) -> _Stage:
    h.setOptionValue("mip_abs_gap", gap)
    h.setOptionValue("time_limit", max(seconds, 0.01))
    with native_stdout_silenced():
        h.run()
    status = h.modelStatusToString(h.getModelStatus())
    info = h.getInfo()
    values = np.asarray(h.getSolution().col_value, np.float64)
    if info.primal_solution_status == 0 or len(values) < n:
        return _Stage(None, -np.inf, status)
    bound = float(info.mip_dual_bound)
    return _Stage(values, bound if np.isfinite(bound) else -np.inf, status)


@dataclass(frozen=True, eq=False)
class _Whole:
    """A plan in whole numbers: units on every arc (pledge units up to the entries, 1/q
    line units after), its coverage (weights x 1/q line units) and tie-breaking cost."""

    units: IntArray
    coverage: int
    tie: int


def _whole(network: Network, q: int, values: FloatArray) -> _Whole:
    """The whole-number plan that keeps a stage's whole pledge units into each place: its
    pledges taken cheapest first, its flows into the lines routed for the most coverage."""
    entries = network.kind == Arc.ENTRY
    entry_units = np.where(entries, np.round(values[: network.n_arcs]), 0).astype(np.int64)
    units = entry_units + whole_pledges(network, entry_units)
    units += route(network, q, entry_units)
    pledges = network.kind == Arc.PLEDGE
    bypass = np.flatnonzero(network.kind == Arc.BYPASS)
    sent = np.bincount(
        network.component[pledges], weights=units[pledges], minlength=network.n_components
    ).astype(np.int64)
    units[bypass] = network.capacity[bypass] - sent[network.ref[bypass]]
    lines = (network.kind == Arc.POOL) | (network.kind == Arc.DEMAND)
    coverage = -int(network.cost[lines].astype(np.int64) @ units[lines])
    tie = int(network.cost[pledges].astype(np.int64) @ units[pledges])
    return _Whole(units, coverage, tie)


def _start(problem: SourcingProblem, network: Network, plan: _Whole) -> list[float]:
    """A plan as a start for HiGHS: every column, the force-cap total included."""
    values: list[float] = [float(v) for v in plan.units.tolist()]
    if problem.force_share_cap is not None:
        pledges = network.kind == Arc.PLEDGE
        weight = problem.capability_force_weight[problem.pledge_capability[network.ref[pledges]]]
        values.append(float(weight @ plan.units[pledges]))
    return values


def _empty(network: Network, q: int, status: str) -> MilpSolution:
    """No feasible point found in time: the empty plan (every unit bypassed), bounded by
    every line filled whole."""
    flow = np.where(network.kind == Arc.BYPASS, network.capacity, 0).astype(np.float64)
    lines = (network.kind == Arc.POOL) | (network.kind == Arc.DEMAND)
    most = int(-network.cost[lines].astype(np.int64) @ network.capacity[lines].astype(np.int64))
    return MilpSolution(flow, 0.0, float(-most), f"{status}, no plan found")


def _solve(problem: SourcingProblem, network: Network, time_limit: float) -> MilpSolution:
    """Coverage first, then cost, as two HiGHS runs on one model.

    A single weighted objective is not enough here: after a gain a line may need a
    fraction of a unit, so a sliver of coverage can cost a whole pledge unit, and under
    the whole-force cap dropping one unit can free room for cheaper swaps. So the first
    run maximises coverage alone; the second adds the row "coverage at least the best"
    (in whole numbers, see lattice.py) and minimises the tie-breaking cost from the
    first run's plan made whole.
    """
    deadline = time.perf_counter() + time_limit
    n = network.n_arcs
    q = problem_lattice(problem)
    step = coverage_step(network)
    lp, _ = _model(problem, network, q)
    lines = (network.kind == Arc.POOL) | (network.kind == Arc.DEMAND)
    pledges = network.kind == Arc.PLEDGE
    cover_cost = np.where(lines, network.cost, 0).astype(np.float64)
    tie_cost = np.where(pledges, network.cost, 0).astype(np.float64)
    extra = lp.num_col_ - n
    lp.col_cost_ = np.concatenate([cover_cost, np.zeros(extra)])
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("mip_rel_gap", MIP_REL_GAP)
    h.passModel(lp)
    first = _run(h, n, STEP_SHARE * step, time_limit)
    if first.values is None:
        return _empty(network, q, first.status)
    best = _whole(network, q, first.values)
    # coverage is a multiple of the step: a dual bound less than a step above the plan's
    # proves it; when the run stopped on time the bound is rounded down to a step
    most = int(-cover_cost[lines] @ network.capacity[lines].astype(np.float64)) * q
    ceiling = most if not np.isfinite(first.bound) else -first.bound
    cover_bound = max(best.coverage, math.floor(ceiling / step + 1e-6) * step)
    status, tie_bound = first.status, best.tie
    if best.tie > 0:
        second = _least_cost(h, cover_cost, tie_cost, best, problem, network, step, deadline)
        better = None if second.values is None else _whole(network, q, second.values)
        if better is not None and (
            better.coverage > best.coverage
            or (better.coverage == best.coverage and better.tie <= best.tie)
        ):
            best = better
            proven = math.ceil(second.bound - 1e-6) if np.isfinite(second.bound) else 0
            tie_bound = min(best.tie, max(proven, 0))
            if second.status != "Optimal":
                status = f"{status}; cost stage: {second.status}"
        else:
            tie_bound = 0  # the cheapest plan at this coverage is unproven
            status = f"{status}; cost stage: {second.status}, no cheaper plan found"
    cover_bound = max(cover_bound, best.coverage)
    flow = np.where(after_entry(network), best.units / q, best.units).astype(np.float64)
    cost = float(best.tie - Fraction(best.coverage, q))
    bound = float(tie_bound - Fraction(cover_bound, q))
    return MilpSolution(flow=flow, cost=cost, bound=min(bound, cost), status=status)


def _least_cost(
    h: highspy.Highs,
    cover_cost: FloatArray,
    tie_cost: FloatArray,
    start: _Whole,
    problem: SourcingProblem,
    network: Network,
    step: int,
    deadline: float,
) -> _Stage:
    """The second run: keep coverage at least the start's, minimise the tie-breaking cost,
    starting from the first run's plan made whole.

    Every column is a whole number and every weight a multiple of the step, so the row
    is written divided by the step: whole coefficients and a whole right-hand side,
    which no tolerance can make cut off a plan that meets it (see lattice.py)."""
    n = len(cover_cost)
    columns = np.flatnonzero(cover_cost)
    weights = np.round(-cover_cost[columns] / step)
    h.addRow(start.coverage // step, highspy.kHighsInf, len(columns), columns, weights)
    h.changeColsCost(n, np.arange(n), tie_cost)
    solution = highspy.HighsSolution()
    solution.col_value = _start(problem, network, start)
    solution.value_valid = True
    h.setSolution(solution)
    return _run(h, n, COST_GAP, deadline - time.perf_counter())
