"""Errors as `application/problem+json` (RFC 9457), with the CLI's messages.

A hidden record and a missing one give the same 404 body: both come from the same
`NotFound` the registry raises.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from willing.domain.errors import (
    AccessDenied,
    AuthenticationFailed,
    LimitReached,
    NotFound,
    NotReady,
    StaleVersion,
    UnknownKind,
    ValidationFailure,
    WillingError,
)

MEDIA_TYPE = "application/problem+json"


class ProblemItem(BaseModel):
    """One thing wrong with the input: where, which field, what."""

    where: str
    field: str | None
    message: str


class ProblemPublic(BaseModel):
    """An RFC 9457 problem document."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    problems: list[ProblemItem] | None = None


def _status_of(exc: WillingError) -> int:
    if isinstance(exc, StaleVersion):
        return 412
    if isinstance(exc, NotFound | UnknownKind):
        return 404
    if isinstance(exc, AccessDenied):
        return 403
    if isinstance(exc, AuthenticationFailed):
        return 401
    if isinstance(exc, ValidationFailure):
        return 422
    if isinstance(exc, LimitReached):
        return 429
    if isinstance(exc, NotReady):
        return 409
    return 400


def problem(
    status: int,
    detail: str,
    problems: list[ProblemItem] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """A problem+json response."""
    body = ProblemPublic(
        title=HTTPStatus(status).phrase, status=status, detail=detail, problems=problems
    )
    data = body.model_dump()
    if problems is None:
        del data["problems"]  # a problem's own `field` stays, null or not
    return JSONResponse(data, status, headers=headers, media_type=MEDIA_TYPE)


def from_error(exc: WillingError) -> JSONResponse:
    """The response for a domain error: its status, its message as the detail."""
    status = _status_of(exc)
    items = None
    if isinstance(exc, ValidationFailure):
        items = [ProblemItem(where=p.where, field=p.field, message=p.message) for p in exc.problems]
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return problem(status, str(exc), items, headers)


async def _willing_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, WillingError)
    return from_error(exc)


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    return problem(exc.status_code, str(exc.detail), headers=dict(exc.headers or {}) or None)


async def _invalid_request(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    items = [
        ProblemItem(
            where=".".join(str(p) for p in e["loc"][:1]) or "request",
            field=".".join(str(p) for p in e["loc"][1:]) or None,
            message=str(e["msg"]),
        )
        for e in exc.errors()
    ]
    detail = f"{len(items)} problem(s) found, nothing was changed"
    return problem(422, detail, items)


def install(app: FastAPI) -> None:
    """Route every error through problem+json."""
    app.add_exception_handler(WillingError, _willing_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _invalid_request)


def responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the problems a route may answer with."""
    return {
        code: {
            "model": ProblemPublic,
            "description": HTTPStatus(code).phrase,
            "content": {MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/ProblemPublic"}}},
        }
        for code in codes
    }
