"""Sign-in and sign-out. Failed sign-ins are limited like the API's token endpoint."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from willing.api.security import LoginLimiter
from willing.domain.errors import AuthenticationFailed
from willing.domain.labels import Classification
from willing.present.marking import Marking
from willing.services import accounts
from willing.storage.store import Store
from willing.web.page import TEMPLATES
from willing.web.routes.forms import local, see_other
from willing.web.session import (
    COOKIE,
    LOGIN_COOKIE,
    check_csrf,
    cookie_flags,
    csrf_token,
    new_login_token,
    session_secret,
)

router = APIRouter(include_in_schema=False)


def _form(
    request: Request,
    next_path: str,
    error: str | None = None,
    username: str = "",
    status: int = 200,
) -> HTMLResponse:
    token = new_login_token()
    response = TEMPLATES.TemplateResponse(
        request,
        "signin.html",
        {
            "page": None,
            "title": "Sign in",
            "marking": Marking(Classification.PUBLIC, ()),
            "nav": (),
            "csrf": None,
            "login_token": token,
            "next_path": local(next_path),
            "error": error,
            "username": username,
        },
        status_code=status,
    )
    response.set_cookie(LOGIN_COOKIE, token, max_age=3600, **cookie_flags(request))  # type: ignore[arg-type]
    return response


@router.get("/signin", response_class=HTMLResponse)
def signin_form(request: Request, next: str = "/") -> HTMLResponse:  # noqa: A002
    return _form(request, next)


@router.post("/signin")
def signin(
    request: Request,
    username: Annotated[str, Form(max_length=200)],
    password: Annotated[str, Form(max_length=1000)],
    csrf: Annotated[str, Form(max_length=200)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/",  # noqa: A002
) -> Response:
    check_csrf(request.cookies.get(LOGIN_COOKIE, ""), csrf)
    limiter: LoginLimiter = request.app.state.login_limiter
    address = request.client.host if request.client else "unknown"
    wait = limiter.retry_after(username, address)
    if wait is not None:
        return _form(
            request, next, f"Too many failed sign-ins: try again in {wait} s.", username, 429
        )
    store: Store = request.app.state.store
    try:
        user = accounts.authenticate(store, username, password)
    except AuthenticationFailed:
        limiter.failed(username, address)
        return _form(request, next, "The user name or password is not right.", username, 401)
    limiter.succeeded(username, address)
    secret = accounts.start_session(store, user)
    response = see_other(local(next))
    flags = cookie_flags(request)
    response.set_cookie(COOKIE, secret, max_age=int(accounts.SESSION_LIFE.total_seconds()), **flags)  # type: ignore[arg-type]
    response.delete_cookie(LOGIN_COOKIE, path="/")
    return response


@router.post("/signout")
def signout(request: Request, csrf: Annotated[str, Form(max_length=200)] = "") -> RedirectResponse:
    store: Store = request.app.state.store
    secret = session_secret(request)
    if secret:
        check_csrf(csrf_token(secret), csrf)
        accounts.end_session(store, secret)
    response = see_other("/signin")
    response.delete_cookie(COOKIE, path="/")
    return response
