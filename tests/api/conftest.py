"""A real `willing serve` process on a free loopback port, on SQLite and on PostgreSQL.

Each test module gets one server per backend over a database holding a data set and one
user (with a token) per role; tests talk to it over real HTTP with httpx.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from willing.domain.catalog import Dataset
from willing.services import accounts
from willing.services.access import Registry, Role, Viewer
from willing.services.registry import read_source
from willing.storage.store import Store

PASSWORD = "correct horse battery staple"

#: One user per role: (name, party, roles). Liaison officers of two parties, an analyst
#: of a third, a planner of the coalition staff, a public viewer and an administrator.
USERS: dict[str, tuple[str | None, tuple[Role, ...]]] = {
    "admin": (None, (Role.ADMIN,)),
    "planner": ("COTW", (Role.PLANNER,)),
    "pol": ("POL", (Role.LIAISON,)),
    "fra": ("FRA", (Role.LIAISON, Role.ANALYST)),
    "analyst": ("USA", (Role.ANALYST,)),
    "public": (None, (Role.ANALYST,)),
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    """A running server: its base URL, database URL and a token per user."""

    base: str
    db: str
    process: subprocess.Popen[bytes]
    tokens: dict[str, str] = field(default_factory=dict)

    def client(self, user: str | None = None, **headers: str) -> httpx.Client:
        """An HTTP client, signed in as `user` when given."""
        sent = dict(headers)
        if user is not None:
            sent["Authorization"] = f"Bearer {self.tokens[user]}"
        return httpx.Client(base_url=f"{self.base}/api/v1", headers=sent, timeout=60)

    def viewer(self, user: str) -> Viewer:
        party, roles = USERS[user]
        return Viewer(party, roles[0], frozenset(roles), user=user)


def start_server(url: str, log: Path, **env: str) -> Server:
    """Start `willing serve` on `url` and wait until it answers."""
    port = free_port()
    environ = {**os.environ, "WILLING_LOGIN_ATTEMPTS": "3", **env}
    environ.pop("WILLING_DATABASE_URL", None)
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "willing.cli.main", "serve", "--port", str(port), "--db", url],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=environ,
        )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"{base}/api/v1/openapi.json", timeout=2).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise AssertionError(f"the server did not start:\n{log.read_text()}")
        time.sleep(0.2)
    return Server(base, url, process)


def stop_server(server: Server) -> None:
    server.process.send_signal(signal.SIGTERM)
    try:
        server.process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()


def seed(url: str, dataset: Dataset) -> dict[str, str]:
    """Write `dataset` and one user per role; return each user's token."""
    store = Store.open(url)
    try:
        store.write(dataset, actor="test")
        tokens = {}
        for name, (party, roles) in USERS.items():
            accounts.add_user(
                store, Viewer.admin(), name, party=party, roles=list(roles), password=PASSWORD
            )
            created = accounts.create_token(
                store, Viewer.admin(), name, expires=dt.timedelta(days=1)
            )
            tokens[name] = created.secret
        return tokens
    finally:
        store.close()


_counter = iter(range(1, 1_000_000))


def module_database(request: pytest.FixtureRequest, tmp: Path) -> str:
    """A fresh database URL on the backend the test is parametrised with."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp / 'willing.db'}"
    import sqlalchemy as sa

    from willing.storage.engine import normalise

    server: str = request.getfixturevalue("postgres_server")
    admin = sa.create_engine(normalise(server), isolation_level="AUTOCOMMIT")
    name = f"api{os.getpid()}_{next(_counter)}"
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE DATABASE {name}"))
    admin.dispose()
    base, _, query = server.partition("?")
    return f"{base.rsplit('/', 1)[0]}/{name}" + (f"?{query}" if query else "")


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def _serve(
    request: pytest.FixtureRequest,
    factory: pytest.TempPathFactory,
    dataset: Callable[[], Dataset],
) -> Iterator[Server]:
    tmp = factory.mktemp("api")
    url = module_database(request, tmp)
    tokens = seed(url, dataset())
    server = start_server(url, tmp / "server.log")
    server.tokens = tokens
    try:
        yield server
    finally:
        stop_server(server)


@pytest.fixture(scope="module", params=BACKENDS)
def small_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    """A server over the hand-built five-party coalition."""
    from tests.conftest import SMALL

    from willing.interchange.documents import document_to_dataset

    yield from _serve(request, tmp_path_factory, lambda: document_to_dataset(SMALL, "small"))


@pytest.fixture(scope="module", params=BACKENDS)
def shipped_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    """A server over the shipped data set."""
    yield from _serve(request, tmp_path_factory, lambda: read_source("cotw-ukraine-2026"))


def registry_of(server: Server, user: str) -> Registry:
    """The in-process registry the same user would see, on the server's database."""
    return Registry(Store.open(server.db, migrate=False), server.viewer(user))
