"""Record-by-record writes over real HTTP: who may write what (from the permission table),
ETags and If-Match (one of two editors wins, the other gets 412, nothing is lost), history
and revert."""

from __future__ import annotations

import itertools

import pytest
from tests.api.conftest import USERS, Server, registry_of

from willing.domain.catalog import KINDS
from willing.services.permissions import Action, allowed

NEW_POL = {
    "id": "P-POL-9",
    "party": "POL",
    "capability": "inf-bn",
    "quantity": 1,
    "layers": ["support"],
}


@pytest.mark.parametrize(("user", "kind"), sorted(itertools.product(USERS, KINDS)))
def test_editing_is_allowed_or_refused_as_declared(
    small_server: Server, user: str, kind: str
) -> None:
    """Each user edits (with no change) the first record of each kind he may see: allowed
    exactly when the table lets his roles update that kind (and, for a liaison officer,
    that record); a refusal is 403 and leaves the version as it was."""
    mine = registry_of(small_server, user)
    seen = sorted(mine.list(kind), key=lambda r: r.id)
    mine.store.close()
    if not seen:
        return
    record = seen[0]
    with small_server.client(user) as client:
        before = client.get(f"/{kind}/{record.id}")
        got = client.patch(f"/{kind}/{record.id}", json={})
        after = client.get(f"/{kind}/{record.id}")
    if allowed(small_server.viewer(user), Action.UPDATE, kind, record):
        if got.status_code == 422:  # the label rule: only labels his party may set
            assert {p["field"].split(".")[0] for p in got.json()["problems"]} == {"label"}
        else:
            assert got.status_code == 200, got.text
            # an edit that changes nothing keeps the version
            assert got.headers["ETag"] == after.headers["ETag"] == before.headers["ETag"]
            assert got.json()["record"]["id"] == record.id
    else:
        assert got.status_code == 403, got.text
        assert after.headers["ETag"] == before.headers["ETag"]


def test_a_liaison_officer_creates_his_own_pledges_only(small_server: Server) -> None:
    with small_server.client("pol") as pol:
        made = pol.post("/pledges", json=NEW_POL)
        assert made.status_code == 201, made.text
        # his id is put in his party's namespace (docs/api.md, "Ids of new records")
        assert made.headers["Location"] == "/api/v1/pledges/POL:P-POL-9"
        assert made.headers["ETag"] == '"1"'
        label = made.json()["record"]["label"]
        assert label["classification"] == "NATIONAL"
        assert label["owner"] == "POL"
        other = pol.post("/pledges", json={**NEW_POL, "id": "P-FRA-9", "party": "FRA"})
        assert other.status_code in (403, 422)
        assert pol.get("/pledges/P-FRA-9").status_code == 404
    with small_server.client("fra") as fra:
        assert fra.get("/pledges/POL:P-POL-9").status_code == 404  # national to POL
        assert fra.patch("/pledges/POL:P-POL-9", json={"quantity": 5}).status_code == 404
    with small_server.client("analyst") as analyst:
        refused = analyst.post("/pledges", json={**NEW_POL, "id": "P-USA-9", "party": "USA"})
        assert refused.status_code == 403


def test_two_editors_one_wins_the_other_gets_412_and_nothing_is_lost(
    small_server: Server,
) -> None:
    with small_server.client("admin") as first, small_server.client("planner") as second:
        tag = first.get("/requirements/R-1").headers["ETag"]
        assert second.get("/requirements/R-1").headers["ETag"] == tag
        won = first.patch("/requirements/R-1", json={"quantity": 3}, headers={"If-Match": tag})
        assert won.status_code == 200, won.text
        lost = second.patch("/requirements/R-1", json={"quantity": 5}, headers={"If-Match": tag})
        assert lost.status_code == 412
        assert lost.headers["content-type"] == "application/problem+json"
        assert lost.json()["status"] == 412
        now = second.get("/requirements/R-1")
        assert now.json()["quantity"] == 3
        assert now.headers["ETag"] == won.headers["ETag"]
        again = second.patch(
            "/requirements/R-1", json={"quantity": 5}, headers={"If-Match": now.headers["ETag"]}
        )
        assert again.status_code == 200
        history = second.get("/requirements/R-1/history").json()
    quantities = [v["record"]["quantity"] for v in history["data"]]
    assert quantities[-2:] == [3, 5]
    assert history["count"] == len(history["data"]) >= 3


def test_history_revert_and_delete(small_server: Server) -> None:
    with small_server.client("planner") as planner:
        made = planner.post(
            "/conditions", json={"id": "elections", "name": "Elections", "probability": 0.3}
        )
        assert made.status_code == 201, made.text
        assert made.json()["id"] == "COTW:elections"  # the coalition staff's namespace
        first_revision = made.json()["revision"]
        edited = planner.patch("/conditions/COTW:elections", json={"probability": 0.9})
        assert edited.json()["record"]["probability"] == 0.9
        back = planner.post(
            "/conditions/COTW:elections/revert",
            json={"to_revision": first_revision},
            headers={"If-Match": edited.headers["ETag"]},
        )
        assert back.status_code == 200, back.text
        assert back.json()["record"]["probability"] == 0.3
        ops = [v["op"] for v in planner.get("/conditions/COTW:elections/history").json()["data"]]
        assert ops[0] == "create"
        assert len(ops) == 3
        stale = planner.delete("/conditions/COTW:elections", headers={"If-Match": '"1"'})
        assert stale.status_code == 412
        gone = planner.delete(
            "/conditions/COTW:elections", headers={"If-Match": back.headers["ETag"]}
        )
        assert gone.status_code == 200, gone.text
        assert planner.get("/conditions/COTW:elections").status_code == 404
        bad = planner.patch("/conditions/ceasefire", json={}, headers={"If-Match": "v-one"})
        assert bad.status_code == 400


def test_a_bad_record_is_refused_naming_its_fields(small_server: Server) -> None:
    with small_server.client("admin") as admin:
        got = admin.post("/pledges", json={"id": "P-X", "party": "POL", "quantity": "lots"})
    assert got.status_code == 422
    fields = {p["field"] for p in got.json()["problems"]}
    assert {"quantity", "capability"} <= fields
