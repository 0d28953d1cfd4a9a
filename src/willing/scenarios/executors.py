"""Run many independent solves: in process, on a local process pool, on Ray or on Dask.

Every executor takes the same call, `map(fn, shared, items)`, ships `shared` to each worker
once and returns `fn(shared, item)` for every item, in order. Results never depend on the
executor, only on the items.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from typing import Any, Protocol

from willing.domain.errors import WillingError

Progress = Callable[[int], None]

#: What a forked local worker holds: the shared object and the function to call.
_shared: tuple[Callable[[Any, Any], Any], Any] | None = None


class Executor(Protocol):
    """Something that can run `fn(shared, item)` for many items."""

    name: str

    def map(
        self,
        fn: Callable[[Any, Any], Any],
        shared: Any,
        items: Sequence[Any],
        progress: Progress | None = None,
    ) -> list[Any]: ...

    def close(self) -> None:
        """Release workers or connections kept between calls."""


class SerialExecutor:
    """Everything in this process: for tiny sweeps and for tests."""

    name = "serial"

    def map(
        self,
        fn: Callable[[Any, Any], Any],
        shared: Any,
        items: Sequence[Any],
        progress: Progress | None = None,
    ) -> list[Any]:
        out = []
        for item in items:
            out.append(fn(shared, item))
            if progress:
                progress(1)
        return out

    def close(self) -> None:
        """Nothing to release."""


def _init_worker(fn: Callable[[Any, Any], Any], shared: Any) -> None:
    global _shared
    _shared = (fn, shared)


def _run_chunk(chunk: Sequence[Any]) -> list[Any]:
    assert _shared is not None
    fn, shared = _shared
    return [fn(shared, item) for item in chunk]


def chunks(items: Sequence[Any], workers: int) -> list[Sequence[Any]]:
    """Split items into small chunks (about 32 per worker) so no worker idles at the end.

    A solve takes far longer than shipping its packed mask, so small chunks cost little.
    """
    size = max(1, len(items) // (workers * 32))
    return [items[i : i + size] for i in range(0, len(items), size)]


class LocalExecutor:
    """A process pool on this machine, all cores by default."""

    name = "local"

    def __init__(self, workers: int | None = None) -> None:
        self.workers = max(1, workers or os.cpu_count() or 1)

    def map(
        self,
        fn: Callable[[Any, Any], Any],
        shared: Any,
        items: Sequence[Any],
        progress: Progress | None = None,
    ) -> list[Any]:
        if self.workers == 1 or len(items) <= 1:
            return SerialExecutor().map(fn, shared, items, progress)
        methods = multiprocessing.get_all_start_methods()
        # forking hands the shared problem to workers without pickling it
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        parts = chunks(items, self.workers)
        results: list[list[Any]] = [[] for _ in parts]
        with ProcessPoolExecutor(
            self.workers, mp_context=context, initializer=_init_worker, initargs=(fn, shared)
        ) as pool:
            futures = {pool.submit(_run_chunk, part): i for i, part in enumerate(parts)}
            try:
                for future in as_completed(futures):
                    results[futures[future]] = future.result()
                    if progress:
                        progress(len(results[futures[future]]))
            except BaseException:
                # a progress callback may stop the work (a cancelled job): drop what waits
                pool.shutdown(wait=False, cancel_futures=True)
                raise
        return [r for part in results for r in part]

    def close(self) -> None:
        """Nothing to release: each call's pool ends with the call."""


def _call(fn: Callable[[Any, Any], Any], shared: Any, chunk: Sequence[Any]) -> list[Any]:
    return [fn(shared, item) for item in chunk]


def _need(module: str, extra: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise WillingError(
            f"the {extra} executor needs the extra: pip install 'willing[{extra.lower()}]'"
        ) from exc


class RayExecutor:
    """A Ray cluster at `address`, or a local Ray instance started on first use.

    The connection lasts until `close()`, so a sweep of many calls pays the start once.
    """

    name = "ray"

    def __init__(self, address: str | None = None, workers: int | None = None) -> None:
        self.address = address
        self.workers = workers
        self._started = False
        self._shared: tuple[Any, Any] | None = None  # (object, its ref in the object store)

    def map(
        self,
        fn: Callable[[Any, Any], Any],
        shared: Any,
        items: Sequence[Any],
        progress: Progress | None = None,
    ) -> list[Any]:
        ray = _need("ray", "Ray")
        if not ray.is_initialized():
            ray.init(
                address=self.address,
                num_cpus=None if self.address else self.workers,
                include_dashboard=False,
                log_to_driver=False,
            )
            self._started = True
        if self._shared is None or self._shared[0] is not shared:
            self._shared = (shared, ray.put(shared))
        task = ray.remote(_call)
        workers = int(ray.cluster_resources().get("CPU", 1))
        parts = chunks(items, workers)
        futures = [task.remote(fn, self._shared[1], part) for part in parts]
        sizes = {f: len(p) for f, p in zip(futures, parts, strict=True)}
        pending = list(futures)
        while pending:
            done, pending = ray.wait(pending, num_returns=1)
            if progress:
                progress(sum(sizes[d] for d in done))
        return [r for part in ray.get(futures) for r in part]

    def close(self) -> None:
        """Disconnect, stopping the local instance if this executor started it."""
        self._shared = None
        if self._started:
            _need("ray", "Ray").shutdown()
            self._started = False


class DaskExecutor:
    """A Dask scheduler at `address`, or a `LocalCluster` started on first use.

    The client lasts until `close()`, so a sweep of many calls pays the start once.
    """

    name = "dask"

    def __init__(self, address: str | None = None, workers: int | None = None) -> None:
        self.address = address
        self.workers = workers
        self._client: Any = None
        self._cluster: Any = None
        self._shared: tuple[Any, Any] | None = None

    def _connect(self) -> Any:
        dist = _need("distributed", "Dask")
        if self._client is None:
            if self.address:
                self._client = dist.Client(self.address)
            else:
                self._cluster = dist.LocalCluster(
                    n_workers=self.workers or os.cpu_count() or 1,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",  # a free port: never clash with another cluster
                )
                self._client = dist.Client(self._cluster)
        return dist

    def map(
        self,
        fn: Callable[[Any, Any], Any],
        shared: Any,
        items: Sequence[Any],
        progress: Progress | None = None,
    ) -> list[Any]:
        dist = self._connect()
        client = self._client
        if self._shared is None or self._shared[0] is not shared:
            self._shared = (shared, client.scatter(shared, broadcast=True))
        workers = max(1, len(client.scheduler_info()["workers"]))
        parts = chunks(items, workers)
        futures = [client.submit(_call, fn, self._shared[1], part, pure=False) for part in parts]
        sizes = {f.key: len(p) for f, p in zip(futures, parts, strict=True)}
        for done in dist.as_completed(futures):
            if progress:
                progress(sizes[done.key])
        return [r for part in client.gather(futures) for r in part]

    def close(self) -> None:
        """Close the client, and the local cluster if this executor started it."""
        self._shared = None
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None


def executor_named(name: str, address: str | None = None, workers: int | None = None) -> Executor:
    """The executor called `name`: local (default), serial, ray or dask."""
    if name == "local":
        return LocalExecutor(workers)
    if name == "serial":
        return SerialExecutor()
    if name == "ray":
        return RayExecutor(address, workers)
    if name == "dask":
        return DaskExecutor(address, workers)
    raise WillingError(f"unknown executor '{name}'; choose local, serial, ray or dask")
