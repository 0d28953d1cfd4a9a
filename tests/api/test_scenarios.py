"""Scenarios over real HTTP answer what `willing scenario list|show|compare --json` prints
for the same viewer; a saved scenario is its party's (to another, exactly a missing one);
no scenario file is ever read from a name a client sends."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from tests.api.conftest import Server
from tests.api.test_same_as_cli import AS, cli_json

POL = AS["pol"]


@pytest.mark.parametrize("user", sorted(AS))
def test_scenarios_equal_the_cli(shipped_server: Server, user: str) -> None:
    with shipped_server.client(user) as client:
        listed = client.get("/scenarios")
        shown = client.get("/scenarios/no-backstop")
        compared = client.post(
            "/scenarios/compare", json={"scenarios": ["baseline", "no-backstop", "all-met"]}
        )
    assert listed.status_code == shown.status_code == compared.status_code == 200
    expected = cli_json(shipped_server, "scenario", "list", *AS[user])
    assert listed.json()["data"] == expected
    assert listed.json()["count"] == len(expected)
    assert shown.json() == cli_json(shipped_server, "scenario", "show", "no-backstop", *AS[user])
    assert compared.json() == cli_json(
        shipped_server, "scenario", "compare", "baseline", "no-backstop", "all-met", *AS[user]
    )


def test_a_saved_scenario_is_its_partys_alone(small_server: Server) -> None:
    body = {
        "id": "pol-ceasefire-slips",
        "title": "Ceasefire slips",
        "conditions": {"ceasefire": "failed"},
    }
    with small_server.client("pol") as pol:
        saved = pol.post("/scenarios", json=body)
        assert saved.status_code == 201, saved.text
        assert saved.json()["label"]["owner"] == "POL"
        assert saved.json()["conditions"] == {"ceasefire": "failed"}
        assert "pol-ceasefire-slips" in {s["id"] for s in pol.get("/scenarios").json()["data"]}
        assert pol.get("/scenarios/pol-ceasefire-slips").status_code == 200
        again = pol.post("/scenarios/compare", json={"scenarios": ["baseline", body["id"]]})
        assert again.status_code == 200, again.text
    with small_server.client("fra") as fra:
        hidden = fra.get("/scenarios/pol-ceasefire-slips")
        missing = fra.get("/scenarios/no-such-scenario")
        assert hidden.status_code == missing.status_code == 404
        assert hidden.text == missing.text.replace("no-such-scenario", "pol-ceasefire-slips")
        assert "pol-ceasefire-slips" not in {s["id"] for s in fra.get("/scenarios").json()["data"]}
        refused = fra.post("/scenarios/compare", json={"scenarios": ["baseline", body["id"]]})
        assert refused.status_code == 404


def test_a_bad_scenario_is_refused_and_changes_nothing(small_server: Server) -> None:
    with small_server.client("pol") as pol:
        before = pol.get("/scenarios").json()
        bad = pol.post("/scenarios", json={"id": "x y", "conditions": {"ceasefire": "maybe"}})
        builtin = pol.post("/scenarios", json={"id": "baseline"})
        unknown = pol.post("/scenarios", json={"id": "mine", "conditions": {"no-such": "met"}})
        assert pol.get("/scenarios").json() == before
    assert bad.status_code == builtin.status_code == unknown.status_code == 422
    assert {p["field"] for p in bad.json()["problems"]} >= {"id"}
    assert "built-in" in builtin.json()["problems"][0]["message"]


def test_no_scenario_file_is_read_from_a_name(small_server: Server, tmp_path: Path) -> None:
    planted = tmp_path / "planted.yaml"
    planted.write_text("id: planted\ntitle: Read from the server's disk\n", encoding="utf-8")
    with small_server.client("admin") as admin:
        shown = admin.get(f"/scenarios/{planted}")
        compared = admin.post("/scenarios/compare", json={"scenarios": [str(planted)]})
        job = admin.post("/jobs", json={"kind": "montecarlo", "params": {"scenario": str(planted)}})
    assert shown.status_code == 404
    assert "Read from the server's disk" not in shown.text
    assert compared.status_code == 422
    assert job.status_code == 422


def _same_time(a: str, b: str) -> bool:
    first, second = dt.datetime.fromisoformat(a), dt.datetime.fromisoformat(b)
    return first.replace(tzinfo=None) == second.replace(tzinfo=None)


def test_stored_results_equal_the_cli_and_are_their_runs_alone(small_server: Server) -> None:
    with small_server.client("pol") as pol:
        compared = pol.post(
            "/scenarios/compare", json={"scenarios": ["baseline", "all-met"], "store": True}
        ).json()
        job = pol.post(
            "/jobs", json={"kind": "montecarlo", "params": {"draws": 50, "store": True}}
        ).json()
        while pol.get(f"/jobs/{job['id']}").json()["state"] in ("queued", "running"):
            time.sleep(0.02)
        kept = pol.get(f"/jobs/{job['id']}/result").json()["result"]
        listed = pol.get("/results").json()
        only = pol.get("/results", params={"kind": "montecarlo"}).json()
        one = pol.get(f"/results/{kept}")
    ids = [r["id"] for r in listed["data"]]
    assert {compared["result"], kept} <= set(ids)
    assert {r["kind"] for r in only["data"]} == {"montecarlo"}
    expected = cli_json(small_server, "scenario", "results", *POL)
    assert [r["id"] for r in expected] == ids
    for got, want in zip(listed["data"], expected, strict=True):
        assert _same_time(got.pop("created_at"), want.pop("created_at"))
        assert got == want
    assert one.status_code == 200
    shown = cli_json(small_server, "scenario", "results", kept, *POL)
    body = one.json()
    assert _same_time(body.pop("created_at"), shown.pop("created_at"))
    assert body == shown
    assert body["summary"]["draws"] == 50
    with small_server.client("fra") as fra:
        hidden = fra.get(f"/results/{kept}")
        missing = fra.get("/results/montecarlo-000000000000")
        assert kept not in {r["id"] for r in fra.get("/results").json()["data"]}
    assert hidden.status_code == missing.status_code == 404
    assert hidden.text == missing.text
