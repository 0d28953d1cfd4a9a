"""The accounts tables (users, API tokens, web sessions): reads and writes on a connection.

Writes take the caller's connection so that they land inside the store's serialised
transaction together with their audit entry (`Store.transaction`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, RowMapping, select, update

from willing.storage.schema import sessions, tokens, users


@dataclass(frozen=True)
class UserRow:
    """One stored user; `roles` holds the primary role first."""

    name: str
    party: str | None
    roles: tuple[str, ...]
    password_hash: str | None
    disabled: bool
    created_at: dt.datetime


@dataclass(frozen=True)
class TokenRow:
    """One stored API token (its secret is never stored, only its hash)."""

    id: str
    user_name: str
    note: str | None
    created_at: dt.datetime
    expires_at: dt.datetime | None
    revoked_at: dt.datetime | None


def utc(at: dt.datetime | None) -> dt.datetime | None:
    """SQLite hands back naive UTC, PostgreSQL an aware time: always aware UTC."""
    if at is None:
        return None
    return at.replace(tzinfo=dt.UTC) if at.tzinfo is None else at.astimezone(dt.UTC)


def _user(row: RowMapping | dict[str, Any]) -> UserRow:
    created = utc(row["created_at"])
    assert created is not None
    return UserRow(
        name=row["name"],
        party=row["party"],
        roles=tuple(row["roles"].split(",")),
        password_hash=row["password_hash"],
        disabled=bool(row["disabled"]),
        created_at=created,
    )


def _token(row: RowMapping) -> TokenRow:
    created = utc(row["created_at"])
    assert created is not None
    return TokenRow(
        id=row["id"],
        user_name=row["user_name"],
        note=row["note"],
        created_at=created,
        expires_at=utc(row["expires_at"]),
        revoked_at=utc(row["revoked_at"]),
    )


def insert_user(
    conn: Connection,
    name: str,
    party: str | None,
    roles: tuple[str, ...],
    password_hash: str | None,
    at: dt.datetime,
) -> None:
    conn.execute(
        users.insert().values(
            name=name,
            party=party,
            roles=",".join(roles),
            password_hash=password_hash,
            disabled=False,
            created_at=at,
        )
    )


def get_user(conn: Connection, name: str) -> UserRow | None:
    row = conn.execute(select(users).where(users.c.name == name)).mappings().first()
    return None if row is None else _user(row)


def all_users(conn: Connection) -> list[UserRow]:
    return [_user(r) for r in conn.execute(select(users).order_by(users.c.name)).mappings()]


def set_disabled(conn: Connection, name: str, disabled: bool = True) -> None:
    conn.execute(update(users).where(users.c.name == name).values(disabled=disabled))


def set_password(conn: Connection, name: str, password_hash: str) -> None:
    conn.execute(update(users).where(users.c.name == name).values(password_hash=password_hash))


def insert_token(
    conn: Connection,
    token_id: str,
    user_name: str,
    secret_hash: str,
    at: dt.datetime,
    expires_at: dt.datetime | None,
    note: str | None = None,
) -> None:
    conn.execute(
        tokens.insert().values(
            id=token_id,
            user_name=user_name,
            secret_hash=secret_hash,
            note=note,
            created_at=at,
            expires_at=expires_at,
            revoked_at=None,
        )
    )


def get_token(conn: Connection, token_id: str) -> TokenRow | None:
    row = conn.execute(select(tokens).where(tokens.c.id == token_id)).mappings().first()
    return None if row is None else _token(row)


def token_by_hash(conn: Connection, secret_hash: str) -> TokenRow | None:
    row = conn.execute(select(tokens).where(tokens.c.secret_hash == secret_hash)).mappings().first()
    return None if row is None else _token(row)


def tokens_of(conn: Connection, user_name: str) -> list[TokenRow]:
    stmt = select(tokens).where(tokens.c.user_name == user_name).order_by(tokens.c.created_at)
    return [_token(r) for r in conn.execute(stmt).mappings()]


def revoke_token(conn: Connection, token_id: str, at: dt.datetime) -> None:
    conn.execute(update(tokens).where(tokens.c.id == token_id).values(revoked_at=at))


def revoke_tokens_of(conn: Connection, user_name: str, at: dt.datetime) -> None:
    conn.execute(
        update(tokens)
        .where(tokens.c.user_name == user_name, tokens.c.revoked_at.is_(None))
        .values(revoked_at=at)
    )


def token_and_user(conn: Connection, secret_hash: str) -> tuple[TokenRow, UserRow] | None:
    """The token with this hash and its user, in one query (every API request asks)."""
    user_columns = [c.label(f"u__{c.name}") for c in users.c]
    stmt = (
        select(tokens, *user_columns)
        .join(users, users.c.name == tokens.c.user_name)
        .where(tokens.c.secret_hash == secret_hash)
    )
    row = conn.execute(stmt).mappings().first()
    if row is None:
        return None
    user = {c.name: row[f"u__{c.name}"] for c in users.c}
    return _token(row), _user(user)


def insert_session(
    conn: Connection, secret_hash: str, user_name: str, at: dt.datetime, expires_at: dt.datetime
) -> None:
    conn.execute(
        sessions.insert().values(
            secret_hash=secret_hash,
            user_name=user_name,
            created_at=at,
            expires_at=expires_at,
            ended_at=None,
        )
    )


def session_by_hash(
    conn: Connection, secret_hash: str
) -> tuple[str, dt.datetime, dt.datetime | None] | None:
    """(user name, expiry, end) of a session, or None."""
    row = (
        conn.execute(select(sessions).where(sessions.c.secret_hash == secret_hash))
        .mappings()
        .first()
    )
    if row is None:
        return None
    expires = utc(row["expires_at"])
    assert expires is not None
    return row["user_name"], expires, utc(row["ended_at"])


def end_session(conn: Connection, secret_hash: str, at: dt.datetime) -> bool:
    """Mark a session ended; False when there was no open session with that hash."""
    done = conn.execute(
        update(sessions)
        .where(sessions.c.secret_hash == secret_hash, sessions.c.ended_at.is_(None))
        .values(ended_at=at)
    )
    return bool(done.rowcount)


def end_sessions_of(conn: Connection, user_name: str, at: dt.datetime) -> None:
    conn.execute(
        update(sessions)
        .where(sessions.c.user_name == user_name, sessions.c.ended_at.is_(None))
        .values(ended_at=at)
    )
