"""A job kind for the job-runner tests: it runs, reporting progress, until a gate opens."""

from __future__ import annotations

import threading

from pydantic import BaseModel

from willing.services.access import Viewer
from willing.services.jobs import JobContext, JobKind


class Empty(BaseModel):
    pass


class Done(BaseModel):
    steps: int


def gate_kind(gate: threading.Event, started: threading.Event, *, steps: int = 100) -> JobKind:
    """A job that reports progress (rising by 1/`steps`, at most 0.9) until `gate` opens or
    it is cancelled; `started` is set once it runs."""

    def run(_viewer: Viewer, _params: Empty, context: JobContext) -> Done:
        started.set()
        done = 0
        while not gate.wait(0.01):
            done += 1
            context.report(min(0.9, done / steps), f"step {done}")
        return Done(steps=done)

    return JobKind("gate", Empty, Done, run)
