"""What a job is, as every interface and every computing package sees it: its states, its
public form, and the declaration of a kind (`JobKind`) that the package computing it
writes. The runner is `willing.services.jobs`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from willing.services.access import Viewer
from willing.services.permissions import Action

if TYPE_CHECKING:
    from willing.services.jobs import JobContext


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


Run = Callable[[Viewer, Any, "JobContext"], BaseModel]


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
    #: arrives later does not turn it into "cancelled", nor a late "lost" verdict into
    #: "failed"
    writes: bool = False
    #: called with the parameters once the job has ended, however it ended (ran, failed,
    #: was cancelled before it started, or its server stopped): to delete what the job
    #: was handed (an upload)
    cleanup: Callable[[Any], None] | None = None
