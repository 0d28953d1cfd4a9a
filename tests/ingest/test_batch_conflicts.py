"""A batch raises exactly the conflicts its articles raise when ingested one at a time.

A batch reads what it compares with once and adds each article's drafts as it stores
them (`ingest/compared.py`); these tests hold it to reading the tables for each article.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from willing.ingest import conflicts as conflict_service
from willing.ingest.queue import ingest, ingest_many
from willing.services.access import Registry, Role, Viewer
from willing.storage.schema import TABLES
from willing.storage.store import Store

HERE = Path(__file__).parent
CORPUS = sorted((HERE / "gold").glob("*.txt")) + sorted((HERE / "heldout").glob("*.txt"))


def _published(path: Path) -> dt.date | None:
    gold = yaml.safe_load(path.with_suffix(".yaml").read_text(encoding="utf-8"))
    value = gold.get("published")
    return value if isinstance(value, dt.date) else None


@pytest.fixture
def two(loaded_db: Path, tmp_path: Path) -> Iterator[tuple[Registry, Registry]]:
    """Two administrators' registries over separate copies of the shipped data set."""
    stores = []
    for name in ("a.db", "b.db"):
        shutil.copy(loaded_db, tmp_path / name)
        stores.append(Store.open(f"sqlite:///{tmp_path / name}"))
    yield Registry(stores[0], Viewer.admin()), Registry(stores[1], Viewer.admin())
    for store in stores:
        store.close()


def _stored(registry: Registry) -> list[tuple[Any, ...]]:
    return sorted(
        (c.id, c.subject_kind, c.subject_id, c.field, repr(c.claims))
        for c in conflict_service.listing(registry, None)
    )


def test_a_batch_raises_what_one_article_at_a_time_raises(
    two: tuple[Registry, Registry],
) -> None:
    batch, single = two
    files = [(p.name, p.read_bytes()) for p in CORPUS]
    dates = [_published(p) for p in CORPUS]
    together = ingest_many(batch, files, dates=dates)
    alone = [
        ingest(single, data, name=name, published=day)
        for (name, data), day in zip(files, dates, strict=True)
    ]
    assert [sorted(r.conflicts) for r in together] == [sorted(r.conflicts) for r in alone]
    assert _stored(batch) == _stored(single)
    kinds = Counter(c[1] for c in _stored(batch))
    # the corpus disagrees with itself and with the data set: each kind is exercised
    assert kinds["drafts"] >= 5, kinds
    assert kinds["meetings"] >= 5, kinds


PARIS = (
    "PARIS, 4 September 2025 — Leaders of {n} countries met in Paris on 4 September 2025 "
    "in person, the Élysée said. Report {k}."
)


def test_a_batch_compares_with_its_own_earlier_articles(registry: Registry) -> None:
    counts = (26, 31, 40, 31)
    files = [(f"{k}.txt", PARIS.format(n=n, k=k).encode()) for k, n in enumerate(counts)]
    results = ingest_many(registry, files, published=dt.date(2025, 9, 4))
    # each article disagrees with every earlier one that gives another count of countries
    raised = [
        sum(c.subject_kind == "drafts" for c in _raised(registry, r.conflicts)) for r in results
    ]
    assert raised == [0, 1, 2, 2]


def _raised(registry: Registry, ids: list[str]) -> list[conflict_service.Conflict]:
    wanted = set(ids)
    return [c for c in conflict_service.listing(registry, None) if c.id in wanted]


def test_a_batch_does_not_compare_with_a_hidden_sources_drafts(registry: Registry) -> None:
    first = ingest(
        registry, PARIS.format(n=26, k=0).encode(), name="a.txt", published=dt.date(2025, 9, 4)
    )
    sources = TABLES["sources"]
    with registry.store.transaction() as conn:
        conn.execute(
            sources.update()
            .where(sources.c.id == first.source)
            .values(label_classification="NATIONAL", label_owner="FRA")
        )
    planner = Registry(registry.store, Viewer("POL", Role.PLANNER))
    files = [(f"{k}.txt", PARIS.format(n=n, k=k).encode()) for k, n in ((1, 31), (2, 40))]
    results = ingest_many(planner, files, published=dt.date(2025, 9, 4))
    subjects = [
        [c.subject_id for c in _raised(registry, r.conflicts) if c.subject_kind == "drafts"]
        for r in results
    ]
    # the second article disagrees with the first of the batch, never with the hidden one
    assert subjects[0] == []
    assert len(subjects[1]) == 1
    assert subjects[1][0].startswith(results[0].source)
