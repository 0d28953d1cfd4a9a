"""Gap explanations count only pledges that could serve the line itself, in the line's units, and
equal those of the dense (pledges x lines) algorithm kept below as a reference."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from willing.present.numbers import money
from willing.present.numbers import units as unit_words
from willing.services.registry import read_source
from willing.sourcing import SourcingProblem, SourcingResult, explain_gaps, from_dataset, solve
from willing.sourcing.explain import NO_REASON, NOT_RELEASED, Gap, Reason
from willing.sourcing.gap_amounts import gain_matrix, sources_of
from willing.sourcing.problem import (
    DOMAINS,
    EUR_SCALE,
    LAYERS,
    BoolArray,
    FloatArray,
    IntArray,
)
from willing.sourcing.synthetic import generate

from .test_substitution import tiny


def test_a_condition_is_named_only_for_pledges_that_fit_the_line() -> None:
    result = solve(from_dataset(read_source("cotw-ukraine-2026")))
    gaps = {g.requirement: g for g in explain_gaps(result)}
    air = gaps["R-RA-AIR"]  # reassure, in UKR
    assert air.layer == "reassure"
    named = {r.condition for r in air.reasons if r.code == "condition"}
    # the only pledge waiting on host-nation:POL serves the support layer in Poland
    assert "host-nation:POL" not in named
    p = result.problem
    for gap in gaps.values():
        line = gap.index
        for reason in gap.reasons:
            if reason.code != "condition":
                continue
            k = p.conditions.index(reason.condition)
            waiting = np.flatnonzero(p.pledge_conditions[:, k] & p.pledge_active)
            fits = [
                i
                for i in waiting.tolist()
                if (int(p.pledge_layers[i]) >> int(p.requirement_layer[line])) & 1
                and p.pledge_locations[i, p.requirement_location[line]]
                and p.pledge_readiness[i] <= p.phase_deadline[p.requirement_phase[line]]
            ]
            assert fits, (gap.requirement, reason.condition)


def test_amounts_of_a_substitute_are_in_the_lines_units() -> None:
    # 4 eng stand in for 2 inf (ratio 2) and go to the priority-1 line first
    problem = tiny([(1, 4, 0)], [(0, 2, 1), (0, 6, 5)], [(1, 0, 2.0)])
    result = solve(problem)
    assert result.filled.tolist() == [2.0, 0.0]
    (gap,) = explain_gaps(result)
    (reason,) = gap.reasons
    assert reason.code == "higher-priority"
    assert reason.units == pytest.approx(2.0)
    assert reason.detail.startswith("2 units used by lines of higher priority")


def test_spare_units_that_fit_are_reported_without_a_force_cap() -> None:
    # a nation cap of 1 inf: 1 eng (2/3 inf) fits under it, 2 eng would not; 2 eng stay
    problem = tiny([(1, 3, 0)], [(0, 4, 1)], [(1, 0, 1.5)])
    problem = replace(problem, requirement_nation_cap=np.array([1], np.int64))
    result = solve(problem)
    assert result.filled.tolist() == [pytest.approx(2 / 3)]
    (gap,) = explain_gaps(result)
    spare = [r for r in gap.reasons if r.code == "spare"]
    assert [r.units for r in spare] == [pytest.approx(4 / 3)]


# --- the module gives the very gaps of the dense reference algorithm (below) ---------------


def _exact(result: SourcingResult) -> bool:
    """Whether every amount is a sum of multiples of 1/64 (unit or power-of-two ratios and
    whole units), so that any order of summation gives the same float."""
    p = result.problem
    gains = gain_matrix(p)
    values = np.concatenate([gains.ravel(), result.units, result.used])
    return bool(np.all(values * 64 == np.round(values * 64)))


def assert_same_gaps(result: SourcingResult, new: list[Gap], ref: list[Gap]) -> None:
    """Every field of every gap and reason equal; where amounts are sums of inexact floats
    (a ratio of 1.5 or 3, MILP flows), equal up to the order of summation: 1e-9 relative,
    with the text that the reference's wording gives for the new amount."""
    if _exact(result):
        assert new == ref
        return
    assert len(new) == len(ref)
    for a, b in zip(new, ref, strict=True):
        assert replace(a, reasons=()) == replace(b, reasons=())
        assert [(r.code, r.parties, r.condition) for r in a.reasons] == [
            (r.code, r.parties, r.condition) for r in b.reasons
        ]
        for ra, rb in zip(a.reasons, b.reasons, strict=True):
            assert ra.units == pytest.approx(rb.units, rel=1e-9, abs=1e-12)
            shown = _ref_amount(result.problem, a.index, rb.units)
            if ra.units != rb.units and shown in rb.detail:
                now = _ref_amount(result.problem, a.index, ra.units)
                assert ra.detail == rb.detail.replace(shown, now, 1)
            else:
                assert ra.detail == rb.detail


def assert_as_reference(
    result: SourcingResult, released: BoolArray | None = None, seen: BoolArray | None = None
) -> None:
    new = explain_gaps(result, released=released, conditions_seen=seen)
    assert_same_gaps(result, new, reference_explain_gaps(result, 1e-6, released, seen))


@st.composite
def plans(draw: st.DrawFn) -> tuple[SourcingResult, BoolArray | None, BoolArray | None]:
    """A solved random coalition (drawn as in test_properties) with some pledges withdrawn,
    sometimes a whole-force cap, and maybe a viewer's released pledges and known conditions."""
    problem = generate(
        n_pledges=draw(st.integers(1, 40)),
        n_requirements=draw(st.integers(1, 12)),
        seed=draw(st.integers(0, 2**31)),
        n_nations=draw(st.integers(1, 4)),
        n_capabilities=draw(st.integers(2, 4)),
        n_conditions=draw(st.integers(0, 3)),
        conditional_share=draw(st.sampled_from([0.0, 0.3, 0.8])),
        tightness=draw(st.sampled_from([0.5, 1.3, 3.0])),
        capped_share=draw(st.sampled_from([0.0, 0.5, 1.0])),
        substitutions=draw(st.integers(0, 2)),
        ratios=draw(st.sampled_from([(1.0,), (2.0,), (0.5, 1.5, 3.0), (1.0, 2.5)])),
    )
    n = problem.n_pledges
    active = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    withdraw = draw(st.booleans())
    problem = replace(problem, pledge_active=np.array(active) | (not withdraw))
    if draw(st.integers(0, 4)) == 0:
        problem = problem.with_scenario(force_share_cap=draw(st.sampled_from([0.34, 0.5])))
    released = seen = None
    if draw(st.booleans()):
        released = np.array(draw(st.lists(st.booleans(), min_size=n, max_size=n)), np.bool_)
        k = len(problem.conditions)
        seen = np.array(draw(st.lists(st.booleans(), min_size=k, max_size=k)), np.bool_)
    return solve(problem), released, seen


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_gaps_equal_the_dense_reference(
    plan: tuple[SourcingResult, BoolArray | None, BoolArray | None],
) -> None:
    result, released, seen = plan
    assert_as_reference(result)
    if released is not None:
        assert_as_reference(result, released, seen)


@pytest.mark.parametrize(
    ("size", "seed", "ratios", "force_cap"),
    [
        ((3000, 300), 1, (1.0,), None),
        ((3000, 300), 2, (1.0,), None),
        ((3000, 300), 3, (1.5, 2.0, 3.0), None),
        ((1000, 100), 4, (1.0,), 0.1),  # the whole-force cap needs the MILP: kept small
    ],
)
def test_gaps_of_medium_plans_equal_the_dense_reference(
    size: tuple[int, int], seed: int, ratios: tuple[float, ...], force_cap: float | None
) -> None:
    problem = generate(*size, seed=seed, ratios=ratios).with_scenario(force_share_cap=force_cap)
    rng = np.random.default_rng(seed)
    problem = replace(problem, pledge_active=rng.random(problem.n_pledges) < 0.95)
    result = solve(problem)
    assert_as_reference(result)
    assert_as_reference(result, np.ones(problem.n_pledges, np.bool_))
    # a viewer shown some pledges, and one shown the pledges of some nations only (so a
    # nation at its cap on a line may have no pledge the viewer sees)
    seen = rng.random(len(problem.conditions)) < 0.5
    assert_as_reference(result, rng.random(problem.n_pledges) < 0.7, seen)
    nations = rng.random(len(problem.parties)) < 0.5
    assert_as_reference(result, nations[problem.pledge_party], seen)


def test_a_share_cap_names_only_nations_with_a_pledge_the_viewer_sees() -> None:
    # two nations at their cap of 1 on a line of 3; the viewer sees AAA's pledge only
    problem = tiny([(0, 2, 0), (0, 2, 0)], [(0, 3, 1)])
    problem = replace(
        problem,
        parties=("AAA", "BBB"),
        pledge_party=np.array([0, 1], np.int32),
        requirement_nation_cap=np.array([1], np.int64),
    )
    result = solve(problem)
    mine = np.array([True, False])
    ((full,), (shown,)) = explain_gaps(result), explain_gaps(result, released=mine)
    assert [(r.code, r.units, r.parties) for r in full.reasons] == [
        ("share-cap", 2.0, ("AAA", "BBB"))
    ]
    assert [(r.code, r.units, r.parties) for r in shown.reasons] == [
        ("share-cap", 1.0, ("AAA",)),
        ("not-released", 0.0, ()),
    ]
    assert_as_reference(result)
    assert_as_reference(result, mine)


# --- the dense algorithm the explanations were first computed with, kept as a reference ----
#
# It builds (candidates x lines) arrays for every capability: slow at scale, but written
# straight from the definitions. The module must give the very same gaps on any plan.


def reference_explain_gaps(
    result: SourcingResult,
    tolerance: float = 1e-6,
    released: BoolArray | None = None,
    conditions_seen: BoolArray | None = None,
) -> list[Gap]:
    """The gaps, reasons, amounts and texts of the dense algorithm."""
    p = result.problem
    missing = result.missing()
    gap_lines = np.flatnonzero(missing > tolerance)
    if len(gap_lines) == 0:
        return []
    unmet = p.pledge_conditions & ~result.met[None, :]
    gains = gain_matrix(p)
    line_units = (
        result.units
        * gains[p.pledge_capability[result.pledge], p.requirement_capability[result.requirement]]
    )
    nation = np.zeros((p.n_requirements, len(p.parties)))
    np.add.at(nation, (result.requirement, p.pledge_party[result.pledge]), line_units)
    by_priority = np.zeros((p.n_pledges, 6))
    np.add.at(
        by_priority, (result.pledge, p.requirement_priority[result.requirement]), result.units
    )
    before = np.cumsum(by_priority, axis=1)
    spare = p.pledge_units - result.used
    seen_cond = (
        np.ones(len(p.conditions), np.bool_)
        if conditions_seen is None
        else np.asarray(conditions_seen, np.bool_)
    )
    gaps: dict[int, Gap] = {}
    for capability in np.unique(p.requirement_capability[gap_lines]).tolist():
        lines = gap_lines[p.requirement_capability[gap_lines] == capability]
        candidates = np.flatnonzero(np.isin(p.pledge_capability, sources_of(p, capability)))
        hidden = False
        if released is not None:
            hidden = bool((~released[candidates]).any())
            candidates = candidates[released[candidates]]
        gain = gains[p.pledge_capability[candidates], capability]
        reasons = _reference_capability(
            result,
            (unmet, nation, before, by_priority, spare, line_units),
            lines,
            candidates,
            gain,
            seen_cond,
            hidden,
        )
        for line, line_reasons in zip(lines.tolist(), reasons, strict=True):
            gaps[line] = Gap(
                requirement=p.requirement_ids[line],
                index=line,
                capability=p.capabilities[p.requirement_capability[line]],
                layer=LAYERS[p.requirement_layer[line]],
                location=p.locations[p.requirement_location[line]],
                phase=p.phases[p.requirement_phase[line]],
                priority=int(p.requirement_priority[line]),
                demand=float(p.requirement_units[line]),
                filled=float(result.filled[line]),
                reasons=tuple(line_reasons) or (NO_REASON,),
            )
    return sorted(gaps.values(), key=lambda g: (g.priority, -g.missing, g.requirement))


def _reference_capability(
    result: SourcingResult,
    arrays: tuple[BoolArray, FloatArray, FloatArray, FloatArray, FloatArray, FloatArray],
    lines: IntArray,
    candidates: IntArray,
    gain: FloatArray,
    conditions_seen: BoolArray,
    hidden: bool,
) -> list[list[Reason]]:
    p = result.problem
    all_unmet, all_nation, all_before, all_by_priority, all_spare, line_units = arrays
    if len(candidates) == 0:
        return [[NOT_RELEASED] if hidden else [NO_REASON] for _ in lines]
    units = p.pledge_units[candidates].astype(np.float64) * gain
    active = p.pledge_active[candidates]
    unmet = all_unmet[candidates]
    blocked_cond = unmet.any(axis=1) & active
    open_ = active & ~blocked_cond
    layer_ok = (
        (p.pledge_layers[candidates][:, None] >> p.requirement_layer[lines][None, :]) & 1
    ) == 1
    loc_ok = p.pledge_locations[candidates][:, p.requirement_location[lines]]
    deadline = p.phase_deadline[p.requirement_phase[lines]]
    ready_ok = p.pledge_readiness[candidates][:, None] <= deadline[None, :]
    could_fit = layer_ok & loc_ok & ready_ok
    no_layer = ~layer_ok
    no_loc = layer_ok & ~loc_ok
    no_ready = layer_ok & loc_ok & ~ready_ok
    fits = open_[:, None] & could_fit
    withdrawn = units @ (~active[:, None] & could_fit)
    waiting = (unmet * units[:, None]).T @ (active[:, None] & could_fit).astype(np.float64)
    parties = p.pledge_party[candidates].astype(np.int64)
    capped = p.requirement_nation_cap[lines] < p.requirement_units[lines]
    at_cap = p.requirement_nation_cap[lines][None, :] - 1e-9 <= all_nation[lines][:, parties].T
    by_cap = fits & capped[None, :] & at_cap
    free = fits & ~by_cap
    given = np.zeros((len(candidates), len(lines)))
    mine = np.isin(result.pledge, candidates) & np.isin(result.requirement, lines)
    np.add.at(
        given,
        (
            np.searchsorted(candidates, result.pledge[mine]),
            np.searchsorted(lines, result.requirement[mine]),
        ),
        line_units[mine],
    )
    prio = p.requirement_priority[lines].astype(np.int64)
    f = free.astype(np.float64)
    g = gain[:, None]
    higher = np.einsum("pl,pl->l", f, all_before[candidates][:, prio - 1] * g)
    equal = np.einsum("pl,pl->l", f, all_by_priority[candidates][:, prio] * g - given)
    lower = f.T @ (result.used[candidates] * gain) - higher - equal - (f * given).sum(axis=0)
    spare_free = (all_spare[candidates] * gain) @ f
    capped_force = p.force_share_cap is not None
    amounts = {
        "caveat-layer": units @ no_layer,
        "caveat-location": units @ no_loc,
        "readiness": units @ no_ready,
        "share-cap": (units[:, None] * by_cap - given * by_cap).sum(axis=0),
        "force-share-cap": spare_free if capped_force else 0 * spare_free,
        "spare": 0 * spare_free if capped_force else spare_free,
        "higher-priority": higher,
        "equal-priority": equal,
        "lower-priority": np.maximum(lower, 0.0),
    }
    out: list[list[Reason]] = []
    for j, line in enumerate(lines.tolist()):
        reasons: list[Reason] = []
        gone = float(withdrawn[j])
        if gone > 1e-9:
            reasons.append(Reason("withdrawn", gone, f"{_ref_amount(p, line, gone)} withdrawn"))
        folded = hidden
        for k in np.flatnonzero(waiting[:, j] > 1e-9).tolist():
            if not conditions_seen[k]:
                folded = True
                continue
            amount = float(waiting[k, j])
            reasons.append(
                Reason(
                    "condition",
                    amount,
                    f"{_ref_amount(p, line, amount)} wait on unmet condition '{p.conditions[k]}'",
                    condition=p.conditions[k],
                )
            )
        for code, values in amounts.items():
            amount = float(values[j])
            if amount <= 1e-9:
                continue
            names = ()
            if code == "share-cap":
                names = tuple(sorted({p.parties[i] for i in parties[by_cap[:, j]].tolist()}))
            reasons.append(Reason(code, amount, _ref_describe(p, code, amount, line), names))
        if not reasons and not folded:
            served = float((given[:, j]).sum())
            text = (
                f"no more pledged: all {_ref_amount(p, line, served)} that fit already serve it"
                if served > 0
                else "pledges of this capability come to less than one whole unit"
            )
            reasons.append(Reason("no-more-pledged", served, text))
        if folded:
            reasons.append(NOT_RELEASED)
        out.append(reasons)
    return out


def _ref_amount(p: SourcingProblem, line: int, value: float) -> str:
    if DOMAINS[p.capability_domain[p.requirement_capability[line]]] != "funding":
        return unit_words(value)
    return money(value * EUR_SCALE)


def _ref_describe(p: SourcingProblem, code: str, amount: float, line: int) -> str:
    units = _ref_amount(p, line, amount)
    if code == "caveat-layer":
        return f"{units} barred by caveat: not for layer {LAYERS[p.requirement_layer[line]]}"
    if code == "caveat-location":
        where = p.locations[p.requirement_location[line]]
        return f"{units} barred by caveat: not at location {where}"
    if code == "readiness":
        phase = p.phases[p.requirement_phase[line]]
        days = int(p.phase_deadline[p.requirement_phase[line]])
        return f"{units} not ready within {days} days ({phase})"
    if code == "share-cap":
        return f"{units} held back by the nation cap of {int(p.requirement_nation_cap[line])}"
    if code == "force-share-cap":
        return f"{units} held back by the whole-force share cap"
    if code == "spare":
        return f"{units} that fit stay unused (whole pledge units only)"
    return f"{units} used by lines of {code.replace('-', ' ')}"
