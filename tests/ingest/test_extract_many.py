"""A batch extracted by worker processes gives what extracting one by one gives, in order."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from willing.ingest import extract_many
from willing.ingest.errors import IngestError
from willing.ingest.extract_many import Job, extract_all

GOLD = Path(__file__).parent / "gold"
DAY = dt.date(2026, 1, 7)


@pytest.fixture
def jobs() -> list[Job]:
    return [(p.name, p.read_bytes(), DAY) for p in sorted(GOLD.glob("*.txt"))[:40]]


@pytest.fixture
def two_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers for any batch of two or more articles, on two cores."""
    monkeypatch.setattr(extract_many, "usable_cpus", lambda: 2)
    monkeypatch.setattr(extract_many, "PER_WORKER", 1)
    monkeypatch.setattr(extract_many, "CHUNK", 3)


def test_batches_this_size_use_one_process_unless_told() -> None:
    assert extract_many.workers_for(10) == 1
    assert extract_many.workers_for(10_000) == min(extract_many.usable_cpus(), 10_000 // 48)


@pytest.mark.usefixtures("two_workers")
def test_workers_give_the_same_extractions_in_the_same_order(jobs: list[Job]) -> None:
    assert extract_many.workers_for(len(jobs)) == 2
    seen: list[str] = []
    together = extract_all(jobs, seen.append)
    alone = [extract_many._extract(job) for job in jobs]
    assert together == alone
    assert seen == [name for name, _, _ in jobs]


@pytest.mark.usefixtures("two_workers")
def test_the_first_unreadable_article_stops_the_batch(jobs: list[Job]) -> None:
    bad = [*jobs[:7], ("scan.pdf", b"%PDF-1.7\x00\x01\x02" * 40, DAY), *jobs[7:]]
    bad.insert(20, ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00" * 40, DAY))
    seen: list[str] = []
    with pytest.raises(IngestError) as raised:
        extract_all(bad, seen.append)
    with pytest.raises(IngestError) as alone:
        extract_many._extract(bad[7])
    assert str(raised.value) == str(alone.value)
    assert "scan.pdf" in str(raised.value)
    assert seen == [name for name, _, _ in bad[:7]]
