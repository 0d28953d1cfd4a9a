"""Substitution at a ratio other than one: coverage still comes first, and the MILP that
such gains need is solved to the true optimum, not to a relative gap."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from willing.domain.enums import ConditionStatus
from willing.services.registry import read_source
from willing.sourcing import SourcingProblem, from_dataset, solve
from willing.sourcing.milp import solve_milp
from willing.sourcing.network import define_network
from willing.sourcing.problem import LAYERS
from willing.sourcing.synthetic import generate

from .test_properties import lexicographic_optimum


def tiny(
    pledges: Sequence[tuple[int, int, int]],
    lines: Sequence[tuple[int, int, int]],
    substitutions: Sequence[tuple[int, int, float]] = (),
    capabilities: Sequence[str] = ("inf", "eng"),
) -> SourcingProblem:
    """Pledges (capability, units, cost) and lines (capability, units, priority), one nation,
    one location, one phase, every layer allowed."""
    n_p, n_r = len(pledges), len(lines)
    return SourcingProblem(
        parties=("AAA",),
        capabilities=tuple(capabilities),
        locations=("L",),
        phases=("now",),
        conditions=(),
        capability_domain=np.zeros(len(capabilities), np.int32),
        capability_force_weight=np.ones(len(capabilities)),
        phase_deadline=np.array([30], np.int32),
        pledge_ids=tuple(f"P{i}" for i in range(n_p)),
        pledge_party=np.zeros(n_p, np.int32),
        pledge_capability=np.array([p[0] for p in pledges], np.int32),
        pledge_units=np.array([p[1] for p in pledges], np.int64),
        pledge_layers=np.full(n_p, (1 << len(LAYERS)) - 1, np.uint8),
        pledge_locations=np.ones((n_p, 1), np.bool_),
        pledge_conditions=np.zeros((n_p, 0), np.bool_),
        pledge_readiness=np.zeros(n_p, np.int32),
        pledge_cost=np.array([p[2] for p in pledges], np.int64),
        pledge_active=np.ones(n_p, np.bool_),
        requirement_ids=tuple(f"R{i}" for i in range(n_r)),
        requirement_capability=np.array([r[0] for r in lines], np.int32),
        requirement_units=np.array([r[1] for r in lines], np.int64),
        requirement_layer=np.ones(n_r, np.int32),
        requirement_location=np.zeros(n_r, np.int32),
        requirement_phase=np.zeros(n_r, np.int32),
        requirement_priority=np.array([r[2] for r in lines], np.int32),
        requirement_nation_cap=np.array([r[1] for r in lines], np.int64),
        substitution_from=np.array([s[0] for s in substitutions], np.int32),
        substitution_to=np.array([s[1] for s in substitutions], np.int32),
        substitution_ratio=np.array([s[2] for s in substitutions], np.float64),
        met=np.zeros(0, np.bool_),
    )


def test_an_expensive_substitute_still_fills_a_low_priority_line() -> None:
    # one priority-5 line needing 2 inf; 30 eng at cost 10 stand in at 2 eng per inf
    problem = tiny([(1, 30, 10)], [(0, 2, 5)], [(1, 0, 2.0)])
    result = solve(problem)
    assert result.filled.tolist() == [2.0]
    assert result.used.tolist() == [4.0]
    assert result.objective == result.bound


def test_coverage_dominates_cost_at_any_ratio() -> None:
    for ratio in (1.5, 3.0, 7.0, 25.0):
        problem = tiny([(1, 200, 10)], [(0, 6, 5)], [(1, 0, ratio)])
        result = solve(problem)
        assert result.filled.tolist() == [6.0], ratio
        assert result.used.tolist() == [6 * ratio], ratio


def test_the_milp_reaches_the_true_optimum_where_a_relative_gap_would_not() -> None:
    # the shipped data with unknown conditions taken as met: ratios other than one put
    # part of it on the MILP, and its objective (~1e13) is so large that a relative gap
    # of 1e-6 let HiGHS stop hundreds of thousands short of the optimum
    problem = from_dataset(read_source("cotw-ukraine-2026"), unknown_as=ConditionStatus.MET)
    result = solve(problem)
    assert result.method.startswith("milp")
    assert abs(result.objective) > 1e12
    assert result.objective == result.bound
    ref = lexicographic_optimum(problem)
    covered = float(10.0 ** (5 - problem.requirement_priority) @ result.filled)
    assert abs(covered - ref.best) <= 1e-4
    assert abs(result.cost - ref.least_cost) <= ref.cost_tolerance()


def test_only_components_with_a_gain_go_to_the_milp() -> None:
    # inf/eng are joined by a substitution at ratio 2; art stands alone
    problem = tiny(
        [(1, 4, 3), (2, 5, 1)],
        [(0, 2, 1), (2, 3, 2)],
        [(1, 0, 2.0)],
        capabilities=("inf", "eng", "art"),
    )
    network = define_network(problem)
    result = solve(problem)
    assert result.method == "milp (HiGHS) + min-cost flow (OR-Tools)"
    assert result.filled.tolist() == [2.0, 3.0]
    whole = solve_milp(problem, network)
    assert result.objective == -whole.cost == result.bound


def test_the_milp_prints_nothing_on_stdout(capfd: pytest.CaptureFixture[str]) -> None:
    # HiGHS 1.12 printed a stray debug line on this instance, straight to the C stdout,
    # which would corrupt `willing plan --json`
    problem = generate(
        n_pledges=36,
        n_requirements=11,
        seed=30,
        n_nations=2,
        n_capabilities=4,
        n_conditions=0,
        tightness=0.5,
        substitutions=1,
        ratios=(0.5,),
    )
    result = solve(problem)
    assert result.method.startswith("milp")
    assert result.objective == result.bound
    out, _ = capfd.readouterr()
    assert out == ""
