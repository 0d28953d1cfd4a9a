"""Hand-built scenarios: exact optima, line fills and the reasons given for gaps."""

from __future__ import annotations

import numpy as np
import pytest

from willing.domain.enums import ConditionStatus
from willing.sourcing import explain_gaps, priority_weights, solve
from willing.sourcing.baselines import greedy

from .scenarios import Scenario, W


def test_small_coalition_reaches_the_hand_worked_optimum(small: Scenario) -> None:
    result = solve(small.problem())
    assert result.objective == small.optimum
    assert result.bound == result.objective
    assert result.gap == 0
    assert dict(zip(result.problem.requirement_ids, result.filled.tolist(), strict=True)) == (
        small.filled
    )


def test_rotation_and_funding_scale_become_pool_units(small: Scenario) -> None:
    problem = small.problem()
    units = dict(zip(problem.requirement_ids, problem.requirement_units.tolist(), strict=True))
    assert units["R2"] == 3  # one unit deployed, rule of thirds
    assert units["R6"] == 1000  # one million EUR in thousands
    assert problem.pledge_units[problem.pledge_ids.index("DEU-inf")] == 4  # 4.7 rounded down


def test_a_caveat_on_a_parent_location_covers_its_children(small: Scenario) -> None:
    problem = small.problem()
    fra = problem.pledge_ids.index("FRA-inf")
    allowed = {
        loc for loc, ok in zip(problem.locations, problem.pledge_locations[fra], strict=True) if ok
    }
    assert allowed == {"UKR", "UKR-W"}


def test_assuming_the_backstop_brings_in_the_conditional_pledge(with_backstop: Scenario) -> None:
    result = solve(with_backstop.problem())
    assert result.objective == with_backstop.optimum
    assert result.filled[result.problem.requirement_ids.index("R3")] == 2


def test_assume_overrides_the_stored_status(small: Scenario, with_backstop: Scenario) -> None:
    assumed = solve(small.problem(assume={"us-backstop": ConditionStatus.MET}))
    assert assumed.objective == with_backstop.optimum


def test_unknown_can_count_as_met(small: Scenario, with_backstop: Scenario) -> None:
    result = solve(small.problem(unknown_as=ConditionStatus.MET))
    assert result.objective == with_backstop.optimum


def test_an_unknown_assumed_condition_is_rejected(small: Scenario) -> None:
    with pytest.raises(ValueError, match="no-such"):
        small.problem(assume={"no-such": ConditionStatus.MET})


def test_gaps_name_their_causes(no_backstop: Scenario) -> None:
    gaps = {g.requirement: g for g in explain_gaps(solve(no_backstop.problem()))}
    assert set(gaps) == {"R1", "R3", "R5", "R6"}
    r1 = {r.code: r for r in gaps["R1"].reasons}
    assert r1["share-cap"].units == 2
    assert r1["share-cap"].parties == ("FRA",)
    assert str(r1["share-cap"]).endswith("(FRA)")
    assert r1["readiness"].units == 2  # GBR needs 60 days
    r3 = {r.code: r for r in gaps["R3"].reasons}
    assert r3["condition"].units == 4
    assert "us-backstop" in r3["condition"].detail
    assert r3["caveat-layer"].units == 3  # FRA only serves reassurance
    r5 = {r.code for r in gaps["R5"].reasons}
    assert {"readiness", "caveat-layer"} <= r5
    assert [r.code for r in gaps["R6"].reasons] == ["no-pledge"]
    assert gaps["R6"].missing == 1000


def test_gaps_come_highest_priority_first(no_backstop: Scenario) -> None:
    priorities = [g.priority for g in explain_gaps(solve(no_backstop.problem()))]
    assert priorities == sorted(priorities)


def test_capacity_taken_by_a_higher_priority_line_is_named() -> None:
    from willing.domain.enums import Layer
    from willing.domain.forces import Pledge, Requirement

    from .scenarios import CAPABILITIES, LOCATIONS, PHASES

    pledges = [Pledge(id="A", party="AAA", capability="inf", quantity=2, layers=[Layer.SUPPORT])]
    requirements = [
        Requirement(
            id="low",
            capability="inf",
            quantity=2,
            layer=Layer.SUPPORT,
            location="POL",
            phase="sustain",
            priority=4,
        ),
        Requirement(
            id="high",
            capability="inf",
            quantity=2,
            layer=Layer.SUPPORT,
            location="POL",
            phase="sustain",
            priority=1,
        ),
    ]
    scenario = Scenario(CAPABILITIES, LOCATIONS, PHASES, [], pledges, requirements, 2 * W[1])
    result = solve(scenario.problem())
    assert result.objective == scenario.optimum
    (gap,) = explain_gaps(result)
    assert gap.requirement == "low"
    assert [(r.code, r.units) for r in gap.reasons] == [("higher-priority", 2.0)]


def test_greedy_is_provably_worse_on_the_trap(trap: Scenario) -> None:
    problem = trap.problem()
    result = solve(problem)
    assert result.objective == trap.optimum
    plan = greedy(problem)
    assert plan.objective == 2 * W[1]
    assert plan.filled.sum() == 2 < result.filled.sum() == 4


def test_allocation_lines_name_the_serving_pledge(trap: Scenario) -> None:
    result = solve(trap.problem())
    lines = {
        (result.problem.pledge_ids[p], result.problem.requirement_ids[r]): u
        for p, r, u in zip(result.pledge, result.requirement, result.units, strict=True)
    }
    assert lines == {("B", "R1"): 2.0, ("A", "R2"): 2.0}


def test_whole_force_cap_uses_the_milp_and_binds(small: Scenario) -> None:
    problem = small.problem(force_share_cap=0.4)
    result = solve(problem)
    assert result.method.startswith("milp")
    assert result.objective <= small.optimum
    used = np.bincount(
        problem.pledge_party[result.pledge], weights=result.units, minlength=len(problem.parties)
    )
    assert used.max() <= 0.4 * used.sum() + 1e-9
    assert result.bound >= result.objective


def test_coverage_tables_keep_funding_apart(small: Scenario) -> None:
    result = solve(small.problem())
    layers = {row.name: row for row in result.coverage_by("layer")}
    assert "regenerate" not in layers  # its only line is funding
    assert layers["reassure"].demand == 2 + 3 + 1
    domains = {row.name: row for row in result.coverage_by("domain")}
    assert domains["funding"].demand == 1000
    assert domains["funding"].filled == 0


def test_substitution_at_a_ratio_fills_through_the_milp() -> None:
    from willing.domain.enums import Domain, Layer, Unit
    from willing.domain.forces import Capability, Pledge, Requirement, Substitution

    from .scenarios import LOCATIONS, PHASES

    capabilities = [
        Capability(id="inf", name="Infantry", domain=Domain.LAND, unit=Unit.BATTALION),
        Capability(
            id="mot",
            name="Motorised company",
            domain=Domain.LAND,
            unit=Unit.COMPANY,
            substitutes=[Substitution(for_capability="inf", ratio=2)],
        ),
    ]
    pledges = [Pledge(id="M", party="AAA", capability="mot", quantity=5, layers=[Layer.SUPPORT])]
    requirements = [
        Requirement(
            id="R",
            capability="inf",
            quantity=2,
            layer=Layer.SUPPORT,
            location="POL",
            phase="sustain",
            priority=1,
        ),
    ]
    # a ratio of 2 lifts every weight so that coverage outweighs the cost of two units
    weight = int(priority_weights(np.array([1]), max_ratio=2.0)[0])
    scenario = Scenario(capabilities, LOCATIONS, PHASES, [], pledges, requirements, 2 * weight)
    result = solve(scenario.problem())
    assert result.method.startswith("milp")
    assert result.filled.tolist() == [2.0]  # four companies stand in for two battalions
    assert result.used.tolist() == [4.0]
    assert result.objective == scenario.optimum
    assert result.bound >= result.objective


def test_a_substitute_worth_more_than_one_unit_is_not_cut_short() -> None:
    from willing.domain.enums import Domain, Layer, Unit
    from willing.domain.forces import Capability, Pledge, Requirement, Substitution

    from .scenarios import LOCATIONS, PHASES

    capabilities = [
        Capability(id="inf", name="Infantry company", domain=Domain.LAND, unit=Unit.COMPANY),
        Capability(
            id="bn",
            name="Battalion",
            domain=Domain.LAND,
            unit=Unit.BATTALION,
            substitutes=[Substitution(for_capability="inf", ratio=0.25)],
        ),
    ]
    pledges = [Pledge(id="B", party="AAA", capability="bn", quantity=2, layers=[Layer.SUPPORT])]
    requirements = [
        Requirement(
            id="R",
            capability="inf",
            quantity=8,
            layer=Layer.SUPPORT,
            location="POL",
            phase="sustain",
            priority=1,
        ),
    ]
    scenario = Scenario(capabilities, LOCATIONS, PHASES, [], pledges, requirements, 8 * W[1])
    result = solve(scenario.problem())
    assert result.filled.tolist() == [8.0]  # two battalions stand in for eight companies
    assert result.objective == scenario.optimum
