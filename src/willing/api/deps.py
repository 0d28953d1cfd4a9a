"""Typed dependencies of the routes. Identity comes only from authentication: a bearer
token gives the user, the user gives the viewer, the viewer gives the registry. An
administrator may look as a party sees (`X-Willing-View-As`), which is audited."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Annotated, Any, NamedTuple, TypeVar

from fastapi import Depends, Header, Request
from fastapi.concurrency import run_in_threadpool
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


async def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


class Identity(NamedTuple):
    """Who asks, and the registry revision his request is answered at."""

    user: UserPublic
    revision: int


async def identify(request: Request, token: Annotated[str | None, Depends(bearer)]) -> Identity:
    """The user a bearer token belongs to, at the current revision; 401 without a live token.

    The revision is read first, on the event loop (`Store.revision` is one indexed
    statement on a connection kept for it), then the token is answered from the kept
    tokens (see `accounts.TokenCache`); only a new token, or any token after a write,
    is looked up in the database, on a worker thread.
    """
    if not token:
        raise AuthenticationFailed("sign in first: send 'Authorization: Bearer TOKEN'")
    store: Store = request.app.state.store
    revision = store.revision()
    tokens: accounts.TokenCache = request.app.state.tokens
    user = tokens.kept(token, revision)
    if user is None:
        user = await run_in_threadpool(tokens.user, token, revision)
    return Identity(user, revision)


IdentityDep = Annotated[Identity, Depends(identify)]


async def current_user(identity: IdentityDep) -> UserPublic:
    """The authenticated user."""
    return identity.user


CurrentUser = Annotated[UserPublic, Depends(current_user)]


ViewAsHeader = Annotated[
    str | None,
    Header(
        alias=VIEW_AS_HEADER,
        description="Administrators: see the registry as this party's liaison sees it.",
    ),
]


async def current_viewer(
    request: Request, identity: IdentityDep, view_as: ViewAsHeader = None
) -> Viewer:
    """The authenticated user's viewer, or (audited) the party an administrator views as."""
    viewer = accounts.viewer_of(identity.user)
    if view_as is None:
        return viewer
    return await _viewed_as(request, viewer, view_as)


async def _viewed_as(request: Request, viewer: Viewer, view_as: str) -> Viewer:
    require(viewer, Action.VIEW_AS)
    party = view_as.strip().upper()
    if not party:
        raise WillingError(f"{VIEW_AS_HEADER} names no party")
    as_party = Viewer(party, Role.LIAISON, user=viewer.user)
    store: Store = request.app.state.store

    def audited() -> None:
        Registry(store, as_party)  # refuses an unknown party before anything is written
        with store.transaction() as conn:
            audit.append(
                conn,
                viewer.actor,
                "view-as",
                {"party": party, "method": request.method, "path": request.url.path},
            )

    await run_in_threadpool(audited)
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

    async def served(self, key: Hashable, make: Callable[[], T]) -> T:
        """`answer`, without leaving the event loop when the answer is kept (a miss is made
        on a worker thread, as it reads the database)."""
        found: T | None = self._answers.get(key)
        if found is not None:
            return found
        return await run_in_threadpool(self.answer, key, make)


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

    def kept(self, viewer: Viewer, revision: int) -> View | None:
        """The view kept for `viewer` at `revision`, if there is one (no database read)."""
        with self._lock:
            kept = self._kept.get(viewer)
            if kept is not None and kept[0] == revision:
                self._kept.move_to_end(viewer)
                return kept[1]
        return None

    def of(self, viewer: Viewer, revision: int | None = None) -> View:
        """The view of `viewer` at `revision` (the current one when None), made on a miss."""
        if revision is None:
            revision = self.store.revision()
        found = self.kept(viewer, revision)
        if found is not None:
            return found
        view = View(Registry(self.store, viewer))
        with self._lock:
            self._kept[viewer] = (revision, view)
            while len(self._kept) > self.size:
                self._kept.popitem(last=False)
        return view


async def view_of(request: Request, identity: IdentityDep, view_as: ViewAsHeader = None) -> View:
    """The authenticated viewer's view of the registry at the request's revision (the
    viewer made here rather than by `current_viewer`: one dependency fewer to solve on the
    most frequent requests)."""
    viewer = accounts.viewer_of(identity.user)
    if view_as is not None:
        viewer = await _viewed_as(request, viewer, view_as)
    registries: Registries = request.app.state.registries
    found = registries.kept(viewer, identity.revision)
    if found is not None:
        return found
    return await run_in_threadpool(registries.of, viewer, identity.revision)


ViewDep = Annotated[View, Depends(view_of)]


async def registry_of(view: ViewDep) -> Registry:
    """The registry as the authenticated viewer sees it."""
    return view.registry


RegistryDep = Annotated[Registry, Depends(registry_of)]
