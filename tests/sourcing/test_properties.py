"""Properties on random small coalitions: every plan is feasible, and its objective equals the
optimum of an independent formulation (one variable per compatible pair) solved by SCIP."""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

import numpy as np
import scipy.sparse as sp
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from ortools.linear_solver import pywraplp
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


def _instances(ratios: st.SearchStrategy[tuple[float, ...]]) -> st.SearchStrategy[SourcingProblem]:
    return st.builds(
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
        substitutions=st.integers(0, 2),
        ratios=ratios,
    )


#: Instances whose substitutions may have ratios other than one (which need the MILP).
instances = _instances(st.sampled_from([(1.0,), (2.0,), (0.5, 1.5, 3.0), (1.0, 2.5)]))
#: Pure network instances (every substitution at ratio one).
unit_instances = st.builds(
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


def independent_gain(problem: SourcingProblem) -> np.ndarray:
    """(capabilities x capabilities) line units per pledge unit, from the raw instance."""
    n = len(problem.capabilities)
    gain = np.eye(n)
    for a, b, ratio in zip(
        problem.substitution_from, problem.substitution_to, problem.substitution_ratio, strict=True
    ):
        if a != b:
            gain[a, b] = max(gain[a, b], 1.0 / float(ratio))
    return gain


#: Slacks tried on the reference's "coverage >= best" row, tightest first.
SLACKS = (1e-6, 1e-5, 1e-4, 1e-3, 1e-2)


class Reference(NamedTuple):
    """The reference's best coverage, least cost at it, and the slack its cost stage took."""

    best: float
    least_cost: float
    slack: float

    def cost_tolerance(self) -> float:
        """Cost the slack can buy: a coverage of `slack` at the lowest weight (1) frees at
        most slack x 3 (the largest ratio in the tests) pledge units at cost 10 each."""
        return 1e-4 + 1e-7 * self.least_cost + 30 * self.slack


def whole_scale(gains: np.ndarray) -> float:
    """The least factor (up to 1000) that makes every gain a whole number, e.g. 15 for
    gains 2/3 and 2/5."""
    for k in range(1, 1001):
        scaled = gains * k
        if np.allclose(scaled, np.round(scaled), rtol=0, atol=1e-9):
            return float(k)
    raise AssertionError(f"no whole scale for gains {sorted(set(gains.tolist()))}")


def lexicographic_optimum(problem: SourcingProblem) -> Reference:
    """Coverage first, then cost, of an independent pair model built from the raw arrays.

    Variables: y[i, r] pledge units of pledge i on line r (continuous) and z[i, place]
    whole pledge units of pledge i sent to a place (line capability, layer, location).
    Coverage is counted with weights 10 ** (5 - priority) per line unit; returns the
    maximum coverage and the least cost (per pledge unit) that reaches it.
    """
    p = problem
    avail = p.pledge_active & (p.pledge_units > 0)
    avail &= ~(p.pledge_conditions & ~p.met[None, :]).any(axis=1)
    gains = independent_gain(p)
    pairs_i, pairs_r, pairs_g = [], [], []
    for i in np.flatnonzero(avail).tolist():
        for r in range(p.n_requirements):
            g = gains[p.pledge_capability[i], p.requirement_capability[r]]
            ok = (
                g > 0
                and (int(p.pledge_layers[i]) >> int(p.requirement_layer[r])) & 1
                and p.pledge_locations[i, p.requirement_location[r]]
                and p.pledge_readiness[i] <= p.phase_deadline[p.requirement_phase[r]]
            )
            if ok:
                pairs_i.append(i)
                pairs_r.append(r)
                pairs_g.append(g)
    k = len(pairs_i)
    if k == 0:
        return Reference(0.0, 0.0, 0.0)
    pi, pr, pg = np.array(pairs_i), np.array(pairs_r), np.array(pairs_g)
    place = np.stack(
        [p.requirement_capability[pr], p.requirement_layer[pr], p.requirement_location[pr]], 1
    )
    zkeys, zof = np.unique(np.column_stack([pi, place]), axis=0, return_inverse=True)
    zof = zof.reshape(-1)
    nz = len(zkeys)
    n = k + nz  # columns: y then z
    ycols, zcols = np.arange(k), k + np.arange(nz)
    rows, lo, hi = [], [], []
    # y of a (pledge, place) sums to its z
    rows.append(
        sp.csr_matrix(
            (
                np.concatenate([np.ones(k), -np.ones(nz)]),
                (np.concatenate([zof, np.arange(nz)]), np.concatenate([ycols, zcols])),
            ),
            shape=(nz, n),
        )
    )
    lo.append(np.zeros(nz))
    hi.append(np.zeros(nz))
    # pledge units
    rows.append(sp.csr_matrix((np.ones(nz), (zkeys[:, 0], zcols)), shape=(p.n_pledges, n)))
    lo.append(np.full(p.n_pledges, -np.inf))
    hi.append(p.pledge_units.astype(float))
    # line demand and nation caps, in line units, scaled to whole coefficients: a model
    # read as text with 12 digits (0.666666666667 x 3 > 2) once lost a whole unit this way
    scale = whole_scale(pg)
    rows.append(sp.csr_matrix((scale * pg, (pr, ycols)), shape=(p.n_requirements, n)))
    lo.append(np.full(p.n_requirements, -np.inf))
    hi.append(scale * p.requirement_units.astype(float))
    n_par = len(p.parties)
    cell = pr * n_par + p.pledge_party[pi]
    rows.append(sp.csr_matrix((scale * pg, (cell, ycols)), shape=(p.n_requirements * n_par, n)))
    lo.append(np.full(p.n_requirements * n_par, -np.inf))
    hi.append(scale * np.repeat(p.requirement_nation_cap.astype(float), n_par))
    if p.force_share_cap is not None:
        # weighted units of one nation at most the cap's share of all weighted units
        zp = zkeys[:, 0]
        m = p.capability_force_weight[p.pledge_capability[zp]].astype(float)
        own = sp.csr_matrix((m, (p.pledge_party[zp], zcols)), shape=(n_par, n))
        everyone = sp.csr_matrix(
            (np.tile(m, n_par), (np.repeat(np.arange(n_par), nz), np.tile(zcols, n_par))),
            shape=(n_par, n),
        )
        rows.append((own - p.force_share_cap * everyone).tocsr())
        lo.append(np.full(n_par, -np.inf))
        hi.append(np.zeros(n_par))
    a = sp.vstack(rows).tocsr()
    integrality = np.concatenate([np.zeros(k), np.ones(nz)])
    value = np.concatenate([10.0 ** (5 - p.requirement_priority[pr]) * pg, np.zeros(nz)])
    cost = np.concatenate([p.pledge_cost[pi].astype(float), np.zeros(nz)])
    lo_all, hi_all = np.concatenate(lo), np.concatenate(hi)
    first = scip_minimum(-value, a, lo_all, hi_all, integrality)
    assert first is not None
    best = -first
    keep_best = sp.vstack([a, sp.csr_matrix(value)]).tocsr()
    # a solver's own tolerances can make the plan it just found miss "coverage >= best" by
    # a hair (3e-4 on 2.4e5 seen); loosen the row step by step, far below one unit of coverage
    for slack in SLACKS:
        least_cost = scip_minimum(
            cost,
            keep_best,
            np.concatenate([lo_all, [best - slack]]),
            np.concatenate([hi_all, [np.inf]]),
            integrality,
        )
        if least_cost is not None:
            break
    assert least_cost is not None
    return Reference(best, least_cost, slack)


def scip_minimum(
    c: np.ndarray, a: sp.csr_matrix, lo: np.ndarray, hi: np.ndarray, integrality: np.ndarray
) -> float | None:
    """min c.x subject to lo <= a.x <= hi, x >= 0, solved by SCIP: a different solver from
    the HiGHS the optimiser's MILP uses, so the two cannot share a bug. The model is passed
    as doubles (no text round trip). None when SCIP does not prove an optimum."""
    solver = pywraplp.Solver.CreateSolver("SCIP")
    assert solver is not None
    inf = solver.infinity()
    x = [
        solver.IntVar(0, inf, f"x{j}") if integer else solver.NumVar(0, inf, f"x{j}")
        for j, integer in enumerate(integrality.tolist())
    ]
    for row in range(a.shape[0]):
        start, end = a.indptr[row], a.indptr[row + 1]
        if start == end:
            continue
        low = float(lo[row]) if np.isfinite(lo[row]) else -inf
        high = float(hi[row]) if np.isfinite(hi[row]) else inf
        constraint = solver.Constraint(low, high)
        for j, v in zip(a.indices[start:end].tolist(), a.data[start:end].tolist(), strict=True):
            constraint.SetCoefficient(x[j], float(v))
    objective = solver.Objective()
    for j, cj in enumerate(c.tolist()):
        if cj:
            objective.SetCoefficient(x[j], float(cj))
    objective.SetMinimization()
    solver.SetSolverSpecificParametersAsString("limits/gap = 0\nlimits/absgap = 0\n")
    if solver.Solve() != pywraplp.Solver.OPTIMAL:
        return None
    return float(sum(float(cj) * x[j].solution_value() for j, cj in enumerate(c.tolist())))


def line_gain(result: SourcingResult) -> np.ndarray:
    """Line units one pledge unit fills, for each allocation line."""
    p = result.problem
    gains = independent_gain(p)
    return gains[p.pledge_capability[result.pledge], p.requirement_capability[result.requirement]]


def assert_feasible(result: SourcingResult) -> None:
    """No pledge over-used or unavailable, no caveat, readiness or cap broken."""
    p = result.problem
    pl, line, units = result.pledge, result.requirement, result.units
    assert np.all(units > 0)
    assert np.all(result.available[pl])
    # conditions checked from the raw arrays, not from the solver's own mask
    assert not np.any(p.pledge_conditions[pl] & ~result.met[None, :])
    assert np.all(p.pledge_active[pl])
    used = np.bincount(pl, weights=units, minlength=p.n_pledges)
    assert np.all(used <= p.pledge_units + 1e-9)  # whole numbers, up to float rounding
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
    in_line = units * line_gain(result)
    nation = np.zeros((p.n_requirements, len(p.parties)))
    np.add.at(nation, (line, p.pledge_party[pl]), in_line)
    assert np.all(nation <= p.requirement_nation_cap[:, None] + 1e-9)
    assert np.allclose(
        np.bincount(line, weights=in_line, minlength=p.n_requirements), result.filled
    )
    if p.force_share_cap is not None:
        weight = p.capability_force_weight[p.pledge_capability[pl]]
        by_party = np.bincount(p.pledge_party[pl], weights=units * weight, minlength=len(p.parties))
        assert np.all(by_party <= p.force_share_cap * by_party.sum() + 1e-6)


def assert_coverage_first_optimal(result: SourcingResult) -> None:
    """Coverage equals the reference maximum, and cost the least that reaches it, to the
    solvers' tolerances (the reference's second stage may give up 1e-6 of coverage)."""
    problem = result.problem
    ref = lexicographic_optimum(problem)
    covered = float(10.0 ** (5 - problem.requirement_priority) @ result.filled)
    assert abs(covered - ref.best) <= 1e-4 + 1e-7 * ref.best
    assert abs(result.cost - ref.least_cost) <= ref.cost_tolerance()


def _found_in_ci(n_requirements: int, tightness: float, substitutions: int) -> SourcingProblem:
    return generate(
        n_pledges=28,
        n_requirements=n_requirements,
        seed=96502,
        n_nations=1,
        n_capabilities=2,
        n_conditions=0,
        conditional_share=0.0,
        tightness=tightness,
        capped_share=0.0,
        substitutions=substitutions,
        ratios=(0.5, 1.5, 3.0),
    )


@PROPERTY
@given(instances)
# a weighted objective left a third of a unit unfilled to save a whole pledge unit's cost
@example(_found_in_ci(5, 0.5, 1))
# allocation lines carried the solver's noise into the reported cost
@example(_found_in_ci(2, 1.3, 2))
# presolve called the cost stage infeasible (and fails the reference's second stage)
@example(
    generate(
        10,
        5,
        seed=0,
        n_nations=4,
        n_capabilities=3,
        n_conditions=3,
        capped_share=0.5,
        substitutions=1,
        ratios=(2.0,),
        tightness=0.5,
        conditional_share=0.0,
    )
)
@example(
    generate(
        22,
        7,
        seed=1_910_865_499,
        n_nations=2,
        n_capabilities=2,
        n_conditions=2,
        substitutions=1,
        ratios=(1.0, 2.5),
        tightness=0.5,
        conditional_share=0.0,
        capped_share=0.0,
    )
)
def test_plan_is_feasible_and_coverage_first_optimal(problem: SourcingProblem) -> None:
    result = solve(problem)
    assert_feasible(result)
    assert result.bound - result.objective < 1e-6 * max(1.0, abs(result.bound))
    assert_coverage_first_optimal(result)


@PROPERTY
@given(unit_instances)
def test_network_plan_equals_the_naive_pair_model(problem: SourcingProblem) -> None:
    result = solve(problem)
    assert result.objective == result.bound
    assert result.objective == pair_model_optimum(problem)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances, st.sampled_from([0.34, 0.5, 0.7]))
# allocation lines after a gain summed to 11.999998 of a pledge's 12 units
@example(
    generate(
        30,
        2,
        seed=3,
        n_nations=3,
        n_capabilities=3,
        n_conditions=1,
        capped_share=0.5,
        substitutions=2,
        ratios=(0.5, 1.5, 3.0),
        tightness=0.5,
        conditional_share=0.0,
    ),
    0.5,
)
def test_whole_force_cap_plan_is_feasible_and_optimal(problem: SourcingProblem, cap: float) -> None:
    # units count by personnel per unit: vary the weights with the capability
    weights = (1.0 + np.arange(len(problem.capabilities)) % 3) ** 2
    capped = replace(problem, capability_force_weight=weights).with_scenario(force_share_cap=cap)
    result = solve(capped)
    assert_feasible(result)
    assert result.bound - result.objective < 1e-6 * max(1.0, abs(result.bound))
    assert_coverage_first_optimal(result)


@PROPERTY
@given(instances)
def test_cheap_coverage_path_agrees_and_greedy_never_wins(problem: SourcingProblem) -> None:
    result = solve(problem)
    coverage = solve_coverage(problem)
    assert coverage.objective == result.objective
    assert np.array_equal(coverage.filled, result.filled)
    assert greedy(problem).objective <= result.objective + 1e-9 * max(1.0, abs(result.objective))


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
@given(unit_instances)
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
