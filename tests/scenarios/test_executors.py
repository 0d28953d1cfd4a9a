"""The same seed gives identical results on every executor, local clusters included.

Ray and Dask are tested both ways: started by the executor (no address) and reached at the
address of a cluster the test starts itself, as `--address` does.
"""

from __future__ import annotations

import secrets
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

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


@pytest.fixture(scope="module", autouse=True)
def ray_token() -> Iterator[None]:
    """One throwaway token for every Ray cluster this module starts or joins, given through
    the environment: clusters run with token authentication, a process keeps the first
    token it reads (so one token for the module), and none is written to disk."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RAY_AUTH_MODE", "token")
        patch.setenv("RAY_AUTH_TOKEN", secrets.token_hex(32))
        yield


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


# --- executors given the address of a running cluster (--address) -------------------------

#: A small instance: the cluster start dominates, the solves take well under a second.
SMALL_DRAWS = 120

#: A Ray head in its own process, as a cluster the executor did not start: it prints its
#: address, then stays up until its standard input closes.
RAY_HEAD = """
import sys
import ray
ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
print(ray.get_runtime_context().gcs_address, flush=True)
sys.stdin.read()
ray.shutdown()
"""


@pytest.fixture(scope="module")
def small() -> tuple[SourcingProblem, Uncertainty]:
    problem = generate(250, 25, seed=3, n_conditions=4)
    n = len(problem.conditions)
    unc = Uncertainty(
        problem.conditions,
        np.linspace(0.3, 0.7, n),
        np.array([-1, 0, -1, -1]),
        np.full(n, 0.2),
        np.full(n, UNFIXED, np.int64),
    )
    return problem, unc


@pytest.fixture(scope="module")
def small_reference(small: tuple[SourcingProblem, Uncertainty]) -> MonteCarlo:
    """The same seed on the local process pool."""
    problem, unc = small
    return run_montecarlo(problem, unc, SMALL_DRAWS, SEED, LocalExecutor(2))


@pytest.fixture
def ray_head() -> Iterator[tuple[str, subprocess.Popen[str]]]:
    with subprocess.Popen(
        [sys.executable, "-c", RAY_HEAD],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as proc:
        assert proc.stdin is not None
        assert proc.stdout is not None
        try:
            address = proc.stdout.readline().strip()
            assert address, "the Ray head did not start"
            yield address, proc
        finally:
            proc.stdin.close()  # the head shuts Ray down and exits
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()  # only the head this fixture started
                proc.wait()


@pytest.fixture
def dask_cluster() -> Iterator[Any]:
    import distributed

    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    try:
        yield cluster
    finally:
        cluster.close()


def _same_as_local(
    executor: Executor, small: tuple[SourcingProblem, Uncertainty], reference: MonteCarlo
) -> None:
    problem, unc = small
    _same(run_montecarlo(problem, unc, SMALL_DRAWS, SEED, executor), reference)
    met = np.ones(len(problem.conditions), bool)
    _, remote = criticality(problem, met, executor, top_pledges=3)
    _, local = criticality(problem, met, LocalExecutor(2), top_pledges=3)
    assert remote == local


def test_ray_at_an_address_equals_the_local_executor(
    ray_head: tuple[str, subprocess.Popen[str]],
    small: tuple[SourcingProblem, Uncertainty],
    small_reference: MonteCarlo,
) -> None:
    import ray

    address, head = ray_head
    assert not ray.is_initialized()  # so the executor itself connects, to `address`
    executor = executor_named("ray", address)
    try:
        _same_as_local(executor, small, small_reference)
        assert ray.get_runtime_context().gcs_address == address
    finally:
        executor.close()
    # closing disconnects this process and leaves the cluster it did not start running
    assert not ray.is_initialized()
    assert head.poll() is None


def test_dask_at_an_address_equals_the_local_executor(
    dask_cluster: Any,
    small: tuple[SourcingProblem, Uncertainty],
    small_reference: MonteCarlo,
) -> None:
    executor = executor_named("dask", dask_cluster.scheduler_address)
    assert isinstance(executor, DaskExecutor)
    try:
        _same_as_local(executor, small, small_reference)
        assert executor._cluster is None  # connected, not started
        assert executor._client.scheduler.address == dask_cluster.scheduler_address
    finally:
        executor.close()
    # closing closes the client only: the cluster it did not start still takes work
    assert dask_cluster.status.name == "running"
    assert len(dask_cluster.scheduler_info["workers"]) == 2


def test_a_cluster_is_sent_arrays_not_names(instance: tuple[SourcingProblem, Uncertainty]) -> None:
    """What Ray or Dask workers receive names no record, party or condition."""
    import pickle

    from willing.scenarios.sweep import anonymised

    problem, _ = instance
    shipped = pickle.dumps(anonymised(problem))
    names = {*problem.pledge_ids, *problem.requirement_ids, *problem.parties, *problem.conditions}
    names = {n for n in names if len(n) > 3}  # short codes could match by chance in raw bytes
    assert names
    assert not [n for n in names if n.encode() in shipped]
    assert anonymised(problem).pledge_units.tolist() == problem.pledge_units.tolist()
