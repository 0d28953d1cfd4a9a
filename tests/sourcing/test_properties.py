"""Properties on random small coalitions: every plan is feasible, and its objective equals the
optimum of an independent formulation (one variable per compatible pair) solved by SciPy."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.optimize import Bounds, LinearConstraint, milp

from willing.sourcing import (
    SourcingProblem,
    SourcingResult,
    explain_gaps,
    solve,
    solve_coverage,
)
from willing.sourcing.baselines import compatible_pairs, greedy
from willing.sourcing.synthetic import generate

instances = st.builds(
    generate,
    n_pledges=st.integers(1, 40),
    n_requirements=st.integers(1, 12),
    seed=st.integers(0, 2**31),
    n_nations=st.integers(1, 4),
    n_capabilities=st.integers(2, 4),
    n_conditions=st.integers(0, 3),
    conditional_share=st.sampled_from([0.0, 0.3, 0.8]),
    tightness=st.sampled_from([0.5, 1.3, 3.0]),
    capped_share=st.sampled_from([0.0, 0.5, 1.0]),
    substitutions=st.integers(0, 1),
)
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def pair_model_optimum(problem: SourcingProblem) -> float:
    """Maximum of the naive model: integer units per compatible (pledge, line) pair."""
    pairs = compatible_pairs(problem)
    k = len(pairs.pledge)
    if k == 0:
        return 0.0
    weight = problem.requirement_weight()[pairs.line] * pairs.gain
    cost = problem.pledge_cost[pairs.pledge]
    cols = np.arange(k)
    rows: list[sp.csr_matrix] = []
    upper: list[np.ndarray] = []
    rows.append(sp.csr_matrix((np.ones(k), (pairs.pledge, cols)), shape=(problem.n_pledges, k)))
    upper.append(problem.pledge_units.astype(float))
    rows.append(sp.csr_matrix((pairs.gain, (pairs.line, cols)), shape=(problem.n_requirements, k)))
    upper.append(problem.requirement_units.astype(float))
    n_parties = len(problem.parties)
    party = problem.pledge_party[pairs.pledge].astype(np.int64)
    cell = pairs.line * n_parties + party
    rows.append(
        sp.csr_matrix((pairs.gain, (cell, cols)), shape=(problem.n_requirements * n_parties, k))
    )
    upper.append(np.repeat(problem.requirement_nation_cap.astype(float), n_parties))
    if problem.force_share_cap is not None:
        m = problem.capability_force_weight[problem.pledge_capability[pairs.pledge]]
        own = sp.csr_matrix((m, (party, cols)), shape=(n_parties, k))
        total = sp.csr_matrix(np.tile(m * problem.force_share_cap, (n_parties, 1)))
        rows.append((own - total).tocsr())
        upper.append(np.zeros(n_parties))
    a = sp.vstack(rows).tocsr()
    result = milp(
        -(weight - cost),
        constraints=LinearConstraint(a, -np.inf, np.concatenate(upper)),
        integrality=np.ones(k),
        bounds=Bounds(0, problem.pledge_units[pairs.pledge].astype(float)),
        options={"mip_rel_gap": 1e-9},
    )
    assert result.status == 0, result.message
    return float(-result.fun)


def assert_feasible(result: SourcingResult) -> None:
    """No pledge over-used or unavailable, no caveat, readiness or cap broken."""
    p = result.problem
    pl, line, units = result.pledge, result.requirement, result.units
    assert np.all(units > 0)
    assert np.all(result.available[pl])
    used = np.bincount(pl, weights=units, minlength=p.n_pledges)
    assert np.all(used <= p.pledge_units + 1e-9)
    assert np.all(result.filled <= p.requirement_units + 1e-9)
    assert np.all(((p.pledge_layers[pl] >> p.requirement_layer[line]) & 1) == 1)
    assert np.all(p.pledge_locations[pl, p.requirement_location[line]])
    assert np.all(p.pledge_readiness[pl] <= p.phase_deadline[p.requirement_phase[line]])
    same = p.pledge_capability[pl] == p.requirement_capability[line]
    subs = set(zip(p.substitution_from.tolist(), p.substitution_to.tolist(), strict=True))
    for a, b in zip(
        p.pledge_capability[pl][~same].tolist(),
        p.requirement_capability[line][~same].tolist(),
        strict=True,
    ):
        assert (a, b) in subs
    assert np.all(result.nation_units() <= p.requirement_nation_cap[:, None] + 1e-9)
    assert np.allclose(np.bincount(line, weights=units, minlength=p.n_requirements), result.filled)
    if p.force_share_cap is not None:
        by_party = np.bincount(p.pledge_party[pl], weights=units, minlength=len(p.parties))
        assert np.all(by_party <= p.force_share_cap * by_party.sum() + 1e-6)


@PROPERTY
@given(instances)
def test_network_plan_is_feasible_and_optimal(problem: SourcingProblem) -> None:
    result = solve(problem)
    assert_feasible(result)
    assert result.objective == result.bound
    assert result.objective == pair_model_optimum(problem)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances, st.sampled_from([0.34, 0.5, 0.7]))
def test_whole_force_cap_plan_is_feasible_and_optimal(problem: SourcingProblem, cap: float) -> None:
    capped = problem.with_scenario(force_share_cap=cap)
    result = solve(capped)
    assert_feasible(result)
    best = pair_model_optimum(capped)
    tolerance = 1e-6 * max(abs(best), 1.0)
    assert abs(result.objective - best) <= tolerance
    assert result.bound >= best - tolerance


@PROPERTY
@given(instances)
def test_cheap_coverage_path_agrees_and_greedy_never_wins(problem: SourcingProblem) -> None:
    result = solve(problem)
    coverage = solve_coverage(problem)
    assert coverage.objective == result.objective
    assert np.array_equal(coverage.filled, result.filled)
    assert greedy(problem).objective <= result.objective


@PROPERTY
@given(instances, st.data())
def test_a_mask_of_pledges_only_removes_supply(
    problem: SourcingProblem, data: st.DataObject
) -> None:
    mask = np.array(
        data.draw(st.lists(st.booleans(), min_size=problem.n_pledges, max_size=problem.n_pledges)),
        dtype=bool,
    )
    full = solve_coverage(problem)
    part = solve(problem, available=mask)
    assert_feasible(part)
    assert not np.any(part.used[~mask])
    assert part.objective <= full.objective


@PROPERTY
@given(instances)
def test_every_gap_is_explained_and_no_spare_unit_could_fill_it(
    problem: SourcingProblem,
) -> None:
    result = solve(problem)
    gaps = explain_gaps(result)
    missing = result.missing()
    assert sorted(g.index for g in gaps) == np.flatnonzero(missing > 1e-6).tolist()
    pairs = compatible_pairs(problem, result.available)
    spare = problem.pledge_units - result.used
    nation = result.nation_units()
    for gap in gaps:
        assert gap.reasons
        assert all(r.units > 0 or r.code == "no-pledge" for r in gap.reasons)
        sources = {int(problem.requirement_capability[gap.index])} | {
            int(a)
            for a, b in zip(problem.substitution_from, problem.substitution_to, strict=True)
            if b == problem.requirement_capability[gap.index]
        }
        offered = np.isin(problem.pledge_capability, list(sources))
        assert (gap.reasons[0].code == "no-pledge") == (not offered.any())
        # an optimal plan leaves no compatible spare unit whose nation is under the cap
        cap = problem.requirement_nation_cap[gap.index]
        here = pairs.pledge[pairs.line == gap.index]
        free = [
            p
            for p in here.tolist()
            if spare[p] > 0 and nation[gap.index, problem.pledge_party[p]] < cap
        ]
        assert free == []
