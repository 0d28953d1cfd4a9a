"""The `drafts` table: what ingestion proposed, waiting for a reviewer.

A draft is not a record: it lives here with its source and span, and becomes a record (or
a link to one) only when accepted. Rows come back as `Draft`s with their payload decoded
once; every write runs inside the store's serialised write transaction (`Store.transaction`,
or a trial that is rolled back: `Store.trial`) and opens none of its own.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, insert, select, update

from willing.storage.engine import require_write
from willing.storage.schema import drafts as table

PENDING, ACCEPTED, REJECTED, LINKED = "pending", "accepted", "rejected", "linked"


@dataclass(frozen=True)
class Draft:
    """One row of the review queue."""

    id: str
    source: str
    item_type: str
    payload: dict[str, Any]
    start: int | None
    end: int | None
    quote: str | None
    confidence: float
    status: str
    record_kind: str | None
    record_id: str | None
    reviewer: str | None

    def summary(self) -> str:
        """A one-line description of what the draft proposes."""
        p = self.payload
        if self.item_type == "meeting":
            bits = [p.get("date"), p.get("place"), p.get("format"), p.get("host")]
            if p.get("countries_count") is not None:
                bits.append(f"{p['countries_count']} countries")
            if p.get("heads_count") is not None:
                bits.append(f"{p['heads_count']} heads")
            return ", ".join(str(b) for b in bits if b)
        if self.item_type == "person":
            role = f"{p.get('role')}, " if p.get("role") else ""
            return f"{p.get('name')} ({role}{p.get('party') or '?'})"
        if self.item_type == "party":
            return str(p.get("code"))
        if self.item_type == "condition":
            return f"{p.get('code')}: {p.get('name')}"
        if self.item_type == "position":
            return f"{p.get('party')} {p.get('stance')}s {p.get('issue')} ({p.get('as_of')})"
        if self.item_type == "commitment":
            listed = p.get("conditions") or []
            conditions = ", ".join(
                str(c) for c in (listed if isinstance(listed, list) else [listed])
            )
            extra = f" if {conditions}" if conditions else ""
            return f"{p.get('party')}: {p.get('layer')}/{p.get('domain') or '-'}{extra}"
        if self.item_type == "claim":
            return f"{p.get('subject')}: {p.get('value')}"
        if self.item_type == "figure":
            value = p.get("value")
            if value is None:
                value = f"{p.get('low')}-{p.get('high')}"
            return f"{p.get('kind')} {value} {p.get('unit') or ''} {p.get('measure') or ''}".strip()
        return json.dumps(p, ensure_ascii=False)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "id": self.id,
            "source": self.source,
            "type": self.item_type,
            "status": self.status,
            "confidence": self.confidence,
            "summary": self.summary(),
            "payload": self.payload,
            "span": [self.start, self.end] if self.start is not None else None,
            "quote": self.quote,
            "record": f"{self.record_kind}/{self.record_id}" if self.record_id else None,
        }


def now() -> dt.datetime:
    """The time stamp stored with drafts and conflicts."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def encode(payload: dict[str, Any]) -> str:
    """A payload as the table stores it (keys sorted, so equal payloads are equal text)."""
    return json.dumps(payload, ensure_ascii=False, sort_keys=True)


def _decoded(row: Any) -> Draft:
    return Draft(
        id=row["id"],
        source=row["source_id"],
        item_type=row["item_type"],
        payload=json.loads(row["payload"]),
        start=row["span_start"],
        end=row["span_end"],
        quote=row["quote"],
        confidence=float(row["confidence"]),
        status=row["status"],
        record_kind=row["record_kind"],
        record_id=row["record_id"],
        reviewer=row["reviewer"],
    )


def listing(
    conn: Connection,
    *,
    status: str | None = None,
    item_type: str | None = None,
    source: str | None = None,
    min_confidence: float | None = None,
    ids: Sequence[str] | None = None,
    sources: Select[Any] | None = None,
) -> list[Draft]:
    """Drafts by status, type, source, confidence, id and among `sources` (a select of the
    source ids a viewer may see), ordered by source and id."""
    stmt = select(table)
    if status:
        stmt = stmt.where(table.c.status == status)
    if item_type:
        stmt = stmt.where(table.c.item_type == item_type)
    if source:
        stmt = stmt.where(table.c.source_id == source)
    if min_confidence is not None:
        stmt = stmt.where(table.c.confidence >= min_confidence)
    if ids is not None:
        stmt = stmt.where(table.c.id.in_(list(ids)))
    if sources is not None:
        stmt = stmt.where(table.c.source_id.in_(sources))
    stmt = stmt.order_by(table.c.source_id, table.c.id)
    return [_decoded(r) for r in conn.execute(stmt).mappings()]


def read(conn: Connection, draft_id: str) -> Draft | None:
    """One draft by id, or None."""
    row = conn.execute(select(table).where(table.c.id == draft_id)).mappings().first()
    return None if row is None else _decoded(row)


def others(
    conn: Connection, item_type: str, *, besides: str | None = None, sources: Select[Any]
) -> list[Draft]:
    """Drafts of `item_type` not rejected, of the sources `sources` selects but `besides`
    (if named), oldest first: what new drafts are compared with for conflicts."""
    stmt = select(table).where(
        table.c.item_type == item_type,
        table.c.status != REJECTED,
        table.c.source_id.in_(sources),
    )
    if besides is not None:
        stmt = stmt.where(table.c.source_id != besides)
    stmt = stmt.order_by(table.c.created_at, table.c.id)
    return [_decoded(r) for r in conn.execute(stmt).mappings()]


def any_of(conn: Connection, source: str) -> bool:
    """Whether any draft was made from `source`."""
    stmt = select(table.c.id).where(table.c.source_id == source).limit(1)
    return conn.execute(stmt).first() is not None


def cited_sources(conn: Connection) -> set[str]:
    """Sources that stored drafts cite: a replace keeps them with their drafts."""
    return set(conn.execute(select(table.c.source_id).distinct()).scalars())


def ids_starting(conn: Connection, prefix: str) -> set[str]:
    """The ids that start with `prefix` (a LIKE pattern: `_` and `%` match any character, so
    the set may hold more, never fewer)."""
    stmt = select(table.c.id).where(table.c.id.like(f"{prefix}%"))
    return set(conn.execute(stmt).scalars())


def not_pending(conn: Connection, ids: Sequence[str]) -> list[str]:
    """The ids among `ids` already reviewed (accepted, linked or rejected), sorted."""
    stmt = select(table.c.id).where(table.c.id.in_(list(ids)), table.c.status != PENDING)
    return sorted(conn.execute(stmt).scalars())


def add(conn: Connection, new: Sequence[Draft], created_at: dt.datetime) -> list[Draft]:
    """Insert new drafts; returns them as they now read back (payload through JSON)."""
    require_write(conn)
    if not new:
        return []
    values = [
        {
            "id": d.id,
            "source_id": d.source,
            "item_type": d.item_type,
            "payload": encode(d.payload),
            "span_start": d.start,
            "span_end": d.end,
            "quote": d.quote,
            "confidence": d.confidence,
            "status": d.status,
            "record_kind": d.record_kind,
            "record_id": d.record_id,
            "created_at": created_at,
            "reviewed_at": None,
            "reviewer": d.reviewer,
        }
        for d in new
    ]
    conn.execute(insert(table), values)
    return [_decoded(v) for v in values]


def copy(conn: Connection, draft_id: str, new_ids: Sequence[str], created_at: dt.datetime) -> None:
    """Insert copies of a stored draft, column for column, under `new_ids`."""
    require_write(conn)
    row = conn.execute(select(table).where(table.c.id == draft_id)).mappings().one()
    for new_id in new_ids:
        conn.execute(insert(table).values({**dict(row), "id": new_id, "created_at": created_at}))


def set_payload(conn: Connection, draft_id: str, payload: dict[str, Any]) -> bool:
    """Replace a pending draft's payload; False when it is missing or no longer pending."""
    require_write(conn)
    done = conn.execute(
        update(table)
        .where(table.c.id == draft_id, table.c.status == PENDING)
        .values(payload=encode(payload))
    )
    return done.rowcount == 1


def set_status(conn: Connection, draft_id: str, status: str) -> None:
    """Change a draft's status alone (no reviewer, no time: a side effect, not a review)."""
    require_write(conn)
    conn.execute(update(table).where(table.c.id == draft_id).values(status=status))


def mark(
    conn: Connection,
    ids: Sequence[str],
    status: str,
    *,
    kind: str | None,
    rid: str | None,
    reviewer: str,
) -> int:
    """Record a review decision on the drafts of `ids` still pending; how many changed."""
    require_write(conn)
    done = conn.execute(
        update(table)
        .where(table.c.id.in_(list(ids)), table.c.status == PENDING)
        .values(
            status=status, record_kind=kind, record_id=rid, reviewer=reviewer, reviewed_at=now()
        )
    )
    return int(done.rowcount)
