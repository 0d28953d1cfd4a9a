"""The revision probe: the registry's revision read on one connection kept open for it.

A server asks for the revision on every request (every kept answer is valid for one
revision only). Through the pool that is a checkout, a transaction and SQLAlchemy's
statement machinery around a lookup of one index entry; on a connection of its own in
autocommit mode it is the statement alone (microseconds on SQLite, one round trip on
PostgreSQL), cheap enough to run on a server's event loop. The audit table has no
row-level security, so no viewer setting is needed. A failed read drops the connection
and retries once on a fresh one.
"""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import Engine

from willing.storage.schema import audit

#: The statement `audit.revision` runs, in plain SQL for the driver.
QUERY = f"SELECT coalesce(max(seq), 0) FROM {audit.name}"  # noqa: S608 (a constant)


class RevisionProbe:
    """Reads the revision on a dedicated DBAPI connection, one caller at a time."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._conn: Any = None
        self._lock = threading.Lock()

    def _connect(self) -> Any:
        conn = self.engine.raw_connection()
        if self.engine.dialect.name == "postgresql":
            driver = conn.driver_connection
            assert driver is not None
            driver.autocommit = True  # each read sees the latest commit, no open transaction
        # SQLite connections run in autocommit already (see `engine._sqlite_pragmas`)
        return conn

    def revision(self) -> int:
        """The sequence number of the last committed write (0 when empty)."""
        with self._lock:
            for attempt in (1, 2):
                try:
                    if self._conn is None:
                        self._conn = self._connect()
                    cursor = self._conn.cursor()
                    try:
                        cursor.execute(QUERY)
                        row = cursor.fetchone()
                    finally:
                        cursor.close()
                    return int(row[0])
                except Exception:
                    self._drop()
                    if attempt == 2:
                        raise
            raise AssertionError("unreachable")

    def _drop(self) -> None:
        if self._conn is not None:
            try:
                self._conn.invalidate()
            finally:
                self._conn = None

    def close(self) -> None:
        """Close the connection (before the engine is disposed); it is not pooled again,
        as it was switched to autocommit."""
        with self._lock:
            self._drop()
