"""A real `willing serve` process over the shipped data set, and a real Chromium (the
system's `chromium`, driven by Playwright) whose every request off the loopback fails the
test. Screenshots go to `build/screenshots/` (kept out of the repository)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from tests.api.conftest import PASSWORD, Server, seed, start_server, stop_server

from willing.services.registry import read_source

ROOT = Path(__file__).resolve().parents[2]
SHOTS = Path(os.environ.get("WILLING_SCREENSHOTS", ROOT / "build" / "screenshots"))
AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
DESKTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def chromium_path() -> str:
    found = os.environ.get("WILLING_CHROMIUM") or shutil.which("chromium")
    if not found:
        raise AssertionError(
            "no chromium on this machine: `./tasks test` installs the system package"
        )
    return found


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server over the shipped data set with one user per role (see tests/api)."""
    tmp = tmp_path_factory.mktemp("web")
    url = f"sqlite:///{tmp / 'willing.db'}"
    tokens = seed(url, read_source("cotw-ukraine-2026"))
    server = start_server(url, tmp / "server.log", WILLING_LOGIN_ATTEMPTS="50")
    server.tokens = tokens
    try:
        yield server
    finally:
        stop_server(server)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(
            executable_path=chromium_path(), args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            yield launched
        finally:
            launched.close()


@dataclass
class Session:
    """A browser context for one user: the page, and what the browser did wrong."""

    server: Server
    page: Any
    outside: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)

    def go(self, path: str) -> Any:
        response = self.page.goto(self.server.base + path)
        self.page.wait_for_load_state("networkidle")
        return response

    def sign_in(self, user: str, password: str = PASSWORD) -> None:
        self.go("/signin")
        self.page.get_by_label("User name").fill(user)
        self.page.get_by_label("Password").fill(password)
        self.page.get_by_role("button", name="Sign in").click()
        self.page.wait_for_load_state("networkidle")

    def axe(self) -> list[dict[str, Any]]:
        """Serious and critical accessibility violations of the current page (axe-core)."""
        self.page.evaluate(AXE.read_text(encoding="utf-8"))
        result = self.page.evaluate(
            "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        )
        return [
            {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in result
            if v["impact"] in ("serious", "critical")
        ]

    def shoot(self, name: str) -> None:
        """Screenshots of the page at the desktop and the phone width."""
        SHOTS.mkdir(parents=True, exist_ok=True)
        for label, size in (("desktop", DESKTOP), ("phone", PHONE)):
            self.page.set_viewport_size(size)
            self.page.screenshot(path=str(SHOTS / f"{name}-{label}.png"), full_page=True)
        self.page.set_viewport_size(DESKTOP)


@pytest.fixture
def session_for(browser: Any, web: Server) -> Iterator[Any]:
    """Open browser contexts as needed; at the end, fail on any request off the loopback
    or any script error (a CSP refusal shows as one)."""
    opened: list[tuple[Any, Session]] = []

    def make() -> Session:
        context = browser.new_context(viewport=DESKTOP, accept_downloads=True)
        page = context.new_page()
        session = Session(web, page)

        def guard(route: Any) -> None:
            host = urlsplit(route.request.url).hostname or ""
            if route.request.url.startswith(("data:", "blob:")) or host in LOOPBACK:
                route.continue_()
            else:
                session.outside.append(route.request.url)
                route.abort()

        context.route("**/*", guard)
        page.on(
            "console",
            lambda m: session.console_errors.append(m.text) if m.type == "error" else None,
        )
        page.on("pageerror", lambda e: session.console_errors.append(str(e)))
        opened.append((context, session))
        return session

    yield make
    for context, session in opened:
        context.close()
        assert session.outside == [], f"requests off the loopback: {session.outside}"
        refused = [e for e in session.console_errors if "Content Security Policy" in e]
        assert refused == [], f"the page broke its content security policy: {refused}"
