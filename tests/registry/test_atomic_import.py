"""A rejected import changes nothing: the SQLite file is byte-for-byte the same afterwards."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import sqlalchemy as sa

from willing.domain.catalog import KINDS, Dataset
from willing.domain.errors import ValidationFailure
from willing.interchange.files import read_path
from willing.storage.schema import metadata
from willing.storage.store import Store

HEAD = "pledges:\n  - {id: %s, party: %s, capability: inf-bn, quantity: %s, layers: [reassure]}\n"
BAD_FILES = {
    "wrong-type": HEAD % ("PX", "FRA", "lots"),
    "missing-field": "pledges:\n  - {id: PX, party: FRA, quantity: 1, layers: [reassure]}\n",
    "unknown-party": HEAD % ("PX", "ZZZ", "1"),
    "duplicate-id": HEAD % ("P-FRA-1", "FRA", "1"),
}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_sqlite_file_is_unchanged_by_a_rejected_import(
    tmp_path: Path, small_coalition: Dataset, case: str
) -> None:
    db = tmp_path / "w.db"
    store = Store.open(f"sqlite:///{db}")
    store.write(small_coalition, actor="test")
    store.close()  # checkpoints the WAL into the main file
    before = _digest(db)
    bad = tmp_path / f"{case}.yaml"
    bad.write_text(BAD_FILES[case], encoding="utf-8")
    store = Store.open(f"sqlite:///{db}")
    with pytest.raises(ValidationFailure) as excinfo:
        store.write(read_path(bad), actor="test", where=str(bad))
    assert f"{case}.yaml" in str(excinfo.value)
    store.close()
    assert _digest(db) == before


def _snapshot(store: Store) -> dict[str, list[tuple[object, ...]]]:
    with store.engine.connect() as conn:
        return {
            name: sorted(tuple(r) for r in conn.execute(sa.select(table)))
            for name, table in metadata.tables.items()
        }


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_every_table_is_unchanged_by_a_rejected_import(
    store: Store, tmp_path: Path, small_coalition: Dataset, case: str
) -> None:
    store.write(small_coalition, actor="test")
    before = _snapshot(store)
    bad = tmp_path / f"{case}.yaml"
    bad.write_text(BAD_FILES[case], encoding="utf-8")
    with pytest.raises(ValidationFailure):
        store.write(read_path(bad), actor="test", where=str(bad))
    assert _snapshot(store) == before
    assert len(before) > len(KINDS)
