"""The audit log (`Action.READ_AUDIT`, administrators)."""

from __future__ import annotations

from fastapi import APIRouter, Query

from willing.api.deps import CurrentViewer, StoreDep
from willing.api.problems import responses
from willing.services import audit_log
from willing.services.audit_log import AuditCheckPublic, AuditPublic

router = APIRouter(prefix="/audit", tags=["audit"], responses=responses(401, 403, 422))


@router.get("", response_model=AuditPublic)
def entries(
    store: StoreDep,
    viewer: CurrentViewer,
    offset: int = Query(0, ge=0),
    limit: int = Query(100, ge=1, le=1000),
) -> AuditPublic:
    """Entries oldest first, paginated."""
    return audit_log.entries(store, viewer, offset, limit)


@router.get("/verify", response_model=AuditCheckPublic)
def verify(store: StoreDep, viewer: CurrentViewer) -> AuditCheckPublic:
    """Check the hash chain; the head is an anchor to keep elsewhere."""
    return audit_log.check(store, viewer)
