"""Drafts in the database: what ingestion proposed, waiting for a reviewer.

A draft is not a record: it lives in the `drafts` table with its source and span, and
becomes a record (or a link to one) only when accepted. Nothing here is shown as fact.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, select

from willing.storage.schema import drafts

#: Item types that become drafts; dates and counts travel inside the meeting draft.
DRAFT_TYPES = (
    "party",
    "condition",
    "person",
    "meeting",
    "position",
    "commitment",
    "figure",
    "claim",
)

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


def from_row(row: Any) -> Draft:
    """A Draft from a row mapping of the drafts table."""
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


def query(
    *,
    status: str | None = None,
    item_type: str | None = None,
    source: str | None = None,
    min_confidence: float | None = None,
    ids: list[str] | None = None,
    sources: Select[Any] | None = None,
) -> Select[Any]:
    """A select of drafts by status, type, source, confidence and (visible) sources."""
    stmt = select(drafts)
    if status:
        stmt = stmt.where(drafts.c.status == status)
    if item_type:
        stmt = stmt.where(drafts.c.item_type == item_type)
    if source:
        stmt = stmt.where(drafts.c.source_id == source)
    if min_confidence is not None:
        stmt = stmt.where(drafts.c.confidence >= min_confidence)
    if ids is not None:
        stmt = stmt.where(drafts.c.id.in_(ids))
    if sources is not None:
        stmt = stmt.where(drafts.c.source_id.in_(sources))
    return stmt.order_by(drafts.c.source_id, drafts.c.id)


def read(conn: Connection, stmt: Select[Any]) -> list[Draft]:
    """Drafts a query selects."""
    return [from_row(r) for r in conn.execute(stmt).mappings()]


def now() -> dt.datetime:
    """The time stamp stored with drafts and conflicts."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


#: Where a sentence ends, for showing a span in its sentence.
_SENTENCE_END = (". ", "! ", "? ", "\n")


def sentence_around(text: str, start: int, end: int, limit: int = 400) -> tuple[str, str, str]:
    """The sentence holding the span [start, end) of `text`, as (before, span, after), each
    part cut to `limit` characters at most (a reviewer reads the span in its context)."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    end = max(start, end)
    left = max((text.rfind(mark, 0, start) for mark in _SENTENCE_END), default=-1)
    left = 0 if left < 0 else left + 1
    rights = [i for i in (text.find(mark, end) for mark in _SENTENCE_END) if i >= 0]
    right = min(rights) + 1 if rights else len(text)
    before = text[max(left, start - limit) : start].lstrip()
    after = text[end : min(right, end + limit)].rstrip()
    return before, text[start:end], after
