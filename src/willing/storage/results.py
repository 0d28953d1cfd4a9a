"""The `results` table: stored analysis results (plans, comparisons, Monte Carlo runs, ...)
and releases of their figures. Each row's body keeps the label of the run that made it."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select

from willing.domain.labels import Classification, Label
from willing.storage.schema import results as table

#: The label of a result stored without one: only an administrator sees it, since nobody
#: knows whose view it was.
UNLABELLED = Label(classification=Classification.NATIONAL)


@dataclass(frozen=True)
class StoredResult:
    """One row, with its summary and body decoded."""

    id: str
    kind: str
    created_at: dt.datetime
    revision: int
    scenario: str | None
    inputs_hash: str
    summary: dict[str, Any]
    body: dict[str, Any]

    @property
    def label(self) -> Label:
        stored = self.body.get("label")
        return Label.model_validate(stored) if isinstance(stored, dict) else UNLABELLED


def read(conn: Connection, rid: str, kinds: Sequence[str] | None = None) -> StoredResult | None:
    """One stored result by id (of one of `kinds`), or None."""
    stmt = select(table).where(table.c.id == rid)
    if kinds is not None:
        stmt = stmt.where(table.c.kind.in_(kinds))
    row = conn.execute(stmt).mappings().first()
    return None if row is None else _decoded(row)


def listing(conn: Connection, kinds: Sequence[str]) -> list[StoredResult]:
    """Stored results of `kinds`, oldest first."""
    rows = conn.execute(
        select(table).where(table.c.kind.in_(kinds)).order_by(table.c.created_at, table.c.id)
    ).mappings()
    return [_decoded(r) for r in rows]


def _decoded(row: Any) -> StoredResult:
    return StoredResult(
        id=row["id"],
        kind=row["kind"],
        created_at=row["created_at"],
        revision=int(row["revision"]),
        scenario=row["scenario"],
        inputs_hash=row["inputs_hash"],
        summary=json.loads(row["summary"]),
        body=json.loads(row["body"]),
    )


def add(
    conn: Connection,
    *,
    rid: str,
    kind: str,
    revision: int,
    scenario: str | None,
    inputs_hash: str,
    summary: dict[str, Any],
    body: dict[str, Any],
) -> None:
    """Insert one result inside the caller's (write) transaction."""
    conn.execute(
        insert(table).values(
            id=rid,
            kind=kind,
            created_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
            revision=revision,
            scenario=scenario,
            inputs_hash=inputs_hash,
            summary=json.dumps(summary, default=str),
            body=json.dumps(body, default=str),
        )
    )
