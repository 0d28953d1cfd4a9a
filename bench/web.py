"""The web pages: server time per page and time to first render in Chromium.

    python bench/web.py                 # 50 requests per page, 5 renders per page
    python bench/web.py --requests 20 --renders 3

The shipped data set is loaded into a fresh SQLite database with a planner (COTW) and a
liaison officer (POL); a real `willing serve` process is started on a loopback port. For
each page and user, the page is requested `--requests` times in a row over one signed-in
session; the server's own time per request (its `Server-Timing` header) gives the median
and p95, printed with their ratio to the target (150 ms at p95). The first request of each
page (which solves the plan for that reader and revision) is reported apart. The baseline
is the API's answer for the same figures measured in the same run (`GET /api/v1/status`,
`POST /api/v1/plan`, `GET /api/v1/records/pledges`): the ratio says what the page adds.
First render is the first contentful paint of a fresh page load in the system's
Chromium, median of `--renders` loads, against the 1 s target.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from willing.services import accounts
from willing.services.access import Role, Viewer
from willing.services.registry import read_source
from willing.storage.store import Store

PASSWORD = "bench passphrase for the web"
USERS = {"planner": ("COTW", Role.PLANNER), "pol": ("POL", Role.LIAISON)}
PAGES = (
    "/",
    "/plan",
    "/plan?c.us-backstop=met",
    "/map",
    "/records/pledges",
    "/records/pledges/P-POL-fighter-1",
    "/records/pledges/P-POL-fighter-1/edit",
    "/diplomacy",
    "/burden",
    "/review",
    "/account",
)
API = {
    "/": ("GET", "/api/v1/status", None),
    "/plan": ("POST", "/api/v1/plan", {"store": False}),
    "/records/pledges": ("GET", "/api/v1/records/pledges", None),
}
#: The first contentful paint of the current document, waiting for it when not yet recorded.
FCP = """() => new Promise(done => {
  const seen = performance.getEntriesByName('first-contentful-paint')[0];
  if (seen) { done(seen.startTime); return; }
  new PerformanceObserver(list => done(list.getEntries()[0].startTime))
    .observe({type: 'paint', buffered: true});
  setTimeout(() => done(null), 5000);
})"""
TARGET_MS = 150.0
RENDER_TARGET_MS = 1000.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def prepare(url: str) -> dict[str, str]:
    """Load the shipped data set and the users; return a token per user (for the API)."""
    store = Store.open(url)
    store.write(read_source("cotw-ukraine-2026"), actor="bench")
    tokens = {}
    for name, (party, role) in USERS.items():
        accounts.add_user(store, Viewer.admin(), name, party=party, roles=[role], password=PASSWORD)
        tokens[name] = accounts.create_token(
            store, Viewer.admin(), name, expires=dt.timedelta(hours=2)
        ).secret
    store.close()
    return tokens


def start(url: str, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "WILLING_LOGIN_ATTEMPTS": "100"}
    env.pop("WILLING_DATABASE_URL", None)
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "willing.cli.main", "serve", "--port", str(port), "--db", url],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(f"{base}/signin", timeout=2).status_code == 200:
                return process, base
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit(f"the server did not start:\n{log.read_text()}")


def signed_in(base: str, user: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=120)
    form = client.get("/signin").text
    token = re.search(r'name="csrf" value="([^"]+)"', form)
    assert token is not None
    done = client.post(
        "/signin", data={"username": user, "password": PASSWORD, "csrf": token.group(1)}
    )
    assert done.status_code in (200, 303), done.text[:300]
    return client


def server_ms(response: httpx.Response) -> float:
    found = re.search(r"app;dur=([0-9.]+)", response.headers.get("server-timing", ""))
    return float(found.group(1)) if found else float("nan")


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def time_pages(base: str, tokens: dict[str, str], requests: int) -> None:
    print(
        f"\nServer time per page, {requests} requests each (ms; ratio = p95 / {TARGET_MS:.0f} ms)"
    )
    print(
        f"{'user':8} {'page':42} {'first':>8} {'median':>8} {'p95':>8} {'ratio':>6} "
        f"{'API med':>8} {'page/API':>8}"
    )
    worst = 0.0
    for user in USERS:
        client = signed_in(base, user)
        api = httpx.Client(
            base_url=base, headers={"Authorization": f"Bearer {tokens[user]}"}, timeout=120
        )
        for path in PAGES:
            first = client.get(path)
            assert first.status_code == 200, (path, first.status_code)
            times = [server_ms(client.get(path)) for _ in range(requests)]
            med, high = statistics.median(times), p95(times)
            worst = max(worst, high)
            api_med = ""
            ratio_api = ""
            if path in API:
                method, target, body = API[path]
                api_times = [
                    server_ms(api.request(method, target, json=body)) for _ in range(requests)
                ]
                api_median = statistics.median(api_times)
                api_med = f"{api_median:8.1f}"
                ratio_api = f"{med / api_median:8.2f}" if api_median else ""
            print(
                f"{user:8} {path:42} {server_ms(first):8.1f} {med:8.1f} {high:8.1f} "
                f"{high / TARGET_MS:6.2f} {api_med:>8} {ratio_api:>8}"
            )
        client.close()
        api.close()
    print(f"worst p95 over every page: {worst:.1f} ms ({worst / TARGET_MS:.2f} of the target)")


def time_renders(base: str, renders: int) -> None:
    from playwright.sync_api import sync_playwright

    chromium = os.environ.get("WILLING_CHROMIUM") or shutil.which("chromium")
    if chromium is None:
        print("\nno chromium on this machine: first-render times skipped")
        return
    print(f"\nFirst contentful paint in Chromium, median of {renders} loads (ms; ratio to 1 s)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        context = browser.new_context(viewport={"width": 1366, "height": 768})
        page = context.new_page()
        page.goto(f"{base}/signin")
        page.get_by_label("User name").fill("planner")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_load_state("networkidle")
        for path in PAGES:
            paints = []
            for _ in range(renders):
                page.goto(f"{base}{path}")
                page.wait_for_load_state("load")
                paint = page.evaluate(FCP)
                paints.append(float(paint) if paint is not None else float("nan"))
            med = statistics.median(paints)
            print(f"{path:42} {med:8.1f} {med / RENDER_TARGET_MS:6.2f}")
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--renders", type=int, default=5)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="willing-bench-web-"))
    os.environ.setdefault("WILLING_AUDIT_KEYS", str(tmp / "keys"))
    url = f"sqlite:///{tmp / 'willing.db'}"
    tokens = prepare(url)
    process, base = start(url, tmp / "server.log")
    try:
        time_pages(base, tokens, args.requests)
        time_renders(base, args.renders)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
