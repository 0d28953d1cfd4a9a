"""Synthetic coalitions of any size, for the benchmark and for property tests.

35 nations with skewed sizes, ~20 capabilities, 10 nested locations, 3 phases, 8 conditions,
about 30% conditional pledges and demand about 1.3 times supply, so instances are tight.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from willing.domain.catalog import Dataset
from willing.domain.enums import ConditionStatus, Domain, Layer, PartyKind, PartyRole, Unit
from willing.domain.forces import (
    Capability,
    Condition,
    Location,
    Phase,
    Pledge,
    Requirement,
    Substitution,
)
from willing.domain.parties import Party
from willing.sourcing.problem import COST_LEVELS, DOMAINS, LAYERS, SourcingProblem

#: Location tree: 0 the partner state with regions 1..5; 6 and 7 host nations with 8, 9 inside.
LOCATION_PARENT = (-1, 0, 0, 0, 0, 0, -1, -1, 6, 7)
PHASE_DEADLINES = (30, 90, 180)
READINESS_CHOICES = (7, 20, 45, 80, 150, 365)
READINESS_WEIGHTS = (0.15, 0.25, 0.25, 0.15, 0.15, 0.05)


def descendants(parent: tuple[int, ...] | list[int]) -> np.ndarray:
    """(locations x locations): True where column is the row or lies inside it."""
    n = len(parent)
    closure = np.eye(n, dtype=np.bool_)
    for child in range(n):
        node = parent[child]
        while node >= 0:
            closure[node, child] = True
            node = parent[node]
    return closure


def nation_code(i: int) -> str:
    """A made-up state code shaped like ISO 3166 alpha-3 (NAA, NAB, ...), so generated
    coalitions also load into the registry."""
    return "N" + chr(ord("A") + i // 26 % 26) + chr(ord("A") + i % 26)


def generate(
    n_pledges: int,
    n_requirements: int,
    seed: int = 0,
    *,
    n_nations: int = 35,
    n_capabilities: int = 20,
    n_conditions: int = 8,
    conditional_share: float = 0.3,
    tightness: float = 1.3,
    capped_share: float = 0.4,
    substitutions: int = 2,
    force_share_cap: float | None = None,
    ratios: Sequence[float] = (1.0,),
) -> SourcingProblem:
    """A random coalition whose demand is about `tightness` times its supply.

    Each substitution's ratio is drawn from `ratios` (all 1 by default, which keeps the
    problem a pure network; other ratios need the MILP for their components).
    """
    rng = np.random.default_rng(seed)
    n_loc = len(LOCATION_PARENT)
    if not 1 <= n_nations <= 26 * 26:
        raise ValueError("n_nations must lie in 1..676 (two letters after N)")
    nation_size = 1.0 / np.arange(1, n_nations + 1) ** 1.1
    nation_size /= nation_size.sum()
    cap_popularity = rng.uniform(0.5, 1.5, n_capabilities)
    cap_popularity /= cap_popularity.sum()

    party = rng.choice(n_nations, n_pledges, p=nation_size).astype(np.int32)
    capability = rng.choice(n_capabilities, n_pledges, p=cap_popularity).astype(np.int32)
    units = (1 + rng.geometric(0.35, n_pledges)).astype(np.int64)
    all_layers = (1 << len(LAYERS)) - 1
    layer_pick = rng.integers(0, len(LAYERS), (n_pledges, 2))
    some = (1 << layer_pick[:, 0]) | np.where(rng.random(n_pledges) < 0.5, 1 << layer_pick[:, 1], 0)
    layers = np.where(rng.random(n_pledges) < 0.45, all_layers, some).astype(np.uint8)

    closure = descendants(LOCATION_PARENT)
    roots = np.flatnonzero(np.array(LOCATION_PARENT) < 0)
    style = rng.random(n_pledges)
    allowed = np.ones((n_pledges, n_loc), np.bool_)
    by_root = style >= 0.6
    allowed[by_root] = closure[rng.choice(roots, int(by_root.sum()))]
    by_list = style >= 0.85
    picks = rng.random((int(by_list.sum()), n_loc)) < 0.25
    picks[np.arange(len(picks)), rng.integers(0, n_loc, len(picks))] = True
    allowed[by_list] = (picks.astype(np.int64) @ closure.astype(np.int64)) > 0

    conditions = np.zeros((n_pledges, n_conditions), np.bool_)
    conditional = np.flatnonzero(rng.random(n_pledges) < conditional_share)
    if n_conditions:
        conditions[conditional, rng.integers(0, n_conditions, len(conditional))] = True
        second = conditional[rng.random(len(conditional)) < 0.3]
        conditions[second, rng.integers(0, n_conditions, len(second))] = True
    readiness = rng.choice(READINESS_CHOICES, n_pledges, p=READINESS_WEIGHTS).astype(np.int32)
    cost = rng.integers(0, COST_LEVELS + 1, n_pledges).astype(np.int64)
    met = rng.random(n_conditions) < 0.6
    if n_conditions:
        met[0] = False  # the backstop-like condition: unknown, counted as not met

    req_cap = rng.choice(n_capabilities, n_requirements, p=cap_popularity).astype(np.int32)
    rotation = rng.choice([1.0, 1.0, 2.0, 3.0], n_requirements)
    supply = float(units.sum())
    mean_rotation = float(rotation.mean()) if n_requirements else 1.0
    mean_deployed = max(supply * tightness / max(n_requirements, 1) / mean_rotation, 1.0)
    deployed = 1 + rng.poisson(max(mean_deployed - 1, 0.0), n_requirements)
    req_units = np.ceil(deployed * rotation).astype(np.int64)
    req_layer = rng.choice(len(LAYERS), n_requirements, p=[0.2, 0.45, 0.25, 0.1]).astype(np.int32)
    # layers follow geography: reassurance inside the partner state, support in host
    # nations, regeneration at home or in a host nation, the backstop anywhere
    where = [np.arange(6), np.arange(6, n_loc), np.array([0, 6, 7]), np.arange(n_loc)]
    req_loc = np.zeros(n_requirements, np.int32)
    for layer, options in enumerate((where[2], where[0], where[1], where[3])):
        chosen = req_layer == layer
        req_loc[chosen] = rng.choice(options, int(chosen.sum()))
    req_phase = rng.integers(0, len(PHASE_DEADLINES), n_requirements).astype(np.int32)
    priority = rng.integers(1, 6, n_requirements).astype(np.int32)
    capped = rng.random(n_requirements) < capped_share
    nation_cap = np.where(capped, np.maximum(1, req_units // 2), req_units).astype(np.int64)

    sub_from = rng.choice(n_capabilities, substitutions, replace=False).astype(np.int32)
    sub_to = ((sub_from + 1) % n_capabilities).astype(np.int32)
    sub_ratio = np.ones(substitutions)
    if tuple(ratios) != (1.0,):
        sub_ratio = rng.choice(np.asarray(ratios, np.float64), substitutions)
    return SourcingProblem(
        parties=tuple(nation_code(i) for i in range(n_nations)),
        capabilities=tuple(f"C{i:02d}" for i in range(n_capabilities)),
        locations=tuple(f"L{i}" for i in range(n_loc)),
        phases=tuple(f"phase-{i}" for i in range(len(PHASE_DEADLINES))),
        conditions=tuple(f"K{i}" for i in range(n_conditions)),
        capability_domain=(np.arange(n_capabilities) % (len(DOMAINS) - 1)).astype(np.int32),
        capability_force_weight=np.ones(n_capabilities),
        phase_deadline=np.array(PHASE_DEADLINES, np.int32),
        pledge_ids=tuple(f"P{i:07d}" for i in range(n_pledges)),
        pledge_party=party,
        pledge_capability=capability,
        pledge_units=units,
        pledge_layers=layers,
        pledge_locations=allowed,
        pledge_conditions=conditions,
        pledge_readiness=readiness,
        pledge_cost=cost,
        pledge_active=np.ones(n_pledges, np.bool_),
        requirement_ids=tuple(f"R{i:06d}" for i in range(n_requirements)),
        requirement_capability=req_cap,
        requirement_units=req_units,
        requirement_layer=req_layer,
        requirement_location=req_loc,
        requirement_phase=req_phase,
        requirement_priority=priority,
        requirement_nation_cap=nation_cap,
        substitution_from=sub_from,
        substitution_to=sub_to,
        substitution_ratio=sub_ratio,
        met=met,
        force_share_cap=force_share_cap,
    )


def to_dataset(problem: SourcingProblem, name: str = "synthetic") -> Dataset:
    """Domain records that load back into `problem` (for end-to-end runs through a database).

    Costs become per-unit EUR values (cost x 1000), lines keep rotation 1, and a line's
    nation cap becomes the matching share.
    """
    layers = [Layer(value) for value in LAYERS]
    parent = list(LOCATION_PARENT) + [-1] * (len(problem.locations) - len(LOCATION_PARENT))
    dataset = Dataset(name=name, title="Synthetic coalition")
    records = dataset.records
    records["parties"] = [
        Party(id=p, name=p, party_kind=PartyKind.STATE, role=PartyRole.MEMBER)
        for p in problem.parties
    ]
    records["capabilities"] = [
        Capability(
            id=c,
            name=c,
            domain=Domain(DOMAINS[problem.capability_domain[i]]),
            unit=Unit.BATTALION,
            substitutes=[
                Substitution(for_capability=problem.capabilities[b], ratio=float(r))
                for a, b, r in zip(
                    problem.substitution_from.tolist(),
                    problem.substitution_to.tolist(),
                    problem.substitution_ratio.tolist(),
                    strict=True,
                )
                if a == i
            ],
        )
        for i, c in enumerate(problem.capabilities)
    ]
    records["locations"] = [
        Location(id=loc, name=loc, parent=problem.locations[parent[i]] if parent[i] >= 0 else None)
        for i, loc in enumerate(problem.locations)
    ]
    records["phases"] = [
        Phase(id=ph, name=ph, order=i, deadline_days=int(problem.phase_deadline[i]))
        for i, ph in enumerate(problem.phases)
    ]
    records["conditions"] = [
        Condition(id=c, name=c, status=ConditionStatus.MET if met else ConditionStatus.UNKNOWN)
        for c, met in zip(problem.conditions, problem.met.tolist(), strict=True)
    ]
    everywhere = np.asarray(problem.pledge_locations.all(axis=1), np.bool_).tolist()
    records["pledges"] = [
        Pledge(
            id=problem.pledge_ids[i],
            party=problem.parties[problem.pledge_party[i]],
            capability=problem.capabilities[problem.pledge_capability[i]],
            quantity=float(problem.pledge_units[i]),
            layers=[
                layer for bit, layer in enumerate(layers) if problem.pledge_layers[i] >> bit & 1
            ],
            locations=[]
            if everywhere[i]
            else [problem.locations[j] for j in np.flatnonzero(problem.pledge_locations[i])],
            conditions=[
                problem.conditions[j] for j in np.flatnonzero(problem.pledge_conditions[i])
            ],
            readiness_days=int(problem.pledge_readiness[i]),
            value_eur=float(problem.pledge_cost[i] * 1000 * problem.pledge_units[i]),
        )
        for i in range(problem.n_pledges)
    ]
    records["requirements"] = [
        Requirement(
            id=problem.requirement_ids[i],
            capability=problem.capabilities[problem.requirement_capability[i]],
            quantity=float(problem.requirement_units[i]),
            layer=layers[problem.requirement_layer[i]],
            location=problem.locations[problem.requirement_location[i]],
            phase=problem.phases[problem.requirement_phase[i]],
            priority=int(problem.requirement_priority[i]),
            max_share_per_nation=None
            if problem.requirement_nation_cap[i] >= problem.requirement_units[i]
            else float(problem.requirement_nation_cap[i] / problem.requirement_units[i]),
        )
        for i in range(problem.n_requirements)
    ]
    return dataset
