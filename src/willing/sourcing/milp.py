"""The same compressed graph as a MILP for HiGHS: needed for the whole-force share cap
(one row per nation breaks the network structure) and for substitutions at a ratio other
than one (arcs with gains)."""

from __future__ import annotations

from dataclasses import dataclass

import highspy
import numpy as np
import scipy.sparse as sp

from willing.sourcing.network import SINK, SOURCE, Arc, Network
from willing.sourcing.problem import FloatArray, SourcingProblem

#: Relative gap at which HiGHS may stop; the bound is reported with every result.
MIP_REL_GAP = 1e-6


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
    problem: SourcingProblem, network: Network, time_limit: float = 60.0
) -> MilpSolution:
    """Minimise the same arc costs as the flow solver, with every side constraint."""
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
