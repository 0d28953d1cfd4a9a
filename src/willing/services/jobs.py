"""Long computations run as jobs: submitted at once, run off the caller's thread on a small
bounded pool, with progress, cancellation and a typed result kept for the viewer who asked.

Every interface (the API, the web pages) calls the same four functions of one `Jobs`:

- ``submit(viewer, kind, params) -> JobPublic``: check the permission and the parameters,
  queue the job, answer at once;
- ``get(viewer, id) -> JobPublic``: its state, progress (0..1) and message, timestamps and
  error;
- ``result(viewer, id) -> BaseModel``: the kind's typed result, once the job is done;
- ``cancel(viewer, id) -> JobPublic``: a queued job never starts, a running one stops at
  its next progress report.

A job belongs to the viewer who submitted it (the user, his party and roles, and the
party an administrator viewed as): to anyone else its id answers exactly as an id that
never existed. A job runs in the process that accepted it; its state, progress and result
are kept in the database (`storage/jobs.py`), so that every server process on it answers
for every job and a cancellation reaches the process that runs it. Each process marks its
unfinished jobs as alive every `BEAT`; a job whose process stopped (no mark for `STALE`)
is reported failed, though never by the process that holds it (its marks may only have been
refused by a busy database). Finished jobs and their results are forgotten `keep` after they end.
Reads (`get`, `result`, `list`) never write: a lost job is shown failed from its stale
mark, and each process's beat thread records what it finds lost and deletes what expired.

What a kind computes is declared by the layer that owns the computation (`JobKind`), so
this module knows nothing of scenarios; see `willing.scenarios.jobs`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Any

from pydantic import BaseModel, ValidationError

from willing.domain.errors import (
    LimitReached,
    NotFound,
    NotReady,
    Problem,
    ValidationFailure,
    WillingError,
)
from willing.services.access import Viewer
from willing.services.job_kinds import (
    FINISHED,
    Cancelled,
    JobKind,
    JobPublic,
    JobsPublic,
    JobState,
)
from willing.services.permissions import Action, require
from willing.storage import jobs as board
from willing.storage.jobs import LOST, JobRow
from willing.storage.store import Store

__all__ = [
    "BEAT",
    "FINISHED",
    "MISSING",
    "STALE",
    "Cancelled",
    "JobContext",
    "JobKind",
    "JobPublic",
    "Jobs",
    "JobsPublic",
    "JobState",
]

#: What a missing job, and a job of someone else, answers (it never echoes the id).
MISSING = "no job with that id"
#: How often a process marks the unfinished jobs it holds as alive, and how long without
#: a mark makes a job count as lost with its process.
BEAT = dt.timedelta(seconds=5)
STALE = dt.timedelta(seconds=60)
#: Progress is written to the database at most this often per job (seconds); the end is
#: always written.
PROGRESS_EVERY = 0.2


class JobContext:
    """What a running computation is handed: report progress, learn of a cancellation
    (asked in this process or, through the database, in another)."""

    def __init__(self, job: _Job, jobs: Jobs) -> None:
        self._job = job
        self._jobs = jobs
        self._written = 0.0

    @property
    def cancelled(self) -> bool:
        return self._job.cancel.is_set()

    def report(self, progress: float | None = None, message: str | None = None) -> None:
        """Record progress (kept rising: a smaller share is ignored) and a message; raise
        `Cancelled` when the job was cancelled, so the computation stops here."""
        job = self._job
        if job.cancel.is_set():
            raise Cancelled
        with self._jobs.lock:
            if progress is not None:
                share = min(1.0, max(0.0, float(progress)))
                job.progress = max(job.progress, share)
            if message is not None:
                job.message = message
        now = time.monotonic()
        if now - self._written >= PROGRESS_EVERY:
            self._written = now
            self._jobs.publish(job)
            if job.cancel.is_set():
                raise Cancelled


@dataclass(eq=False)
class _Job:
    """A job this process holds: what only the runner needs, and its latest progress."""

    id: str
    viewer: Viewer
    spec: JobKind
    params: BaseModel
    progress: float = 0.0
    message: str = "waiting for a free worker"
    cancel: threading.Event = field(default_factory=threading.Event)
    future: Future[None] | None = None


@dataclass(frozen=True)
class _End:
    """How a job ended, to be written: the values, whether they replace a "lost" verdict
    (a job that wrote), and whose finished jobs to trim after."""

    values: dict[str, Any]
    override: bool
    actor: str


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def owner_of(viewer: Viewer) -> str:
    """The key a job's owner is stored under: the user, party and every role."""
    roles = sorted(r.value for r in viewer.roles)
    return json.dumps([viewer.user, viewer.party, viewer.role.value, roles])


class Jobs:
    """The job runner of one process, over the jobs table of `store`'s database.

    - `workers`: jobs running at once in this process (each on one of these threads);
    - `per_user`: jobs one user may have queued or running, over every process; past it
      `submit` is refused (`LimitReached`, HTTP 429) until one ends;
    - `keep`: how long a finished job and its result stay readable;
    - `finished_per_user`: finished jobs kept per user (the oldest forgotten first), so
      the table stays bounded whatever the expiry.
    """

    def __init__(
        self,
        kinds: Mapping[str, JobKind],
        store: Store,
        *,
        workers: int = 2,
        per_user: int = 4,
        keep: dt.timedelta = dt.timedelta(hours=1),
        finished_per_user: int = 50,
        clock: Callable[[], dt.datetime] = _now,
    ) -> None:
        self.kinds = dict(kinds)
        self.engine = store.engine
        self.per_user = per_user
        self.keep = keep
        self.finished_per_user = finished_per_user
        self._clock = clock
        #: this process's name in the jobs table
        self.runner = secrets.token_hex(8)
        #: the jobs this process holds (queued or running here)
        self._mine: dict[str, _Job] = {}
        #: ends that could not be written yet (the database was busy): the beat retries
        self._unwritten: dict[str, _End] = {}
        self.lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max(1, workers), thread_name_prefix="willing-job")
        self._stop = threading.Event()
        self._beat = threading.Thread(target=self._beating, name="willing-job-beat", daemon=True)
        self._beat.start()

    # -- the interface ---------------------------------------------------------------

    def submit(self, viewer: Viewer, kind: str, params: Mapping[str, Any] | BaseModel) -> JobPublic:
        """Queue a job of `kind` for `viewer`; answer at once with its id and state."""
        spec = self.kinds.get(kind)
        if spec is None:
            require(viewer, Action.ANALYSE)
            raise WillingError(f"unknown job kind '{kind}'; choose {', '.join(self.kinds)}")
        require(viewer, spec.action)
        parsed = self._parse(spec, params)
        now = self._clock()
        row = JobRow(
            id=secrets.token_hex(16),
            kind=kind,
            owner=owner_of(viewer),
            actor=viewer.actor,
            runner=self.runner,
            state=JobState.QUEUED.value,
            progress=0.0,
            message="waiting for a free worker",
            cancel=False,
            created_at=now,
            started_at=None,
            finished_at=None,
            heartbeat_at=now,
            error=None,
            result=None,
        )
        job = _Job(row.id, viewer, spec, parsed)
        with self.lock:
            self._mine[row.id] = job
        try:
            self._flush()  # an end shown to a reader already must not count to the limit
            active = board.add(self.engine, row, self.per_user, now - STALE)
        except BaseException:
            self._release(job)
            raise
        if active >= self.per_user:
            self._release(job)
            raise LimitReached(
                f"you have {active} jobs queued or running, the most allowed; "
                "wait for one to finish or cancel one"
            )
        job.future = self._pool.submit(self._run, job)
        return self._public(row)

    def get(self, viewer: Viewer, job_id: str) -> JobPublic:
        """The job's state and progress; another viewer's job is not found, as a missing one."""
        return self._public(self._find(viewer, job_id))

    def result(self, viewer: Viewer, job_id: str) -> BaseModel:
        """The typed result of a finished job (`NotReady` while it runs or if it did not
        end well)."""
        row = self._find(viewer, job_id)
        if row.state == JobState.DONE and row.result is not None:
            return self.kinds[row.kind].result.model_validate_json(row.result)
        if row.state == JobState.FAILED:
            raise NotReady(f"the job failed and has no result: {row.error}")
        if row.state == JobState.CANCELLED:
            raise NotReady("the job was cancelled and has no result")
        raise NotReady(f"the job is {row.state}; its result is not ready yet")

    def cancel(self, viewer: Viewer, job_id: str) -> JobPublic:
        """Cancel a job: a queued one at once (in whichever process holds it), a running
        one at its next progress report. A finished job is left as it is."""
        row = self._find(viewer, job_id)
        if row.state in FINISHED:
            return self._public(row)
        with self.lock:
            job = self._mine.get(job_id)
        if job is not None:
            job.cancel.set()
            if job.future is not None and job.future.cancel():
                self._finish(job, JobState.CANCELLED, "cancelled before it started")
                return self.get(viewer, job_id)
        ended = board.change(
            self.engine,
            job_id,
            states=[JobState.QUEUED.value],
            state=JobState.CANCELLED.value,
            message="cancelled before it started",
            finished_at=self._clock(),
            cancel=True,
        )
        if not ended:  # running: its process stops it at its next report
            board.change(self.engine, job_id, cancel=True, message="cancelling")
        return self.get(viewer, job_id)

    def list(self, viewer: Viewer) -> JobsPublic:
        """The viewer's jobs, newest first."""
        require(viewer, Action.ANALYSE)
        rows = board.owned(self.engine, owner_of(viewer))
        mine = [self._public(self._alive(r)) for r in rows if not self._expired(r)]
        return JobsPublic(data=mine, count=len(mine))

    def close(self, wait: bool = False) -> None:
        """Stop: queued jobs never start (they are recorded as cancelled), running ones
        are asked to stop; what has not ended by then is recorded as failed."""
        with self.lock:
            mine = list(self._mine.values())
        for job in mine:
            job.cancel.set()
            if job.future is not None and job.future.cancel():
                self._finish(job, JobState.CANCELLED, "the server stopped before it started")
        self._pool.shutdown(wait=wait, cancel_futures=True)
        self._stop.set()
        with self.lock:
            left = list(self._mine.values())
        for job in left:
            self._finish(job, JobState.FAILED, "failed", "the server stopped while it ran")
        self._flush()

    # -- the runner's side -----------------------------------------------------------

    def publish(self, job: _Job) -> None:
        """Write a running job's progress, and learn whether another process asked to
        cancel it. A failed write is skipped: the next report writes again."""
        with self.lock:
            progress, message = job.progress, job.message
        try:
            board.change(
                self.engine, job.id, progress=progress, message=message, heartbeat_at=self._clock()
            )
            if board.cancel_asked(self.engine, job.id):
                job.cancel.set()
        except Exception:  # noqa: BLE001 - progress is best effort (a busy database)
            return

    def _run(self, job: _Job) -> None:
        spec = job.spec
        try:
            started = not job.cancel.is_set() and board.start(self.engine, job.id, self._clock())
        except Exception:  # noqa: BLE001 - the database refused: the job cannot run
            self._finish(job, JobState.FAILED, "failed", "the database was busy; submit again")
            return
        if not started:  # cancelled (here or elsewhere) or found lost before it started
            self._finish(job, JobState.CANCELLED, "cancelled before it started")
            return
        with self.lock:
            job.message = "starting"
        context = JobContext(job, self)
        try:
            result = spec.run(job.viewer, job.params, context)
        except Cancelled:
            self._finish(job, JobState.CANCELLED, "cancelled")
            return
        except WillingError as exc:
            self._finish(job, JobState.FAILED, "failed", str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a job's crash is reported, never lost
            self._finish(job, JobState.FAILED, "failed", f"internal error ({type(exc).__name__})")
            return
        if not spec.writes and (job.cancel.is_set() or board.cancel_asked(self.engine, job.id)):
            self._finish(job, JobState.CANCELLED, "cancelled")
            return
        self._finish(job, JobState.DONE, "done", result=result.model_dump_json())

    def _finish(
        self,
        job: _Job,
        state: JobState,
        message: str,
        error: str | None = None,
        result: str | None = None,
    ) -> None:
        """Record how a job ended and let it go; an end the database refuses now is kept
        and written by the beat. A job that wrote keeps its end even over a "lost"
        verdict; any other job that was found lost (or ended elsewhere) stays so."""
        values: dict[str, Any] = {
            "state": state.value,
            "message": message,
            "error": error,
            "finished_at": self._clock(),
            "result": result,
        }
        if state is JobState.DONE:
            values["progress"] = 1.0
        override = job.spec.writes and state is JobState.DONE
        with self.lock:
            self._unwritten[job.id] = _End(values, override, job.viewer.actor)
        self._release(job)
        self._flush()

    def _release(self, job: _Job) -> None:
        """Let a job go from this process, and whatever it was handed."""
        with self.lock:
            held = self._mine.pop(job.id, None)
        if held is not None and job.spec.cleanup is not None:
            with contextlib.suppress(Exception):  # cleaning up never fails the job
                job.spec.cleanup(job.params)

    def _flush(self) -> None:
        """Write the ends not written yet."""
        with self.lock:
            pending = list(self._unwritten.items())
        for job_id, end in pending:
            try:
                states = None if end.override else board.UNFINISHED
                board.change(self.engine, job_id, states=states, **end.values)
                with self.lock:
                    self._unwritten.pop(job_id, None)
                board.forget(
                    self.engine, self._clock() - self.keep, end.actor, self.finished_per_user
                )
            except Exception:  # noqa: BLE001, S112 - the next beat tries again
                continue

    def _beating(self) -> None:
        while not self._stop.wait(BEAT.total_seconds()):
            self._sweep()

    def _sweep(self) -> None:
        """Mark the jobs held here as alive, write pending ends, record as failed the
        jobs whose process is gone, and delete what expired (each best effort)."""
        now = self._clock()
        with self.lock:
            held = list(self._mine)
        steps: list[Callable[[], None]] = [
            lambda: board.beat(self.engine, held, now),
            self._flush,
            lambda: board.end_lost(self.engine, now - STALE, now, held),
            lambda: board.forget(self.engine, now - self.keep, None, self.finished_per_user),
        ]
        for step in steps:
            try:
                step()
            except Exception:  # noqa: BLE001, S112 - the next beat tries again
                continue

    # -- inside ----------------------------------------------------------------------

    @staticmethod
    def _parse(spec: JobKind, params: Mapping[str, Any] | BaseModel) -> BaseModel:
        if isinstance(params, spec.params):
            return params
        raw = params.model_dump() if isinstance(params, BaseModel) else dict(params)
        try:
            return spec.params.model_validate(raw)
        except ValidationError as exc:
            raise ValidationFailure(
                [
                    Problem(
                        f"{spec.name} parameters",
                        ".".join(str(p) for p in e["loc"]) or None,
                        str(e["msg"]),
                    )
                    for e in exc.errors()
                ]
            ) from None

    def _find(self, viewer: Viewer, job_id: str) -> JobRow:
        require(viewer, Action.ANALYSE)
        row = board.find(self.engine, job_id)
        if row is None or row.owner != owner_of(viewer) or row.kind not in self.kinds:
            raise NotFound(MISSING)
        row = self._alive(row)  # its end may be known here before it is written
        if self._expired(row):
            raise NotFound(MISSING)
        return row

    def _expired(self, row: JobRow) -> bool:
        return row.finished_at is not None and self._clock() - row.finished_at >= self.keep

    def _alive(self, row: JobRow) -> JobRow:
        """`row` as it stands: with this process's end when not written yet, or failed
        when its process is gone (shown so; the beat records it)."""
        if row.state in FINISHED:
            return row
        with self.lock:
            end = self._unwritten.get(row.id)
            held = row.id in self._mine
        if end is not None:
            return replace(row, **end.values)
        now = self._clock()
        lost = not held if row.runner == self.runner else now - row.heartbeat_at > STALE
        if not lost:
            return row
        if row.runner == self.runner:  # its end may have been written since `row` was read
            again = board.find(self.engine, row.id)
            if again is not None and again.state in FINISHED:
                return again
        return replace(row, state="failed", message="failed", error=LOST, finished_at=now)

    def _public(self, row: JobRow) -> JobPublic:
        progress, message = row.progress, row.message
        if row.state not in FINISHED:
            with self.lock:
                job = self._mine.get(row.id)
                if job is not None:  # this process runs it: its latest report
                    progress, message = max(progress, job.progress), job.message
        return JobPublic(
            id=row.id,
            kind=row.kind,
            state=JobState(row.state),
            progress=progress,
            message=message,
            created_at=row.created_at,
            started_at=row.started_at,
            finished_at=row.finished_at,
            expires_at=None if row.finished_at is None else row.finished_at + self.keep,
            error=row.error,
        )
