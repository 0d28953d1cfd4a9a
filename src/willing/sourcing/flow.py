"""Solve the compressed graph exactly with OR-Tools' min-cost flow, one component per task."""

from __future__ import annotations

import mmap
import multiprocessing
import os
from dataclasses import dataclass

import numpy as np
from ortools.graph.python import min_cost_flow

from willing.cores import can_fork
from willing.sourcing.network import SINK, SOURCE, Arc, Network
from willing.sourcing.problem import IntArray


@dataclass(frozen=True, eq=False)
class Split:
    """The arcs of one independent component, with nodes renumbered from 0 (source) and 1."""

    arcs: IntArray
    tail: IntArray
    head: IntArray
    supply: int
    component: int = -1


class FlowError(RuntimeError):
    """The min-cost-flow solver did not return an optimal flow."""


def split_components(network: Network) -> list[Split]:
    """Cut the arc list into independent components, largest first."""
    order = np.argsort(network.component, kind="stable")
    bounds = np.searchsorted(network.component[order], np.arange(network.n_components + 1))
    splits: list[Split] = []
    for c in range(network.n_components):
        arcs = order[bounds[c] : bounds[c + 1]]
        ends = np.concatenate([[SOURCE, SINK], network.tail[arcs], network.head[arcs]])
        _, local = np.unique(ends, return_inverse=True)
        local = local.reshape(-1)[2:]
        supply = int(network.capacity[arcs][network.kind[arcs] == Arc.BYPASS].sum())
        splits.append(Split(arcs, local[: len(arcs)], local[len(arcs) :], supply, c))
    splits.sort(key=lambda s: -len(s.arcs))
    return splits


def solve_split(split: Split, capacity: IntArray, cost: IntArray) -> IntArray:
    """Optimal integer flow on one component; raises FlowError otherwise."""
    solver = min_cost_flow.SimpleMinCostFlow()
    solver.add_arcs_with_capacity_and_unit_cost(
        split.tail, split.head, capacity[split.arcs], cost[split.arcs]
    )
    solver.set_node_supply(SOURCE, split.supply)
    solver.set_node_supply(SINK, -split.supply)
    status = solver.solve()
    if status != solver.OPTIMAL:
        raise FlowError(f"min-cost flow ended with status {status}")
    return np.asarray(solver.flows(np.arange(len(split.arcs))), dtype=np.int64)


#: Below this many arcs, forking workers costs more than it saves.
PARALLEL_MIN_ARCS = 150_000

#: The job forked workers read (inherited memory, nothing is pickled) and the shared
#: buffer they write flows into.
_job: tuple[list[Split], IntArray, IntArray, IntArray] | None = None


def _solve_in_worker(index: int) -> None:
    assert _job is not None
    splits, capacity, cost, out = _job
    split = splits[index]
    out[split.arcs] = solve_split(split, capacity, cost)


def solve_network(
    network: Network, workers: int | None = None, skip: IntArray | None = None
) -> IntArray:
    """Optimal flow on every arc, solving independent components on all cores.

    Components in `skip` are left at zero flow (another solver handles them). The solver
    holds the GIL, so components run in forked processes that inherit the arrays and
    write their flows into one shared buffer.
    """
    global _job
    splits = split_components(network)
    if skip is not None and len(skip):
        skipped = set(np.asarray(skip).tolist())
        splits = [s for s in splits if s.component not in skipped]
    if not splits:
        return np.zeros(network.n_arcs, np.int64)
    workers = min(workers or os.cpu_count() or 1, len(splits))
    if workers <= 1 or network.n_arcs < PARALLEL_MIN_ARCS or not can_fork():
        flow = np.zeros(network.n_arcs, np.int64)
        for split in splits:
            flow[split.arcs] = solve_split(split, network.capacity, network.cost)
        return flow
    buffer = mmap.mmap(-1, max(network.n_arcs, 1) * 8)
    try:
        shared: IntArray = np.frombuffer(buffer, dtype=np.int64, count=network.n_arcs)
        _job = (splits, network.capacity, network.cost, shared)
        context = multiprocessing.get_context("fork")
        with context.Pool(workers) as pool:
            pool.map(_solve_in_worker, range(len(splits)), chunksize=1)
        flow = shared.copy()
        del shared
    finally:
        _job = None
        buffer.close()
    return flow


def solve_whole(network: Network) -> tuple[IntArray, int]:
    """One solver call on the whole prebuilt graph: the floor the benchmark compares with."""
    solver = min_cost_flow.SimpleMinCostFlow()
    solver.add_arcs_with_capacity_and_unit_cost(
        network.tail, network.head, network.capacity, network.cost
    )
    solver.set_node_supply(SOURCE, network.supply)
    solver.set_node_supply(SINK, -network.supply)
    status = solver.solve()
    if status != solver.OPTIMAL:
        raise FlowError(f"min-cost flow ended with status {status}")
    flows = np.asarray(solver.flows(np.arange(network.n_arcs)), dtype=np.int64)
    return flows, int(solver.optimal_cost())
