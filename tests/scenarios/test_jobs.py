"""The job runner: analyses run off the caller's thread with rising progress and the result
the command computes; cancel, the per-user limit, expiry and failures; a job is its
submitter's alone (anyone else gets the missing job's very error)."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator

import pytest
from sqlalchemy.exc import OperationalError

from willing.domain.catalog import Dataset
from willing.domain.errors import LimitReached, NotFound, NotReady, ValidationFailure, WillingError
from willing.scenarios import runs
from willing.scenarios.jobs import analysis_jobs
from willing.services.access import Registry, Role, Viewer
from willing.services.jobs import MISSING, STALE, JobContext, JobKind, JobPublic, Jobs, JobState
from willing.storage import jobs as board
from willing.storage.store import Store

from .gated import Done, Empty, gate_kind

POL = Viewer("POL", Role.LIAISON, user="pol")
FRA = Viewer("FRA", Role.LIAISON, user="fra")


@pytest.fixture
def loaded(small_coalition: Dataset, sqlite_url: str) -> Iterator[Store]:
    store = Store.open(sqlite_url)
    store.write(small_coalition, actor="test")
    yield store
    store.close()


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """An empty database (SQLite and PostgreSQL): the jobs table is all a runner needs."""
    store = Store.open(store_url)
    yield store
    store.close()


def wait(jobs: Jobs, viewer: Viewer, job_id: str, timeout: float = 60) -> list[JobPublic]:
    """Poll a job until it finishes; every state seen, in order."""
    seen = [jobs.get(viewer, job_id)]
    deadline = time.monotonic() + timeout
    while seen[-1].state in (JobState.QUEUED, JobState.RUNNING):
        assert time.monotonic() < deadline, seen[-1]
        time.sleep(0.005)
        seen.append(jobs.get(viewer, job_id))
    return seen


def failing_kind(error: Exception) -> JobKind:
    def run(_viewer: Viewer, _params: Empty, _context: JobContext) -> Done:
        raise error

    return JobKind("fail", Empty, Done, run)


@pytest.mark.parametrize("viewer", [POL, Viewer.admin("root")], ids=["pol", "admin"])
def test_a_montecarlo_job_gives_the_commands_result_with_rising_progress(
    loaded: Store, viewer: Viewer
) -> None:
    jobs = analysis_jobs(loaded, workers=1)
    try:
        job = jobs.submit(viewer, "montecarlo", {"draws": 400, "seed": 7})
        assert job.state in (JobState.QUEUED, JobState.RUNNING)
        seen = wait(jobs, viewer, job.id)
        final = seen[-1]
        assert final.state is JobState.DONE, final
        assert final.progress == 1.0
        assert final.started_at is not None
        assert final.finished_at is not None
        assert final.created_at <= final.started_at <= final.finished_at
        progress = [s.progress for s in seen]
        assert progress == sorted(progress)
        got = jobs.result(viewer, job.id)
    finally:
        jobs.close(wait=True)
    expected = runs.montecarlo(Registry(loaded, viewer), "baseline", 400, 7, store=False)
    assert got.model_dump(mode="json") == expected.model_dump(mode="json")


def test_a_job_is_its_submitters_alone(loaded: Store) -> None:
    jobs = analysis_jobs(loaded, workers=1)
    try:
        job = jobs.submit(POL, "criticality", {})
        wait(jobs, POL, job.id)
        same_party_other_user = Viewer("POL", Role.LIAISON, user="pol2")
        for other in (FRA, same_party_other_user, Viewer.admin("root")):
            for call in (jobs.get, jobs.result, jobs.cancel):
                with pytest.raises(NotFound) as hidden:
                    call(other, job.id)
                with pytest.raises(NotFound) as missing:
                    call(other, "0" * 32)
                assert str(hidden.value) == str(missing.value) == MISSING
            assert jobs.list(other).count == 0
        assert jobs.list(POL).data[0].id == job.id
        assert jobs.get(POL, job.id).state is JobState.DONE
    finally:
        jobs.close(wait=True)


def test_cancel_a_running_and_a_queued_job(store: Store) -> None:
    gate, started = threading.Event(), threading.Event()
    jobs = Jobs({"gate": gate_kind(gate, started)}, store, workers=1)
    try:
        running = jobs.submit(POL, "gate", {})
        queued = jobs.submit(POL, "gate", {})
        assert started.wait(10)
        assert jobs.get(POL, queued.id).state is JobState.QUEUED
        gone = jobs.cancel(POL, queued.id)
        assert gone.state is JobState.CANCELLED  # at once: it never started
        jobs.cancel(POL, running.id)
        final = wait(jobs, POL, running.id)[-1]
        assert final.state is JobState.CANCELLED
        assert final.progress < 1.0
        for job in (running, queued):
            with pytest.raises(NotReady, match="cancelled"):
                jobs.result(POL, job.id)
        # cancelling a finished job leaves it as it is
        assert jobs.cancel(POL, running.id).state is JobState.CANCELLED
    finally:
        gate.set()
        jobs.close(wait=True)


def test_the_per_user_limit_refuses_clearly_and_frees_up(store: Store) -> None:
    gate, started = threading.Event(), threading.Event()
    jobs = Jobs({"gate": gate_kind(gate, started)}, store, workers=1, per_user=2)
    try:
        first = jobs.submit(POL, "gate", {})
        jobs.submit(POL, "gate", {})
        with pytest.raises(LimitReached, match="2 jobs queued or running"):
            jobs.submit(POL, "gate", {})
        # an administrator viewing as POL is another user, with a limit of his own
        jobs.submit(Viewer("POL", Role.LIAISON, user="root"), "gate", {})
        jobs.cancel(POL, first.id)
        wait(jobs, POL, first.id)
        jobs.submit(POL, "gate", {})
    finally:
        gate.set()
        jobs.close(wait=True)


def test_a_finished_job_expires(store: Store) -> None:
    now = [dt.datetime(2026, 1, 1, tzinfo=dt.UTC)]
    gate, started = threading.Event(), threading.Event()
    gate.set()
    jobs = Jobs(
        {"gate": gate_kind(gate, started)},
        store,
        workers=1,
        keep=dt.timedelta(minutes=10),
        clock=lambda: now[0],
    )
    try:
        job = jobs.submit(POL, "gate", {})
        final = wait(jobs, POL, job.id)[-1]
        assert final.expires_at == final.finished_at + dt.timedelta(minutes=10)
        now[0] += dt.timedelta(minutes=9)
        assert jobs.result(POL, job.id) == Done(steps=0)
        now[0] += dt.timedelta(minutes=1)
        with pytest.raises(NotFound, match=MISSING):
            jobs.get(POL, job.id)
    finally:
        jobs.close(wait=True)


def test_bad_parameters_and_kinds_queue_nothing(loaded: Store) -> None:
    jobs = analysis_jobs(loaded, workers=1)
    try:
        with pytest.raises(ValidationFailure) as bad:
            jobs.submit(POL, "montecarlo", {"draws": 0, "scenario": "../etc/passwd"})
        fields = {p.field for p in bad.value.problems}
        assert fields == {"draws", "scenario"}
        with pytest.raises(ValidationFailure, match="over"):
            jobs.submit(POL, "sensitivity", {"condition": "ceasefire", "draws": 100_000})
        with pytest.raises(WillingError, match="unknown job kind 'plan'"):
            jobs.submit(POL, "plan", {})
        assert jobs.list(POL).count == 0
    finally:
        jobs.close(wait=True)


def test_a_failing_job_reports_why(loaded: Store) -> None:
    jobs = Jobs(
        {
            "fail": failing_kind(WillingError("no scenario 'x'")),
            "crash": failing_kind(ZeroDivisionError("secret detail")),
        },
        loaded,
        workers=1,
    )
    try:
        told = wait(jobs, POL, jobs.submit(POL, "fail", {}).id)[-1]
        assert told.state is JobState.FAILED
        assert told.error == "no scenario 'x'"
        crashed = wait(jobs, POL, jobs.submit(POL, "crash", {}).id)[-1]
        assert crashed.state is JobState.FAILED
        assert crashed.error is not None
        assert "secret" not in crashed.error
        with pytest.raises(NotReady, match="failed"):
            jobs.result(POL, told.id)
    finally:
        jobs.close(wait=True)


def test_an_unknown_scenario_fails_the_job_as_the_command_does(loaded: Store) -> None:
    jobs = analysis_jobs(loaded, workers=1)
    try:
        job = jobs.submit(POL, "montecarlo", {"scenario": "no-such-scenario", "draws": 10})
        final = wait(jobs, POL, job.id)[-1]
    finally:
        jobs.close(wait=True)
    assert final.state is JobState.FAILED
    assert final.error is not None
    assert final.error.startswith("no scenario 'no-such-scenario'")


def test_any_process_on_the_database_answers_for_a_job_and_can_cancel_it(
    store_url: str,
) -> None:
    """Two runners on one database stand for two server processes: a job accepted by one
    is seen, with its progress and result, by the other, and cancelled from it."""
    gate, started = threading.Event(), threading.Event()
    first, second = Store.open(store_url), Store.open(store_url)
    kinds = {"gate": gate_kind(gate, started)}
    a, b = Jobs(kinds, first, workers=1), Jobs(kinds, second, workers=1)
    try:
        job = a.submit(POL, "gate", {})
        assert started.wait(10)
        deadline = time.monotonic() + 10
        while b.get(POL, job.id).progress == 0.0:  # progress reaches the other process
            assert time.monotonic() < deadline
            time.sleep(0.02)
        assert b.get(POL, job.id).state is JobState.RUNNING
        assert [j.id for j in b.list(POL).data] == [job.id]
        with pytest.raises(NotFound, match=MISSING):
            b.get(FRA, job.id)
        b.cancel(POL, job.id)
        final = wait(b, POL, job.id)[-1]
        assert final.state is JobState.CANCELLED
        assert wait(a, POL, job.id)[-1].state is JobState.CANCELLED
        gate.set()
        done = a.submit(POL, "gate", {})
        assert wait(b, POL, done.id)[-1].state is JobState.DONE
        assert b.result(POL, done.id) == a.result(POL, done.id) == Done(steps=0)
    finally:
        gate.set()
        a.close(wait=True)
        b.close(wait=True)
        first.close()
        second.close()


def test_a_process_never_records_its_own_running_job_as_lost(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its marks refused for longer than `STALE` (a busy database), a job is still alive to
    the process that runs it: its own sweep leaves it running, and it ends done."""
    gate, started = threading.Event(), threading.Event()
    jobs = Jobs({"gate": gate_kind(gate, started)}, store, workers=1)
    try:
        job = jobs.submit(POL, "gate", {})
        assert started.wait(10)
        jobs._stop.set()  # only the sweep below marks it
        long_ago = dt.datetime.now(dt.UTC) - STALE - dt.timedelta(seconds=5)
        assert board.change(store.engine, job.id, heartbeat_at=long_ago)

        def refused(*_args: object) -> None:
            raise OperationalError("UPDATE jobs", {}, Exception("database is locked"))

        monkeypatch.setattr(board, "beat", refused)
        jobs._sweep()
        assert jobs.get(POL, job.id).state is JobState.RUNNING
        assert board.find(store.engine, job.id).state == "running"  # type: ignore[union-attr]
        gate.set()
        assert wait(jobs, POL, job.id)[-1].state is JobState.DONE
    finally:
        gate.set()
        jobs.close(wait=True)


def test_a_job_whose_process_stopped_is_reported_failed(store: Store) -> None:
    gate, started = threading.Event(), threading.Event()
    kinds = {"gate": gate_kind(gate, started)}
    later = [dt.datetime.now(dt.UTC)]
    a = Jobs(kinds, store, workers=1)
    b = Jobs(kinds, store, workers=1, clock=lambda: later[0])
    try:
        job = a.submit(POL, "gate", {})
        assert started.wait(10)
        a._stop.set()  # its process stops marking the job as alive
        assert b.get(POL, job.id).state is JobState.RUNNING
        later[0] += STALE + dt.timedelta(seconds=5)
        lost = b.get(POL, job.id)
        assert lost.state is JobState.FAILED
        assert lost.error == "the server process running it stopped"
        with pytest.raises(NotReady, match="failed"):
            b.result(POL, job.id)
        b._sweep()  # the other process's beat records the verdict
    finally:
        gate.set()
        a.close(wait=True)
        b.close(wait=True)
    # the job's own process ends it later, but a job reported lost stays lost
    assert b.get(POL, job.id).state is JobState.FAILED
