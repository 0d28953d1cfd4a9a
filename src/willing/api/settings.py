"""The server's settings, typed, from the environment (`WILLING_*`)."""

from __future__ import annotations

import os
from dataclasses import dataclass

from willing.storage.engine import resolve_url

BASE = "/api/v1"


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    return int(raw) if raw else default


@dataclass(frozen=True)
class Settings:
    """What an operator may set; everything else is fixed.

    - `WILLING_DATABASE_URL`: the database (as for the CLI).
    - `WILLING_MAX_BODY`: largest request body in bytes (default 1 MiB).
    - `WILLING_CORS_ORIGINS`: comma-separated origins allowed to call the API from a
      browser; none by default (no CORS headers at all).
    - `WILLING_LOGIN_ATTEMPTS` / `WILLING_LOGIN_WINDOW`: failed logins allowed per user
      and address within the window in seconds (default 5 in 300 s); an address alone
      gets four times as many across user names.
    """

    database_url: str
    max_body: int = 1 << 20
    cors_origins: tuple[str, ...] = ()
    login_attempts: int = 5
    login_window: int = 300

    @classmethod
    def from_environment(cls, database_url: str | None = None) -> Settings:
        origins = os.environ.get("WILLING_CORS_ORIGINS", "")
        return cls(
            database_url=resolve_url(database_url),
            max_body=_int("WILLING_MAX_BODY", 1 << 20),
            cors_origins=tuple(o.strip() for o in origins.split(",") if o.strip()),
            login_attempts=_int("WILLING_LOGIN_ATTEMPTS", 5),
            login_window=_int("WILLING_LOGIN_WINDOW", 300),
        )
