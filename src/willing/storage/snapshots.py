"""Stored snapshots of the plan's inputs, one per registry state, as opaque blobs.

A snapshot is keyed by the audit head it was read at (revision and hash): a write moves
the head, so a snapshot of an older state is never handed out, and deleting or rewriting
audit entries (which changes the hash at a revision) cannot make a stale one look
current. Only the newest snapshot is kept. What the blob holds is the sourcing
package's business (`sourcing/snapshot.py`); this module only stores and finds it.
"""

from __future__ import annotations

from sqlalchemy import Connection, delete, select

from willing.storage import audit
from willing.storage.schema import plan_inputs


def find(conn: Connection, head: tuple[int, str], layout: int) -> bytes | None:
    """The snapshot taken at audit `head` in `layout`, or None when there is none."""
    row = conn.execute(
        select(plan_inputs.c.data).where(
            plan_inputs.c.revision == head[0],
            plan_inputs.c.head_hash == head[1],
            plan_inputs.c.format == layout,
        )
    ).first()
    return None if row is None else bytes(row[0])


def keep(conn: Connection, head: tuple[int, str], layout: int, data: bytes) -> bool:
    """Store the snapshot taken at `head`, replacing older ones, inside the caller's write
    transaction; False (nothing stored) when the registry has moved on since `head`."""
    if audit.head(conn) != head:
        return False
    conn.execute(delete(plan_inputs))
    conn.execute(
        plan_inputs.insert().values(revision=head[0], head_hash=head[1], format=layout, data=data)
    )
    return True
