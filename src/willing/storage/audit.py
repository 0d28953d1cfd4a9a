"""The append-only, hash-chained audit log: one entry per write transaction.

Each entry's hash covers its content and the previous entry's hash, so editing or
deleting a past entry breaks the chain, and `verify` finds where.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import Connection, func, select

from willing.storage.schema import audit

GENESIS = "0" * 64


def _digest(seq: int, at: str, actor: str, action: str, detail: str, prev: str) -> str:
    payload = json.dumps([seq, at, actor, action, detail, prev], ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


def append(conn: Connection, actor: str, action: str, detail: dict[str, Any]) -> int:
    """Add an entry inside the caller's transaction; return its sequence number (the revision)."""
    last = conn.execute(select(audit.c.seq, audit.c.hash).order_by(audit.c.seq.desc()).limit(1))
    row = last.first()
    seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
    at = dt.datetime.now(dt.UTC).replace(microsecond=0)
    text = json.dumps(detail, sort_keys=True, ensure_ascii=False)
    digest = _digest(seq, at.isoformat(), actor, action, text, prev)
    conn.execute(
        audit.insert().values(
            seq=seq, at=at, actor=actor, action=action, detail=text, prev_hash=prev, hash=digest
        )
    )
    return seq


def revision(conn: Connection) -> int:
    """The registry's revision: the sequence number of the last write (0 when empty)."""
    return int(conn.execute(select(func.coalesce(func.max(audit.c.seq), 0))).scalar_one())


def verify(conn: Connection) -> int | None:
    """The first sequence number whose entry was tampered with, or None if the chain holds."""
    prev = GENESIS
    for row in conn.execute(select(audit).order_by(audit.c.seq)).mappings():
        at = row["at"]
        # SQLite hands back naive UTC; PostgreSQL an aware time in the session's zone
        at = at.replace(tzinfo=dt.UTC) if at.tzinfo is None else at.astimezone(dt.UTC)
        expected = _digest(
            row["seq"], at.isoformat(), row["actor"], row["action"], row["detail"], prev
        )
        if row["prev_hash"] != prev or row["hash"] != expected:
            return int(row["seq"])
        prev = row["hash"]
    return None
