"""The same compressed graph as a MILP for HiGHS: needed for the whole-force share cap
(one row per nation breaks the network structure) and for substitutions at a ratio other
than one (arcs with gains)."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import replace as dc_replace

import highspy
import numpy as np
import scipy.sparse as sp

from willing.sourcing.network import SINK, SOURCE, Arc, Network
from willing.sourcing.problem import FloatArray, IntArray, SourcingProblem

#: No relative gap: on objectives near 1e13 a relative gap of 1e-6 would let whole
#: priority-1 units go unfilled. The absolute gap is set per problem by `absolute_gap`.
MIP_REL_GAP = 0.0


def absolute_gap(problem: SourcingProblem) -> float:
    """Half the smallest step the objective can take: one level of tie-breaking cost, or
    one pledge unit at the lowest priority weight through the largest substitution ratio.
    A plan proven within this of its bound is the optimum."""
    weights = problem.requirement_weight()
    lowest = float(weights.min()) if len(weights) else 1.0
    return 0.5 * min(1.0, lowest / problem.max_ratio)


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


def _solve(problem: SourcingProblem, network: Network, time_limit: float) -> MilpSolution:
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
    lp.col_cost_ = np.concatenate([network.cost.astype(np.float64), np.zeros(extra)])
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
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("mip_rel_gap", MIP_REL_GAP)
    h.setOptionValue("mip_abs_gap", absolute_gap(problem))
    h.setOptionValue("time_limit", float(time_limit))
    h.passModel(lp)
    h.run()
    status = h.modelStatusToString(h.getModelStatus())
    info = h.getInfo()
    values = np.asarray(h.getSolution().col_value, np.float64)
    if info.primal_solution_status == 0 or len(values) < n:
        # no feasible point found in time: report the empty plan (every unit bypassed)
        status = f"{status}, no plan found"
        values = np.where(network.kind == Arc.BYPASS, network.capacity, 0).astype(np.float64)
    flow = np.where(integer[:n], np.round(values[:n]), values[:n])
    cost = float(network.cost @ flow)
    bound = float(info.mip_dual_bound) if integer.any() else float(info.objective_function_value)
    if not np.isfinite(bound):
        bound = float(network.cost[network.cost < 0] @ network.capacity[network.cost < 0])
    return MilpSolution(flow=flow, cost=cost, bound=min(bound, cost), status=status)
