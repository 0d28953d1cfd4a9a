"""`GET /status`: the coalition on one screen, as `willing status --json` shows it."""

from __future__ import annotations

from fastapi import APIRouter

from willing.api.deps import RegistryDep
from willing.api.problems import responses
from willing.services.status import StatusPublic, coalition_status

router = APIRouter(tags=["status"], responses=responses(401, 403))


@router.get("/status", response_model=StatusPublic)
def status(registry: RegistryDep) -> StatusPublic:
    """Members, pledges by layer and domain, conditions and meetings you may see."""
    return coalition_status(registry).public()
