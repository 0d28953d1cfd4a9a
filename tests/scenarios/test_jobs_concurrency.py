"""Database-kept jobs under concurrency: each test was written against the first version of
the feature, failed on it, and holds the behaviour the modules promise now."""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
import time
from collections.abc import Iterator

import pytest

from willing.domain.errors import LimitReached
from willing.services.access import Role, Viewer
from willing.services.jobs import STALE, Jobs, JobState
from willing.storage.store import Store

from .gated import gate_kind

POL = Viewer("POL", Role.LIAISON, user="pol")


def hold_write_lock(store: Store, seconds: float, held: threading.Event) -> threading.Thread:
    """What an import does: the store's serialised write transaction, held for its write."""

    def body() -> None:
        with store.transaction():
            held.set()
            time.sleep(seconds)

    thread = threading.Thread(target=body)
    thread.start()
    return thread


@pytest.fixture
def two(sqlite_url: str) -> Iterator[tuple[Store, Store]]:
    a, b = Store.open(sqlite_url), Store.open(sqlite_url)
    yield a, b
    a.close()
    b.close()


@pytest.mark.slow
def test_a_poll_answers_while_an_import_writes(two: tuple[Store, Store]) -> None:
    """A poll reads only: it answers while an import holds SQLite's write lock (a poll
    that deleted expired jobs used to wait for it, then fail)."""
    a_store, b_store = two
    gate, started = threading.Event(), threading.Event()
    a = Jobs({"gate": gate_kind(gate, started, steps=1000)}, a_store, workers=1)
    b = Jobs({"gate": gate_kind(gate, started, steps=1000)}, b_store, workers=1)
    try:
        job = a.submit(POL, "gate", {})
        assert started.wait(10)
        held = threading.Event()
        importer = hold_write_lock(a_store, 7, held)
        assert held.wait(5)
        t0 = time.monotonic()
        errors: list[str] = []
        try:
            b.get(POL, job.id)  # a client polling the other server process
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{type(exc).__name__}: {exc}"[:120])
        waited = time.monotonic() - t0
        importer.join()
        assert not errors, f"poll failed after {waited:.1f}s: {errors}"
    finally:
        gate.set()
        a.close(wait=True)
        b.close(wait=True)


def test_a_dead_processes_jobs_do_not_block_new_submissions(two: tuple[Store, Store]) -> None:
    """After a crash, the jobs its process held no longer count against `per_user` once
    they lost their mark (they used to count until someone read them)."""
    a_store, b_store = two
    gate, started = threading.Event(), threading.Event()
    kinds = {"gate": gate_kind(gate, started, steps=1000)}
    later = [dt.datetime.now(dt.UTC)]
    a = Jobs(kinds, a_store, workers=2, per_user=2)
    b = Jobs(kinds, b_store, workers=1, per_user=2, clock=lambda: later[0])
    try:
        a.submit(POL, "gate", {})
        a.submit(POL, "gate", {})
        assert started.wait(10)
        a._stop.set()  # process A dies (kill -9): no more beats, no ends written
        later[0] += STALE * 3  # three minutes later, on process B
        try:
            b.submit(POL, "gate", {})
        except LimitReached as exc:
            pytest.fail(f"refused although process A is gone for {STALE * 3}: {exc}")
    finally:
        gate.set()
        a.close(wait=True)
        b.close(wait=True)


@pytest.mark.slow
def test_an_end_the_database_refused_is_written_later(
    two: tuple[Store, Store],
) -> None:
    """A job that ends while another process holds the write lock for longer than the busy
    timeout: its end is kept and written by the beat, and the row is not kept alive as
    running (the beat marks only the jobs its process holds)."""
    a_store, b_store = two
    gate, started = threading.Event(), threading.Event()
    kinds = {"gate": gate_kind(gate, started, steps=1000)}
    a = Jobs(kinds, a_store, workers=1)
    b = Jobs(kinds, b_store, workers=1)
    try:
        job = a.submit(POL, "gate", {})
        assert started.wait(10)
        held = threading.Event()
        importer = hold_write_lock(b_store, 32, held)  # a long import on process B
        assert held.wait(5)
        gate.set()  # the job ends while the import writes
        importer.join()
        time.sleep(6)  # a beat after the import
        seen = b.get(POL, job.id)
        assert seen.state is not JobState.RUNNING, seen
    finally:
        gate.set()
        a.close(wait=True)
        b.close(wait=True)


@pytest.mark.slow
def test_submit_does_not_fail_while_another_process_reports_progress(
    two: tuple[Store, Store],
) -> None:
    """A submit's count-then-insert takes SQLite's write lock at BEGIN, so it waits while
    another connection writes progress instead of failing at once on the upgrade from
    reader to writer (which the busy timeout does not cover)."""
    a_store, b_store = two
    gate, started = threading.Event(), threading.Event()
    kinds = {"gate": gate_kind(gate, started, steps=1000)}
    a = Jobs(kinds, a_store, workers=4, per_user=1000)
    b = Jobs(kinds, b_store, workers=1, per_user=1000)
    errors: list[str] = []
    tries = 0
    try:
        for _ in range(4):
            a.submit(Viewer("FRA", Role.LIAISON, user="fra"), "gate", {})
        assert started.wait(10)
        deadline = time.monotonic() + 8
        while time.monotonic() < deadline:
            tries += 1
            try:
                job = b.submit(POL, "gate", {})
                b.cancel(POL, job.id)
            except Exception as exc:  # noqa: BLE001
                lines = str(exc).splitlines()
                sql = next((line for line in lines if line.startswith("[SQL")), "?")
                errors.append(f"{lines[0]} @ {sql[:30]}")
    finally:
        gate.set()
        a.close(wait=True)
        b.close(wait=True)
    assert not errors, f"{len(errors)} of {tries} submits failed: {sorted(set(errors))}"


@pytest.mark.postgres
def test_the_per_user_limit_holds_under_concurrent_submits(postgres_url: str) -> None:
    """Simultaneous submits of one user are serialised (an advisory lock), so they do not
    all see the same count under READ COMMITTED."""
    store = Store.open(postgres_url)
    gate, started = threading.Event(), threading.Event()
    jobs = Jobs({"gate": gate_kind(gate, started, steps=1000)}, store, workers=1, per_user=2)
    barrier = threading.Barrier(8)
    accepted: list[str] = []

    def one() -> None:
        barrier.wait()
        with contextlib.suppress(LimitReached):
            accepted.append(jobs.submit(POL, "gate", {}).id)

    try:
        threads = [threading.Thread(target=one) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        unfinished = [j for j in jobs.list(POL).data if j.state in ("queued", "running")]
    finally:
        gate.set()
        jobs.close(wait=True)
        store.close()
    assert len(accepted) <= 2, (
        f"per_user=2 but {len(accepted)} accepted ({len(unfinished)} unfinished)"
    )


@pytest.mark.postgres
def test_job_timestamps_are_utc_on_postgresql_too(postgres_url: str) -> None:
    """Timestamps are UTC also from a PostgreSQL server whose time zone is not UTC (initdb
    takes the host's)."""
    import sqlalchemy as sa

    from willing.storage.engine import normalise

    name = sa.engine.make_url(normalise(postgres_url)).database
    admin = sa.create_engine(normalise(postgres_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f"ALTER DATABASE {name} SET timezone = 'Europe/Warsaw'"))
    admin.dispose()
    store = Store.open(postgres_url)
    gate, started = threading.Event(), threading.Event()
    gate.set()
    jobs = Jobs({"gate": gate_kind(gate, started, steps=1000)}, store, workers=1)
    try:
        job = jobs.submit(POL, "gate", {})
        time.sleep(0.5)
        seen = jobs.get(POL, job.id)
    finally:
        jobs.close(wait=True)
        store.close()
    assert job.created_at.utcoffset() == dt.timedelta(0)
    assert seen.created_at.utcoffset() == dt.timedelta(0), seen.model_dump_json()


def test_a_queued_job_cancelled_from_another_process_is_cancelled_at_once(
    two: tuple[Store, Store],
) -> None:
    """A queued job is cancelled at once from another process too (it used to stay
    queued, and count against the limit, until the runner's worker freed up)."""
    a_store, b_store = two
    gate, started = threading.Event(), threading.Event()
    kinds = {"gate": gate_kind(gate, started, steps=1000)}
    a = Jobs(kinds, a_store, workers=1)
    b = Jobs(kinds, b_store, workers=1)
    try:
        a.submit(POL, "gate", {})
        queued = a.submit(POL, "gate", {})
        assert started.wait(10)
        answer = b.cancel(POL, queued.id)
        time.sleep(1)
        later = b.get(POL, queued.id)
        assert (answer.state, later.state) == (JobState.CANCELLED, JobState.CANCELLED), (
            answer.state,
            later.state,
            later.message,
        )
    finally:
        gate.set()
        a.close(wait=True)
        b.close(wait=True)


def test_a_cancelled_queued_import_deletes_its_upload(sqlite_url: str) -> None:
    """An import cancelled while queued (or at shutdown) never runs, and its upload (national
    records included) is deleted all the same, by the kind's cleanup."""
    from willing.services.imports import ImportParams, import_kinds, save_upload

    store = Store.open(sqlite_url)
    gate, started = threading.Event(), threading.Event()
    admin = Viewer.admin("root")
    jobs = Jobs(
        {"gate": gate_kind(gate, started, steps=1000), **import_kinds(store)}, store, workers=1
    )
    try:
        jobs.submit(admin, "gate", {})  # the one worker is busy
        assert started.wait(10)
        upload = save_upload(admin, b"parties: []\n", "yaml")
        job = jobs.submit(admin, "import", ImportParams(upload=str(upload)))
        assert jobs.cancel(admin, job.id).state is JobState.CANCELLED
    finally:
        gate.set()
        jobs.close(wait=True)
        store.close()
    left = upload.exists()
    upload.unlink(missing_ok=True)
    assert not left, f"{upload} left behind"
