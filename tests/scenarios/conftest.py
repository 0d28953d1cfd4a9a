"""Fixtures for scenario tests: a hand-built coalition with known answers, in real SQLite.

`ceasefire_coalition`: line R-1 needs 3 infantry battalions in Kyiv (1 deployed x rotation
3). Only France's two battalions can go there, and only after a ceasefire; Poland's serves
in Poland only; the fighter pledges (one national to France, one to the US and France, the
latter only with a US backstop) have no line to fill.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from willing.domain.catalog import Dataset
from willing.interchange.documents import document_to_dataset
from willing.services.access import Registry, Viewer
from willing.storage.store import Store

NATIONAL_FRA = {"classification": "NATIONAL", "owner": "FRA", "releasable_to": ["FRA"]}
COALITION = {"classification": "COALITION", "releasable_to": ["COTW"]}

CEASEFIRE: dict[str, Any] = {
    "willing": 1,
    "dataset": "ceasefire_coalition",
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
        },
        {"id": "USA", "name": "United States", "party_kind": "state", "role": "partner"},
    ],
    "capabilities": [
        {"id": "inf-bn", "name": "Infantry battalion", "domain": "land", "unit": "battalion"},
        {"id": "ftr-sqn", "name": "Fighter squadron", "domain": "air", "unit": "squadron"},
    ],
    "locations": [
        {"id": "UKR", "name": "Ukraine", "country": "UKR"},
        {"id": "UKR-KYIV", "name": "Kyiv", "country": "UKR", "parent": "UKR"},
        {"id": "POL", "name": "Poland", "country": "POL"},
    ],
    "phases": [{"id": "entry", "name": "Entry", "order": 1, "deadline_days": 30}],
    "conditions": [
        {"id": "ceasefire", "name": "Ceasefire", "probability": 0.4},
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
        },
        {
            "id": "P-FRA-2",
            "party": "FRA",
            "capability": "ftr-sqn",
            "quantity": 1,
            "layers": ["reassure"],
            "label": NATIONAL_FRA,
        },
        {
            "id": "P-POL-1",
            "party": "POL",
            "capability": "inf-bn",
            "quantity": 1,
            "layers": ["support"],
            "locations": ["POL"],
            "label": COALITION,
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
def ceasefire_coalition() -> Dataset:
    """The hand-built coalition described above."""
    return document_to_dataset(CEASEFIRE, "ceasefire_coalition")


@pytest.fixture
def small_store(ceasefire_coalition: Dataset, sqlite_url: str) -> Iterator[Store]:
    """The ceasefire coalition loaded into a fresh SQLite database."""
    store = Store.open(sqlite_url)
    store.write(ceasefire_coalition, actor="test")
    yield store
    store.close()


@pytest.fixture
def admin(small_store: Store) -> Registry:
    """The administrator's view of the ceasefire coalition."""
    return Registry(small_store, Viewer.admin())
