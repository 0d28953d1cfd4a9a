"""The same compressed graph as a MILP for HiGHS: needed for the whole-force share cap
(one row per nation breaks the network structure) and for substitutions at a ratio other
than one (arcs with gains)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from dataclasses import replace as dc_replace

import highspy
import numpy as np
import scipy.sparse as sp

from willing.sourcing.network import SINK, SOURCE, Arc, Network
from willing.sourcing.problem import BoolArray, FloatArray, IntArray, SourcingProblem
from willing.sourcing.quiet import native_stdout_silenced

#: No relative gap: on objectives near 1e13 a relative gap of 1e-6 would let whole
#: priority-1 units go unfilled. Absolute gaps are set per stage below.
MIP_REL_GAP = 0.0
#: Coverage is proven to within this share of one unit at the lowest priority weight.
COVERAGE_GAP = 1e-4
#: Tie-breaking costs are whole numbers on whole pledge units, so a gap below one proves the
#: cheapest plan.
COST_GAP = 0.5
#: The final LP over the continuous flows takes well under a second at 10k x 1k; it also
#: stops at the solve's deadline.
POLISH_SECONDS = 60.0


def coverage_gap(problem: SourcingProblem) -> float:
    """Absolute gap of the coverage stage: a small share of one lowest-priority unit.

    With gains, flows after a substitution are continuous, so coverage has no smallest
    step; a ten-thousandth of a unit at the lowest priority is below anything a planner
    could field."""
    weights = problem.requirement_weight()
    lowest = float(weights.min()) if len(weights) else 1.0
    return COVERAGE_GAP * lowest


@dataclass(frozen=True, eq=False)
class MilpSolution:
    """Arc flows and the proven bound (both as minimised costs)."""

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


def _model(problem: SourcingProblem, network: Network) -> tuple[highspy.HighsLp, BoolArray]:
    """Conservation rows (and the share rows) over the arc columns, with no objective yet;
    returns the model and which columns are integer."""
    n = network.n_arcs
    gain = network.gain
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
        [network.capacity.astype(np.float64), np.full(extra, highspy.kHighsInf)]
    )
    lp.row_lower_ = lower
    lp.row_upper_ = upper
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_ = matrix.indptr
    lp.a_matrix_.index_ = matrix.indices
    lp.a_matrix_.value_ = matrix.data
    integer = np.ones(n + extra, bool)
    if np.any(gain != 1.0):
        # after a gain, flows are in the substituted capability's units and may be fractional
        integer[:n] = (network.kind == Arc.PLEDGE) | (network.kind == Arc.ENTRY)
    integer[n:] = False
    lp.integrality_ = [
        highspy.HighsVarType.kInteger if i else highspy.HighsVarType.kContinuous
        for i in integer.tolist()
    ]
    return lp, integer


@dataclass(frozen=True, eq=False)
class _Stage:
    """One HiGHS run: its flows (None when it found no plan), dual bound and status."""

    flow: FloatArray | None
    bound: float
    status: str


def _run(h: highspy.Highs, n: int, integer: BoolArray, gap: float, seconds: float) -> _Stage:
    h.setOptionValue("mip_abs_gap", gap)
    h.setOptionValue("time_limit", max(seconds, 0.01))
    with native_stdout_silenced():
        h.run()
    status = h.modelStatusToString(h.getModelStatus())
    info = h.getInfo()
    values = np.asarray(h.getSolution().col_value, np.float64)
    if info.primal_solution_status == 0 or len(values) < n:
        return _Stage(None, -np.inf, status)
    flow = np.where(integer[:n], np.round(values[:n]), values[:n])
    bound = float(info.mip_dual_bound) if integer.any() else float(info.objective_function_value)
    return _Stage(flow, bound if np.isfinite(bound) else -np.inf, status)


def _solve(problem: SourcingProblem, network: Network, time_limit: float) -> MilpSolution:
    """Coverage first, then cost, as two HiGHS runs on one model.

    A single weighted objective is not enough here: after a gain a line may need a
    fraction of a unit, so a sliver of coverage can cost a whole pledge unit, and under
    the whole-force cap dropping one unit can free room for cheaper swaps. So the first
    run maximises coverage alone; the second adds the row "coverage at least that" and
    minimises the tie-breaking cost from that plan. A last LP cleans the continuous flows.
    """
    deadline = time.perf_counter() + time_limit
    n = network.n_arcs
    lp, integer = _model(problem, network)
    pledge = network.kind == Arc.PLEDGE
    cover_cost = np.where(pledge, 0, network.cost).astype(np.float64)
    tie_cost = np.where(pledge, network.cost, 0).astype(np.float64)
    extra = lp.num_col_ - n
    lp.col_cost_ = np.concatenate([cover_cost, np.zeros(extra)])
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("mip_rel_gap", MIP_REL_GAP)
    h.passModel(lp)
    slack = coverage_gap(problem)
    first = _run(h, n, integer, slack, time_limit)
    if first.flow is None:
        # no feasible point found in time: report the empty plan (every unit bypassed)
        flow = np.where(network.kind == Arc.BYPASS, network.capacity, 0).astype(np.float64)
        cost = float(network.cost @ flow)
        lowest = float(network.cost[network.cost < 0] @ network.capacity[network.cost < 0])
        return MilpSolution(flow, cost, min(lowest, cost), f"{first.status}, no plan found")
    flow, status = first.flow, first.status
    best = float(cover_cost @ flow)
    # stopped on time with no finite dual bound: every coverage arc at its capacity bounds it
    trivial = float(cover_cost[cover_cost < 0] @ network.capacity[cover_cost < 0])
    cover_bound = min(first.bound if np.isfinite(first.bound) else trivial, best)
    tie_bound = float(tie_cost @ flow)
    if tie_bound > 0:
        second = _least_cost(h, integer, (cover_cost, tie_cost), best + slack, deadline)
        if second.flow is None and time.perf_counter() < deadline:
            # the first run's plan is feasible here, so "infeasible" is presolve's numerics
            # on the coverage row (seen on small instances); solve again without presolve
            h.setOptionValue("presolve", "off")
            second = _run(h, n, integer, COST_GAP, deadline - time.perf_counter())
        if second.flow is not None and cover_cost @ second.flow <= best + 2 * slack:
            flow, tie_bound = second.flow, max(second.bound, 0.0)
            if second.status != "Optimal":
                status = f"{status}; cost stage: {second.status}"
        else:
            tie_bound = 0.0  # the cheapest plan at this coverage is unproven
            status = f"{status}; cost stage: {second.status}, no cheaper plan found"
    if not integer[:n].all():
        flow = _polish(h, flow, integer, cover_cost, deadline)
    cost = float(network.cost @ flow)
    return MilpSolution(
        flow=flow, cost=cost, bound=min(cover_bound + tie_bound, cost), status=status
    )


def _polish(
    h: highspy.Highs, flow: FloatArray, integer: BoolArray, cover_cost: FloatArray, deadline: float
) -> FloatArray:
    """Flows after a gain carry the MILP's tolerance (1.999999 units). With the whole
    pledge units fixed, the rest is an LP whose simplex vertex is exact; its coverage is at
    least the plan's, and the tie-breaking cost, all on fixed columns, does not change."""
    n = len(flow)
    fixed = np.flatnonzero(integer[:n])
    h.changeColsBounds(len(fixed), fixed, flow[fixed], flow[fixed])
    h.changeColsIntegrality(
        len(fixed), fixed, np.full(len(fixed), highspy.HighsVarType.kContinuous)
    )
    h.changeColsCost(n, np.arange(n), cover_cost)
    h.setOptionValue("time_limit", max(min(POLISH_SECONDS, deadline - time.perf_counter()), 0.01))
    with native_stdout_silenced():
        h.run()
    values = np.asarray(h.getSolution().col_value, np.float64)
    if h.getInfo().primal_solution_status == 0 or len(values) < n:
        return flow
    polished = values[:n].copy()
    polished[fixed] = flow[fixed]
    before, after = float(cover_cost @ flow), float(cover_cost @ polished)
    if after > before + 1e-9 * max(1.0, abs(before)):
        return flow
    return polished


def _least_cost(
    h: highspy.Highs,
    integer: BoolArray,
    costs: tuple[FloatArray, FloatArray],
    ceiling: float,
    deadline: float,
) -> _Stage:
    """The second run: keep coverage (as a minimised cost) at most `ceiling`, minimise
    the tie-breaking cost, starting from the first run's plan (still in the model)."""
    cover_cost, tie_cost = costs
    n = len(cover_cost)
    columns = np.flatnonzero(cover_cost)
    h.addRow(-highspy.kHighsInf, ceiling, len(columns), columns, cover_cost[columns])
    every = np.arange(n)
    start = highspy.HighsSolution()
    start.col_value = list(h.getSolution().col_value)
    start.value_valid = True
    h.changeColsCost(n, every, tie_cost)
    h.setSolution(start)
    return _run(h, n, integer, COST_GAP, deadline - time.perf_counter())
