"""Typed results of the ingestion use cases (ingest, the review queue, conflicts): what the
API returns and what `willing ingest|review|conflicts --json` print, field for field."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, Field

from willing.ingest import conflicts as conflict_service
from willing.ingest import review as review_service
from willing.ingest import splitting
from willing.ingest.drafts import PENDING
from willing.ingest.queue import ingest_many
from willing.services.access import Registry


class DraftPublic(BaseModel):
    """One draft of the review queue, and what accepting it would do (administrators)."""

    id: str
    source: str
    type: str
    status: str = Field(description="pending, accepted, linked or rejected.")
    confidence: float
    summary: str
    payload: dict[str, Any]
    span: list[int] | None = Field(description="[start, end] in the source text.")
    quote: str | None
    record: str | None = Field(description="kind/id the draft became or was linked to.")
    on_accept: str | None = Field(description="What accepting would do (pending drafts).")


class DraftsPublic(BaseModel):
    data: list[DraftPublic]
    count: int


class OutcomePublic(BaseModel):
    """What became of one reviewed draft."""

    draft: str
    status: str
    record: str | None
    note: str = ""


class OutcomesPublic(BaseModel):
    data: list[OutcomePublic]
    count: int


class ConflictPublic(BaseModel):
    """A disputed field and each source's claim."""

    id: str
    subject: str = Field(description="kind/id of the record (or draft) in dispute.")
    field: str
    status: str = Field(description="open, resolved or kept_both.")
    claims: list[dict[str, Any]]
    resolution: dict[str, Any] | None


class ConflictsPublic(BaseModel):
    data: list[ConflictPublic]
    count: int


class IngestedPublic(BaseModel):
    """What one article gave: its source, the drafts stored and the conflicts raised."""

    source: str
    title: str | None
    language: str | None
    published: dt.date | None
    drafts: list[str]
    conflicts: list[str]
    reused_source: bool
    warnings: list[str]


def drafts(
    registry: Registry,
    *,
    status: str | None = PENDING,
    item_type: str | None = None,
    source: str | None = None,
    min_confidence: float | None = None,
    ids: list[str] | None = None,
) -> DraftsPublic:
    """The review queue as the viewer may see it, filtered, as `willing review --json`."""
    listed = review_service.listing(
        registry,
        status=status,
        item_type=item_type,
        source=source,
        min_confidence=min_confidence,
        ids=ids,
    )
    outlook = review_service.preview(registry, listed)
    rows = [
        DraftPublic.model_validate({**d.as_dict(), "on_accept": outlook.get(d.id)}) for d in listed
    ]
    return DraftsPublic(data=rows, count=len(rows))


def edit(registry: Registry, draft_id: str, changes: dict[str, str]) -> DraftPublic:
    """Change fields of one pending draft; the draft as listed afterwards."""
    edited = review_service.edit(registry, draft_id, changes)
    return drafts(registry, status=None, ids=[edited.id]).data[0]


def split(registry: Registry, draft_id: str, parts: int) -> DraftsPublic:
    """Split one pending draft into `parts` drafts (itself first), as listed afterwards."""
    made = splitting.split(registry, draft_id, parts)
    return drafts(registry, status=None, ids=[d.id for d in made])


def review(registry: Registry, draft_ids: list[str], accept: bool) -> OutcomesPublic:
    """Accept (all or nothing) or reject pending drafts."""
    act = review_service.accept if accept else review_service.reject
    rows = [OutcomePublic.model_validate(o.__dict__) for o in act(registry, draft_ids)]
    return OutcomesPublic(data=rows, count=len(rows))


def conflicts(registry: Registry, everything: bool = False) -> ConflictsPublic:
    """Open conflicts (every one with `everything`) the viewer may see."""
    status = None if everything else conflict_service.OPEN
    rows = [
        ConflictPublic.model_validate(c.as_dict())
        for c in conflict_service.listing(registry, status)
    ]
    return ConflictsPublic(data=rows, count=len(rows))


def resolve(
    registry: Registry, conflict_id: str, pick: int | None, note: str | None = None
) -> ConflictPublic:
    """Settle a conflict: claim number `pick` holds, or (None) both are kept."""
    return ConflictPublic.model_validate(
        conflict_service.resolve(registry, conflict_id, pick, note).as_dict()
    )


def resolve_many(
    registry: Registry, conflict_ids: list[str], pick: int | None, note: str | None = None
) -> ConflictsPublic:
    """Settle several conflicts the same way, all or none."""
    rows = [
        ConflictPublic.model_validate(c.as_dict())
        for c in conflict_service.resolve_many(registry, conflict_ids, pick, note)
    ]
    return ConflictsPublic(data=rows, count=len(rows))


def ingest(
    registry: Registry, name: str, text: bytes, published: dt.date | None = None
) -> IngestedPublic:
    """One article (plain text or a saved HTML page) read and queued for review."""
    found = ingest_many(registry, [(name, text)], published=published)[0]
    return IngestedPublic.model_validate(found.__dict__)
