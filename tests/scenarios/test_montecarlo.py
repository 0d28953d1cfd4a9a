"""Monte Carlo: draws follow the declared dependency, caching changes nothing, bounds hold."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from willing.scenarios.bound import screening_bound
from willing.scenarios.montecarlo import naive_coverage, run_montecarlo
from willing.scenarios.sweep import Cache
from willing.scenarios.uncertainty import FAILED, MET, UNFIXED, Uncertainty, draw, uniforms
from willing.sourcing.synthetic import generate


def _uncertainty(names: tuple[str, ...], rng: np.random.Generator) -> Uncertainty:
    n = len(names)
    parent = np.array(
        [-1 if i == 0 or rng.random() < 0.5 else int(rng.integers(0, i)) for i in range(n)],
        np.int64,
    )
    return Uncertainty(
        names,
        rng.uniform(0.1, 0.9, n),
        parent,
        rng.uniform(0, 0.5, n),
        np.full(n, UNFIXED, np.int64),
    )


def test_a_child_is_drawn_with_its_parents_outcome() -> None:
    unc = Uncertainty(
        ("parent", "child", "sure"),
        np.array([0.5, 0.9, 0.3]),
        np.array([-1, 0, -1]),
        np.array([0.5, 0.2, 0.3]),
        np.array([UNFIXED, UNFIXED, MET]),
    )
    met = draw(unc, uniforms(40_000, 3, seed=7))
    parent, child = met[:, 0], met[:, 1]
    assert abs(parent.mean() - 0.5) < 0.015
    assert abs(child[parent].mean() - 0.9) < 0.015
    assert abs(child[~parent].mean() - 0.2) < 0.015
    assert met[:, 2].all()
    assert np.array_equal(met, draw(unc, uniforms(40_000, 3, seed=7)))


def test_a_cycle_of_dependencies_is_an_error() -> None:
    unc = Uncertainty(
        ("a", "b"),
        np.array([0.5, 0.5]),
        np.array([1, 0]),
        np.array([0.5, 0.5]),
        np.array([UNFIXED, FAILED]),
    )
    with pytest.raises(Exception, match="cycle"):
        draw(unc, uniforms(3, 2, seed=0))


@settings(max_examples=12, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    pledges=st.integers(5, 60),
    lines=st.integers(1, 12),
    conditions=st.integers(0, 4),
    draws=st.integers(1, 25),
)
def test_caching_gives_exactly_what_solving_every_draw_gives(
    seed: int, pledges: int, lines: int, conditions: int, draws: int
) -> None:
    problem = generate(
        pledges,
        lines,
        seed=seed,
        n_nations=5,
        n_capabilities=3,
        n_conditions=conditions,
        conditional_share=0.6,
        substitutions=1,
    )
    unc = _uncertainty(problem.conditions, np.random.default_rng(seed))
    cache = Cache()
    mc = run_montecarlo(problem, unc, draws, seed=seed, cache=cache)
    assert mc.distinct == len(cache.solved) <= draws
    assert np.array_equal(mc.coverage, naive_coverage(problem, mc.met))
    again = run_montecarlo(problem, unc, draws, seed=seed, cache=cache)
    assert np.array_equal(again.coverage, mc.coverage)
    assert cache.hits >= mc.distinct


@settings(max_examples=12, deadline=None)
@given(seed=st.integers(0, 10_000), pledges=st.integers(5, 80), lines=st.integers(1, 15))
def test_the_screening_bound_is_never_below_the_exact_coverage(
    seed: int, pledges: int, lines: int
) -> None:
    problem = generate(
        pledges,
        lines,
        seed=seed,
        n_nations=6,
        n_capabilities=4,
        n_conditions=3,
        conditional_share=0.5,
        substitutions=2,
    )
    unc = _uncertainty(problem.conditions, np.random.default_rng(seed))
    mc = run_montecarlo(problem, unc, 30, seed=seed)
    bound = screening_bound(problem, mc.met)
    assert bound.shape == mc.coverage.shape
    assert (bound >= mc.coverage - 1e-9).all()


def test_summary_statistics_describe_the_draws() -> None:
    problem = generate(300, 40, seed=3)
    unc = _uncertainty(problem.conditions, np.random.default_rng(3))
    mc = run_montecarlo(problem, unc, 500, seed=11)
    stats = mc.summary((0.0, 2.0))
    overall = stats["coverage"]["overall"]
    assert overall["percentiles"]["p5"] <= overall["percentiles"]["p50"]
    assert overall["percentiles"]["p50"] <= overall["percentiles"]["p95"]
    assert overall["p_reach"] == {"0": 1.0, "2": 0.0}
    assert overall["mean"] == pytest.approx(mc.coverage[:, 0].mean())
    assert sum(overall["histogram"]) == 500
    assert 1 <= stats["distinct_solves"] <= 2 ** len(problem.conditions)
    assert set(stats["condition_met_rate"]) == set(problem.conditions)
