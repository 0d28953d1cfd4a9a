"""Named, hand-built burden-sharing data with known answers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from willing.domain.catalog import Dataset
from willing.domain.enums import Layer, PartyKind, PartyRole, PledgeStatus
from willing.domain.forces import StatusChange
from willing.domain.parties import Party
from willing.domain.records import Record
from willing.storage.store import Store

from .builders import CAPABILITIES, SOURCES, indicator, party, pledge


@pytest.fixture
def fair_share_coalition() -> Dataset:
    """Four members and a beneficiary; the answers are worked out in test_report.py."""
    parties = [party(c) for c in ("AAA", "BBB", "CCC", "DDD")]
    parties.append(party("UKR", PartyRole.BENEFICIARY))
    parties.append(  # an organisation member: no GDP of its own, not a row unless it pledges
        Party(id="ORG", name="Org", party_kind=PartyKind.ORGANISATION, role=PartyRole.MEMBER)
    )
    pledges = [
        pledge(
            "P1",
            "AAA",
            "fund",
            60,
            layers=[Layer.REGENERATE],
            status=PledgeStatus.DELIVERED,
            history=[
                StatusChange(status=PledgeStatus.COMMITTED, date=dt.date(2025, 3, 2)),
                StatusChange(status=PledgeStatus.DELIVERED, date=dt.date(2025, 9, 4)),
            ],
        ),
        pledge("P2", "AAA", "bn", 1, status=PledgeStatus.COMMITTED),
        pledge(
            "P3",
            "BBB",
            "ship",
            2,
            value_eur=120,
            layers=[Layer.REASSURE, Layer.SUPPORT],
            status=PledgeStatus.ALLOCATED,
        ),
        pledge("P4", "CCC", "bn", 0.5, status=PledgeStatus.COMMITTED),
        pledge("P5", "CCC", "fund", 40, status=PledgeStatus.WITHDRAWN),
        pledge("P6", "BBB", "fund", 20, layers=[Layer.REGENERATE]),
        pledge("P7", "CCC", "ship", 1),
    ]
    indicators = [
        indicator("AAA", "gdp_eur", 1000),
        indicator("AAA", "gdp_eur", 900, year=2023),
        indicator("BBB", "gdp_eur", 3000),
        indicator("CCC", "gdp_eur", None),
        indicator("DDD", "gdp_eur", 1000),
        indicator("AAA", "defence_spending_eur", 100),
        indicator("BBB", "defence_spending_eur", None),
    ]
    records: dict[str, list[Record]] = {
        "sources": list(SOURCES),
        "parties": list(parties),
        "capabilities": list(CAPABILITIES),
        "pledges": list(pledges),
        "indicators": list(indicators),
    }
    return Dataset(name="fair-share-coalition", records=records)


@pytest.fixture
def fresh_store(tmp_path: Path) -> Iterator[Store]:
    """A migrated SQLite store in a temporary folder, closed after the test."""
    store = Store.open(f"sqlite:///{tmp_path / 'willing.db'}")
    yield store
    store.close()
