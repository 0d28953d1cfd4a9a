"""API tokens: your own (every user), anyone's (`Action.MANAGE_USERS`)."""

from __future__ import annotations

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from willing.api.deps import CurrentViewer, StoreDep
from willing.api.problems import responses
from willing.services import accounts
from willing.services.accounts import TokenCreated, TokenPublic, TokensPublic

router = APIRouter(prefix="/tokens", tags=["tokens"], responses=responses(401, 403, 404))


class TokenCreate(BaseModel):
    """A new token for yourself, or (managers) for `user`."""

    user: str | None = Field(None, max_length=120, description="Default: yourself.")
    expires: str = Field("30d", max_length=16, description="30d, 12h, 90m, 2w (<= 366d).")
    note: str | None = Field(None, max_length=200)


@router.get("", response_model=TokensPublic)
def list_tokens(
    store: StoreDep,
    viewer: CurrentViewer,
    user: str | None = Query(None, description="Whose tokens (default: yours)."),
) -> TokensPublic:
    """Tokens without their secrets."""
    return accounts.list_tokens(store, viewer, user or viewer.user or "")


@router.post("", response_model=TokenCreated, status_code=201, responses=responses(422))
def create_token(store: StoreDep, viewer: CurrentViewer, body: TokenCreate) -> TokenCreated:
    """A new token; its `secret` is in this answer and never again (audited)."""
    life = accounts.parse_duration(body.expires)
    name = body.user or viewer.user or ""
    return accounts.create_token(store, viewer, name, expires=life, note=body.note)


@router.delete("/{token_id}", response_model=TokenPublic)
def revoke_token(store: StoreDep, viewer: CurrentViewer, token_id: str) -> TokenPublic:
    """Revoke a token at once (audited); another user's token is 404 unless you manage users."""
    return accounts.revoke_token(store, viewer, token_id)
