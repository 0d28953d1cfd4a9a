"""The `conflicts` table: two sources disagree on one field of a record or of a draft.

Rows come back as `Conflict`s with their claims and resolution decoded once; every write
runs inside the store's serialised write transaction (or a trial that is rolled back) and
opens none of its own.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select, update

from willing.storage.drafts import now
from willing.storage.engine import require_write
from willing.storage.schema import TABLES
from willing.storage.schema import conflicts as table

OPEN, RESOLVED, KEPT_BOTH = "open", "resolved", "kept_both"


@dataclass(frozen=True)
class Conflict:
    """A disputed field of a record (or of an earlier draft) and each source's claim."""

    id: str
    subject_kind: str
    subject_id: str
    field: str
    claims: list[dict[str, Any]]
    status: str
    resolution: dict[str, Any] | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "subject": f"{self.subject_kind}/{self.subject_id}",
            "field": self.field,
            "status": self.status,
            "claims": self.claims,
            "resolution": self.resolution,
        }


def _decoded(row: Any) -> Conflict:
    return Conflict(
        row["id"],
        row["subject_kind"],
        row["subject_id"],
        row["field"],
        json.loads(row["claims"]),
        row["status"],
        json.loads(row["resolution"]) if row["resolution"] else None,
    )


def listing(conn: Connection, status: str | None = None) -> list[Conflict]:
    """Conflicts (of one `status`, or all), oldest first."""
    stmt = select(table).order_by(table.c.created_at, table.c.id)
    if status:
        stmt = stmt.where(table.c.status == status)
    return [_decoded(r) for r in conn.execute(stmt).mappings()]


def exists(conn: Connection, conflict_id: str) -> bool:
    """Whether a conflict of that id is stored."""
    return conn.execute(select(table.c.id).where(table.c.id == conflict_id)).first() is not None


def existing(conn: Connection, conflict_ids: list[str]) -> set[str]:
    """Those of `conflict_ids` that are stored."""
    if not conflict_ids:
        return set()
    stmt = select(table.c.id).where(table.c.id.in_(conflict_ids))
    return set(conn.execute(stmt).scalars())


def add_many(conn: Connection, new: list[dict[str, Any]], created_at: dt.datetime) -> None:
    """Insert open conflicts, each given as `id`, `subject_kind`, `subject_id`, `field`
    and `claims`, in one statement."""
    if not new:
        return
    require_write(conn)
    conn.execute(
        insert(table),
        [
            {
                **row,
                "claims": json.dumps(row["claims"], ensure_ascii=False),
                "status": OPEN,
                "resolution": None,
                "created_at": created_at,
                "resolved_at": None,
            }
            for row in new
        ],
    )


def add(
    conn: Connection,
    conflict_id: str,
    *,
    subject_kind: str,
    subject_id: str,
    field: str,
    claims: list[dict[str, Any]],
    created_at: dt.datetime,
) -> None:
    """Insert one open conflict."""
    one = {"id": conflict_id, "subject_kind": subject_kind, "subject_id": subject_id}
    add_many(conn, [{**one, "field": field, "claims": claims}], created_at)


def settle(conn: Connection, conflict_id: str, status: str, resolution: dict[str, Any]) -> None:
    """Record how a conflict was settled (`RESOLVED` or `KEPT_BOTH`), and when."""
    require_write(conn)
    conn.execute(
        update(table)
        .where(table.c.id == conflict_id)
        .values(
            status=status,
            resolution=json.dumps(resolution, ensure_ascii=False),
            resolved_at=now(),
        )
    )


def hold(conn: Connection, kind: str, rid: str, field: str, value: Any) -> None:
    """Make the claim picked in a conflict hold on the stored record it is about: one
    column of one row (a meeting's date, format, host or counts)."""
    require_write(conn)
    records = TABLES[kind]
    conn.execute(update(records).where(records.c.id == rid).values({field: value}))
