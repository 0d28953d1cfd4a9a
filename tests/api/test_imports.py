"""`POST /import` over real HTTP: a data set imported as a job, as `willing load` does it;
refused to non-administrators; and a server killed with SIGKILL in the middle of a large
import leaves the registry exactly as it was (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from willing.interchange.files import render
from willing.services.access import Registry, Viewer
from willing.services.registry import read_source
from willing.sourcing.synthetic import generate, to_dataset
from willing.storage.store import Store

from .conftest import BACKENDS, Server, module_database, seed, start_server, stop_server
from .test_jobs import poll

SHIPPED = "cotw-ukraine-2026"


def _state(url: str) -> tuple[int, dict[str, int]]:
    store = Store.open(url, migrate=False)
    try:
        counts = {k: v for k, v in Registry(store, Viewer.admin()).dataset().counts().items() if v}
        return store.revision(), counts
    finally:
        store.close()


def _verify(url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "willing.cli.main", "audit", "--verify", "--db", url],
        capture_output=True,
        text=True,
    )


@pytest.fixture(params=BACKENDS)
def fresh(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Server]:
    """A server of its own (it may be killed) over the shipped data set; uploads up to
    10 MB."""
    url = module_database(request, tmp_path)
    tokens = seed(url, read_source(SHIPPED))
    server = start_server(url, tmp_path / "server.log", WILLING_MAX_IMPORT=str(10_000_000))
    server.tokens = tokens
    try:
        yield server
    finally:
        if server.process.poll() is None:
            stop_server(server)


def _post(client: httpx.Client, body: bytes, fmt: str = "json", **query: Any) -> httpx.Response:
    media = "application/json" if fmt == "json" else "application/yaml"
    return client.post(
        "/import",
        params={"format": fmt, **query},
        content=body,
        headers={"Content-Type": media},
    )


def test_an_import_job_gives_what_load_gives(small_server: Server, tmp_path: Path) -> None:
    export = tmp_path / "shipped.yaml"
    export.write_text(next(iter(render(read_source(SHIPPED), "yaml").values())), encoding="utf-8")
    before, _ = _state(small_server.db)
    with small_server.client("admin") as admin:
        answer = _post(admin, export.read_bytes(), "yaml", name="shipped", replace="true")
        assert answer.status_code == 202, answer.text
        job = answer.headers["Location"].removeprefix("/api/v1")
        states = poll(admin, job)
        assert states[-1]["state"] == "done", states[-1]
        result = admin.get(f"{job}/result").json()
    cli = subprocess.run(
        [sys.executable, "-m", "willing.cli.main", "load", str(export), "--json", "--db",
         f"sqlite:///{tmp_path / 'cli.db'}"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    expected = json.loads(cli.stdout)
    assert result["counts"] == expected["counts"]
    assert result["revision"] > before
    revision, counts = _state(small_server.db)
    assert (revision, counts) == (result["revision"], expected["counts"])


def test_a_liaison_may_not_import_and_leaves_nothing(small_server: Server) -> None:
    before = _state(small_server.db)
    with small_server.client("pol") as pol:
        answer = _post(pol, b'{"parties": []}')
    assert answer.status_code == 403, answer.text
    assert _state(small_server.db) == before


def test_a_bad_data_set_fails_its_job_naming_the_upload_and_writes_nothing(
    small_server: Server,
) -> None:
    before = _state(small_server.db)
    body = b'{"parties": [{"id": "AAA", "name": "A", "party_kind": "state", "role": "chief"}]}'
    with small_server.client("admin") as admin:
        answer = _post(admin, body, name="broken")
        assert answer.status_code == 202, answer.text
        states = poll(admin, answer.headers["Location"].removeprefix("/api/v1"))
    assert states[-1]["state"] == "failed"
    assert "broken" in states[-1]["error"]
    assert "willing-import-" not in states[-1]["error"]  # no server path
    assert "role" in states[-1]["error"]
    assert _state(small_server.db) == before


def test_a_body_over_the_import_limit_is_refused(fresh: Server) -> None:
    with fresh.client("admin") as admin:
        over = _post(admin, b" " * 10_000_001)
        under_other = admin.post("/ingest", content=b" " * 2_000_000)
    assert over.status_code == 413
    assert under_other.status_code == 413  # other paths keep the 1 MiB limit


def test_kill_9_during_a_large_import_leaves_nothing_half_written(
    fresh: Server, tmp_path: Path
) -> None:
    big = to_dataset(generate(20_000, 2_000, 1), "big")
    body = next(iter(render(big, "json").values())).encode()
    assert len(body) < 10_000_000
    before = _state(fresh.db)
    with fresh.client("admin") as admin:
        answer = _post(admin, body, name="big", replace="true")
        assert answer.status_code == 202, answer.text
        job = answer.headers["Location"].removeprefix("/api/v1")
        deadline = time.monotonic() + 300
        while True:
            state = admin.get(job).json()
            assert state["state"] in ("queued", "running"), state
            if state["message"].startswith("writing"):
                break
            assert time.monotonic() < deadline, state
            time.sleep(0.02)
    time.sleep(0.3)  # well inside the write of 22,000 records
    fresh.process.kill()
    fresh.process.wait()
    after = _state(fresh.db)
    assert after == before, "the registry changed although the import was killed"
    verified = _verify(fresh.db)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    # the same upload lands whole on a restarted server: the kill is what stopped it
    again = start_server(fresh.db, tmp_path / "restarted.log")
    again.tokens = fresh.tokens
    try:
        with again.client("admin") as admin:
            answer = _post(admin, body, name="big", replace="true")
            states = poll(admin, answer.headers["Location"].removeprefix("/api/v1"), 300)
        assert states[-1]["state"] == "done", states[-1]
    finally:
        stop_server(again)
    revision, counts = _state(fresh.db)
    assert revision == before[0] + 1
    assert counts["pledges"] == 20_000
