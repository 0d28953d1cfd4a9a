"""The whole server: the REST API under /api/v1 and the web pages, one process, one store,
one permission table. Errors on pages are pages (the API keeps problem+json)."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from willing.api.app import create_app as create_api
from willing.api.settings import BASE, Settings
from willing.domain.errors import (
    AccessDenied,
    AuthenticationFailed,
    NotFound,
    UnknownKind,
    WillingError,
)
from willing.domain.labels import Classification
from willing.present.marking import Marking
from willing.web.page import TEMPLATES
from willing.web.routes import ROUTERS
from willing.web.session import CsrfFailed, SignInRequired

STATIC = Path(__file__).parent / "static"


def _status(exc: Exception) -> int:
    if isinstance(exc, NotFound | UnknownKind):
        return 404
    if isinstance(exc, AccessDenied | CsrfFailed):
        return 403
    if isinstance(exc, AuthenticationFailed):
        return 401
    if isinstance(exc, StarletteHTTPException):
        return exc.status_code
    return 400


def error_page(request: Request, exc: Exception) -> Response:
    """An error as a page. It names no record: a hidden record reads exactly as a missing one
    because both raise the same NotFound with the same words."""
    if isinstance(exc, SignInRequired):
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/signin?next={target}" if target != "/" else "/signin", 303)
    status = _status(exc)
    message = str(exc) if isinstance(exc, WillingError) else _http_words(exc, status)
    return TEMPLATES.TemplateResponse(
        request,
        "error.html",
        {
            "page": None,
            "title": {404: "Not found", 403: "Not allowed"}.get(status, "Cannot do that"),
            "marking": Marking(Classification.PUBLIC, ()),
            "nav": (),
            "csrf": None,
            "message": message,
        },
        status_code=status,
    )


def _http_words(exc: Exception, status: int) -> str:
    if status == 404:
        return "There is no such page."
    if isinstance(exc, RequestValidationError):
        return "The request's parameters are not valid: " + "; ".join(
            f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors()
        )
    detail = getattr(exc, "detail", None)
    return str(detail) if detail else "The request cannot be served."


def _install_errors(app: FastAPI) -> None:
    """Pages get error pages; paths under the API keep the API's handlers."""
    for kind in (WillingError, StarletteHTTPException, RequestValidationError):
        api_handler = app.exception_handlers.get(kind)

        async def handle(request: Request, exc: Exception, _api: object = api_handler) -> Response:
            if request.url.path.startswith(f"{BASE}/") and callable(_api):
                response: Response = await _api(request, exc)
                return response
            return error_page(request, exc)

        app.add_exception_handler(kind, handle)


def create_app(settings: Settings) -> FastAPI:
    """The API and the web pages on the database `settings` names."""
    app = create_api(settings)
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="web-static")
    _install_errors(app)
    return app


def app_from_environment() -> FastAPI:
    """The factory `willing serve` hands to uvicorn (each worker calls it)."""
    return create_app(Settings.from_environment())
