"""Fixtures for ingestion tests: the gold folder and the two seed articles."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from willing.ingest import Extraction, extract
from willing.services.access import Registry, Viewer
from willing.services.registry import load
from willing.storage.store import Store

GOLD = Path(__file__).parent / "gold"


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    """The hand-annotated articles."""
    return GOLD


@pytest.fixture(scope="session")
def seed_september() -> Extraction:
    """The September 2025 seed, published on Tuesday 2 September 2025."""
    return extract((GOLD / "seed-000.txt").read_bytes(), published=dt.date(2025, 9, 2))


@pytest.fixture(scope="session")
def seed_january() -> Extraction:
    """The January 2026 seed, published on Wednesday 7 January 2026."""
    return extract((GOLD / "seed-003.txt").read_bytes(), published=dt.date(2026, 1, 7))


@pytest.fixture(scope="session")
def loaded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file holding the shipped data set, made once and copied for each test."""
    path = tmp_path_factory.mktemp("ingest") / "template.db"
    store = Store.open(f"sqlite:///{path}")
    load(store, Registry(store, Viewer.admin()), "cotw-ukraine-2026")
    store.close()
    return path


@pytest.fixture
def registry(loaded_db: Path, tmp_path: Path) -> Iterator[Registry]:
    """An administrator's registry over a fresh copy of the shipped data set."""
    path = tmp_path / "willing.db"
    shutil.copy(loaded_db, path)
    store = Store.open(f"sqlite:///{path}")
    yield Registry(store, Viewer.admin())
    store.close()
