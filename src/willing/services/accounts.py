"""Accounts: users, API tokens and web sessions, and the viewer an authenticated user is.

Passwords are hashed with Argon2id. API tokens and session cookies are random secrets
(`secrets.token_urlsafe`) shown once and stored only as their SHA-256: they carry enough
entropy that a fast hash is safe, and a lookup by hash needs no per-row work. Managing
users needs `Action.MANAGE_USERS`; any user may manage his own tokens
(`Action.OWN_TOKENS`). Every write is one transaction with one audit entry.

Example::

    user = add_user(store, Viewer.admin(), "anna", party="POL", roles=["liaison"],
                    password="a long passphrase")
    created = create_token(store, Viewer.admin(), "anna", expires=dt.timedelta(days=30))
    viewer_of(user_for_token(store, created.secret))  # Viewer("POL", Role.LIAISON, ...)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
import threading
from functools import cache
from typing import TYPE_CHECKING

from pydantic import BaseModel
from sqlalchemy import Connection, select

from willing.domain.errors import (
    AuthenticationFailed,
    NotFound,
    Problem,
    ValidationFailure,
    WillingError,
)
from willing.services.access import Role, Viewer
from willing.services.permissions import Action, allowed, require
from willing.storage import accounts as repo
from willing.storage import audit
from willing.storage.engine import SINGLE
from willing.storage.schema import TABLES
from willing.storage.store import Store

if TYPE_CHECKING:
    from argon2 import PasswordHasher

NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,119}$")
MIN_PASSWORD = 12
#: Longest life of an API token; a token lives 30 days unless asked otherwise.
MAX_TOKEN_LIFE = dt.timedelta(days=366)
DEFAULT_TOKEN_LIFE = dt.timedelta(days=30)
#: A login over HTTP gets a token for a working day.
LOGIN_TOKEN_LIFE = dt.timedelta(hours=12)
SESSION_LIFE = dt.timedelta(hours=8)


class UserPublic(BaseModel):
    """A user as shown to administrators (never the password hash)."""

    name: str
    party: str | None
    roles: list[Role]
    disabled: bool
    created_at: dt.datetime


class UsersPublic(BaseModel):
    data: list[UserPublic]
    count: int


class TokenPublic(BaseModel):
    """An API token without its secret."""

    id: str
    user: str
    note: str | None
    created_at: dt.datetime
    expires_at: dt.datetime | None
    revoked_at: dt.datetime | None


class TokensPublic(BaseModel):
    data: list[TokenPublic]
    count: int


class TokenCreated(TokenPublic):
    """A new token with its secret, which is shown this once and never again."""

    secret: str


@cache
def _hasher() -> PasswordHasher:
    """Argon2id with the library's current recommended parameters (imported on first use,
    so commands that never hash start without it)."""
    from argon2 import PasswordHasher

    return PasswordHasher()


@cache
def _dummy_hash() -> str:
    """A hash to verify against when the user is unknown, so timing does not tell."""
    return _hasher().hash(secrets.token_urlsafe(16))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def digest(secret: str) -> str:
    """The stored form of a token or session secret."""
    return hashlib.sha256(secret.encode()).hexdigest()


def _public(row: repo.UserRow) -> UserPublic:
    return UserPublic(
        name=row.name,
        party=row.party,
        roles=[Role(r) for r in row.roles],
        disabled=row.disabled,
        created_at=row.created_at,
    )


def _token_public(row: repo.TokenRow) -> TokenPublic:
    return TokenPublic(
        id=row.id,
        user=row.user_name,
        note=row.note,
        created_at=row.created_at,
        expires_at=row.expires_at,
        revoked_at=row.revoked_at,
    )


def viewer_of(user: UserPublic) -> Viewer:
    """The viewer an authenticated user is: his party, primary role, every role, his name."""
    return Viewer(user.party, user.roles[0], frozenset(user.roles), user=user.name)


def parse_duration(text: str) -> dt.timedelta:
    """'30d', '12h', '90m' or '2w' as a duration (at most `MAX_TOKEN_LIFE`)."""
    match = re.fullmatch(r"\s*(\d+)\s*([mhdw])\s*", text)
    if match is None:
        raise ValidationFailure(
            [Problem("--expires", None, f"'{text}' is not a duration such as 30d, 12h or 90m")]
        )
    amount, unit = int(match.group(1)), match.group(2)
    span = {
        "m": dt.timedelta(minutes=amount),
        "h": dt.timedelta(hours=amount),
        "d": dt.timedelta(days=amount),
        "w": dt.timedelta(weeks=amount),
    }[unit]
    if span <= dt.timedelta(0) or span > MAX_TOKEN_LIFE:
        raise ValidationFailure(
            [Problem("--expires", None, f"'{text}' must be more than 0 and at most 366d")]
        )
    return span


def _check_new_user(
    conn: Connection, name: str, party: str | None, roles: list[Role], password: str | None
) -> list[Problem]:
    where = f"user '{name}'"
    problems: list[Problem] = []
    if not NAME.match(name):
        problems.append(
            Problem(where, "name", "use letters, digits and . _ @ - (at most 120 characters)")
        )
    elif repo.get_user(conn, name) is not None:
        problems.append(Problem(where, "name", "a user of that name already exists"))
    if not roles:
        problems.append(Problem(where, "roles", "give at least one role"))
    if Role.LIAISON in roles and party is None:
        problems.append(Problem(where, "party", "a liaison officer needs a party"))
    if party is not None:
        parties = TABLES["parties"]
        found = conn.execute(select(parties.c.id).where(parties.c.id == party)).first()
        if found is None:
            problems.append(Problem(where, "party", f"no party '{party}' in the registry"))
    if password is not None and len(password) < MIN_PASSWORD:
        problems.append(Problem(where, "password", f"use at least {MIN_PASSWORD} characters"))
    return problems


def add_user(
    store: Store,
    viewer: Viewer,
    name: str,
    *,
    party: str | None,
    roles: list[Role],
    password: str | None,
) -> UserPublic:
    """Create a user (password optional: without one he signs in with tokens only)."""
    require(viewer, Action.MANAGE_USERS)
    party = party.upper() if party else None
    roles = list(dict.fromkeys(roles))
    hashed = _hasher().hash(password) if password is not None else None
    with store.transaction() as conn:
        problems = _check_new_user(conn, name, party, roles, password)
        if problems:
            raise ValidationFailure(problems)
        at = _now()
        repo.insert_user(conn, name, party, tuple(r.value for r in roles), hashed, at)
        audit.append(
            conn,
            viewer.actor,
            "user-add",
            {"user": name, "party": party, "roles": [r.value for r in roles]},
        )
        row = repo.get_user(conn, name)
    assert row is not None
    return _public(row)


FIRST_ADMIN = "admin"


def first_admin(store: Store) -> tuple[str, str] | None:
    """When no enabled administrator exists, create one (`admin`, or `admin-2`... when that
    name is taken) with a random password and return (name, password) to be shown once;
    None when an administrator exists. For a new installation's first sign-in."""
    with store.engine.connect() as conn:
        users = repo.all_users(conn)
    if any(Role.ADMIN.value in u.roles and not u.disabled for u in users):
        return None
    taken = {u.name for u in users}
    name = FIRST_ADMIN
    n = 1
    while name in taken:
        n += 1
        name = f"{FIRST_ADMIN}-{n}"
    password = secrets.token_urlsafe(15)
    add_user(store, Viewer.admin(), name, party=None, roles=[Role.ADMIN], password=password)
    return name, password


def list_users(store: Store, viewer: Viewer) -> UsersPublic:
    """Every user, by name."""
    require(viewer, Action.MANAGE_USERS)
    with store.engine.connect() as conn:
        users = [_public(u) for u in repo.all_users(conn)]
    return UsersPublic(data=users, count=len(users))


def get_user(store: Store, viewer: Viewer, name: str) -> UserPublic:
    """One user: himself, or anyone for a user manager."""
    if viewer.user != name:
        require(viewer, Action.MANAGE_USERS)
    with store.engine.connect() as conn:
        row = repo.get_user(conn, name)
    if row is None:
        raise NotFound(f"no user '{name}'")
    return _public(row)


def disable_user(store: Store, viewer: Viewer, name: str) -> UserPublic:
    """Disable a user: his tokens are revoked and his sessions ended at once."""
    require(viewer, Action.MANAGE_USERS)
    with store.transaction() as conn:
        row = repo.get_user(conn, name)
        if row is None:
            raise NotFound(f"no user '{name}'")
        at = _now()
        repo.set_disabled(conn, name)
        repo.revoke_tokens_of(conn, name, at)
        repo.end_sessions_of(conn, name, at)
        audit.append(conn, viewer.actor, "user-disable", {"user": name})
        row = repo.get_user(conn, name)
    assert row is not None
    return _public(row)


def authenticate(store: Store, name: str, password: str) -> UserPublic:
    """The user whose name and password these are; AuthenticationFailed otherwise."""
    from argon2.exceptions import InvalidHashError, VerificationError

    with store.engine.connect() as conn:
        row = repo.get_user(conn, name)
    stored = row.password_hash if row is not None and row.password_hash else _dummy_hash()
    try:
        _hasher().verify(stored, password)
        ok = row is not None and row.password_hash is not None
    except (VerificationError, InvalidHashError):
        ok = False
    if not ok or row is None or row.disabled:
        raise AuthenticationFailed("wrong user name or password")
    if _hasher().check_needs_rehash(stored):
        with store.transaction() as conn:
            repo.set_password(conn, name, _hasher().hash(password))
    return _public(row)


def _may_manage_tokens_of(viewer: Viewer, name: str) -> bool:
    if viewer.user == name and allowed(viewer, Action.OWN_TOKENS):
        return True
    return allowed(viewer, Action.MANAGE_USERS)


def create_token(
    store: Store,
    viewer: Viewer,
    name: str,
    *,
    expires: dt.timedelta = DEFAULT_TOKEN_LIFE,
    note: str | None = None,
    action: str = "token-create",
) -> TokenCreated:
    """A new API token for `name` (oneself, or anyone for a user manager); secret shown once."""
    if not _may_manage_tokens_of(viewer, name):
        require(viewer, Action.MANAGE_USERS)
    if expires <= dt.timedelta(0) or expires > MAX_TOKEN_LIFE:
        raise ValidationFailure([Problem("token", "expires", "must be more than 0 and <= 366d")])
    secret = secrets.token_urlsafe(32)
    token_id = secrets.token_hex(8)
    with store.transaction() as conn:
        row = repo.get_user(conn, name)
        if row is None:
            raise NotFound(f"no user '{name}'")
        if row.disabled:
            raise WillingError(f"user '{name}' is disabled")
        at = _now()
        repo.insert_token(conn, token_id, name, digest(secret), at, at + expires, note)
        audit.append(conn, viewer.actor, action, {"user": name, "token": token_id})
        token = repo.get_token(conn, token_id)
    assert token is not None
    return TokenCreated(**_token_public(token).model_dump(), secret=secret)


def login(store: Store, name: str, password: str) -> TokenCreated:
    """Check a password and hand out a short-lived token (the HTTP token endpoint)."""
    user = authenticate(store, name, password)
    return create_token(
        store, viewer_of(user), name, expires=LOGIN_TOKEN_LIFE, note="login", action="login"
    )


def list_tokens(store: Store, viewer: Viewer, name: str) -> TokensPublic:
    """The tokens of `name` (oneself, or anyone for a user manager), oldest first."""
    if not _may_manage_tokens_of(viewer, name):
        require(viewer, Action.MANAGE_USERS)
    with store.engine.connect() as conn:
        if repo.get_user(conn, name) is None:
            raise NotFound(f"no user '{name}'")
        found = [_token_public(t) for t in repo.tokens_of(conn, name)]
    return TokensPublic(data=found, count=len(found))


def revoke_token(store: Store, viewer: Viewer, token_id: str) -> TokenPublic:
    """Revoke a token; another user's token is reported missing unless you manage users."""
    with store.transaction() as conn:
        token = repo.get_token(conn, token_id)
        if token is None or not _may_manage_tokens_of(viewer, token.user_name):
            raise NotFound(f"no token '{token_id}'")
        if token.revoked_at is None:
            repo.revoke_token(conn, token_id, _now())
            audit.append(
                conn, viewer.actor, "token-revoke", {"user": token.user_name, "token": token_id}
            )
        token = repo.get_token(conn, token_id)
    assert token is not None
    return _token_public(token)


def user_for_token(store: Store, secret: str) -> UserPublic:
    """The enabled user a live token belongs to; AuthenticationFailed otherwise."""
    return _live_token(store, digest(secret))[0]


class TokenCache:
    """The users of recently seen tokens, kept while the registry's revision stays the same.

    A server asks who a token belongs to on every request; this answers from memory
    instead of a database read. It is safe because every change to a token or a user
    (revoking, disabling) appends an audit entry in the same transaction, which moves the
    revision: a cached answer is used only at the revision it was read at, so a revoked
    token or a disabled user is refused on the first request after the change, in every
    server process (each asks the database for the revision). The caller reads the
    revision *before* calling `user` (an answer read after a write and kept under an
    older revision is merely re-read). Expiry is checked against the clock on each use.
    """

    def __init__(self, store: Store, size: int = 4096) -> None:
        self.store = store
        self.size = size
        self._revision = -1
        self._kept: dict[str, tuple[UserPublic, dt.datetime | None]] = {}
        self._lock = threading.Lock()

    def kept(self, secret: str, revision: int) -> UserPublic | None:
        """The user of a token kept at `revision`, without reading the database (None when
        not kept); AuthenticationFailed when the kept token has expired since."""
        key = digest(secret)
        with self._lock:
            if revision != self._revision:
                self._kept.clear()
                self._revision = revision
            found = self._kept.get(key)
        if found is None:
            return None
        user, expires = found
        if expires is not None and expires <= _now():
            raise AuthenticationFailed("invalid, expired or revoked token")
        return user

    def user(self, secret: str, revision: int) -> UserPublic:
        """The enabled user a live token belongs to at `revision`; AuthenticationFailed
        otherwise (invalid, expired and revoked tokens are not kept)."""
        found = self.kept(secret, revision)
        if found is not None:
            return found
        key = digest(secret)
        user, expires = _live_token(self.store, key)
        with self._lock:
            if revision == self._revision:
                if len(self._kept) >= self.size:
                    self._kept.clear()
                self._kept[key] = (user, expires)
        return user


def _live_token(store: Store, key: str) -> tuple[UserPublic, dt.datetime | None]:
    """The user of the live token whose digest is `key`, and when the token expires."""
    with store.engine.connect() as conn:
        found = repo.token_and_user(conn.execution_options(**{SINGLE: True}), key)
    if found is None:
        raise AuthenticationFailed("invalid, expired or revoked token")
    token, row = found
    if row.disabled or token.revoked_at is not None:
        raise AuthenticationFailed("invalid, expired or revoked token")
    if token.expires_at is not None and token.expires_at <= _now():
        raise AuthenticationFailed("invalid, expired or revoked token")
    return _public(row), token.expires_at


def start_session(store: Store, user: UserPublic, life: dt.timedelta = SESSION_LIFE) -> str:
    """Open a web session for an authenticated user; return the cookie's secret."""
    secret = secrets.token_urlsafe(32)
    with store.transaction() as conn:
        at = _now()
        repo.insert_session(conn, digest(secret), user.name, at, at + life)
        audit.append(conn, user.name, "session-start", {"user": user.name})
    return secret


def session_user(store: Store, secret: str) -> UserPublic:
    """The enabled user of an open, unexpired session; AuthenticationFailed otherwise."""
    with store.engine.connect() as conn:
        found = repo.session_by_hash(conn, digest(secret))
        row = repo.get_user(conn, found[0]) if found is not None else None
    if found is None or row is None or row.disabled:
        raise AuthenticationFailed("no such session")
    _, expires, ended = found
    if ended is not None or expires <= _now():
        raise AuthenticationFailed("the session has ended")
    return _public(row)


def end_session(store: Store, secret: str) -> None:
    """End a session (signing out); ending an unknown or ended one changes nothing."""
    with store.transaction() as conn:
        found = repo.session_by_hash(conn, digest(secret))
        if found is not None and repo.end_session(conn, digest(secret), _now()):
            audit.append(conn, found[0], "session-end", {"user": found[0]})
