"""The jobs table: what every server process on one database knows of each job.

A job runs in the process that accepted it, but its state, progress, cancellation and
result live here, so a client's next request may reach any process. Each function is one
short transaction of its own, outside the registry's serialised write transaction, and
none of this is registry content (no audit entry, no revision). Reads never wait for a
writer; on SQLite a write waits for the file's one write lock like any other (taken at
BEGIN, so it waits out the busy timeout rather than failing when a read would have to
become a write). Timestamps are UTC.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select, text, update

from willing.storage.engine import WRITE
from willing.storage.schema import jobs as table

#: States in which a job still runs (or waits to).
UNFINISHED = ("queued", "running")
#: The first key of the PostgreSQL advisory locks that serialise one user's submissions
#: ("JOBS"; the second key is the user's hash; two-key locks never meet the write lock).
SUBMIT_LOCK = 0x4A4F4253
LOST = "the server process running it stopped"


@dataclass(frozen=True)
class JobRow:
    """One stored job."""

    id: str
    kind: str
    owner: str
    actor: str
    runner: str
    state: str
    progress: float
    message: str
    cancel: bool
    created_at: dt.datetime
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    heartbeat_at: dt.datetime
    error: str | None
    result: str | None


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    """In UTC: SQLite hands back naive timestamps (written in UTC), PostgreSQL aware ones
    in the server's time zone."""
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


@contextmanager
def _writing(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as conn:
        conn = conn.execution_options(**{WRITE: True})
        with conn.begin():
            yield conn


def _row(mapping: Any) -> JobRow:
    values = dict(mapping)
    for name in ("created_at", "started_at", "finished_at", "heartbeat_at"):
        values[name] = _utc(values[name])
    values["cancel"] = bool(values["cancel"])
    return JobRow(**values)


def add(engine: Engine, row: JobRow, limit: int, alive_after: dt.datetime) -> int:
    """Insert `row` unless its actor already has `limit` unfinished jobs (a job counts while
    its process marked it alive after `alive_after`); the count of his unfinished jobs
    before the insert (the row was added when it is below `limit`). Two submissions of one
    user are serialised, so the limit holds across processes."""
    with _writing(engine) as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(
                text("SELECT pg_advisory_xact_lock(:key, hashtext(:actor))"),
                {"key": SUBMIT_LOCK, "actor": row.actor},
            )
        active = conn.execute(
            select(func.count())
            .select_from(table)
            .where(
                table.c.actor == row.actor,
                table.c.state.in_(UNFINISHED),
                table.c.heartbeat_at > alive_after,
            )
        ).scalar_one()
        if active < limit:
            conn.execute(insert(table).values(**row.__dict__))
        return int(active)


def find(engine: Engine, job_id: str) -> JobRow | None:
    with engine.connect() as conn:
        found = conn.execute(select(table).where(table.c.id == job_id)).mappings().first()
    return None if found is None else _row(found)


def owned(engine: Engine, owner: str) -> list[JobRow]:
    """The jobs of one owner, newest first."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(table).where(table.c.owner == owner).order_by(table.c.created_at.desc())
        ).mappings()
        return [_row(r) for r in rows]


def change(
    engine: Engine, job_id: str, *, states: Iterable[str] | None = UNFINISHED, **values: Any
) -> bool:
    """Set `values` on a job while its state is one of `states` (by default unfinished: a
    job that ended, or was found dead, is not brought back; None: whatever its state);
    True when the row changed."""
    statement = update(table).where(table.c.id == job_id)
    if states is not None:
        statement = statement.where(table.c.state.in_(list(states)))
    with _writing(engine) as conn:
        return conn.execute(statement.values(**values)).rowcount > 0


def start(engine: Engine, job_id: str, now: dt.datetime) -> bool:
    """Move a queued job to running, unless it was cancelled or ended meanwhile."""
    with _writing(engine) as conn:
        started = conn.execute(
            update(table)
            .where(table.c.id == job_id, table.c.state == "queued", table.c.cancel.is_(False))
            .values(state="running", started_at=now, heartbeat_at=now, message="starting")
        )
        return started.rowcount > 0


def cancel_asked(engine: Engine, job_id: str) -> bool:
    with engine.connect() as conn:
        return bool(conn.execute(select(table.c.cancel).where(table.c.id == job_id)).scalar())


def beat(engine: Engine, ids: Iterable[str], now: dt.datetime) -> None:
    """Mark the unfinished jobs a process still holds as alive."""
    held = list(ids)
    if not held:
        return
    with _writing(engine) as conn:
        conn.execute(
            update(table)
            .where(table.c.id.in_(held), table.c.state.in_(UNFINISHED))
            .values(heartbeat_at=now)
        )


def end_lost(
    engine: Engine, alive_after: dt.datetime, now: dt.datetime, held: Iterable[str] = ()
) -> None:
    """Record as failed every unfinished job not marked alive after `alive_after`: its
    process is gone. The jobs the calling process `held` are alive whatever their mark
    says (its marks may have been refused by a busy database)."""
    statement = update(table).where(
        table.c.state.in_(UNFINISHED), table.c.heartbeat_at <= alive_after
    )
    mine = list(held)
    if mine:
        statement = statement.where(table.c.id.not_in(mine))
    with _writing(engine) as conn:
        conn.execute(
            statement.values(state="failed", message="failed", error=LOST, finished_at=now)
        )


def forget(engine: Engine, finished_before: dt.datetime, actor: str | None, keep: int) -> None:
    """Delete jobs that finished before `finished_before`, and the finished jobs of
    `actor` beyond his newest `keep`."""
    with _writing(engine) as conn:
        conn.execute(delete(table).where(table.c.finished_at < finished_before))
        if actor is None:
            return
        newest = (
            select(table.c.id)
            .where(table.c.actor == actor, table.c.finished_at.is_not(None))
            .order_by(table.c.finished_at.desc())
            .limit(keep)
        )
        conn.execute(
            delete(table).where(
                table.c.actor == actor,
                table.c.finished_at.is_not(None),
                table.c.id.not_in(newest.scalar_subquery()),
            )
        )
