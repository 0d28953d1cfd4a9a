"""Ingestion over real HTTP on the shipped data set: an uploaded article fills the review
queue and raises conflicts as `willing ingest` does; the queue and the conflicts answer what
`willing review|conflicts --json` print for the same viewer; accepting, rejecting and
settling are the reviewers' (others get 403)."""

from __future__ import annotations

from pathlib import Path

from tests.api.conftest import Server
from tests.api.test_same_as_cli import cli_json

GOLD = Path(__file__).resolve().parents[1] / "ingest" / "gold"
PLANNER = ["--as", "COTW", "--role", "planner"]
POL = ["--as", "POL", "--role", "liaison"]


def test_ingest_review_and_settle_as_the_cli_does(shipped_server: Server) -> None:
    article = {
        "text": (GOLD / "seed-000.txt").read_text(encoding="utf-8"),
        "name": "seed-000.txt",
        "published": "2025-09-02",
    }
    with shipped_server.client("pol") as pol:
        refused = pol.post("/ingest", json=article)
        assert refused.status_code == 403
        assert "ingest" in refused.json()["detail"]
    with shipped_server.client("planner") as planner:
        made = planner.post("/ingest", json=article)
        assert made.status_code == 201, made.text
        ingested = made.json()
        assert ingested["drafts"]
        assert ingested["conflicts"]
        again = planner.post("/ingest", json=article).json()
        assert again["reused_source"] is True
        queue = planner.get("/review").json()
        conflicts = planner.get("/conflicts").json()
    assert queue["data"] == cli_json(shipped_server, "review", *PLANNER)
    assert queue["count"] == len(queue["data"]) >= len(ingested["drafts"])
    assert conflicts["data"] == cli_json(shipped_server, "conflicts", *PLANNER)
    assert {c["id"] for c in conflicts["data"]} >= set(ingested["conflicts"])
    with shipped_server.client("admin") as admin:
        assert admin.get("/review").json()["data"] == cli_json(shipped_server, "review")
    with shipped_server.client("pol") as pol:
        assert pol.get("/review").json()["data"] == cli_json(shipped_server, "review", *POL)
        denied = pol.post("/review/accept", json={"drafts": ingested["drafts"][:1]})
        assert denied.status_code == 403
        unsettled = pol.post(
            f"/conflicts/{ingested['conflicts'][0]}/resolve", json={"keep_both": True}
        )
        assert unsettled.status_code == 403

    first, second = ingested["drafts"][:2]
    with shipped_server.client("planner") as planner:
        rejected = planner.post("/review/reject", json={"drafts": [second]})
        assert rejected.status_code == 200, rejected.text
        assert rejected.json()["data"] == [
            {"draft": second, "status": "rejected", "record": None, "note": ""}
        ]
        twice = planner.post("/review/reject", json={"drafts": [second]})
        assert twice.status_code in (400, 404, 422)
        listed = planner.get("/review", params={"status": "rejected"}).json()["data"]
        assert second in {d["id"] for d in listed}
        settled = planner.post(
            f"/conflicts/{ingested['conflicts'][0]}/resolve", json={"keep_both": True}
        )
        assert settled.status_code == 200, settled.text
        assert settled.json()["status"] == "kept_both"
        both = planner.post(
            f"/conflicts/{ingested['conflicts'][0]}/resolve", json={"pick": 1, "keep_both": True}
        )
        assert both.status_code == 400
        rest = ingested["conflicts"][1:]
        assert rest  # the others at once, with a note; settling the first again spoils all
        spoiled = planner.post(
            "/conflicts/resolve", json={"conflicts": ingested["conflicts"], "keep_both": True}
        )
        assert spoiled.status_code == 400, spoiled.text
        bulk = planner.post(
            "/conflicts/resolve",
            json={"conflicts": rest, "keep_both": True, "note": "both reported"},
        )
        assert bulk.status_code == 200, bulk.text
        assert [c["id"] for c in bulk.json()["data"]] == rest
        assert {c["status"] for c in bulk.json()["data"]} == {"kept_both"}
        everything = planner.get("/conflicts", params={"all": "true"}).json()["data"]
    assert everything == cli_json(shipped_server, "conflicts", "--all", *PLANNER)
    assert first in {d["id"] for d in cli_json(shipped_server, "review", *PLANNER)}


def test_editing_a_draft_checks_every_value(shipped_server: Server) -> None:
    text = b"Defence officials of 20 countries met in Rome on 5 January 2026, the ministry said."
    article = {"text": text.decode(), "name": "rome.txt", "published": "2026-01-06"}
    with shipped_server.client("planner") as planner:
        made = planner.post("/ingest", json=article).json()
        meeting = next(
            d
            for d in planner.get("/review", params={"source": made["source"]}).json()["data"]
            if d["type"] == "meeting"
        )
        bad = planner.patch(f"/review/{meeting['id']}", json={"set": {"countries_count": "x"}})
        assert bad.status_code in (400, 422)
        unchanged = planner.get("/review", params={"source": made["source"]}).json()["data"]
        assert meeting in unchanged
        good = planner.patch(
            f"/review/{meeting['id']}", json={"set": {"place": "Kyiv", "format": "in_person"}}
        )
        assert good.status_code == 200, good.text
        assert good.json()["payload"]["place"] == "Kyiv"
        accepted = planner.post("/review/accept", json={"drafts": [meeting["id"]]})
        assert accepted.status_code == 200, accepted.text
        assert accepted.json()["data"][0]["status"] in ("accepted", "linked")
        missing = planner.patch("/review/no-such-draft", json={"set": {"place": "Rome"}})
        assert missing.status_code == 404
