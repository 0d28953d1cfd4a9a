"""Jobs over real HTTP: a Monte Carlo job runs to completion with its progress rising and
gives what `willing montecarlo --json` prints for the same viewer and seed; a job can be
cancelled; another user's job answers exactly as a missing one; the per-user limit; two
server processes on one database answer for each other's jobs."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from tests.api.conftest import (
    BACKENDS,
    Server,
    module_database,
    seed,
    start_server,
    stop_server,
)
from tests.api.test_same_as_cli import AS, cli_json


def poll(client: httpx.Client, url: str, timeout: float = 120) -> list[dict[str, Any]]:
    """Every state of a job seen until it finishes."""
    seen: list[dict[str, Any]] = []
    deadline = time.monotonic() + timeout
    while True:
        got = client.get(url)
        assert got.status_code == 200, got.text
        seen.append(got.json())
        if seen[-1]["state"] not in ("queued", "running"):
            return seen
        assert time.monotonic() < deadline, seen[-1]
        time.sleep(0.02)


def submit(client: httpx.Client, kind: str, **params: Any) -> httpx.Response:
    return client.post("/jobs", json={"kind": kind, "params": params})


@pytest.mark.parametrize("user", sorted(AS))
def test_a_montecarlo_job_runs_with_rising_progress_and_equals_the_cli(
    shipped_server: Server, user: str
) -> None:
    with shipped_server.client(user) as client:
        made = submit(client, "montecarlo", draws=3000, seed=11)
        assert made.status_code == 202, made.text
        job = made.json()
        assert made.headers["location"] == f"/api/v1/jobs/{job['id']}"
        assert job["state"] in ("queued", "running")
        assert job["kind"] == "montecarlo"
        seen = [job, *poll(client, made.headers["location"].removeprefix("/api/v1"))]
        result = client.get(f"/jobs/{job['id']}/result")
    final = seen[-1]
    assert final["state"] == "done", final
    assert final["progress"] == 1.0
    assert final["error"] is None
    progress = [s["progress"] for s in seen]
    assert progress == sorted(progress)
    assert progress[0] < 0.05
    assert result.status_code == 200, result.text
    expected = cli_json(
        shipped_server, "montecarlo", "--no-store", "--draws", "3000", "--seed", "11", *AS[user]
    )
    assert result.json() == expected


def test_progress_is_reported_while_solving(shipped_server: Server) -> None:
    with shipped_server.client("planner") as client:
        made = submit(client, "criticality", scenario="baseline")
        assert made.status_code == 202, made.text
        seen = poll(client, f"/jobs/{made.json()['id']}")
    assert seen[-1]["state"] == "done"
    middle = [s for s in seen if 0.0 < s["progress"] < 1.0]
    assert middle, "no progress was reported between start and end"
    assert any(s["message"].startswith("solved ") for s in middle)
    assert [s["progress"] for s in seen] == sorted(s["progress"] for s in seen)


def test_a_job_can_be_cancelled(small_server: Server) -> None:
    with small_server.client("pol") as client:
        made = submit(client, "sensitivity", condition="ceasefire", draws=20_000, steps=10)
        assert made.status_code == 202, made.text
        url = f"/jobs/{made.json()['id']}"
        cancelled = client.delete(url)
        assert cancelled.status_code == 200, cancelled.text
        assert cancelled.json()["state"] in ("queued", "running", "cancelled")
        final = poll(client, url)[-1]
        assert final["state"] == "cancelled"
        assert final["progress"] < 1.0
        result = client.get(f"{url}/result")
    assert result.status_code == 409
    assert result.headers["content-type"] == "application/problem+json"
    assert "cancelled" in result.json()["detail"]


def test_another_users_job_is_exactly_a_missing_one(small_server: Server) -> None:
    with small_server.client("pol") as owner:
        made = submit(owner, "criticality")
        assert made.status_code == 202, made.text
        jid = made.json()["id"]
        poll(owner, f"/jobs/{jid}")
    missing_id = "f" * 32
    for user in ("fra", "admin", "planner"):
        with small_server.client(user) as other:
            for method, suffix in (("GET", ""), ("GET", "/result"), ("DELETE", "")):
                hidden = other.request(method, f"/jobs/{jid}{suffix}")
                missing = other.request(method, f"/jobs/{missing_id}{suffix}")
                assert hidden.status_code == missing.status_code == 404
                assert hidden.headers["content-type"] == missing.headers["content-type"]
                assert hidden.text == missing.text
            assert jid not in {j["id"] for j in other.get("/jobs").json()["data"]}
    with small_server.client("admin", **{"X-Willing-View-As": "POL"}) as viewing:
        assert viewing.get(f"/jobs/{jid}").status_code == 404
    with small_server.client("pol") as owner:
        assert owner.get(f"/jobs/{jid}/result").status_code == 200


def test_the_per_user_limit_answers_429(small_server: Server) -> None:
    made: list[str] = []
    with small_server.client("fra") as client:
        try:
            for _ in range(4):
                got = submit(client, "sensitivity", condition="ceasefire", draws=20_000, steps=10)
                assert got.status_code == 202, got.text
                made.append(got.json()["id"])
            refused = submit(client, "montecarlo", draws=10)
            assert refused.status_code == 429
            assert refused.headers["content-type"] == "application/problem+json"
            assert "4 jobs queued or running" in refused.json()["detail"]
        finally:
            for jid in made:
                client.delete(f"/jobs/{jid}")
        for jid in made:
            assert poll(client, f"/jobs/{jid}")[-1]["state"] == "cancelled"
        assert submit(client, "montecarlo", draws=10).status_code == 202


def test_bad_job_requests_are_refused_and_queue_nothing(small_server: Server) -> None:
    with small_server.client("analyst") as client:
        before = client.get("/jobs").json()["count"]
        for body in (
            {"kind": "plan", "params": {}},
            {"kind": "montecarlo", "params": {"draws": 0}},
            {"kind": "montecarlo", "params": {"scenario": "/etc/passwd.yaml"}},
            {"kind": "montecarlo", "params": {"executor": "dask"}},
            {"kind": "sensitivity", "params": {}},
        ):
            got = client.post("/jobs", json=body)
            assert got.status_code == 422, (body, got.text)
            assert got.json()["problems"]
        assert client.get("/jobs").json()["count"] == before
    assert (
        httpx.post(f"{small_server.base}/api/v1/jobs", json={"kind": "montecarlo"}).status_code
        == 401
    )


@pytest.fixture(scope="module", params=BACKENDS)
def two_servers(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Server, Server]]:
    """Two server processes on one database holding the hand-built coalition: what
    `--workers 2` runs, with each process reachable on its own."""
    from tests.conftest import SMALL

    from willing.interchange.documents import document_to_dataset

    tmp = tmp_path_factory.mktemp("two")
    url = module_database(request, tmp)
    tokens = seed(url, document_to_dataset(SMALL, "small"))
    first = start_server(url, tmp / "first.log")
    second = start_server(url, tmp / "second.log")
    first.tokens = second.tokens = tokens
    try:
        yield first, second
    finally:
        stop_server(first)
        stop_server(second)


def test_a_job_accepted_by_one_process_is_answered_and_cancelled_by_another(
    two_servers: tuple[Server, Server],
) -> None:
    first, second = two_servers
    with first.client("pol") as one, second.client("pol") as other:
        made = submit(one, "montecarlo", draws=2000, seed=5)
        assert made.status_code == 202, made.text
        jid = made.json()["id"]
        seen = poll(other, f"/jobs/{jid}")
        assert seen[-1]["state"] == "done"
        assert [s["progress"] for s in seen] == sorted(s["progress"] for s in seen)
        result = other.get(f"/jobs/{jid}/result")
        assert result.status_code == 200, result.text
        assert result.json() == one.get(f"/jobs/{jid}/result").json()
        assert jid in {j["id"] for j in other.get("/jobs").json()["data"]}

        long = submit(one, "sensitivity", condition="ceasefire", draws=20_000, steps=10)
        assert long.status_code == 202, long.text
        lid = long.json()["id"]
        assert other.delete(f"/jobs/{lid}").status_code == 200
        assert poll(one, f"/jobs/{lid}")[-1]["state"] == "cancelled"
    with second.client("fra") as stranger:
        assert stranger.get(f"/jobs/{jid}").status_code == 404
