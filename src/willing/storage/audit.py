"""The append-only, hash-chained audit log: one entry per write transaction.

Each entry's hash covers its content and the previous entry's hash, so editing or
deleting a past entry breaks the chain, and `verify` finds where. Each hash is also signed
with a key kept outside the database (`signing`), so a chain rewritten from scratch by
someone who can write the database does not verify either. Deleting the newest
entries leaves a shorter chain that still holds; to catch that, write down the head
(`head`: revision and hash) somewhere the database's owner cannot edit, and verify against
it as an anchor later.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import Connection, func, select

from willing.storage import signing
from willing.storage.schema import audit

GENESIS = "0" * 64


def _digest(
    seq: int,
    at: str,
    actor: str,
    action: str,
    detail: str,
    prev: str,
    changes: str | None = None,
    state: str | None = None,
) -> str:
    fields: list[Any] = [seq, at, actor, action, detail, prev]
    if changes is not None or state is not None:  # entries written before digests had neither
        fields += [changes, state]
    payload = json.dumps(fields, ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


def next_seq(conn: Connection) -> int:
    """The sequence number the next entry will get (inside a write transaction)."""
    return revision(conn) + 1


def last_state(conn: Connection) -> str | None:
    """The registry state the newest entry recorded (None before digests were kept)."""
    return conn.execute(
        select(audit.c.state).order_by(audit.c.seq.desc()).limit(1)
    ).scalar_one_or_none()


def append(
    conn: Connection,
    actor: str,
    action: str,
    detail: dict[str, Any],
    *,
    changes: str | None = None,
    state: str | None = None,
) -> int:
    """Add an entry inside the caller's transaction; return its sequence number (the revision).

    `changes` is the digest of the record versions the write added and `state` the digest
    of every record after it; an entry that changes no record carries the state unchanged.
    """
    last = conn.execute(
        select(audit.c.seq, audit.c.hash, audit.c.state).order_by(audit.c.seq.desc()).limit(1)
    )
    row = last.first()
    seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
    if state is None and row is not None:
        state = row[2]
    at = dt.datetime.now(dt.UTC).replace(microsecond=0)
    text = json.dumps(detail, sort_keys=True, ensure_ascii=False)
    digest = _digest(seq, at.isoformat(), actor, action, text, prev, changes, state)
    key = signing.signer()
    conn.execute(
        audit.insert().values(
            seq=seq,
            at=at,
            actor=actor,
            action=action,
            detail=text,
            prev_hash=prev,
            hash=digest,
            changes=changes,
            state=state,
            key_id=key.id,
            signature=key.sign(digest),
        )
    )
    return seq


def revision(conn: Connection) -> int:
    """The registry's revision: the sequence number of the last write (0 when empty)."""
    return int(conn.execute(select(func.coalesce(func.max(audit.c.seq), 0))).scalar_one())


def head(conn: Connection) -> tuple[int, str]:
    """The newest entry's sequence number and hash: an anchor to keep outside the database."""
    row = conn.execute(
        select(audit.c.seq, audit.c.hash).order_by(audit.c.seq.desc()).limit(1)
    ).first()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def verify(conn: Connection, anchor: tuple[int, str] | None = None) -> int | None:
    """The first sequence number whose entry was tampered with, or None if the chain holds.

    With an `anchor` (a sequence number and the hash `head` gave for it earlier), the chain
    must also still hold that entry with that hash: this catches the newest entries being
    deleted or the whole log being rewritten from there, which the chain alone cannot.
    """
    prev = GENESIS
    anchored = GENESIS if anchor is not None and anchor[0] == 0 else None
    for row in conn.execute(select(audit).order_by(audit.c.seq)).mappings():
        at = row["at"]
        # SQLite hands back naive UTC; PostgreSQL an aware time in the session's zone
        at = at.replace(tzinfo=dt.UTC) if at.tzinfo is None else at.astimezone(dt.UTC)
        expected = _digest(
            row["seq"],
            at.isoformat(),
            row["actor"],
            row["action"],
            row["detail"],
            prev,
            row["changes"],
            row["state"],
        )
        if row["prev_hash"] != prev or row["hash"] != expected:
            return int(row["seq"])
        prev = row["hash"]
        if anchor is not None and row["seq"] == anchor[0]:
            anchored = row["hash"]
    if anchor is not None and anchored != anchor[1]:
        return anchor[0]
    return None
