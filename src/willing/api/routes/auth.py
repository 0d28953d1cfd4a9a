"""`POST /auth/token`: the OAuth2 password flow. Failed logins are limited per user and
address (429 with Retry-After once over the limit)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from fastapi.security import OAuth2PasswordRequestForm
from pydantic import BaseModel

from willing.api.deps import StoreDep
from willing.api.problems import problem, responses
from willing.api.security import LoginLimiter
from willing.domain.errors import AuthenticationFailed
from willing.services import accounts

router = APIRouter(prefix="/auth", tags=["auth"])


class BearerToken(BaseModel):
    """What the token endpoint answers (RFC 6749 section 5.1)."""

    access_token: str
    token_type: str = "bearer"
    expires_in: int
    expires_at: dt.datetime | None
    token_id: str


@router.post("/token", response_model=BearerToken, responses=responses(401, 422, 429))
def token(
    request: Request,
    store: StoreDep,
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
) -> BearerToken | JSONResponse:
    """Exchange a user name and password for a bearer token valid 12 hours."""
    limiter: LoginLimiter = request.app.state.login_limiter
    address = request.client.host if request.client else "unknown"
    wait = limiter.retry_after(form.username, address)
    if wait is not None:
        return problem(
            429,
            f"too many failed sign-ins; try again in {wait} s",
            headers={"Retry-After": str(wait)},
        )
    try:
        created = accounts.login(store, form.username, form.password)
    except AuthenticationFailed:
        limiter.failed(form.username, address)
        raise
    limiter.succeeded(form.username, address)
    return BearerToken(
        access_token=created.secret,
        expires_in=int(accounts.LOGIN_TOKEN_LIFE.total_seconds()),
        expires_at=created.expires_at,
        token_id=created.id,
    )
