"""Typed dependencies of the routes. Identity comes only from authentication: a bearer
token gives the user, the user gives the viewer, the viewer gives the registry. An
administrator may look as a party sees (`X-Willing-View-As`), which is audited."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Header, Request
from fastapi.security import OAuth2PasswordBearer

from willing.api.settings import BASE, Settings
from willing.domain.errors import AuthenticationFailed, WillingError
from willing.services import accounts
from willing.services.access import Registry, Role, Viewer
from willing.services.accounts import UserPublic
from willing.services.permissions import Action, require
from willing.storage import audit
from willing.storage.store import Store

VIEW_AS_HEADER = "X-Willing-View-As"
T = TypeVar("T")

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


class View:
    """A viewer's registry at one revision, with the answers already serialised for it.

    Records change only through writes, and every write moves the revision, so an answer
    made for this viewer at this revision stays true until then.
    """

    MAX_ANSWERS = 4096

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self._answers: dict[Hashable, Any] = {}

    def answer(self, key: Hashable, make: Callable[[], T]) -> T:
        """The answer kept under `key`, made (and kept) on first use."""
        found: T | None = self._answers.get(key)
        if found is None:
            found = make()
            if len(self._answers) >= self.MAX_ANSWERS:
                self._answers.clear()
            self._answers[key] = found
        return found


class Registries:
    """One `View` (a `Registry` and its answers) per viewer, kept while the registry's
    revision stays the same.

    A registry reads the viewer's groups and, lazily, the ids it may see of each kind, and
    keeps them until a write (see `Registry`); reusing it across requests keeps that work
    to once per viewer and revision instead of once per request. A write moves the
    revision, and the next request builds a fresh view.
    """

    def __init__(self, store: Store, size: int = 256) -> None:
        self.store = store
        self.size = size
        self._kept: OrderedDict[Viewer, tuple[int, View]] = OrderedDict()
        self._lock = threading.Lock()

    def of(self, viewer: Viewer) -> View:
        revision = self.store.revision()
        with self._lock:
            kept = self._kept.get(viewer)
            if kept is not None and kept[0] == revision:
                self._kept.move_to_end(viewer)
                return kept[1]
        view = View(Registry(self.store, viewer))
        with self._lock:
            self._kept[viewer] = (revision, view)
            while len(self._kept) > self.size:
                self._kept.popitem(last=False)
        return view


def view_of(request: Request, viewer: CurrentViewer) -> View:
    """The authenticated viewer's view of the registry at its current revision."""
    registries: Registries = request.app.state.registries
    return registries.of(viewer)


ViewDep = Annotated[View, Depends(view_of)]


def registry_of(view: ViewDep) -> Registry:
    """The registry as the authenticated viewer sees it."""
    return view.registry


RegistryDep = Annotated[Registry, Depends(registry_of)]
