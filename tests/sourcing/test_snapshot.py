"""The columnar snapshot of the plan's inputs: every viewer's columns cut from it equal
the columns read row by row in SQL, a fresh process reads it instead of the rows, and a
write (or any other registry state) never gets an older snapshot."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from sqlalchemy import insert, select, text, update

from willing.domain.forces import Pledge
from willing.services.access import Registry, Role, Viewer
from willing.services.registry import read_source
from willing.sourcing import loader, snapshot
from willing.sourcing.plans import problem_digest
from willing.sourcing.records import Columns, canonical, from_columns
from willing.sourcing.synthetic import generate, to_dataset
from willing.storage.schema import CHILDREN, TABLES, plan_inputs
from willing.storage.store import Store

SHIPPED = "cotw-ukraine-2026"


def normal(columns: Columns) -> dict[str, Any]:
    """Columns in a form to compare: tables in id order, list fields as sorted pairs."""
    c = canonical(columns)
    out: dict[str, Any] = {
        table: {field: list(getattr(c, table)[field]) for field in fields}
        for table, fields in snapshot.TABLE_FIELDS.items()
    }
    for name in snapshot.PAIRS:
        rows, values = getattr(c, name)
        out[name] = sorted(zip(np.asarray(rows).tolist(), list(values), strict=True))
    out["substitutes"] = sorted(zip(*c.substitutes, strict=True))
    return out


def viewers(store: Store) -> list[Viewer]:
    """The administrator, a viewer of no nation, and a liaison officer of every party."""
    with store.engine.connect() as conn:
        parties = sorted(conn.execute(select(TABLES["parties"].c.id)).scalars())
    return [Viewer.admin(), Viewer(None), *(Viewer(p, Role.LIAISON) for p in parties)]


def assert_agree(url: str) -> list[Columns]:
    """For every viewer, a fresh store's columns (from the stored snapshot) equal the SQL
    read and give the same problem; returns the columns."""
    first = Store.open(url)
    loader.load_columns(Registry(first, Viewer.admin()))  # stores the snapshot
    first.close()
    store = Store.open(url)  # a new engine: nothing kept in memory
    with store.engine.connect() as conn:
        assert conn.execute(select(plan_inputs.c.revision)).scalars().all() == [store.revision()]
    seen = []
    for viewer in viewers(store):
        registry = Registry(store, viewer)
        cut, _ = loader.load_columns(registry)
        reference = loader.read_columns(registry)
        assert normal(cut) == normal(reference), viewer
        assert problem_digest(from_columns(cut)) == problem_digest(from_columns(reference))
        seen.append(cut)
    store.close()
    return seen


def test_every_viewer_of_the_shipped_data_set_gets_the_sql_columns(store_url: str) -> None:
    store = Store.open(store_url)
    store.write(read_source(SHIPPED), actor="test")
    store.close()
    seen = assert_agree(store_url)
    assert len({len(c.pledges["id"]) for c in seen}) > 2  # viewers do see different pledges


def _label(store: Store, seed: int) -> None:
    """National labels on about a third of every kind's records, some released to other
    nations, written straight into the tables: references to hidden records then occur
    (an import would refuse most of them), which the hidden-reference rules must meet."""
    rng = np.random.default_rng(seed)
    subs = CHILDREN["capabilities"]["substitutes"]
    with store.engine.connect() as conn:
        parties = sorted(conn.execute(select(TABLES["parties"].c.id)).scalars())
        # a capability another substitutes for is hidden from someone
        forced = set(conn.execute(select(subs.c.for_capability)).scalars().all()[:1])
    with store.transaction() as conn:
        for kind in ("pledges", "requirements", "capabilities", "locations", "conditions"):
            table = TABLES[kind]
            released = CHILDREN[kind]["label.releasable_to"]
            ids = sorted(conn.execute(select(table.c.id)).scalars())
            for record in ids:
                if rng.random() > 0.35 and record not in forced:
                    continue
                owner = str(rng.choice(parties))
                conn.execute(
                    update(table)
                    .where(table.c.id == record)
                    .values(label_classification="NATIONAL", label_owner=owner)
                )
                others = rng.choice(parties, size=int(rng.integers(0, 3)), replace=False)
                for pos, code in enumerate(others.tolist()):
                    conn.execute(insert(released).values(record_id=record, pos=pos, value=code))


def test_labelled_synthetic_registry_agrees_for_every_viewer(store_url: str) -> None:
    store = Store.open(store_url)
    store.write(to_dataset(generate(600, 60, seed=3, ratios=(1.0, 2.0))), actor="test")
    _label(store, seed=5)
    store.close()
    seen = assert_agree(store_url)
    hidden_conditions = [c for c in seen if loader.HIDDEN_CONDITION in c.conditions["id"]]
    hidden_locations = [c for c in seen if loader.HIDDEN_LOCATION in c.locations["id"]]
    assert hidden_conditions
    assert hidden_locations
    assert any(len(c.substitutes[0]) < len(seen[0].substitutes[0]) for c in seen)


def test_a_fresh_process_reads_the_snapshot_not_the_rows(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.open(sqlite_url)
    store.write(read_source(SHIPPED), actor="test")
    expected, revision = loader.load_columns(Registry(store, Viewer.admin()))
    store.close()

    def no_rows(*_: Any) -> Columns:
        raise AssertionError("read the rows although a current snapshot is stored")

    monkeypatch.setattr(loader, "_read", no_rows)
    fresh = Store.open(sqlite_url)
    columns, again = loader.load_columns(Registry(fresh, Viewer("POL", Role.LIAISON)))
    admin, _ = loader.load_columns(Registry(fresh, Viewer.admin()))
    fresh.close()
    assert again == revision
    assert normal(admin) == normal(expected)
    assert len(columns.pledges["id"]) < len(admin.pledges["id"])


def test_a_write_is_never_planned_from_the_older_snapshot(store_url: str) -> None:
    store = Store.open(store_url)
    store.write(read_source(SHIPPED), actor="test")
    before, revision = loader.load_columns(Registry(store, Viewer.admin()))
    pledge = Registry(store, Viewer.admin()).list("pledges")[0]
    assert isinstance(pledge, Pledge)
    changed = pledge.model_copy(update={"quantity": pledge.quantity + 7})
    store.change("pledges", [changed], actor="test", action="update")
    store.close()

    fresh = Store.open(store_url)
    with fresh.engine.connect() as conn:  # the older snapshot is still stored ...
        assert conn.execute(select(plan_inputs.c.revision)).scalars().all() == [revision]
    after, now = loader.load_columns(Registry(fresh, Viewer.admin()))
    with fresh.engine.connect() as conn:  # ... but not used, and replaced
        assert conn.execute(select(plan_inputs.c.revision)).scalars().all() == [now]
    fresh.close()
    assert now > revision
    row = list(after.pledges["id"]).index(pledge.id)
    assert after.pledges["quantity"][row] == pledge.quantity + 7
    assert normal(after) != normal(before)


def test_a_rewritten_audit_head_does_not_match_the_snapshot(sqlite_url: str) -> None:
    store = Store.open(sqlite_url)
    store.write(read_source(SHIPPED), actor="test")
    loader.load_columns(Registry(store, Viewer.admin()))
    with store.transaction() as conn:  # same revision, other hash: another registry state
        conn.execute(text("UPDATE plan_inputs SET head_hash = 'elsewhere'"))
    store.close()
    fresh = Store.open(sqlite_url)
    loader.load_columns(Registry(fresh, Viewer.admin()))
    with fresh.engine.connect() as conn:
        assert conn.execute(select(plan_inputs.c.head_hash)).scalar_one() != "elsewhere"
    fresh.close()


def test_an_archive_holding_objects_is_refused_both_ways() -> None:
    with pytest.raises(TypeError, match="object"):
        snapshot.dumps({"evil": np.array([{"a": 1}], dtype=object)})
    archive = snapshot.dumps({"x": np.arange(3, dtype=np.int64)})
    assert snapshot.loads(archive)["x"].tolist() == [0, 1, 2]
    tampered = archive.replace(b'"<i8"', b'"|O8"', 1)
    with pytest.raises(ValueError, match="pickle"):
        snapshot.loads(tampered)
    with pytest.raises(ValueError, match="not a plan-inputs snapshot"):
        snapshot.loads(b"PK" + archive)


def test_columns_survive_the_archive() -> None:
    columns = loader.snapshot.to_columns(
        snapshot.loads(snapshot.dumps(snapshot.to_arrays(_small_columns())))
    )
    assert normal(columns) == normal(_small_columns())


def _small_columns() -> Columns:
    from willing.sourcing.records import columns_of

    dataset = read_source(SHIPPED)
    r = dataset.records
    return columns_of(
        r["pledges"],  # type: ignore[arg-type]
        r["requirements"],  # type: ignore[arg-type]
        r["capabilities"],  # type: ignore[arg-type]
        r["locations"],  # type: ignore[arg-type]
        r["phases"],  # type: ignore[arg-type]
        r["conditions"],  # type: ignore[arg-type]
    )
