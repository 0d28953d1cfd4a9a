"""News ingestion over HTTP: upload an article, read and act on the review queue, settle
conflicts between sources, as `willing ingest|review|conflicts` do."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from willing.api.deps import RegistryDep
from willing.api.problems import responses
from willing.domain.errors import WillingError
from willing.ingest import public
from willing.ingest.public import (
    ConflictPublic,
    ConflictsPublic,
    DraftPublic,
    DraftsPublic,
    IngestedPublic,
    OutcomesPublic,
)

router = APIRouter(tags=["ingestion"], responses=responses(401, 403))

Status = Literal["pending", "accepted", "linked", "rejected", "any"]


class Article(BaseModel):
    """One article: plain text or a saved HTML page (Indonesian or English)."""

    text: str = Field(min_length=1, description="The article as saved.")
    name: str = Field(
        "article.txt", min_length=1, max_length=200, description="Its file name, for messages."
    )
    published: dt.date | None = Field(
        None, description="Publication date; anchors 'Thursday', 'kemarin'..."
    )


@router.post("/ingest", response_model=IngestedPublic, status_code=201, responses=responses(422))
def ingest(registry: RegistryDep, article: Article) -> IngestedPublic:
    """Read an article and queue the records it proposes as drafts for review (an article
    already ingested is not stored twice)."""
    return public.ingest(registry, article.name, article.text.encode("utf-8"), article.published)


@router.get("/review", response_model=DraftsPublic)
def review_queue(
    registry: RegistryDep,
    status: Annotated[Status, Query(description="Drafts with this status.")] = "pending",
    item_type: Annotated[str | None, Query(alias="type", max_length=40)] = None,
    source: Annotated[str | None, Query(max_length=120)] = None,
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0)] = None,
) -> DraftsPublic:
    """Drafts whose source you may see, as `willing review --json` lists them."""
    return public.drafts(
        registry,
        status=None if status == "any" else status,
        item_type=item_type,
        source=source,
        min_confidence=min_confidence,
    )


class DraftEdit(BaseModel):
    """Fields of a pending draft's proposal, each as typed on the command line."""

    set: dict[str, str] = Field(min_length=1, description='{"format": "in_person"}')


@router.patch("/review/{draft_id}", response_model=DraftPublic, responses=responses(404, 422))
def edit_draft(registry: RegistryDep, draft_id: str, body: DraftEdit) -> DraftPublic:
    """Change fields of one pending draft (every value checked; all or nothing)."""
    return public.edit(registry, draft_id, body.set)


class Split(BaseModel):
    parts: int = Field(ge=2, le=20, description="Drafts to make of it, itself first.")


@router.post("/review/{draft_id}/split", response_model=DraftsPublic, responses=responses(404, 422))
def split_draft(registry: RegistryDep, draft_id: str, body: Split) -> DraftsPublic:
    """Split a pending draft that proposes several things into drafts edited one by one
    (itself first, then ID-2, ID-3...), as `willing review ID --split N`."""
    return public.split(registry, draft_id, body.parts)


class DraftIds(BaseModel):
    drafts: list[str] = Field(min_length=1, max_length=1000, description="Pending draft ids.")


@router.post("/review/accept", response_model=OutcomesPublic, responses=responses(404, 422))
def accept(registry: RegistryDep, body: DraftIds) -> OutcomesPublic:
    """Turn pending drafts into records, or link them to existing ones; all or nothing."""
    return public.review(registry, body.drafts, accept=True)


@router.post("/review/reject", response_model=OutcomesPublic, responses=responses(404, 422))
def reject(registry: RegistryDep, body: DraftIds) -> OutcomesPublic:
    """Mark pending drafts as rejected (they stay in the queue's history)."""
    return public.review(registry, body.drafts, accept=False)


@router.get("/conflicts", response_model=ConflictsPublic)
def list_conflicts(
    registry: RegistryDep,
    everything: Annotated[bool, Query(alias="all", description="Settled ones too.")] = False,
) -> ConflictsPublic:
    """Conflicts between sources you may see, each claim with its source and span."""
    return public.conflicts(registry, everything)


class Resolution(BaseModel):
    """Either the claim that holds (1, 2...) or both kept on record."""

    pick: int | None = Field(None, ge=1)
    keep_both: bool = False
    note: str | None = Field(None, max_length=2000, description="Why, for the next reader.")

    def checked(self) -> None:
        if (self.pick is None) == (not self.keep_both):
            raise WillingError("give either pick or keep_both")


class BulkResolution(Resolution):
    """Several conflicts settled the same way, in one transaction (all or none)."""

    conflicts: list[str] = Field(min_length=1, max_length=1000, description="Conflict ids.")


@router.post(
    "/conflicts/{conflict_id}/resolve",
    response_model=ConflictPublic,
    responses=responses(404, 422),
)
def resolve(registry: RegistryDep, conflict_id: str, body: Resolution) -> ConflictPublic:
    """Settle a conflict, as `willing conflicts --resolve ID --pick N | --keep-both`."""
    body.checked()
    return public.resolve(registry, conflict_id, body.pick, body.note)


@router.post("/conflicts/resolve", response_model=ConflictsPublic, responses=responses(404, 422))
def resolve_many(registry: RegistryDep, body: BulkResolution) -> ConflictsPublic:
    """Settle several conflicts the same way, all or none, as `willing conflicts --resolve A
    --resolve B ...`."""
    body.checked()
    return public.resolve_many(registry, body.conflicts, body.pick, body.note)
