"""Fixtures for ingestion tests: the gold folder and the two seed articles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from willing.ingest import Extraction, extract

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
