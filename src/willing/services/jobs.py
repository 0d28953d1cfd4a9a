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
is reported failed. Finished jobs and their results are forgotten `keep` after they end.

What a kind computes is declared by the layer that owns the computation (`JobKind`), so
this module knows nothing of scenarios; see `willing.scenarios.jobs`.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from willing.domain.errors import (
    LimitReached,
    NotFound,
    NotReady,
    Problem,
    ValidationFailure,
    WillingError,
)
from willing.services.access import Viewer
from willing.services.permissions import Action, require
from willing.storage import jobs as board
from willing.storage.jobs import JobRow
from willing.storage.store import Store

#: What a missing job, and a job of someone else, answers (it never echoes the id).
MISSING = "no job with that id"
#: How often a process marks its unfinished jobs as alive, and how long without a mark
#: makes a job count as lost with its process.
BEAT = dt.timedelta(seconds=5)
STALE = dt.timedelta(seconds=60)
#: Progress is written to the database at most this often per job (seconds); the last
#: report before the end is always kept in memory and the end always written.
PROGRESS_EVERY = 0.2
#: Expired jobs are deleted at most this often (seconds) by reads.
FORGET_EVERY = 5.0


class JobState(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


FINISHED = frozenset({JobState.DONE, JobState.FAILED, JobState.CANCELLED})


class JobPublic(BaseModel):
    """A job as its owner sees it."""

    id: str
    kind: str
    state: JobState
    progress: float = Field(ge=0.0, le=1.0, description="Share of the work done, 0 to 1.")
    message: str = Field(description="What the job is doing now, or how it ended.")
    created_at: dt.datetime
    started_at: dt.datetime | None = None
    finished_at: dt.datetime | None = None
    expires_at: dt.datetime | None = Field(
        default=None, description="When a finished job and its result are forgotten."
    )
    error: str | None = Field(default=None, description="Why a failed job failed.")


class JobsPublic(BaseModel):
    data: list[JobPublic]
    count: int


class Cancelled(Exception):
    """Raised inside a job (by `JobContext.report`) once its cancellation was asked."""


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


Run = Callable[[Viewer, Any, JobContext], BaseModel]


@dataclass(frozen=True)
class JobKind:
    """One kind of job: its parameters, its result and the function computing it.

    `run(viewer, params, context)` runs on a pool thread; it reads only what `viewer` may
    see, reports progress through `context` and returns a `result` model.
    """

    name: str
    params: type[BaseModel]
    result: type[BaseModel]
    run: Run
    description: str = ""
    #: what the submitting viewer must be allowed to do
    action: Action = Action.ANALYSE
    #: the job writes: once `run` has returned its write has landed, so a cancel that
    #: arrives later does not turn it into "cancelled"
    writes: bool = False


@dataclass(eq=False)
class _Job:
    """A job this process runs: what only the runner needs, and its latest progress."""

    id: str
    viewer: Viewer
    params: BaseModel
    progress: float = 0.0
    message: str = "waiting for a free worker"
    cancel: threading.Event = field(default_factory=threading.Event)
    future: Future[None] | None = None


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
        self._mine: dict[str, _Job] = {}
        self._forgotten = -FORGET_EVERY
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
        self._forget(viewer.actor)
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
        job = _Job(row.id, viewer, parsed)
        with self.lock:
            self._mine[row.id] = job
        active = board.add(self.engine, row, self.per_user)
        if active >= self.per_user:
            with self.lock:
                del self._mine[row.id]
            raise LimitReached(
                f"you have {active} jobs queued or running, the most allowed; "
                "wait for one to finish or cancel one"
            )
        job.future = self._pool.submit(self._run, job, spec)
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
        """Cancel a job: a queued one at once, a running one at its next progress report
        (in whichever process runs it). A finished job is left as it is."""
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
        board.change(self.engine, job_id, cancel=True, message="cancelling")
        return self.get(viewer, job_id)

    def list(self, viewer: Viewer) -> JobsPublic:
        """The viewer's jobs, newest first."""
        require(viewer, Action.ANALYSE)
        self._forget(None)
        rows = board.owned(self.engine, owner_of(viewer))
        mine = [self._public(self._alive(r)) for r in rows if not self._expired(r)]
        return JobsPublic(data=mine, count=len(mine))

    def close(self, wait: bool = False) -> None:
        """Stop: queued jobs never start (they are recorded as cancelled), running ones
        are asked to stop."""
        self._stop.set()
        with self.lock:
            mine = list(self._mine.values())
        for job in mine:
            job.cancel.set()
            if job.future is not None and job.future.cancel():
                self._finish(job, JobState.CANCELLED, "the server stopped before it started")
        self._pool.shutdown(wait=wait, cancel_futures=True)

    # -- the runner's side -----------------------------------------------------------

    def publish(self, job: _Job) -> None:
        """Write a running job's progress, and learn whether another process asked to
        cancel it. A failed write is skipped: the next report writes again."""
        with self.lock:
            progress, message = job.progress, job.message
        try:
            board.change(
                self.engine,
                job.id,
                progress=progress,
                message=message,
                heartbeat_at=self._clock(),
            )
            if board.cancel_asked(self.engine, job.id):
                job.cancel.set()
        except Exception:  # noqa: BLE001 - progress is best effort (a busy database)
            return

    def _run(self, job: _Job, spec: JobKind) -> None:
        if job.cancel.is_set() or board.cancel_asked(self.engine, job.id):
            self._finish(job, JobState.CANCELLED, "cancelled before it started")
            return
        with self.lock:
            job.message = "starting"
        board.change(
            self.engine,
            job.id,
            state=JobState.RUNNING.value,
            started_at=self._clock(),
            message="starting",
        )
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
        """Record how a job ended (retried while the database is busy), and forget it
        here."""
        values: dict[str, Any] = {
            "state": state.value,
            "message": message,
            "error": error,
            "finished_at": self._clock(),
            "result": result,
        }
        if state is JobState.DONE:
            values["progress"] = 1.0
        for attempt in range(5):
            try:
                board.change(self.engine, job.id, **values)
                break
            except Exception:  # noqa: BLE001 - retried; a lost end shows as a dead job
                time.sleep(0.2 * (attempt + 1))
        with self.lock:
            self._mine.pop(job.id, None)
        self._forget(job.viewer.actor)

    def _beating(self) -> None:
        while not self._stop.wait(BEAT.total_seconds()):
            try:
                board.beat(self.engine, self.runner, self._clock())
            except Exception:  # noqa: BLE001 - the next beat tries again
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
        self._forget(None)
        row = board.find(self.engine, job_id)
        if (
            row is None
            or row.owner != owner_of(viewer)
            or row.kind not in self.kinds
            or self._expired(row)
        ):
            raise NotFound(MISSING)
        return self._alive(row)

    def _expired(self, row: JobRow) -> bool:
        return row.finished_at is not None and self._clock() - row.finished_at >= self.keep

    def _alive(self, row: JobRow) -> JobRow:
        """`row`, or, when the process running it is gone, the row recorded as failed."""
        if row.state in FINISHED:
            return row
        if row.runner == self.runner:
            with self.lock:
                lost = row.id not in self._mine
        else:
            lost = self._clock() - row.heartbeat_at > STALE
        if not lost:
            return row
        board.change(
            self.engine,
            row.id,
            state=JobState.FAILED.value,
            message="failed",
            error="the server process running it stopped",
            finished_at=self._clock(),
        )
        return board.find(self.engine, row.id) or row

    def _forget(self, actor: str | None) -> None:
        """Delete expired jobs (at most every `FORGET_EVERY` seconds unless an actor's
        finished jobs are to be trimmed too: a poll should not cost a write)."""
        now = time.monotonic()
        if actor is None and now - self._forgotten < FORGET_EVERY:
            return
        self._forgotten = now
        board.forget(self.engine, self._clock() - self.keep, actor, self.finished_per_user)

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
