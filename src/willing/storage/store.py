"""The Store: one database (SQLite by default, PostgreSQL by URL) holding the registry."""

from __future__ import annotations

import weakref
from collections.abc import Iterator, Mapping, Sequence, Set
from contextlib import contextmanager
from importlib import resources
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, Select, inspect, text

from willing.domain.catalog import Dataset
from willing.domain.records import Record
from willing.storage import rows, writes
from willing.storage.engine import TRIAL, WRITE, as_viewer, make_engine, resolve_url
from willing.storage.migrations import HEAD
from willing.storage.probe import RevisionProbe
from willing.storage.schema import TABLES

if TYPE_CHECKING:
    from alembic.config import Config

#: Advisory lock key that serialises writers on PostgreSQL ("WILL" in ASCII).
WRITE_LOCK = 0x57494C4C


class Store:
    """Owns the engine; every write is one transaction that lands whole or not at all."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.tables = TABLES
        self._probe = RevisionProbe(engine)
        # a store dropped without `close` still releases its connections when collected
        # (the finalizer holds the engine and the probe, not the store, so the order in
        # which a collected cycle is torn down cannot leave a driver connection open)
        self._release = weakref.finalize(self, _release, self._probe, engine)

    @classmethod
    def open(cls, url: str | None = None, *, migrate: bool = True) -> Store:
        """Open (and by default create or upgrade) the database at `url`."""
        store = cls(make_engine(resolve_url(url)))
        if migrate:
            store.migrate()
        return store

    @property
    def url(self) -> str:
        """The database URL with any password hidden."""
        return self.engine.url.render_as_string(hide_password=True)

    def alembic_config(self) -> Config:
        """Alembic configuration pointing at the migrations shipped in the package."""
        # imported here: the migration tool is only loaded when the schema must change,
        # not by every command that opens an up-to-date database (start-up time)
        from alembic.config import Config

        config = Config()
        location = resources.files("willing.storage") / "migrations"
        config.set_main_option("script_location", str(location))
        return config

    def schema_version(self) -> str | None:
        """The Alembic revision the database is at (None when it has no schema yet)."""
        if not self.is_initialised():
            return None
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def migrate(self, target: str = "head") -> None:
        """Bring the schema to `target` with Alembic (creates it on a new database)."""
        if target == "head" and self.schema_version() == HEAD:
            return
        from alembic import command

        config = self.alembic_config()
        with self.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, target)
        if self.schema_version() == HEAD:
            with self.transaction() as conn:
                writes.baseline(conn)

    def is_initialised(self) -> bool:
        """True when the schema exists."""
        return "alembic_version" in inspect(self.engine).get_table_names()

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A write transaction, serialised with every other writer; commits or rolls back whole.

        SQLite takes its write lock at BEGIN; PostgreSQL takes a transaction-level advisory
        lock. Checks made inside the transaction therefore still hold at commit. It runs as
        the system, even inside a viewer's reads: the service has checked the writer's
        rights, and a row-level security policy must not make a delete, a replacement or
        an id check silently miss a row hidden from him.
        """
        with as_viewer(None), self.engine.connect() as conn:
            conn = conn.execution_options(**{WRITE: True})
            with conn.begin():
                if conn.dialect.name == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})
                yield conn

    @contextmanager
    def trial(self) -> Iterator[Connection]:
        """A transaction that is always rolled back, without the write lock: to see what a
        write would do (a review's preview) and keep nothing of it."""
        with self.engine.connect() as conn:
            conn = conn.execution_options(**{TRIAL: True})
            trial = conn.begin()
            try:
                yield conn
            finally:
                trial.rollback()

    def write(
        self, dataset: Dataset, *, actor: str, replace: bool = False, where: str = "input"
    ) -> int:
        """Validate `dataset` against what is stored, then insert it in one transaction.

        With `replace`, every stored record is removed first (in the same transaction);
        review drafts, conflicts and the sources the drafts cite are kept. Returns the new
        revision. Raises ValidationFailure before anything is written.
        """
        with self.transaction() as conn:
            return writes.import_dataset(conn, dataset, actor=actor, replace=replace, where=where)

    def change(
        self,
        kind: str,
        upserts: Sequence[Record] = (),
        deletes: Sequence[str] = (),
        *,
        actor: str,
        action: str,
        expect: Mapping[str, int] | None = None,
        where: str = "input",
        absent: Mapping[str, Set[str]] | None = None,
    ) -> int:
        """Create, replace or delete single records of `kind` in one transaction (see
        `writes.change_records`); returns the new revision."""
        with self.transaction() as conn:
            return writes.change_records(
                conn,
                kind,
                upserts,
                deletes,
                actor=actor,
                action=action,
                expect=expect,
                where=where,
                absent=absent,
            )

    def read(self, kind: str, ids: Select[Any] | None = None) -> list[Record]:
        """Records of `kind` whose ids `ids` selects (all when None); for the access service."""
        with self.engine.connect() as conn:
            return rows.read(conn, kind, ids)

    def revision(self) -> int:
        """The current registry revision (a server asks on every request: see `probe`)."""
        return self._probe.revision()

    def close(self) -> None:
        """Release connections (SQLite checkpoints its WAL on the last close)."""
        self._release()


def _release(probe: RevisionProbe, engine: Engine) -> None:
    probe.close()
    engine.dispose()
