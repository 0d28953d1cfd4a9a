"""The sourcing rules docs/sourcing.md states, one test each: rounding of the tie-breaker,
what the dearest unit counts, the largest ratio, self-substitution, default readiness,
shared units, priority weights, the whole-force cap, transitivity; and the regressions
of issue 14 (whole units stay whole, huge values are refused)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from pydantic import ValidationError

from willing.domain.enums import ConditionStatus, Domain, Layer, PledgeStatus, Unit
from willing.domain.errors import WillingError
from willing.domain.forces import (
    MAX_QUANTITY,
    Capability,
    Condition,
    Location,
    Phase,
    Pledge,
    Requirement,
    Substitution,
)
from willing.services.access import Registry, Viewer
from willing.services.registry import read_source
from willing.sourcing import from_records, priority_weights, solve
from willing.sourcing.plans import shared_units
from willing.sourcing.problem import cost_factor
from willing.sourcing.records import cost_level
from willing.sourcing.service import plan
from willing.storage.store import Store

from .test_exact import small
from .test_substitution import tiny

LOCATIONS = [Location(id="UKR", name="Ukraine")]
PHASES = [
    Phase(id="entry", name="Entry", order=0, deadline_days=7),
    Phase(id="month", name="Month", order=1, deadline_days=30),
]


def _cap(
    cid: str, value: float | None = None, subs: list[Substitution] | None = None
) -> Capability:
    return Capability(
        id=cid,
        name=cid,
        domain=Domain.LAND,
        unit=Unit.BATTALION,
        unit_value_eur=value,
        substitutes=subs or [],
    )


def _pledge(pid: str, capability: str = "inf", **kw: object) -> Pledge:
    fields: dict[str, object] = {"party": "FRA", "quantity": 1, "layers": [Layer.REASSURE]}
    fields.update(kw)
    return Pledge(id=pid, capability=capability, **fields)  # type: ignore[arg-type]


def _line(rid: str, capability: str = "inf", **kw: object) -> Requirement:
    fields: dict[str, object] = {
        "quantity": 1,
        "layer": Layer.REASSURE,
        "location": "UKR",
        "phase": "month",
        "priority": 3,
    }
    fields.update(kw)
    return Requirement(id=rid, capability=capability, **fields)  # type: ignore[arg-type]


def test_the_tie_breaker_rounds_half_up_whatever_the_float_noise() -> None:
    dearest = np.full(4, 1.0)
    # 2.5 and 3.5 go up (half to even would give 2 and 4); 0.35 is 0.34999999999999997
    # in binary, 10 x 0.35 a hair below 3.5, and still goes up
    assert cost_level(np.array([0.25, 0.35, 0.7 / 2, 0.24]), dearest).tolist() == [3, 4, 4, 2]
    problem = from_records(
        [
            _pledge("a", value_eur=1_000_000.0),
            _pledge("b", value_eur=250_000.0),
            _pledge("c", quantity=2, value_eur=700_000.0),
        ],
        [_line("r")],
        [_cap("inf")],
        LOCATIONS,
        PHASES,
        [],
    )
    assert problem.pledge_cost.tolist() == [10, 3, 4]


def test_the_dearest_unit_counts_every_pledge_whatever_its_status() -> None:
    cheap, dear = _pledge("cheap", value_eur=100.0), _pledge("dear", value_eur=1_000.0)
    failed = [Condition(id="cf", name="cf", status=ConditionStatus.FAILED)]
    variants = {
        "available": dear,
        "withdrawn": dear.model_copy(update={"status": PledgeStatus.WITHDRAWN}),
        "waiting on a failed condition": dear.model_copy(update={"conditions": ["cf"]}),
        "wrong layer": dear.model_copy(update={"layers": [Layer.SUPPORT]}),
        "wrong location": dear.model_copy(update={"locations": ["POL"]}),
    }
    locations = [*LOCATIONS, Location(id="POL", name="Poland")]
    for why, variant in variants.items():
        problem = from_records(
            [cheap, variant], [_line("r")], [_cap("inf")], locations, PHASES, failed
        )
        # the dearest pledge that cannot serve does not move the others' costs
        assert problem.pledge_cost.tolist() == [1, 10], why
    # and the line is indeed served by the cheap pledge alone when the dear one cannot
    blocked = from_records(
        [cheap, variants["waiting on a failed condition"]],
        [_line("r", quantity=2)],
        [_cap("inf")],
        LOCATIONS,
        PHASES,
        failed,
    )
    assert solve(blocked).filled.tolist() == [1.0]


def test_the_largest_ratio_counts_as_at_least_one() -> None:
    below_one = tiny([(1, 4, 10)], [(0, 2, 5)], [(1, 0, 0.5)])
    assert below_one.max_ratio == 1.0
    assert cost_factor(below_one.max_ratio) == 11
    assert cost_factor(2.0) == 21


def test_a_capability_cannot_substitute_for_itself_or_twice_for_one() -> None:
    with pytest.raises(ValidationError, match="cannot substitute for itself"):
        _cap("inf", subs=[Substitution(for_capability="inf", ratio=2)])
    with pytest.raises(ValidationError, match="one ratio only"):
        _cap(
            "eng",
            subs=[
                Substitution(for_capability="inf", ratio=2),
                Substitution(for_capability="inf", ratio=3),
            ],
        )


def test_a_ratio_is_a_fraction_of_small_whole_numbers() -> None:
    assert Substitution(for_capability="inf", ratio=2.5).ratio == 2.5
    with pytest.raises(ValidationError, match="fraction a/b"):
        Substitution(for_capability="inf", ratio=0.3333333)


def test_readiness_defaults_to_30_days() -> None:
    pledge = _pledge("p")
    assert pledge.readiness_days == 30
    problem = from_records(
        [pledge],
        [_line("now", phase="entry"), _line("later", phase="month")],
        [_cap("inf")],
        LOCATIONS,
        PHASES,
        [],
    )
    result = solve(problem)
    # ready in 30 days: not for the 7-day phase, in time for the 30-day one
    assert dict(zip(problem.requirement_ids, result.filled.tolist(), strict=True)) == {
        "later": 1.0,
        "now": 0.0,
    }


def test_whole_units_go_to_each_place_and_its_lines_may_share_one() -> None:
    # 2 units of eng at 1.5 per inf give 4/3 inf to the place; its two lines share them
    problem = tiny([(1, 2, 0)], [(0, 1, 1), (0, 1, 2)], [(1, 0, 1.5)])
    result = solve(problem)
    assert result.used.tolist() == [2.0]  # whole pledge units
    assert result.filled.tolist() == [1.0, 1 / 3]
    assert sorted(result.units.tolist()) == [0.5, 1.5]  # one unit is shared
    assert shared_units(result) == 2


def test_one_priority_1_unit_weighs_exactly_ten_priority_2_units() -> None:
    weights = priority_weights(np.arange(1, 6))
    assert weights.tolist() == [110_000, 11_000, 1_100, 110, 11]
    assert all(weights[i] == 10 * weights[i + 1] for i in range(4))


def test_the_whole_force_cap_has_no_minimum_of_one_unit() -> None:
    alone = small([(0, 0, 3, 0, 0, 0)], [(0, 3, 0, 1, 3, 0)], [(1, 0, 2.0)], n_parties=1)
    assert solve(alone.with_scenario(force_share_cap=0.5)).filled.tolist() == [0.0]


def test_the_whole_force_cap_counts_pledge_units_sent() -> None:
    # nation 0 sends c0 standing in for c1 at 2 units per unit, nation 1 sends c1
    problem = small([(0, 0, 4, 0, 0, 0), (1, 1, 2, 0, 0, 0)], [(1, 4, 0, 1, 4, 0)], [(0, 1, 2.0)])
    result = solve(problem.with_scenario(force_share_cap=0.5))
    # counted in pledge units, each nation sends 2: 1 + 2 line units (in line units it
    # would have been 4 pledge units of nation 0 against 2 of nation 1, filling 4)
    assert result.used.tolist() == [2.0, 2.0]
    assert result.filled.tolist() == [3.0]


def test_substitution_is_not_transitive() -> None:
    # c0 stands in for c1 and c1 for c2: c0 still cannot fill a c2 line
    problem = small(
        [(0, 0, 5, 0, 0, 0)],
        [(2, 1, 0, 1, 1, 0)],
        [(0, 1, 1.5), (1, 2, 1.5)],
        n_capabilities=3,
        n_parties=1,
    )
    assert solve(problem).filled.tolist() == [0.0]


def test_whole_units_stay_whole_and_caps_hold_exactly() -> None:
    # issue 14, point 2: one pledge, two lines; the final LP gave 1.0000008 and 4.9999992
    problem = small([(0, 0, 9, 0, 0, 0)], [(1, 1, 0, 1, 1, 0), (1, 5, 1, 2, 5, 0)], [(0, 1, 1.5)])
    result = solve(problem)
    assert result.filled.tolist() == [1.0, 5.0]
    assert result.used.tolist() == [9.0]
    assert sorted(result.units.tolist()) == [1.5, 7.5]
    # with a nation cap of 2 on the second line, each nation's share holds it exactly
    capped = small(
        [(0, 0, 9, 0, 0, 0), (1, 0, 9, 0, 0, 0)],
        [(1, 1, 0, 1, 1, 0), (1, 5, 1, 2, 2, 0)],
        [(0, 1, 1.5)],
    )
    result = solve(capped)
    nation = np.zeros((2, 2))
    np.add.at(nation, (result.requirement, capped.pledge_party[result.pledge]), result.units)
    assert np.all(nation / 1.5 <= capped.requirement_nation_cap[:, None])
    assert result.used.tolist() == [4.0, 3.0]  # whole pledge units into the place
    assert result.filled.tolist() == [1.0, 11 / 3]


def test_values_the_optimiser_cannot_count_are_refused_at_import() -> None:
    with pytest.raises(ValidationError, match="less than or equal"):
        _pledge("p", quantity=2.0**63)
    with pytest.raises(ValidationError, match="less than or equal"):
        _line("r", quantity=1e22)
    with pytest.raises(ValidationError, match="rotation_factor"):
        _line("r", quantity=MAX_QUANTITY / 2, rotation_factor=3)


def test_a_plan_too_large_to_count_exactly_is_refused_not_called_optimal() -> None:
    problem = tiny([(0, 2**52, 0), (0, 2**52, 0)], [(0, 2**52, 1)])
    with pytest.raises(ValueError, match="too large to solve exactly"):
        solve(problem)


def test_planning_too_large_a_registry_is_a_clear_error(tmp_path: Path) -> None:
    # each pledge is within the import limit; together they are beyond exact counting
    dataset = read_source("cotw-ukraine-2026")
    huge = [
        _pledge(f"P-huge-{i}", capability="mech-inf-bn", quantity=MAX_QUANTITY)
        for i in range(1_000)
    ]
    dataset.records["pledges"] = [*dataset.records["pledges"], *huge]
    store = Store.open(f"sqlite:///{tmp_path / 'huge.db'}")
    store.write(dataset, actor="test")
    try:
        with pytest.raises(WillingError, match="too large to solve exactly"):
            plan(Registry(store, Viewer.admin()), store=False)
    finally:
        store.close()
