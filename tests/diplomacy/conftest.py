"""Named, hand-built diplomatic scenarios with known answers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from willing.domain.catalog import Dataset
from willing.domain.diplomacy import Clause, Document, Issue, Position
from willing.domain.enums import (
    ClauseStatus,
    DocumentKind,
    Domain,
    Level,
    MeetingFormat,
    PartyKind,
    PartyRole,
    Stance,
    Unit,
)
from willing.domain.forces import Capability, Pledge
from willing.domain.labels import Classification, Label
from willing.domain.parties import Party
from willing.domain.records import Record
from willing.storage.store import Store

from .builders import came, meeting, stance

H, M, E = Level.HEAD, Level.MINISTER, Level.ENVOY


@pytest.fixture
def four_summits() -> dict[str, list[Any]]:
    """Four summits; ITA steps down from head to envoy, POL joins at the third."""
    meetings = [
        meeting("M4", dt.date(2026, 1, 6)),
        meeting("M1", dt.date(2025, 3, 2)),
        meeting("M2", dt.date(2025, 4, 10), MeetingFormat.VIRTUAL),
        meeting("M3", dt.date(2025, 9, 4), MeetingFormat.HYBRID),
    ]
    plan = {
        "GBR": [H, H, H, H],
        "FRA": [H, H, H, H],
        "ITA": [H, H, M, E],
        "POL": [None, None, H, H],
        "USA": [None, None, E, None],
    }
    parts = [
        came(f"M{i + 1}", who, level)
        for who, levels in plan.items()
        for i, level in enumerate(levels)
        if level is not None
    ]
    docs = [
        Document(
            id="D-PARIS",
            title="Paris Declaration",
            meeting="M4",
            document_kind=DocumentKind.DECLARATION,
        )
    ]
    pledges = [
        Pledge(
            id="PL-1",
            party="GBR",
            capability="bn",
            quantity=1,
            layers=["reassure"],
            announced_at="M1",
        )
    ]
    return {"meetings": meetings, "participations": parts, "documents": docs, "pledges": pledges}


@pytest.fixture
def three_capitals() -> list[Position]:
    """FRA, USA and UKR on territory (T) and troops (F); USA softens on T before Paris."""
    d1, d2 = dt.date(2025, 9, 1), dt.date(2026, 1, 5)
    return [
        stance("p1", "T", "FRA", Stance.SUPPORT, d1),
        stance("p2", "F", "FRA", Stance.SUPPORT, d1),
        stance("p3", "T", "USA", Stance.OPPOSE, d1),
        stance("p4", "F", "USA", Stance.CONDITIONAL, d1),
        stance("p5", "T", "UKR", Stance.SUPPORT, d1),
        stance("p6", "T", "USA", Stance.CONDITIONAL, d2),
        stance("p7", "F", "UKR", Stance.OPPOSE, dt.date(2026, 2, 1)),  # after both dates
    ]


@pytest.fixture
def paris_declaration() -> tuple[Document, list[Clause]]:
    """Five clauses: weights 2,1 agreed, 1 open, 1 disputed, 3 dropped; 90% claimed."""
    doc = Document(id="D", title="Draft", document_kind=DocumentKind.DRAFT, claimed_readiness=0.9)
    spec = [
        ("10", ClauseStatus.AGREED, 2.0),
        ("2", ClauseStatus.AGREED, 1.0),
        ("3", ClauseStatus.OPEN, 1.0),
        ("4", ClauseStatus.DISPUTED, 1.0),
        ("5", ClauseStatus.DROPPED, 3.0),
    ]
    clauses = [
        Clause(id=f"D-{n}", document="D", number=n, text=f"Clause {n}", status=s, weight=w)
        for n, s, w in spec
    ]
    other = Clause(id="X-1", document="X", number="1", text="x", status=ClauseStatus.OPEN)
    return doc, [*clauses, other]


@pytest.fixture
def diplomacy_db(
    tmp_path: Path,
    four_summits: dict[str, list[Any]],
    three_capitals: list[Position],
    paris_declaration: tuple[Document, list[Clause]],
) -> str:
    """A SQLite file holding every scenario above, plus a position and a clause only USA sees."""
    doc, clauses = paris_declaration
    parties = [
        Party(id=c, name=c, party_kind=PartyKind.STATE, role=PartyRole.MEMBER)
        for c in ("GBR", "FRA", "ITA", "POL", "USA", "UKR")
    ]
    secret = Position(
        id="p-secret",
        issue="F",
        party="USA",
        stance=Stance.OPPOSE,
        as_of=dt.date(2026, 1, 2),
        label=Label(classification=Classification.NATIONAL, owner="USA"),
    )
    records: dict[str, list[Record]] = {
        "parties": list(parties),
        "capabilities": [
            Capability(id="bn", name="Battalion", domain=Domain.LAND, unit=Unit.BATTALION)
        ],
        "issues": [Issue(id="T", title="Territory"), Issue(id="F", title="Foreign troops")],
        "documents": [
            *four_summits["documents"],
            doc,
            Document(id="X", title="Other", document_kind=DocumentKind.DRAFT),
        ],
        "clauses": [
            *clauses,
            Clause(
                id="D-9",
                document="D",
                number="9",
                text="Only USA knows this one is agreed",
                status=ClauseStatus.AGREED,
                label=secret.label,
            ),
        ],
        "positions": [*three_capitals, secret],
        **{k: list(v) for k, v in four_summits.items() if k != "documents"},
    }
    url = f"sqlite:///{tmp_path / 'diplomacy.db'}"
    store = Store.open(url)
    store.write(Dataset(name="diplomacy", records=records), actor="test")
    store.close()
    return url
