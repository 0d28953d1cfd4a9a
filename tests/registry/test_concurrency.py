"""Writers from several connections at once: serialised, none lost, the audit chain intact."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
import sqlalchemy as sa

from willing.domain.catalog import Dataset
from willing.domain.parties import Party
from willing.storage import audit
from willing.storage.engine import normalise
from willing.storage.store import Store


def _one_party(code: str) -> Dataset:
    dataset = Dataset(name=code)
    dataset.records["parties"] = [
        Party.model_validate({"id": code, "name": code, "party_kind": "state", "role": "member"})
    ]
    return dataset


def test_concurrent_imports_all_land_in_distinct_revisions(store: Store) -> None:
    codes = [f"XX{chr(ord('A') + i)}" for i in range(8)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        revisions = list(pool.map(lambda c: store.write(_one_party(c), actor=c), codes))
    assert sorted(revisions) == list(range(1, 9))
    assert sorted(p.id for p in store.read("parties")) == codes
    with store.engine.connect() as conn:
        assert audit.verify(conn) is None


@pytest.mark.postgres
def test_the_audit_chain_holds_in_any_session_time_zone(
    postgres_url: str, small_coalition: Dataset
) -> None:
    writer = Store.open(postgres_url)
    writer.write(small_coalition, actor="test")
    writer.close()
    tokyo = Store(
        sa.create_engine(
            normalise(postgres_url), connect_args={"options": "-c timezone=Asia/Tokyo"}
        )
    )
    with tokyo.engine.connect() as conn:
        assert conn.execute(sa.text("SHOW timezone")).scalar() == "Asia/Tokyo"
        assert audit.verify(conn) is None
    tokyo.close()
