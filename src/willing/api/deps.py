"""Typed dependencies of the routes. Identity comes only from authentication: a bearer
token gives the user, the user gives the viewer, the viewer gives the registry. An
administrator may look as a party sees (`X-Willing-View-As`), which is audited."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.security import OAuth2PasswordBearer

from willing.api.settings import BASE, Settings
from willing.domain.errors import WillingError
from willing.services import accounts
from willing.services.access import Registry, Role, Viewer
from willing.services.accounts import AuthenticationFailed, UserPublic
from willing.services.permissions import Action, require
from willing.storage import audit
from willing.storage.store import Store

VIEW_AS_HEADER = "X-Willing-View-As"

bearer = OAuth2PasswordBearer(tokenUrl=f"{BASE}/auth/token", auto_error=False)


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def current_user(store: StoreDep, token: Annotated[str | None, Depends(bearer)]) -> UserPublic:
    """The user a bearer token belongs to; 401 without a live token."""
    if not token:
        raise AuthenticationFailed("sign in first: send 'Authorization: Bearer TOKEN'")
    return accounts.user_for_token(store, token)


CurrentUser = Annotated[UserPublic, Depends(current_user)]


def current_viewer(
    request: Request,
    store: StoreDep,
    user: CurrentUser,
    view_as: Annotated[
        str | None,
        Header(
            alias=VIEW_AS_HEADER,
            description="Administrators: see the registry as this party's liaison sees it.",
        ),
    ] = None,
) -> Viewer:
    """The authenticated user's viewer, or (audited) the party an administrator views as."""
    viewer = accounts.viewer_of(user)
    if view_as is None:
        return viewer
    require(viewer, Action.VIEW_AS)
    party = view_as.strip().upper()
    if not party:
        raise WillingError(f"{VIEW_AS_HEADER} names no party")
    as_party = Viewer(party, Role.LIAISON, user=user.name)
    Registry(store, as_party)  # refuses an unknown party before anything is written
    with store.transaction() as conn:
        audit.append(
            conn,
            viewer.actor,
            "view-as",
            {"party": party, "method": request.method, "path": request.url.path},
        )
    return as_party


CurrentViewer = Annotated[Viewer, Depends(current_viewer)]


def registry_of(store: StoreDep, viewer: CurrentViewer) -> Registry:
    """The registry as the authenticated viewer sees it."""
    return Registry(store, viewer)


RegistryDep = Annotated[Registry, Depends(registry_of)]
