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
    - `WILLING_MAX_BODY`: largest request body in bytes (default 1 MiB);
      `WILLING_MAX_IMPORT`: largest data set sent to `POST /api/v1/import` (default 64 MiB).
    - `WILLING_CORS_ORIGINS`: comma-separated origins allowed to call the API from a
      browser; none by default (no CORS headers at all).
    - `WILLING_LOGIN_ATTEMPTS` / `WILLING_LOGIN_WINDOW`: failed logins allowed per user
      and address within the window in seconds (default 5 in 300 s); an address alone
      gets four times as many across user names.
    - `WILLING_JOB_WORKERS`: jobs running at once (default 2); `WILLING_JOB_LIMIT`: jobs one
      user may have queued or running (default 4); `WILLING_JOB_KEEP`: seconds a finished
      job and its result stay readable (default 3600); `WILLING_JOB_EXECUTOR` (serial,
      local, ray or dask; default serial: solves run on the job's own thread) and
      `WILLING_JOB_ADDRESS` (a Ray or Dask scheduler).
    """

    database_url: str
    max_body: int = 1 << 20
    max_import: int = 64 << 20
    cors_origins: tuple[str, ...] = ()
    login_attempts: int = 5
    login_window: int = 300
    job_workers: int = 2
    job_limit: int = 4
    job_keep: int = 3600
    job_executor: str = "serial"
    job_address: str | None = None

    @classmethod
    def from_environment(cls, database_url: str | None = None) -> Settings:
        origins = os.environ.get("WILLING_CORS_ORIGINS", "")
        return cls(
            database_url=resolve_url(database_url),
            max_body=_int("WILLING_MAX_BODY", 1 << 20),
            max_import=_int("WILLING_MAX_IMPORT", 64 << 20),
            cors_origins=tuple(o.strip() for o in origins.split(",") if o.strip()),
            login_attempts=_int("WILLING_LOGIN_ATTEMPTS", 5),
            login_window=_int("WILLING_LOGIN_WINDOW", 300),
            job_workers=_int("WILLING_JOB_WORKERS", 2),
            job_limit=_int("WILLING_JOB_LIMIT", 4),
            job_keep=_int("WILLING_JOB_KEEP", 3600),
            job_executor=os.environ.get("WILLING_JOB_EXECUTOR") or "serial",
            job_address=os.environ.get("WILLING_JOB_ADDRESS") or None,
        )
