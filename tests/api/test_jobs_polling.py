"""A server on SQLite, clients polling a Monte Carlo job while a large import writes: every
answer is a success. Prints what the clients saw, for a failing run's log."""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from tests.api.conftest import seed, start_server, stop_server

from willing.services.registry import read_source


def big_import(pledges_times: int) -> bytes:
    from willing.interchange.documents import dataset_to_document

    doc = dataset_to_document(read_source("cotw-ukraine-2026"))
    extra = []
    for i in range(pledges_times):
        for p in doc["pledges"]:
            extra.append({**p, "id": f"{p['id']}-x{i}"})
    doc["pledges"] = doc["pledges"] + extra
    return json.dumps(doc, default=str).encode()


@pytest.mark.slow
def test_polling_during_a_large_import_on_sqlite(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'willing.db'}"
    tokens = seed(url, read_source("cotw-ukraine-2026"))
    server = start_server(url, tmp_path / "server.log")
    server.tokens = tokens
    body = big_import(40)
    seen: Counter[str] = Counter()
    slowest = [0.0]
    stop = threading.Event()
    try:
        with server.client("planner") as planner:
            made = planner.post("/jobs", json={"kind": "montecarlo", "params": {"draws": 20000}})
            assert made.status_code == 202, made.text
            job = made.json()["id"]

        def poll() -> None:
            with server.client("planner") as client:
                while not stop.is_set():
                    t0 = time.monotonic()
                    got = client.get(f"/jobs/{job}")
                    slowest[0] = max(slowest[0], time.monotonic() - t0)
                    seen[
                        f"{got.status_code} {got.text[:80] if got.status_code != 200 else ''}"
                    ] += 1
                    time.sleep(0.05)

        pollers = [threading.Thread(target=poll) for _ in range(6)]
        for t in pollers:
            t.start()
        time.sleep(1)
        with server.client("admin") as admin:
            t0 = time.monotonic()
            imp = admin.post(
                "/import",
                params={"format": "json", "replace": "true"},
                content=body,
                headers={"content-type": "application/json"},
            )
            print(
                "import accepted", imp.status_code, f"{time.monotonic() - t0:.1f}s", imp.text[:200]
            )
            if imp.status_code == 202:
                ref = imp.json()["id"]
                while True:
                    state = admin.get(f"/jobs/{ref}").json()
                    if state.get("state") not in ("queued", "running"):
                        print("import ended", f"{time.monotonic() - t0:.1f}s", state)
                        break
                    time.sleep(0.5)
        time.sleep(2)
        stop.set()
        for t in pollers:
            t.join()
        with server.client("planner") as planner:
            print("montecarlo", planner.get(f"/jobs/{job}").json())
    finally:
        stop.set()
        stop_server(server)
    print("poll answers", dict(seen), f"slowest {slowest[0]:.1f}s")
    log = (tmp_path / "server.log").read_text()
    print("\n".join(line for line in log.splitlines() if "GET /api" not in line)[-6000:])
    assert set(seen) == {"200 "}, dict(seen)
