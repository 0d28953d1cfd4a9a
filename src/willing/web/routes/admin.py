"""Administration: users and roles, and the audit log with its verification."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form
from fastapi.responses import HTMLResponse, Response

from willing.domain.errors import AccessDenied, ValidationFailure
from willing.services import accounts, audit_log
from willing.services.access import Role
from willing.services.permissions import Action
from willing.web.page import PageDep, render
from willing.web.routes.forms import checked, see_other

router = APIRouter(include_in_schema=False)


@router.get("/admin", response_class=HTMLResponse)
def admin(page: PageDep, offset: int = 0) -> HTMLResponse:
    if not (page.may(Action.MANAGE_USERS) or page.may(Action.READ_AUDIT)):
        raise AccessDenied("administration is for administrators")
    users = (
        accounts.list_users(page.store, page.viewer).data if page.may(Action.MANAGE_USERS) else []
    )
    log = check = None
    if page.may(Action.READ_AUDIT):
        log = audit_log.entries(page.store, page.viewer, offset=max(0, offset), limit=50)
        check = audit_log.check(page.store, page.viewer)
    return render(
        page,
        "admin.html",
        "Administration",
        users=users,
        log=log,
        check=check,
        roles=[r.value for r in Role],
        offset=max(0, offset),
    )


@router.post("/admin/users")
def add_user(
    page: PageDep,
    name: Annotated[str, Form(max_length=100)],
    password: Annotated[str, Form(max_length=1000)],
    party: Annotated[str, Form(max_length=20)] = "",
    roles: Annotated[list[str] | None, Form()] = None,
    csrf: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    checked(page, csrf)
    try:
        chosen = [Role(r) for r in roles or []]
    except ValueError:
        raise ValidationFailure([]) from None
    accounts.add_user(
        page.store,
        page.viewer,
        name.strip(),
        party=party.strip() or None,
        roles=chosen,
        password=password,
    )
    return see_other("/admin")


@router.post("/admin/users/{name}/disable")
def disable_user(
    page: PageDep, name: str, csrf: Annotated[str, Form(max_length=200)] = ""
) -> Response:
    checked(page, csrf)
    accounts.disable_user(page.store, page.viewer, name)
    return see_other("/admin")
