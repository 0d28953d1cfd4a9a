"""The stages that shape the sourcing graph: components, groups of interchangeable pledges,
places of requirement lines, the entries between them and the phase chains."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from willing.sourcing.problem import BoolArray, FloatArray, IntArray, SourcingProblem


@dataclass(frozen=True, eq=False)
class Groups:
    """Interchangeable pledges: same nation, capability, layers, locations and first phase."""

    of_pledge: IntArray  # group of each pledge, -1 when it cannot serve
    party: IntArray
    capability: IntArray
    layers: IntArray
    locations: BoolArray  # (groups x locations)
    phase: IntArray


@dataclass(frozen=True, eq=False)
class Places:
    """Distinct (capability, layer, location) of requirement lines, sorted by capability."""

    of_requirement: IntArray
    capability: IntArray
    layer: IntArray
    location: IntArray
    start: IntArray  # first place of each capability (len capabilities + 1)


@dataclass(frozen=True, eq=False)
class Chains:
    """Phase chains: one per big (nation, place), then one pool per place."""

    party: IntArray  # -1 for a pool chain
    place: IntArray
    first_phase: IntArray
    of_entry: IntArray


def ragged_arange(counts: IntArray) -> IntArray:
    """0..c-1 for each count c, concatenated; the usual trick to expand pairs without loops."""
    total = int(counts.sum())
    if total == 0:
        return np.zeros(0, np.int64)
    ends = np.cumsum(counts)
    offsets = np.repeat(ends - counts, counts)
    return np.arange(total, dtype=np.int64) - offsets


def define_components(problem: SourcingProblem) -> IntArray:
    """Component of each capability: capabilities joined by a substitution share one."""
    parent = np.arange(len(problem.capabilities), dtype=np.int64)

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = int(parent[i])
        return i

    for a, b in zip(
        problem.substitution_from.tolist(), problem.substitution_to.tolist(), strict=True
    ):
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    roots = np.array([root(i) for i in range(len(parent))], dtype=np.int64)
    return np.unique(roots, return_inverse=True)[1].astype(np.int64)


def define_groups(problem: SourcingProblem, available: BoolArray) -> Groups:
    """Group available pledges that are interchangeable for every requirement line."""
    phase = np.searchsorted(problem.phase_deadline, problem.pledge_readiness, side="left")
    usable = available & (phase < len(problem.phases))
    index = np.flatnonzero(usable)
    locs = problem.pledge_locations[index]
    if locs.shape[1]:
        packed = np.packbits(locs, axis=1)
        _, locset = np.unique(packed, axis=0, return_inverse=True)
    else:
        locset = np.zeros(len(index), np.int64)
    locset = locset.reshape(-1).astype(np.int64)
    key = problem.pledge_party[index].astype(np.int64)
    for column, size in (
        (problem.pledge_capability[index], len(problem.capabilities)),
        (problem.pledge_layers[index], 256),
        (phase[index], len(problem.phases) + 1),
        (locset, int(locset.max(initial=0)) + 1),
    ):
        key = key * size + column.astype(np.int64)
    _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
    of_pledge = np.full(problem.n_pledges, -1, np.int64)
    of_pledge[index] = inverse.reshape(-1)
    members = index[first]
    return Groups(
        of_pledge=of_pledge,
        party=problem.pledge_party[members].astype(np.int64),
        capability=problem.pledge_capability[members].astype(np.int64),
        layers=problem.pledge_layers[members].astype(np.int64),
        locations=problem.pledge_locations[members],
        phase=phase[members].astype(np.int64),
    )


def define_places(problem: SourcingProblem) -> Places:
    """Distinct (capability, layer, location) among requirement lines."""
    n_loc = max(len(problem.locations), 1)
    key = (
        problem.requirement_capability.astype(np.int64) * 4 + problem.requirement_layer
    ) * n_loc + problem.requirement_location
    values, inverse = np.unique(key, return_inverse=True)
    capability = values // (4 * n_loc)
    start = np.searchsorted(capability, np.arange(len(problem.capabilities) + 1))
    return Places(
        of_requirement=inverse.reshape(-1).astype(np.int64),
        capability=capability,
        layer=(values // n_loc) % 4,
        location=values % n_loc,
        start=start.astype(np.int64),
    )


def define_entries(
    problem: SourcingProblem, groups: Groups, places: Places
) -> tuple[IntArray, IntArray, FloatArray]:
    """(group, place, gain) for every place a group may serve, directly or as a substitute."""
    n_groups = len(groups.party)
    rows_group = [np.arange(n_groups, dtype=np.int64)]
    rows_target = [groups.capability]
    rows_gain = [np.ones(n_groups)]
    for a, b, ratio in zip(
        problem.substitution_from.tolist(),
        problem.substitution_to.tolist(),
        problem.substitution_ratio.tolist(),
        strict=True,
    ):
        members = np.flatnonzero(groups.capability == a)
        rows_group.append(members)
        rows_target.append(np.full(len(members), b, np.int64))
        rows_gain.append(np.full(len(members), 1.0 / ratio))
    group = np.concatenate(rows_group)
    target = np.concatenate(rows_target)
    gain = np.concatenate(rows_gain)
    counts = places.start[target + 1] - places.start[target]
    group = np.repeat(group, counts)
    gain = np.repeat(gain, counts)
    place = np.repeat(places.start[target], counts) + ragged_arange(counts)
    layer_ok = (groups.layers[group] >> places.layer[place]) & 1 == 1
    loc_ok = groups.locations[group, places.location[place]]
    keep = layer_ok & loc_ok
    return group[keep], place[keep], gain[keep]


def define_chains(
    problem: SourcingProblem,
    groups: Groups,
    places: Places,
    entries: tuple[IntArray, IntArray, FloatArray],
) -> Chains:
    """A chain per (nation, place) that could exceed a nation cap there, a pool per place."""
    e_group, e_place, e_gain = entries
    n_places = len(places.capability)
    width = max(n_places, 1)
    hub_values, e_hub = np.unique(groups.party[e_group] * width + e_place, return_inverse=True)
    e_hub = e_hub.reshape(-1)
    usable = groups.of_pledge >= 0
    group_units = np.bincount(
        groups.of_pledge[usable], weights=problem.pledge_units[usable], minlength=len(groups.party)
    )
    inflow = np.bincount(e_hub, weights=group_units[e_group] * e_gain, minlength=len(hub_values))
    capped = problem.requirement_nation_cap < problem.requirement_units
    min_cap = np.full(n_places, np.inf)
    np.minimum.at(min_cap, places.of_requirement[capped], problem.requirement_nation_cap[capped])
    hub_place = hub_values % width
    big = inflow > min_cap[hub_place]
    n_big = int(big.sum())
    chain_of_hub = np.where(big, np.cumsum(big) - 1, n_big + hub_place)
    of_entry = chain_of_hub[e_hub]
    party = np.concatenate([hub_values[big] // width, np.full(n_places, -1, np.int64)])
    place = np.concatenate([hub_place[big], np.arange(n_places, dtype=np.int64)])
    first = np.full(len(party), len(problem.phases), np.int64)
    np.minimum.at(first, of_entry, groups.phase[e_group])
    return Chains(party=party, place=place, first_phase=first, of_entry=of_entry)


def expand(start: IntArray, counts: IntArray) -> tuple[IntArray, IntArray]:
    """For each row i with a run [start[i], start[i] + counts[i]): (row, position) pairs."""
    rows = np.repeat(np.arange(len(counts), dtype=np.int64), counts)
    return rows, np.repeat(start, counts) + ragged_arange(counts)
