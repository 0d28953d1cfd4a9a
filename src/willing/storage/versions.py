"""Every version of every record: what was written, when, by whom, and its digest.

Each write adds one row per record it creates, changes or deletes, tagged with the registry
revision (the audit entry) it belongs to. The rows are the records' history (`willing
history`, revert) and what the audit log's digests are checked against: a record's latest
version holds the digest its stored row must still have.

A record's digest is the SHA-256 of its kind and its canonical JSON (the model's own JSON,
whose field order is fixed by the declaration), so the same record always has the same
digest, whichever database it was read from.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, RowMapping, Select, and_, func, select

from willing.domain.records import Record
from willing.storage.schema import versions as table

CREATE = "create"
UPDATE = "update"
DELETE = "delete"

#: The registry state is a sum of per-record hashes modulo 2**256, so one write updates it
#: by subtracting the old versions and adding the new ones, and a check recomputes it.
MODULUS = 2**256


def canonical(record: Record) -> str:
    """The record as canonical JSON: what the digest and the history store."""
    return record.model_dump_json()


def digest_of(kind: str, body: str) -> str:
    """The digest of a record of `kind` whose canonical JSON is `body`."""
    return hashlib.sha256(f"{kind}\n{body}".encode()).hexdigest()


def digest(kind: str, record: Record) -> str:
    """The digest of `record`."""
    return digest_of(kind, canonical(record))


def term(kind: str, record_id: str, record_digest: str) -> int:
    """One record's share of the registry state."""
    return int.from_bytes(
        hashlib.sha256(f"{kind}\n{record_id}\n{record_digest}".encode()).digest(), "big"
    )


def state_of(entries: Iterable[tuple[str, str, str]]) -> int:
    """The registry state of these (kind, id, digest) records."""
    return sum(term(k, i, d) for k, i, d in entries) % MODULUS


def state_hex(state: int) -> str:
    return f"{state:064x}"


@dataclass(frozen=True)
class Version:
    """One version of one record (`body` and `digest` are None for a deletion)."""

    kind: str
    record_id: str
    version: int
    revision: int
    at: dt.datetime
    actor: str
    op: str
    digest: str | None
    body: str | None


@dataclass(frozen=True)
class Change:
    """A change a write makes to one record: its digest before and after (None: absent)."""

    kind: str
    record_id: str
    before: str | None
    after: str | None
    body: str | None


def latest(
    conn: Connection, kind: str | None = None
) -> dict[tuple[str, str], tuple[int, str | None]]:
    """(kind, id) -> (version, digest) of each record's newest version (digest None when the
    newest version is a deletion)."""
    newest = select(
        table.c.kind, table.c.record_id, func.max(table.c.version).label("version")
    ).group_by(table.c.kind, table.c.record_id)
    if kind is not None:
        newest = newest.where(table.c.kind == kind)
    sub = newest.subquery()
    stmt = select(table.c.kind, table.c.record_id, table.c.version, table.c.digest).join(
        sub,
        and_(
            table.c.kind == sub.c.kind,
            table.c.record_id == sub.c.record_id,
            table.c.version == sub.c.version,
        ),
    )
    return {(k, i): (int(v), d) for k, i, v, d in conn.execute(stmt)}


def current(conn: Connection, kind: str, record_id: str) -> Version | None:
    """The newest version of one record, or None when it has no history."""
    row = (
        conn.execute(
            select(table)
            .where(table.c.kind == kind, table.c.record_id == record_id)
            .order_by(table.c.version.desc())
            .limit(1)
        )
        .mappings()
        .first()
    )
    return None if row is None else _version(row)


def history(conn: Connection, kind: str, record_id: str) -> list[Version]:
    """Every version of one record, oldest first."""
    rows = conn.execute(
        select(table)
        .where(table.c.kind == kind, table.c.record_id == record_id)
        .order_by(table.c.version)
    ).mappings()
    return [_version(r) for r in rows]


def newest_of(conn: Connection, kind: str, ids: Select[Any], limit: int) -> list[Version]:
    """The newest `limit` versions (any record) of the records of `kind` that `ids` selects,
    newest first: a reader's recent changes, filtered in SQL so that what he may not see
    takes no place in the window."""
    rows = conn.execute(
        select(table)
        .where(table.c.kind == kind, table.c.record_id.in_(ids), table.c.body.is_not(None))
        .order_by(table.c.revision.desc(), table.c.record_id)
        .limit(limit)
    ).mappings()
    return [_version(r) for r in rows]


def revisions(conn: Connection) -> list[int]:
    """Every revision some version belongs to."""
    return [int(r) for r in conn.execute(select(table.c.revision).distinct()).scalars()]


def at_revision(conn: Connection, revision: int) -> list[Version]:
    """The versions one write (audit entry) added, in a fixed order."""
    rows = conn.execute(
        select(table)
        .where(table.c.revision == revision)
        .order_by(table.c.kind, table.c.record_id, table.c.version)
    ).mappings()
    return [_version(r) for r in rows]


def _version(row: RowMapping) -> Version:
    return Version(
        kind=row["kind"],
        record_id=row["record_id"],
        version=int(row["version"]),
        revision=int(row["revision"]),
        at=row["at"],
        actor=row["actor"],
        op=row["op"],
        digest=row["digest"],
        body=row["body"],
    )


def append(
    conn: Connection,
    changes: list[Change],
    revision: int,
    actor: str,
    known: Mapping[tuple[str, str], tuple[int, str | None]],
) -> None:
    """Add one version per change (`known` holds each record's newest version before)."""
    if not changes:
        return
    at = dt.datetime.now(dt.UTC).replace(microsecond=0)
    rows = [
        {
            "kind": kind,
            "record_id": rid,
            "version": version,
            "revision": revision,
            "at": at,
            "actor": actor,
            "op": op,
            "digest": after,
            "body": change.body,
        }
        for change, (kind, rid, version, op, after) in zip(
            changes, planned(changes, known), strict=True
        )
    ]
    conn.execute(table.insert(), rows)


def changes_digest(items: Iterable[tuple[str, str, int, str, str | None]]) -> str:
    """A digest of the versions one write added, (kind, id, version, op, digest) each, for
    its audit entry; sorted here so the database's collation does not matter."""
    h = hashlib.sha256()
    for kind, rid, version, op, after in sorted(items, key=lambda v: (v[0], v[1], v[2])):
        h.update(f"{kind}\n{rid}\n{version}\n{op}\n{after}\n".encode())
    return h.hexdigest()


def stored_changes_digest(conn: Connection, revision: int) -> str:
    """`changes_digest` of the versions stored for one audit entry."""
    return changes_digest(
        (v.kind, v.record_id, v.version, v.op, v.digest) for v in at_revision(conn, revision)
    )


def planned(
    changes: Iterable[Change], known: Mapping[tuple[str, str], tuple[int, str | None]]
) -> list[tuple[str, str, int, str, str | None]]:
    """The (kind, id, version, op, digest) rows `append` writes for `changes`."""
    out = []
    for c in changes:
        before = known.get((c.kind, c.record_id))
        version = (before[0] if before else 0) + 1
        op = DELETE if c.after is None else UPDATE if c.before is not None else CREATE
        out.append((c.kind, c.record_id, version, op, c.after))
    return out


def next_state(state: int, changes: Iterable[Change]) -> int:
    """The registry state after `changes`, from the state before."""
    for c in changes:
        if c.before is not None:
            state -= term(c.kind, c.record_id, c.before)
        if c.after is not None:
            state += term(c.kind, c.record_id, c.after)
    return state % MODULUS
