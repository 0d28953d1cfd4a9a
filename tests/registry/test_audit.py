"""The audit log is append-only and hash-chained: editing the past is detected."""

from __future__ import annotations

import sqlalchemy as sa

from willing.domain.catalog import Dataset
from willing.storage import audit
from willing.storage.schema import audit as audit_table
from willing.storage.store import Store


def test_each_write_appends_one_entry_and_the_chain_holds(
    store: Store, small_coalition: Dataset
) -> None:
    store.write(small_coalition, actor="alice", replace=True)
    store.write(small_coalition, actor="bob", replace=True)
    with store.engine.connect() as conn:
        assert audit.revision(conn) == 2
        assert audit.verify(conn) is None


def test_editing_an_entry_breaks_the_chain_there(store: Store, small_coalition: Dataset) -> None:
    for actor in ("alice", "bob", "carol"):
        store.write(small_coalition, actor=actor, replace=True)
    with store.engine.begin() as conn:
        conn.execute(sa.update(audit_table).where(audit_table.c.seq == 2).values(actor="mallory"))
    with store.engine.connect() as conn:
        assert audit.verify(conn) == 2
