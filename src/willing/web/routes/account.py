"""The account page: who you are, and your API tokens (create one, shown once; revoke)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form
from fastapi.responses import HTMLResponse, Response

from willing.services import accounts
from willing.web.page import PageDep, render
from willing.web.routes.forms import checked, see_other

router = APIRouter(include_in_schema=False)


def _page(page: PageDep, created: accounts.TokenCreated | None = None) -> HTMLResponse:
    tokens = accounts.list_tokens(page.store, page.viewer, page.user.name)
    return render(page, "account.html", "Your account", tokens=tokens.data, created=created)


@router.get("/account", response_class=HTMLResponse)
def account(page: PageDep) -> HTMLResponse:
    return _page(page)


@router.post("/account/tokens", response_class=HTMLResponse)
def create_token(
    page: PageDep,
    note: Annotated[str, Form(max_length=200)] = "",
    days: Annotated[int, Form(ge=1, le=366)] = 90,
    csrf: Annotated[str, Form(max_length=200)] = "",
) -> HTMLResponse:
    checked(page, csrf)
    created = accounts.create_token(
        page.store,
        page.viewer,
        page.user.name,
        expires=accounts.parse_duration(f"{days}d"),
        note=note.strip() or None,
    )
    return _page(page, created)


@router.post("/account/tokens/{token_id}/revoke")
def revoke_token(
    page: PageDep, token_id: str, csrf: Annotated[str, Form(max_length=200)] = ""
) -> Response:
    checked(page, csrf)
    accounts.revoke_token(page.store, page.viewer, token_id)
    return see_other("/account")
