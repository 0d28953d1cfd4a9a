"""Where the database lives: its URL from an option, the environment or the user's data
directory, and the file behind a SQLite URL.

Kept free of the database toolkit so that a command can find its database (and decide
whether anything changed, see `willing.cli.replay`) without loading it.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_URL = "WILLING_DATABASE_URL"
ENV_HOME = "WILLING_HOME"


def home() -> Path:
    """Willing's own directory: `$WILLING_HOME`, else the user's data directory."""
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env)
    from platformdirs import user_data_dir  # only when no home is set (start-up time)

    return Path(user_data_dir("willing", appauthor=False))


def default_path() -> Path:
    """The embedded database file: `$WILLING_HOME/willing.db`, else the user's data directory."""
    return home() / "willing.db"


def resolve_url(url: str | None = None) -> str:
    """An explicit URL, else `$WILLING_DATABASE_URL`, else the embedded SQLite file."""
    if url:
        return normalise(url)
    env = os.environ.get(ENV_URL)
    if env:
        return normalise(env)
    return f"sqlite:///{default_path()}"


def normalise(url: str) -> str:
    """Accept a bare file path for SQLite and plain `postgresql://` URLs (psycopg 3 driver)."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser()}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def sqlite_file(url: str) -> Path | None:
    """The file a plain SQLite URL names (no options, not in memory), else None."""
    if not url.startswith("sqlite:///") or "?" in url:
        return None
    path = url.removeprefix("sqlite:///")
    return Path(path) if path and path != ":memory:" else None
