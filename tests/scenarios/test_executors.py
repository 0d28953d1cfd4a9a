"""The same seed gives identical results on every executor, local clusters included."""

from __future__ import annotations

import numpy as np
import pytest

from willing.scenarios.criticality import criticality
from willing.scenarios.executors import (
    DaskExecutor,
    Executor,
    LocalExecutor,
    RayExecutor,
    SerialExecutor,
    chunks,
    executor_named,
)
from willing.scenarios.montecarlo import MonteCarlo, run_montecarlo
from willing.scenarios.uncertainty import UNFIXED, Uncertainty
from willing.sourcing.problem import SourcingProblem
from willing.sourcing.synthetic import generate

DRAWS, SEED = 400, 5


@pytest.fixture(scope="module")
def instance() -> tuple[SourcingProblem, Uncertainty]:
    problem = generate(600, 60, seed=2, n_conditions=5)
    n = len(problem.conditions)
    unc = Uncertainty(
        problem.conditions,
        np.linspace(0.3, 0.8, n),
        np.array([-1, 0, 0, -1, 3]),
        np.full(n, 0.2),
        np.full(n, UNFIXED, np.int64),
    )
    return problem, unc


@pytest.fixture(scope="module")
def reference(instance: tuple[SourcingProblem, Uncertainty]) -> MonteCarlo:
    problem, unc = instance
    return run_montecarlo(problem, unc, DRAWS, SEED, SerialExecutor())


def _same(a: MonteCarlo, b: MonteCarlo) -> None:
    assert a.distinct == b.distinct > 1
    assert np.array_equal(a.met, b.met)
    assert np.array_equal(a.coverage, b.coverage)


def test_the_local_pool_equals_serial_solving(
    instance: tuple[SourcingProblem, Uncertainty], reference: MonteCarlo
) -> None:
    problem, unc = instance
    seen: list[tuple[int, int]] = []
    mc = run_montecarlo(
        problem,
        unc,
        DRAWS,
        SEED,
        LocalExecutor(2),
        progress=lambda done, total: seen.append((done, total)),
    )
    _same(mc, reference)
    assert seen[0] == (0, reference.distinct)
    assert sum(done for done, _ in seen) == reference.distinct


def test_a_different_seed_gives_different_draws(
    instance: tuple[SourcingProblem, Uncertainty], reference: MonteCarlo
) -> None:
    problem, unc = instance
    other = run_montecarlo(problem, unc, DRAWS, SEED + 1, SerialExecutor())
    assert not np.array_equal(other.met, reference.met)


@pytest.mark.parametrize("name", ["ray", "dask"])
def test_ray_and_dask_local_clusters_equal_the_local_executor(
    instance: tuple[SourcingProblem, Uncertainty], reference: MonteCarlo, name: str
) -> None:
    # the optional extras are part of the test install (./tasks): a missing one fails here
    problem, unc = instance
    executor: Executor = RayExecutor(workers=2) if name == "ray" else DaskExecutor(workers=2)
    try:
        _same(run_montecarlo(problem, unc, DRAWS, SEED, executor), reference)
        # a second call reuses the running cluster and the problem already shipped to it
        met = np.ones(len(problem.conditions), bool)
        _, remote = criticality(problem, met, executor, top_pledges=3)
        _, local = criticality(problem, met, SerialExecutor(), top_pledges=3)
        assert remote == local
    finally:
        executor.close()


def test_criticality_is_the_same_on_the_local_pool(
    instance: tuple[SourcingProblem, Uncertainty],
) -> None:
    problem, _ = instance
    met = np.ones(len(problem.conditions), bool)
    _, serial = criticality(problem, met, SerialExecutor(), top_pledges=5)
    _, pooled = criticality(problem, met, LocalExecutor(2), top_pledges=5)
    assert serial == pooled
    assert {loss.kind for loss in serial} == {"nation", "condition", "pledge"}


def test_chunks_cover_every_item_once() -> None:
    items = list(range(230))
    parts = chunks(items, 2)
    assert [i for part in parts for i in part] == items
    assert len(parts) >= 64


def test_unknown_executor_names_are_rejected() -> None:
    assert executor_named("serial").name == "serial"
    with pytest.raises(Exception, match="unknown executor 'spark'"):
        executor_named("spark")
