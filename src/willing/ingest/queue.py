"""Storing an article: its source record and the drafts proposed from it, in one transaction."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from willing.domain.diplomacy import Source
from willing.domain.enums import SourceKind
from willing.domain.errors import AccessDenied
from willing.ingest import conflicts
from willing.ingest.drafts import DRAFT_TYPES, PENDING, now
from willing.ingest.extract import extract
from willing.ingest.items import Extraction, Item
from willing.services.access import Registry, Role
from willing.storage import audit, rows
from willing.storage.schema import TABLES, drafts

#: Roles that may feed and work the review queue; liaison officers keep to their pledges.
REVIEWERS = frozenset({Role.ADMIN, Role.ANALYST, Role.PLANNER})


@dataclass
class Ingested:
    """What one article gave: its source id, the drafts stored and the conflicts raised."""

    source: str
    title: str | None
    language: str | None
    published: dt.date | None
    drafts: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    reused_source: bool = False
    warnings: list[str] = field(default_factory=list)


def require_reviewer(registry: Registry) -> None:
    """Only administrators, analysts and planners ingest and review."""
    if registry.viewer.role not in REVIEWERS:
        raise AccessDenied("ingesting and reviewing need the admin, analyst or planner role")


def source_id(text: str) -> str:
    """A stable id for an article: the same text always gets the same source."""
    return "src-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _fresh_source_id(conn: Connection, sid: str) -> str:
    """`sid`, or `sid-2`, `sid-3`...: the first id no stored source has."""
    table = TABLES["sources"]
    rid, n = sid, 1
    while conn.execute(select(table.c.id).where(table.c.id == rid)).first() is not None:
        n += 1
        rid = f"{sid}-{n}"
    return rid


def _draft_items(result: Extraction) -> list[Item]:
    """Items worth a reviewer's time: one per distinct proposal, best confidence first."""
    seen: set[str] = set()
    out = []
    for item in sorted(result.items, key=lambda i: -i.confidence):
        if item.type not in DRAFT_TYPES:
            continue
        value = {k: v for k, v in item.value.items() if k not in ("mentions",)}
        key = item.type + json.dumps(
            {k: v for k, v in value.items() if k not in ("evidence",)}, sort_keys=True
        )
        if key in seen:
            continue
        seen.add(key)
        out.append(Item(item.type, value, item.start, item.end, item.confidence))
    return sorted(out, key=lambda i: (DRAFT_TYPES.index(i.type), i.start))


def ingest(
    registry: Registry,
    data: bytes,
    *,
    name: str,
    published: dt.date | None = None,
) -> Ingested:
    """Extract an article and store its source, drafts and conflicts; all or nothing."""
    return ingest_many(registry, [(name, data)], published=published)[0]


def ingest_many(
    registry: Registry, files: list[tuple[str, bytes]], *, published: dt.date | None = None
) -> list[Ingested]:
    """Extract every article first, then store them all in one transaction.

    An article that cannot be read stops the batch before anything is written.
    """
    require_reviewer(registry)
    results = [(name, extract(data, published=published, what=name)) for name, data in files]
    with registry.store.transaction() as conn:
        return [_store(conn, registry, name, result) for name, result in results]


def _store(conn: Connection, registry: Registry, name: str, result: Extraction) -> Ingested:
    """Write one article's source, drafts and conflicts inside the caller's transaction."""
    sid = source_id(result.text)
    out = Ingested(sid, result.title, result.language, result.published, warnings=result.warnings)
    if not result.text:
        out.warnings.append(f"{name}: no text found; nothing stored")
        return out
    table = TABLES["sources"]
    # an identical source is reused only if the viewer may see it; otherwise the article
    # is stored as a new source, and nothing says that a hidden one holds the same text
    same = conn.execute(
        select(table.c.id).where(
            table.c.text == result.text, table.c.id.in_(registry.visible_ids("sources"))
        )
    ).first()
    if same is not None:
        out.source, out.reused_source = str(same[0]), True
        sid = out.source
        stored = conn.execute(select(drafts.c.id).where(drafts.c.source_id == sid).limit(1)).first()
        if stored is not None:
            out.warnings.append(f"{name}: already ingested as source {sid}; nothing added")
            return out
    else:
        sid = out.source = _fresh_source_id(conn, sid)
        source = Source(
            id=sid,
            title=result.title or name,
            source_kind=SourceKind.ARTICLE,
            published=result.published,
            language=result.language,
            text=result.text,
        )
        rows.insert(conn, "sources", [source])
    created = now()
    stored_rows: list[dict[str, Any]] = []
    for n, item in enumerate(_draft_items(result), start=1):
        stored_rows.append(
            {
                "id": f"{sid}:{n:03d}",
                "source_id": sid,
                "item_type": item.type,
                "payload": json.dumps(item.value, ensure_ascii=False, sort_keys=True),
                "span_start": item.start,
                "span_end": item.end,
                "quote": item.quote(result.text),
                "confidence": round(item.confidence, 2),
                "status": PENDING,
                "record_kind": None,
                "record_id": None,
                "created_at": created,
                "reviewed_at": None,
                "reviewer": None,
            }
        )
    if stored_rows:
        conn.execute(drafts.insert(), stored_rows)
    out.drafts = [r["id"] for r in stored_rows]
    meetings = [r for r in stored_rows if r["item_type"] == "meeting"]
    out.conflicts = conflicts.detect(conn, registry, sid, result.text, meetings)
    stated = [r for r in stored_rows if r["item_type"] == "claim"]
    out.conflicts += conflicts.detect_claims(conn, registry, sid, stated)
    audit.append(
        conn,
        str(registry.viewer),
        "ingest",
        {"source": sid, "file": name, "drafts": len(out.drafts), "conflicts": len(out.conflicts)},
    )
    return out
