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
never existed. Jobs and results live in this process's memory only, and are forgotten
`keep` after they finish (or when the process stops).

What a kind computes is declared by the layer that owns the computation (`JobKind`), so
this module knows nothing of scenarios; see `willing.scenarios.jobs`.
"""

from __future__ import annotations

import datetime as dt
import secrets
import threading
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

#: What a missing job, and a job of someone else, answers (it never echoes the id).
MISSING = "no job with that id"


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
    """What a running computation is handed: report progress, learn of a cancellation."""

    def __init__(self, job: _Job, lock: threading.Lock) -> None:
        self._job = job
        self._lock = lock

    @property
    def cancelled(self) -> bool:
        return self._job.cancel.is_set()

    def report(self, progress: float | None = None, message: str | None = None) -> None:
        """Record progress (kept rising: a smaller share is ignored) and a message; raise
        `Cancelled` when the job was cancelled, so the computation stops here."""
        if self._job.cancel.is_set():
            raise Cancelled
        with self._lock:
            if progress is not None:
                share = min(1.0, max(0.0, float(progress)))
                self._job.progress = max(self._job.progress, share)
            if message is not None:
                self._job.message = message


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
    id: str
    kind: str
    viewer: Viewer
    params: BaseModel
    created_at: dt.datetime
    state: JobState = JobState.QUEUED
    progress: float = 0.0
    message: str = "waiting for a free worker"
    started_at: dt.datetime | None = None
    finished_at: dt.datetime | None = None
    error: str | None = None
    result: BaseModel | None = None
    cancel: threading.Event = field(default_factory=threading.Event)
    future: Future[None] | None = None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Jobs:
    """The job runner of one process.

    - `workers`: jobs running at once (each computation runs on one of these threads);
    - `per_user`: jobs one user may have queued or running; past it `submit` is refused
      (`LimitReached`, HTTP 429) until one ends;
    - `keep`: how long a finished job and its result stay readable;
    - `finished_per_user`: finished jobs kept per user (the oldest forgotten first), so
      memory stays bounded whatever the expiry.
    """

    def __init__(
        self,
        kinds: Mapping[str, JobKind],
        *,
        workers: int = 2,
        per_user: int = 4,
        keep: dt.timedelta = dt.timedelta(hours=1),
        finished_per_user: int = 50,
        clock: Callable[[], dt.datetime] = _now,
    ) -> None:
        self.kinds = dict(kinds)
        self.per_user = per_user
        self.keep = keep
        self.finished_per_user = finished_per_user
        self._clock = clock
        self._jobs: dict[str, _Job] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max(1, workers), thread_name_prefix="willing-job")

    # -- the interface ---------------------------------------------------------------

    def submit(self, viewer: Viewer, kind: str, params: Mapping[str, Any] | BaseModel) -> JobPublic:
        """Queue a job of `kind` for `viewer`; answer at once with its id and state."""
        spec = self.kinds.get(kind)
        if spec is None:
            require(viewer, Action.ANALYSE)
            raise WillingError(f"unknown job kind '{kind}'; choose {', '.join(self.kinds)}")
        require(viewer, spec.action)
        parsed = self._parse(spec, params)
        with self._lock:
            self._expire()
            owner = viewer.actor
            active = sum(
                1
                for j in self._jobs.values()
                if j.viewer.actor == owner and j.state not in FINISHED
            )
            if active >= self.per_user:
                raise LimitReached(
                    f"you have {active} jobs queued or running, the most allowed; "
                    "wait for one to finish or cancel one"
                )
            job = _Job(secrets.token_hex(16), kind, viewer, parsed, self._clock())
            self._jobs[job.id] = job
            job.future = self._pool.submit(self._run, job, spec)
            return self._public(job)

    def get(self, viewer: Viewer, job_id: str) -> JobPublic:
        """The job's state and progress; another viewer's job is not found, as a missing one."""
        with self._lock:
            return self._public(self._find(viewer, job_id))

    def result(self, viewer: Viewer, job_id: str) -> BaseModel:
        """The typed result of a finished job (`NotReady` while it runs or if it did not
        end well)."""
        with self._lock:
            job = self._find(viewer, job_id)
            if job.state is JobState.DONE and job.result is not None:
                return job.result
            if job.state is JobState.FAILED:
                raise NotReady(f"the job failed and has no result: {job.error}")
            if job.state is JobState.CANCELLED:
                raise NotReady("the job was cancelled and has no result")
            raise NotReady(f"the job is {job.state.value}; its result is not ready yet")

    def cancel(self, viewer: Viewer, job_id: str) -> JobPublic:
        """Cancel a job: a queued one at once, a running one at its next progress report.
        A finished job is left as it is."""
        with self._lock:
            job = self._find(viewer, job_id)
            if job.state in FINISHED:
                return self._public(job)
            job.cancel.set()
            if job.future is not None and job.future.cancel():
                self._finish(job, JobState.CANCELLED, "cancelled before it started")
            else:
                job.message = "cancelling"
            return self._public(job)

    def list(self, viewer: Viewer) -> JobsPublic:
        """The viewer's jobs, newest first."""
        require(viewer, Action.ANALYSE)
        with self._lock:
            self._expire()
            mine = [self._public(j) for j in self._jobs.values() if j.viewer == viewer]
        mine.sort(key=lambda j: j.created_at, reverse=True)
        return JobsPublic(data=mine, count=len(mine))

    def close(self, wait: bool = False) -> None:
        """Stop: queued jobs never start, running ones are asked to stop."""
        with self._lock:
            for job in self._jobs.values():
                job.cancel.set()
        self._pool.shutdown(wait=wait, cancel_futures=True)

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

    def _find(self, viewer: Viewer, job_id: str) -> _Job:
        require(viewer, Action.ANALYSE)
        self._expire()
        job = self._jobs.get(job_id)
        if job is None or job.viewer != viewer:
            raise NotFound(MISSING)
        return job

    def _run(self, job: _Job, spec: JobKind) -> None:
        with self._lock:
            if job.cancel.is_set():
                self._finish(job, JobState.CANCELLED, "cancelled before it started")
                return
            job.state = JobState.RUNNING
            job.started_at = self._clock()
            job.message = "starting"
        context = JobContext(job, self._lock)
        try:
            result = spec.run(job.viewer, job.params, context)
        except Cancelled:
            with self._lock:
                self._finish(job, JobState.CANCELLED, "cancelled")
            return
        except WillingError as exc:
            with self._lock:
                self._finish(job, JobState.FAILED, "failed", str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a job's crash is reported, never lost
            with self._lock:
                self._finish(
                    job, JobState.FAILED, "failed", f"internal error ({type(exc).__name__})"
                )
            return
        with self._lock:
            if job.cancel.is_set() and not spec.writes:
                self._finish(job, JobState.CANCELLED, "cancelled")
                return
            job.result = result
            job.progress = 1.0
            self._finish(job, JobState.DONE, "done")

    def _finish(self, job: _Job, state: JobState, message: str, error: str | None = None) -> None:
        job.state = state
        job.message = message
        job.error = error
        job.finished_at = self._clock()
        self._trim(job.viewer.actor)

    def _trim(self, owner: str) -> None:
        """Forget the oldest finished jobs of `owner` past `finished_per_user`."""
        done = [j for j in self._jobs.values() if j.viewer.actor == owner and j.state in FINISHED]
        done.sort(key=lambda j: j.finished_at or j.created_at)
        for job in done[: max(0, len(done) - self.finished_per_user)]:
            del self._jobs[job.id]

    def _expire(self) -> None:
        now = self._clock()
        gone = [
            j.id
            for j in self._jobs.values()
            if j.finished_at is not None and now - j.finished_at >= self.keep
        ]
        for jid in gone:
            del self._jobs[jid]

    def _public(self, job: _Job) -> JobPublic:
        return JobPublic(
            id=job.id,
            kind=job.kind,
            state=job.state,
            progress=job.progress,
            message=job.message,
            created_at=job.created_at,
            started_at=job.started_at,
            finished_at=job.finished_at,
            expires_at=None if job.finished_at is None else job.finished_at + self.keep,
            error=job.error,
        )
