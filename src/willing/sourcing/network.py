"""Build the compressed sourcing graph with whole arrays, one small `define_*` stage at a time.

source -> pledge arc (one per pledge, cost = tie-break) -> group (pledges of one nation and
capability with the same layers, locations and first reachable phase) -> chain of a place
(capability, layer, location) over the phases -> requirement lines -> sink.

Readiness is monotone in the deadline, so a group enters a chain at the first phase it can
reach and flows forward along it. A nation gets its own chain at a place only when it could
exceed a per-line nation cap there ("big"); every other nation shares the place's pool chain,
which keeps the graph small. Pool chains feed capped lines freely (their nations cannot break
the cap), big chains feed them through arcs limited to the cap; both feed a slot per place and
phase that serves the uncapped lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

import numpy as np

from willing.sourcing.problem import BoolArray, FloatArray, IntArray, SourcingProblem
from willing.sourcing.stages import (
    Chains,
    Groups,
    Places,
    define_chains,
    define_components,
    define_entries,
    define_groups,
    define_places,
    expand,
)

SOURCE, SINK = 0, 1


class Arc(IntEnum):
    """What an arc stands for; `Network.ref` points at the pledge, group, chain or line."""

    PLEDGE = 0  # source -> group, ref = pledge
    ENTRY = 1  # group -> chain at the group's first phase, ref = group
    CHAIN = 2  # chain phase k -> phase k + 1, ref = chain
    FEED = 3  # chain -> slot of the uncapped lines of its place and phase, ref = chain
    POOL = 4  # slot -> sink for one uncapped line, ref = requirement
    DIRECT = 5  # a big nation's chain -> capped line, capacity = nation cap, ref = requirement
    SHARE = 6  # pool chain -> capped line, ref = requirement
    DEMAND = 7  # capped line -> sink, ref = requirement
    BYPASS = 8  # source -> sink for units left unused, ref = component


@dataclass(frozen=True, eq=False)
class Network:
    """Arc arrays of the compressed graph, ready for a min-cost-flow or LP solver."""

    n_nodes: int
    tail: IntArray
    head: IntArray
    capacity: IntArray
    cost: IntArray
    gain: FloatArray
    kind: IntArray
    ref: IntArray
    component: IntArray  # per arc
    n_components: int
    #: Node of chain c at phase k is chain_base + c * n_phases + k.
    chain_base: int
    n_phases: int
    groups: Groups
    places: Places
    chains: Chains
    supply: int

    @property
    def n_arcs(self) -> int:
        return len(self.tail)

    def chain_of(self, node: IntArray) -> IntArray:
        """Chain index of chain nodes."""
        return (node - self.chain_base) // self.n_phases

    def phase_of(self, node: IntArray) -> IntArray:
        """Phase index of chain nodes."""
        return (node - self.chain_base) % self.n_phases


class ArcList:
    """Collects arcs stage by stage as whole arrays, then concatenates them once."""

    def __init__(self) -> None:
        self.columns: list[list[IntArray]] = []
        self.gains: list[FloatArray] = []

    def add(
        self,
        kind: Arc,
        tail: IntArray,
        head: IntArray,
        capacity: IntArray | int,
        cost: IntArray | int,
        ref: IntArray,
        gain: FloatArray | None = None,
    ) -> None:
        n = len(tail)
        cap = np.broadcast_to(np.asarray(capacity, np.int64), (n,))
        unit_cost = np.broadcast_to(np.asarray(cost, np.int64), (n,))
        columns = [np.full(n, int(kind), np.int64), tail, head, cap, unit_cost, ref]
        self.columns.append([np.asarray(c, np.int64) for c in columns])
        self.gains.append(np.ones(n) if gain is None else gain)

    def arrays(self) -> tuple[list[IntArray], FloatArray]:
        merged = [np.concatenate(c) for c in zip(*self.columns, strict=True)]
        return merged, np.concatenate(self.gains)


@dataclass(frozen=True, eq=False)
class Layout:
    """Where each family of nodes starts: source 0, sink 1, groups, chains, slots, lines."""

    group_base: int
    chain_base: int
    n_phases: int
    big: int  # a capacity no arc inside the graph can reach

    def chain_node(self, chain: IntArray, phase: IntArray) -> IntArray:
        return self.chain_base + chain * self.n_phases + phase


def define_supply_arcs(
    problem: SourcingProblem,
    groups: Groups,
    chains: Chains,
    entries: tuple[IntArray, IntArray, FloatArray],
    layout: Layout,
    arcs: ArcList,
) -> None:
    """Pledge arcs into their groups, entries into chains, and the chains' phase steps."""
    e_group, _, e_gain = entries
    pledges = np.flatnonzero(groups.of_pledge >= 0)
    arcs.add(
        Arc.PLEDGE,
        np.full(len(pledges), SOURCE),
        layout.group_base + groups.of_pledge[pledges],
        problem.pledge_units[pledges],
        problem.pledge_cost[pledges],
        pledges,
    )
    arcs.add(
        Arc.ENTRY,
        layout.group_base + e_group,
        layout.chain_node(chains.of_entry, groups.phase[e_group]),
        layout.big,
        0,
        e_group,
        e_gain,
    )
    n_phases = layout.n_phases
    if n_phases > 1:
        chain, phase = expand(chains.first_phase, np.maximum(n_phases - 1 - chains.first_phase, 0))
        arcs.add(
            Arc.CHAIN,
            layout.chain_node(chain, phase),
            layout.chain_node(chain, phase + 1),
            layout.big,
            0,
            chain,
        )


def chains_by_place(chains: Chains, n_places: int) -> tuple[IntArray, IntArray]:
    """Chains sorted by place, and where each place's run starts (len n_places + 1)."""
    by_place = np.argsort(chains.place, kind="stable")
    return by_place, np.searchsorted(chains.place[by_place], np.arange(n_places + 1))


def define_free_lines(
    problem: SourcingProblem,
    places: Places,
    chains: Chains,
    layout: Layout,
    slot_base: int,
    arcs: ArcList,
) -> IntArray:
    """Uncapped lines: one slot per (place, phase) fed by every chain of the place that
    reaches the phase, one arc per line into the sink. Returns each slot's place."""
    lines = np.flatnonzero(
        (problem.requirement_units > 0)
        & (problem.requirement_nation_cap >= problem.requirement_units)
    )
    n_phases = layout.n_phases
    key = places.of_requirement[lines] * n_phases + problem.requirement_phase[lines]
    slot_values, slot_of = np.unique(key, return_inverse=True)
    s_place, s_phase = slot_values // n_phases, slot_values % n_phases
    by_place, start = chains_by_place(chains, len(places.capability))
    f_slot, pos = expand(start[s_place], start[s_place + 1] - start[s_place])
    f_chain = by_place[pos]
    keep = chains.first_phase[f_chain] <= s_phase[f_slot]
    f_slot, f_chain = f_slot[keep], f_chain[keep]
    arcs.add(
        Arc.FEED,
        layout.chain_node(f_chain, s_phase[f_slot]),
        slot_base + f_slot,
        layout.big,
        0,
        f_chain,
    )
    arcs.add(
        Arc.POOL,
        slot_base + slot_of.reshape(-1),
        np.full(len(lines), SINK),
        problem.requirement_units[lines],
        -problem.requirement_weight()[lines],
        lines,
    )
    return np.asarray(s_place, np.int64)


def define_capped_lines(
    problem: SourcingProblem,
    places: Places,
    chains: Chains,
    layout: Layout,
    line_base: int,
    arcs: ArcList,
) -> IntArray:
    """Capped lines: a node each, fed by the pool chain freely and by each big nation's
    chain up to the cap, then one arc into the sink. Returns the lines, in node order."""
    held = np.flatnonzero(
        (problem.requirement_units > 0)
        & (problem.requirement_nation_cap < problem.requirement_units)
    )
    line_node = np.full(problem.n_requirements, -1, np.int64)
    line_node[held] = line_base + np.arange(len(held))
    h_place = places.of_requirement[held]
    phase = problem.requirement_phase.astype(np.int64)
    by_place, start = chains_by_place(chains, len(places.capability))
    row, pos = expand(start[h_place], start[h_place + 1] - start[h_place])
    d_line, d_chain = held[row], by_place[pos]
    keep = chains.first_phase[d_chain] <= phase[d_line]
    d_line, d_chain = d_line[keep], d_chain[keep]
    pool = chains.party[d_chain] < 0
    tails = layout.chain_node(d_chain, phase[d_line])
    arcs.add(
        Arc.DIRECT,
        tails[~pool],
        line_node[d_line[~pool]],
        problem.requirement_nation_cap[d_line[~pool]],
        0,
        d_line[~pool],
    )
    arcs.add(Arc.SHARE, tails[pool], line_node[d_line[pool]], layout.big, 0, d_line[pool])
    arcs.add(
        Arc.DEMAND,
        line_node[held],
        np.full(len(held), SINK),
        problem.requirement_units[held],
        -problem.requirement_weight()[held],
        held,
    )
    return held


def define_network(problem: SourcingProblem, available: BoolArray | None = None) -> Network:
    """Assemble every stage into one arc list (split by component at solve time)."""
    if available is None:
        available = problem.available()
    comp_of_cap = define_components(problem)
    groups = define_groups(problem, available)
    places = define_places(problem)
    entries = define_entries(problem, groups, places)
    chains = define_chains(problem, groups, places, entries)
    n_phases = len(problem.phases)
    supply = int(problem.pledge_units[groups.of_pledge >= 0].sum())
    # no arc inside the graph can carry more than all supply, scaled by the largest gain
    big = max(int(np.ceil(supply * max(1.0, float(entries[2].max(initial=1.0))))), 1)
    layout = Layout(2, 2 + len(groups.party), n_phases, big)
    slot_base = layout.chain_base + len(chains.party) * n_phases
    arcs = ArcList()
    define_supply_arcs(problem, groups, chains, entries, layout, arcs)
    slot_place = define_free_lines(problem, places, chains, layout, slot_base, arcs)
    line_base = slot_base + len(slot_place)
    held = define_capped_lines(problem, places, chains, layout, line_base, arcs)
    n_nodes = line_base + len(held)

    # component of every node, then of every arc (terminals take their neighbour's)
    node_comp = np.full(n_nodes, -1, np.int64)
    node_comp[layout.group_base : layout.chain_base] = comp_of_cap[groups.capability]
    chain_comp = comp_of_cap[places.capability[chains.place]]
    node_comp[layout.chain_base : slot_base] = np.repeat(chain_comp, n_phases)
    node_comp[slot_base:line_base] = comp_of_cap[places.capability[slot_place]]
    node_comp[line_base:] = comp_of_cap[problem.requirement_capability[held]]
    n_components = int(comp_of_cap.max(initial=-1)) + 1

    (kind, tail, head, cap, cost, ref), gain = arcs.arrays()
    comp = np.where(tail > SINK, node_comp[tail], node_comp[head])
    is_pledge = kind == Arc.PLEDGE
    comp_supply = np.bincount(comp[is_pledge], weights=cap[is_pledge], minlength=n_components)
    # one bypass per component keeps each component balanced on its own
    bypass = np.arange(n_components, dtype=np.int64)
    return Network(
        n_nodes=n_nodes,
        tail=np.concatenate([tail, np.full(n_components, SOURCE)]),
        head=np.concatenate([head, np.full(n_components, SINK)]),
        capacity=np.concatenate([cap, comp_supply.astype(np.int64)]),
        cost=np.concatenate([cost, np.zeros(n_components, np.int64)]),
        gain=np.concatenate([gain, np.ones(n_components)]),
        kind=np.concatenate([kind, np.full(n_components, int(Arc.BYPASS))]),
        ref=np.concatenate([ref, bypass]),
        component=np.concatenate([comp, bypass]),
        n_components=n_components,
        chain_base=layout.chain_base,
        n_phases=n_phases,
        groups=groups,
        places=places,
        chains=chains,
        supply=supply,
    )
