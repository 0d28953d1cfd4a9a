"""Where the database lives and how connections are set up (SQLite pragmas, URLs)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

# `Connection` is re-exported: the feature packages above storage name it in signatures
# (under TYPE_CHECKING) without importing the database toolkit themselves
from sqlalchemy import Connection as Connection
from sqlalchemy import Engine, create_engine, event

# where the database lives is decided without the database toolkit (see `location`)
from willing.storage.location import ENV_HOME as ENV_HOME
from willing.storage.location import ENV_URL as ENV_URL
from willing.storage.location import default_path as default_path
from willing.storage.location import normalise as normalise
from willing.storage.location import resolve_url as resolve_url


def make_engine(url: str) -> Engine:
    """An engine with SQLite in WAL mode and foreign keys enforced."""
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[1] if ":///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        # a server runs up to 40 request threads: keep that many connections open rather
        # than opening (and setting up) an overflow connection per request under load
        engine = create_engine(url, pool_size=SQLITE_POOL, max_overflow=SQLITE_POOL)
        event.listen(engine, "connect", _sqlite_pragmas)
        # let SQLAlchemy, not the driver, open transactions so BEGIN is explicit;
        # a write transaction takes the write lock up front (BEGIN IMMEDIATE) so that
        # checks made inside it still hold when it commits
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    engine = create_engine(
        url, pool_pre_ping=True, pool_size=POSTGRES_POOL, max_overflow=2 * POSTGRES_POOL
    )
    event.listen(engine, "begin", _postgres_viewer)
    return engine


#: Execution options of the store's own transactions: `WRITE` marks the serialised write
#: transaction (`Store.transaction`), `TRIAL` one that is always rolled back (`Store.trial`).
WRITE = "willing_write"
TRIAL = "willing_trial"
#: An execution option for a read of one statement on tables without row-level security
#: (the revision, accounts): no explicit BEGIN on SQLite (the statement is its own
#: transaction) and no viewer setting on PostgreSQL, so the read is one round trip.
SINGLE = "willing_single_read"
#: Connections kept open per process (each server worker has its own pool).
SQLITE_POOL = 20
POSTGRES_POOL = 10

#: The codes (party and groups) of the viewer whose reads are running, or None for the
#: system (an administrator, imports, computations over everything). On PostgreSQL every
#: transaction hands it to the row-level security policies (`storage/rls.py`).
VIEWER_TOKENS: ContextVar[frozenset[str] | None] = ContextVar("viewer_tokens", default=None)

#: What the policies read: `*` for the system, else the viewer's codes joined by commas.
SETTING = "willing.tokens"


@contextmanager
def as_viewer(tokens: frozenset[str] | None) -> Iterator[None]:
    """Run the enclosed reads as a viewer holding `tokens` (None: the system)."""
    reset = VIEWER_TOKENS.set(tokens)
    try:
        yield
    finally:
        VIEWER_TOKENS.reset(reset)


def setting_value(tokens: frozenset[str] | None) -> str:
    return "*" if tokens is None else ",".join(sorted(tokens))


def _postgres_viewer(conn: Any) -> None:
    if conn.get_execution_options().get(SINGLE, False):
        return
    conn.exec_driver_sql(
        "SELECT set_config(%(name)s, %(value)s, true)",
        {"name": SETTING, "value": setting_value(VIEWER_TOKENS.get())},
    )


def _sqlite_begin(conn: Any) -> None:
    options = conn.get_execution_options()
    if options.get(SINGLE, False):
        return
    immediate = options.get(WRITE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def require_write(conn: Connection) -> None:
    """Refuse a write outside the store's serialised write transaction (or a trial that is
    rolled back): a repository function never opens a transaction of its own, and a write
    made without the write lock could interleave with a writer that holds it."""
    options = conn.get_execution_options()
    if not (options.get(WRITE) or options.get(TRIAL)) or not conn.in_transaction():
        raise RuntimeError("write outside the store's write transaction (Store.transaction)")
