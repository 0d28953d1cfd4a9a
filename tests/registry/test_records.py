"""Record-by-record writes: create, edit, delete, history, revert, stale edits, permissions,
labels, and the audit log's record digests — on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from sqlalchemy import text

from willing.domain.catalog import Dataset
from willing.domain.errors import AccessDenied, NotFound, StaleVersion, ValidationFailure
from willing.services import records
from willing.services.access import Registry, Role, Viewer
from willing.storage import audit, integrity
from willing.storage.store import Store

NEW_PLEDGE: dict[str, Any] = {
    "id": "P-POL-2",
    "party": "POL",
    "capability": "inf-bn",
    "quantity": 1,
    "layers": ["support"],
}
#: The id a Polish user's NEW_PLEDGE gets: in Poland's namespace (see domain/namespaces.py).
MINE = "POL:P-POL-2"


@pytest.fixture
def loaded(store: Store, small_coalition: Dataset) -> Store:
    store.write(small_coalition, actor="test")
    return store


def _as(store: Store, party: str | None, role: Role = Role.LIAISON) -> Registry:
    if party is None and role is Role.ADMIN:
        return Registry(store, Viewer.admin())
    return Registry(store, Viewer(party, role))


def test_create_edit_history_and_revert(loaded: Store) -> None:
    poland = _as(loaded, "POL")
    made = records.create(poland, "pledge", NEW_PLEDGE)
    assert (made.id, made.version) == (MINE, 1)
    # a party user's new record is national to his party
    assert made.record["label"]["owner"] == "POL"
    assert made.record["label"]["classification"] == "NATIONAL"
    first = made.revision
    edited = records.update(poland, "pledges", MINE, {"quantity": 3}, if_version=1)
    assert (edited.version, edited.record["quantity"]) == (2, 3)
    history = records.history(poland, "pledges", MINE)
    assert [v.op for v in history.data] == ["create", "update"]
    assert [v.record["quantity"] for v in history.data if v.record] == [1, 3]
    assert all(v.actor == "local:POL (liaison)" for v in history.data)
    back = records.revert(poland, "pledges", MINE, first)
    assert (back.version, back.record["quantity"]) == (3, 1)
    with loaded.engine.connect() as conn:
        assert audit.verify(conn) is None
        assert integrity.check(conn) == []


def test_a_stale_edit_is_refused_and_writes_nothing(loaded: Store) -> None:
    admin = _as(loaded, None, Role.ADMIN)
    before = loaded.revision()
    records.update(admin, "pledges", "P-POL-1", {"quantity": 2}, if_version=1)
    with pytest.raises(StaleVersion, match="version 2"):
        records.update(admin, "pledges", "P-POL-1", {"quantity": 5}, if_version=1)
    assert loaded.revision() == before + 1
    assert records.get(admin, "pledges", "P-POL-1").record["quantity"] == 2


def test_two_clients_editing_one_record_one_wins(loaded: Store) -> None:
    admin = _as(loaded, None, Role.ADMIN)
    outcomes: list[str] = []
    barrier = threading.Barrier(2)

    def edit(quantity: int) -> None:
        barrier.wait()
        try:
            records.update(admin, "pledges", "P-POL-1", {"quantity": quantity}, if_version=1)
            outcomes.append("won")
        except StaleVersion:
            outcomes.append("stale")

    threads = [threading.Thread(target=edit, args=(q,)) for q in (7, 9)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["stale", "won"]
    final = records.get(admin, "pledges", "P-POL-1")
    assert final.version == 2
    assert final.record["quantity"] in (7, 9)
    assert [v.op for v in records.history(admin, "pledges", "P-POL-1").data] == [
        "create",
        "update",
    ]


def test_a_liaison_edits_only_his_own_partys_records(loaded: Store) -> None:
    poland = _as(loaded, "POL")
    records.update(poland, "pledges", "P-POL-1", {"quantity": 2})
    with pytest.raises(AccessDenied, match="your party owns"):
        records.update(poland, "pledges", "P-FRA-1", {"quantity": 9})
    with pytest.raises(AccessDenied):
        records.create(poland, "pledges", {**NEW_PLEDGE, "id": "P-FRA-9", "party": "FRA"})
    with pytest.raises(AccessDenied, match="may not"):
        records.update(poland, "conditions", "ceasefire", {"probability": 0.9})
    # a record hidden from him is missing, exactly as an unknown one
    with pytest.raises(NotFound) as hidden:
        records.update(poland, "pledges", "P-FRA-2", {"quantity": 9})
    with pytest.raises(NotFound) as missing:
        records.update(poland, "pledges", "P-NOPE", {"quantity": 9})
    assert str(hidden.value).replace("P-FRA-2", "X") == str(missing.value).replace("P-NOPE", "X")


def test_labels_a_user_may_not_set(loaded: Store) -> None:
    poland = _as(loaded, "POL")
    label_fra = {"classification": "NATIONAL", "owner": "FRA", "releasable_to": ["FRA"]}
    with pytest.raises(AccessDenied, match="your party owns"):
        records.create(poland, "pledges", {**NEW_PLEDGE, "label": label_fra})
    usa = {"classification": "COALITION", "owner": "POL", "releasable_to": ["USA"]}
    with pytest.raises(ValidationFailure, match="does not belong to USA"):
        records.create(poland, "pledges", {**NEW_PLEDGE, "label": usa})
    records.create(poland, "pledges", NEW_PLEDGE)
    # releasing to the coalition widens the audience: an action of its own
    analyst = Registry(loaded, Viewer("POL", Role.ANALYST))
    with pytest.raises(AccessDenied):
        records.update(analyst, "pledges", MINE, {"label.releasable_to": ["POL", "COTW"]})
    out = records.update(poland, "pledges", MINE, {"label.releasable_to": ["POL", "COTW"]})
    assert out.record["label"]["releasable_to"] == ["POL", "COTW"]
    assert records.get(_as(loaded, "FRA"), "pledges", MINE).id == MINE


def test_an_edit_is_checked_like_an_import(loaded: Store) -> None:
    admin = _as(loaded, None, Role.ADMIN)
    before = loaded.revision()
    with pytest.raises(ValidationFailure, match="unknown capabilities id"):
        records.update(admin, "pledges", "P-POL-1", {"capability": "nope"})
    with pytest.raises(ValidationFailure, match="quantity"):
        records.update(admin, "pledges", "P-POL-1", {"quantity": -1})
    # narrowing a public capability that public pledges use would hide it from their viewers
    secret = {"classification": "NATIONAL", "owner": "FRA", "releasable_to": ["FRA"]}
    with pytest.raises(ValidationFailure, match="refers to it"):
        records.update(admin, "capabilities", "inf-bn", {"label": secret})
    assert loaded.revision() == before


def test_delete_refuses_a_record_others_refer_to(loaded: Store) -> None:
    admin = _as(loaded, None, Role.ADMIN)
    with pytest.raises(ValidationFailure, match="pledges refer to it"):
        records.delete(admin, "capabilities", "inf-bn")
    revision = records.delete(admin, "pledges", "P-POL-1")
    assert loaded.revision() == revision
    with pytest.raises(NotFound):
        records.get(admin, "pledges", "P-POL-1")
    ops = [v.op for v in records.history(admin, "pledges", "P-POL-1").data]
    assert ops == ["create", "delete"]


def test_delete_names_no_record_hidden_from_the_viewer(loaded: Store) -> None:
    admin = _as(loaded, None, Role.ADMIN)
    # the French national pledge uses the fighter squadron; Poland may not see it
    records.update(admin, "capabilities", "ftr-sqn", {"label.owner": "POL"})
    poland = Registry(loaded, Viewer("POL", Role.ADMIN, roles=frozenset()))
    with pytest.raises(ValidationFailure) as refused:
        records.delete(poland, "capabilities", "ftr-sqn")
    assert "P-FRA-2" in str(refused.value)  # an administrator sees it
    planner = Registry(loaded, Viewer("POL", Role.PLANNER))
    with pytest.raises(ValidationFailure) as hidden:
        records.delete(planner, "capabilities", "ftr-sqn")
    assert "P-FRA-2" not in str(hidden.value)
    assert "refer to it" in str(hidden.value)


def test_tampering_behind_the_log_is_found_and_named(loaded: Store) -> None:
    with loaded.engine.begin() as conn:
        conn.execute(text("UPDATE pledges SET label_classification='PUBLIC' WHERE id='P-FRA-2'"))
        conn.execute(text("DELETE FROM pledges__conditions WHERE record_id='P-FRA-1'"))
    with loaded.engine.connect() as conn:
        assert audit.verify(conn) is None  # the chain alone does not see it
        found = [str(f) for f in integrity.check(conn)]
    assert any("pledges 'P-FRA-2': changed" in f for f in found)
    assert any("pledges 'P-FRA-1': changed" in f for f in found)


def test_replace_keeps_review_drafts_and_the_sources_they_cite(
    loaded: Store, small_coalition: Dataset
) -> None:
    from willing.ingest.queue import ingest

    admin = _as(loaded, None, Role.ADMIN)
    article = (
        "PARIS, 6 January 2026 - Leaders of 35 countries met in Paris. France will send "
        "two battalions to Ukraine after a ceasefire, President Emmanuel Macron said."
    )
    done = ingest(admin, article.encode(), name="article.txt")
    assert done.drafts
    loaded.write(small_coalition, actor="test", replace=True)
    with loaded.engine.connect() as conn:
        kept = conn.execute(text("SELECT count(*) FROM drafts")).scalar_one()
        assert (
            conn.execute(
                text("SELECT count(*) FROM sources WHERE id=:s"), {"s": done.source}
            ).scalar_one()
            == 1
        )
        assert integrity.check(conn) == []
    assert kept == len(done.drafts)
