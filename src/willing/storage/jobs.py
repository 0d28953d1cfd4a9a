"""The jobs table: what every server process on one database knows of each job.

A job runs in the process that accepted it, but its state, progress, cancellation and
result live here, so a client's next request may reach any process. Each function is one
short transaction of its own, outside the registry's serialised write lock: a job's
progress must not wait behind an import, and none of this is registry content (no audit
entry, no revision). Timestamps are UTC.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, delete, func, insert, select, update

from willing.storage.schema import jobs as table

#: States in which a job still runs (or waits to).
UNFINISHED = ("queued", "running")


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
    """SQLite hands back naive timestamps: they were written in UTC."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=dt.UTC)


def _row(mapping: Any) -> JobRow:
    values = dict(mapping)
    for name in ("created_at", "started_at", "finished_at", "heartbeat_at"):
        values[name] = _utc(values[name])
    values["cancel"] = bool(values["cancel"])
    return JobRow(**values)


def add(engine: Engine, row: JobRow, limit: int) -> int:
    """Insert `row` unless its actor already has `limit` unfinished jobs; the count of his
    unfinished jobs before the insert (the row was added when it is below `limit`)."""
    with engine.begin() as conn:
        active = conn.execute(
            select(func.count())
            .select_from(table)
            .where(table.c.actor == row.actor, table.c.state.in_(UNFINISHED))
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


def change(engine: Engine, job_id: str, *, unfinished: bool = True, **values: Any) -> bool:
    """Set `values` on a job (by default only while it is unfinished: a job that ended,
    or was found dead, is not brought back); True when a row changed."""
    statement = update(table).where(table.c.id == job_id)
    if unfinished:
        statement = statement.where(table.c.state.in_(UNFINISHED))
    with engine.begin() as conn:
        return conn.execute(statement.values(**values)).rowcount > 0


def cancel_asked(engine: Engine, job_id: str) -> bool:
    with engine.connect() as conn:
        return bool(conn.execute(select(table.c.cancel).where(table.c.id == job_id)).scalar())


def beat(engine: Engine, runner: str, now: dt.datetime) -> None:
    """Mark the unfinished jobs of one process as still in its hands."""
    with engine.begin() as conn:
        conn.execute(
            update(table)
            .where(table.c.runner == runner, table.c.state.in_(UNFINISHED))
            .values(heartbeat_at=now)
        )


def forget(engine: Engine, finished_before: dt.datetime, actor: str | None, keep: int) -> None:
    """Delete jobs that finished before `finished_before`, and the finished jobs of
    `actor` beyond his newest `keep`."""
    with engine.begin() as conn:
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
