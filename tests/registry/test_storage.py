"""Storage on both backends: exact round trips, atomic writes, migrations in step with the model."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from willing.domain.catalog import KINDS, Dataset
from willing.domain.errors import ValidationFailure
from willing.storage import rows
from willing.storage.schema import TABLES, metadata
from willing.storage.store import Store


def test_write_then_read_gives_back_every_record(store: Store, small_coalition: Dataset) -> None:
    revision = store.write(small_coalition, actor="test")
    assert revision == 1
    for kind in KINDS:
        assert store.read(kind) == sorted(small_coalition.records[kind], key=lambda r: r.id)


def test_a_write_that_fails_midway_leaves_nothing(store: Store, small_coalition: Dataset) -> None:
    def write_then_fail() -> None:
        with store.transaction() as conn:
            rows.insert(conn, "sources", small_coalition.records["sources"])
            rows.insert(conn, "parties", small_coalition.records["parties"])
            raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError, match="disk on fire"):
        write_then_fail()
    assert store.read("parties") == []
    assert store.revision() == 0


def test_duplicate_ids_against_stored_records_are_refused(
    store: Store, small_coalition: Dataset
) -> None:
    store.write(small_coalition, actor="test")
    with pytest.raises(ValidationFailure, match="already exists"):
        store.write(small_coalition, actor="test")
    assert store.revision() == 1


def test_replace_swaps_the_whole_registry_in_one_revision(
    store: Store, small_coalition: Dataset
) -> None:
    store.write(small_coalition, actor="test")
    smaller = Dataset(
        name="smaller", records={k: list(v) for k, v in small_coalition.records.items()}
    )
    smaller.records["pledges"] = smaller.records["pledges"][:1]
    assert store.write(smaller, actor="test", replace=True) == 2
    assert [p.id for p in store.read("pledges")] == ["P-FRA-1"]


def test_schema_matches_the_migrations(store: Store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_every_kind_has_a_table(store: Store) -> None:
    assert set(TABLES) == set(KINDS)


def test_reopening_an_initialised_database_keeps_its_data(
    store_url: str, small_coalition: Dataset
) -> None:
    first = Store.open(store_url)
    first.write(small_coalition, actor="test")
    first.close()
    again = Store.open(store_url)
    assert again.is_initialised()
    assert len(again.read("pledges")) == 4
    again.close()


def test_the_declared_head_is_the_newest_migration(store: Store) -> None:
    from alembic.script import ScriptDirectory

    from willing.storage.migrations import HEAD

    assert ScriptDirectory.from_config(store.alembic_config()).get_current_head() == HEAD
    assert store.schema_version() == HEAD


def test_a_store_dropped_without_close_releases_its_connections(store_url: str) -> None:
    """A store dropped without `close` (alone or in a reference cycle) must not leave a
    driver connection open: the driver's warning would surface, at random, in whichever
    code happens to run when the store is collected."""
    import gc
    import sys

    raised: list[object] = []
    hook, sys.unraisablehook = sys.unraisablehook, raised.append
    try:
        for in_cycle in (False, True):
            store = Store.open(store_url)
            assert store.revision() >= 0  # opens the probe's own connection
            with store.engine.connect():  # and leaves one in the pool
                pass
            if in_cycle:
                cycle: list[object] = [store]
                cycle.append(cycle)
                del cycle
            del store
            gc.collect()
    finally:
        sys.unraisablehook = hook
    assert raised == []
