"""Tamper evidence: every change made behind Willing's back is found and named by
`integrity.check` (what `willing audit --verify` runs), on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from willing.domain.catalog import Dataset
from willing.services import records
from willing.services.access import Registry, Viewer
from willing.storage import audit, integrity, signing
from willing.storage.audit import _digest
from willing.storage.schema import audit as audit_table
from willing.storage.store import Store


@pytest.fixture
def loaded(store: Store, small_coalition: Dataset) -> Store:
    store.write(small_coalition, actor="test")
    records.update(Registry(store, Viewer.admin()), "pledges", "P-POL-1", {"quantity": 2})
    return store


def _found(store: Store) -> list[str]:
    with store.engine.connect() as conn:
        return [str(f) for f in integrity.check(conn)]


def _sql(store: Store, statement: str) -> None:
    with store.engine.begin() as conn:
        conn.execute(text(statement))


def test_an_untouched_store_checks_clean(loaded: Store) -> None:
    assert _found(loaded) == []


@pytest.mark.parametrize(
    ("statement", "named"),
    [
        ("UPDATE pledges SET quantity = 99 WHERE id = 'P-POL-1'", "pledges 'P-POL-1': changed"),
        (
            "UPDATE pledges SET label_classification = 'PUBLIC' WHERE id = 'P-FRA-2'",
            "pledges 'P-FRA-2': changed",
        ),
        ("DELETE FROM pledges WHERE id = 'P-POL-1'", "pledges 'P-POL-1': deleted"),
        (
            "INSERT INTO issues (id, title, label_policy, label_classification, notional) "
            "VALUES ('ISS-X', 'x', 'COTW', 'PUBLIC', false)",
            "issues 'ISS-X': inserted",
        ),
        ("DELETE FROM pledges__layers WHERE record_id = 'P-FRA-1'", "pledges 'P-FRA-1': changed"),
        (
            "DELETE FROM pledges__conditions WHERE record_id = 'P-FRA-1'",
            "pledges 'P-FRA-1': changed",
        ),
    ],
)
def test_a_row_changed_behind_the_log_is_named(loaded: Store, statement: str, named: str) -> None:
    _sql(loaded, statement)
    assert any(named in f for f in _found(loaded)), _found(loaded)


def test_a_version_rewritten_to_match_is_still_found(loaded: Store) -> None:
    _sql(loaded, "UPDATE pledges SET quantity = 99 WHERE id = 'P-POL-1'")
    _sql(loaded, "UPDATE versions SET digest = 'x' WHERE record_id = 'P-POL-1' AND version = 2")
    found = _found(loaded)
    assert any("versions it wrote were altered" in f for f in found), found


def test_a_chain_rewritten_without_the_key_fails(loaded: Store) -> None:
    """Recomputing every hash (as someone with the database but not the key could) leaves
    the signatures wrong."""
    with loaded.engine.begin() as conn:
        rows = list(conn.execute(select(audit_table).order_by(audit_table.c.seq)).mappings())
        prev = audit.GENESIS
        for row in rows:
            detail = json.dumps({"forged": True}) if row["seq"] == 1 else row["detail"]
            at = row["at"].isoformat() if row["at"].tzinfo else row["at"].isoformat() + "+00:00"
            digest = _digest(
                row["seq"],
                at,
                row["actor"],
                row["action"],
                detail,
                prev,
                row["changes"],
                row["state"],
            )
            conn.execute(
                update(audit_table)
                .where(audit_table.c.seq == row["seq"])
                .values(detail=detail, prev_hash=prev, hash=digest)
            )
            prev = digest
    with loaded.engine.connect() as conn:
        assert audit.verify(conn) is None  # the chain itself holds again
    assert any("audit entry 1" in f and "rewritten" in f for f in _found(loaded))


def test_stripped_signatures_are_found(loaded: Store) -> None:
    _sql(loaded, "UPDATE audit SET signature = NULL, key_id = NULL")
    assert any("is not signed" in f for f in _found(loaded))


def test_a_rotated_key_still_verifies_old_entries(loaded: Store, tmp_path: Path) -> None:
    old = signing.signer()
    new = signing.rotate()
    assert new.id != old.id
    records.update(Registry(loaded, Viewer.admin()), "pledges", "P-POL-1", {"quantity": 3})
    assert _found(loaded) == []
    with loaded.engine.connect() as conn:
        used = set(conn.execute(select(audit_table.c.key_id)).scalars())
    assert {old.id, new.id} <= used


def test_without_the_public_keys_nothing_verifies(
    loaded: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(signing.ENV_KEYS, str(tmp_path / "elsewhere"))
    assert any("not in the key folder" in f for f in _found(loaded))
