"""Administration: users and roles, and the audit log with its verification."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form
from fastapi.responses import Response

from willing.domain.errors import AccessDenied, ValidationFailure
from willing.services import accounts, audit_log
from willing.services.access import Role
from willing.services.permissions import Action
from willing.web.page import Grid, PageDep, table_page
from willing.web.routes.forms import checked, see_other

router = APIRouter(include_in_schema=False)


@router.get("/admin")
def admin(page: PageDep, offset: int = 0) -> Response:
    if not (page.may(Action.MANAGE_USERS) or page.may(Action.READ_AUDIT)):
        raise AccessDenied("administration is for administrators")
    users = (
        accounts.list_users(page.store, page.viewer).data if page.may(Action.MANAGE_USERS) else []
    )
    tokens = {
        u.name: [
            t
            for t in accounts.list_tokens(page.store, page.viewer, u.name).data
            if t.revoked_at is None
        ]
        for u in users
    }
    log = check = None
    if page.may(Action.READ_AUDIT):
        log = audit_log.entries(page.store, page.viewer, offset=max(0, offset), limit=50)
        check = audit_log.check(page.store, page.viewer)
    grid = Grid(
        "audit",
        ("seq", "at", "actor", "action", "detail"),
        [(e.seq, e.at.isoformat(), e.actor, e.action, e.detail) for e in (log.data if log else [])],
    )
    return table_page(
        page,
        grid,
        "admin.html",
        "Administration",
        users=users,
        tokens=tokens,
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


@router.post("/admin/tokens/{token_id}/revoke")
def revoke_token(
    page: PageDep, token_id: str, csrf: Annotated[str, Form(max_length=200)] = ""
) -> Response:
    checked(page, csrf)
    accounts.revoke_token(page.store, page.viewer, token_id)
    return see_other("/admin")


@router.post("/admin/users/{name}/disable")
def disable_user(
    page: PageDep, name: str, csrf: Annotated[str, Form(max_length=200)] = ""
) -> Response:
    checked(page, csrf)
    accounts.disable_user(page.store, page.viewer, name)
    return see_other("/admin")
