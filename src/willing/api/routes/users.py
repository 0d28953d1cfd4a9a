"""Users: list, add, show, disable (`Action.MANAGE_USERS`); `GET /users/me` for oneself."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel, Field

from willing.api.deps import CurrentUser, CurrentViewer, StoreDep
from willing.api.problems import responses
from willing.services import accounts
from willing.services.access import Role
from willing.services.accounts import UserPublic, UsersPublic

router = APIRouter(prefix="/users", tags=["users"], responses=responses(401, 403))


class UserCreate(BaseModel):
    """A new user; without a password he signs in with tokens only."""

    name: str = Field(max_length=120)
    party: str | None = Field(None, max_length=120)
    roles: list[Role] = Field(min_length=1)
    password: str | None = Field(None, max_length=1024)


@router.get("", response_model=UsersPublic)
def list_users(store: StoreDep, viewer: CurrentViewer) -> UsersPublic:
    """Every user."""
    return accounts.list_users(store, viewer)


@router.post("", response_model=UserPublic, status_code=201, responses=responses(422))
def add_user(store: StoreDep, viewer: CurrentViewer, body: UserCreate) -> UserPublic:
    """Add a user (audited)."""
    return accounts.add_user(
        store, viewer, body.name, party=body.party, roles=body.roles, password=body.password
    )


@router.get("/me", response_model=UserPublic)
def me(user: CurrentUser) -> UserPublic:
    """The signed-in user."""
    return user


@router.get("/{name}", response_model=UserPublic, responses=responses(404))
def get_user(store: StoreDep, viewer: CurrentViewer, name: str) -> UserPublic:
    """One user."""
    return accounts.get_user(store, viewer, name)


@router.post("/{name}/disable", response_model=UserPublic, responses=responses(404))
def disable_user(store: StoreDep, viewer: CurrentViewer, name: str) -> UserPublic:
    """Disable a user: his tokens are revoked and his sessions end (audited)."""
    return accounts.disable_user(store, viewer, name)
