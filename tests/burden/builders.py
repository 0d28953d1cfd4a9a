"""Builders of hand-built burden-sharing records."""

from __future__ import annotations

from typing import Any

from willing.domain.catalog import Dataset
from willing.domain.diplomacy import Source
from willing.domain.enums import Layer, PartyKind, PartyRole, PledgeStatus, SourceKind, Unit
from willing.domain.forces import Capability, Pledge
from willing.domain.labels import Classification, Label
from willing.domain.parties import Indicator, Party
from willing.domain.records import Evidence, Record


def party(code: str, role: PartyRole = PartyRole.MEMBER) -> Party:
    return Party(id=code, name=f"Land {code}", party_kind=PartyKind.STATE, role=role)


def pledge(pid: str, who: str, capability: str, quantity: float, **extra: Any) -> Pledge:
    extra.setdefault("layers", [Layer.REASSURE])
    return Pledge(id=pid, party=who, capability=capability, quantity=quantity, **extra)


def indicator(who: str, metric: str, value: float | None, year: int = 2024) -> Indicator:
    return Indicator(
        id=f"{who}-{metric}-{year}",
        party=who,
        metric=metric,
        year=year,
        value=value,
        evidence=[Evidence(source="imf")],
    )


def secret(owner: str) -> Label:
    """A national label: only the owner may see the record."""
    return Label(classification=Classification.NATIONAL, owner=owner)


SOURCES = [Source(id="imf", title="World Economic Outlook", source_kind=SourceKind.DATASET)]

CAPABILITIES = [
    Capability(id="bn", name="Battalion", domain="land", unit=Unit.BATTALION, unit_value_eur=100),
    Capability(id="fund", name="Funding", domain="funding", unit=Unit.EUR),
    Capability(id="ship", name="Ship", domain="sea", unit=Unit.SHIP),
]


def coalition_with_secrets(secrets: dict[str, float]) -> Dataset:
    """Viewer VVV, public pledges of AAA, BBB and VVV, and one national pledge per secret party."""
    codes = ["VVV", "AAA", "BBB", "HHH", "III", "JJJ"]
    parties = [party(c) for c in codes]
    pledges = [
        pledge("PUB-A", "AAA", "bn", 2),
        pledge(
            "PUB-B", "BBB", "fund", 300, layers=[Layer.REGENERATE], status=PledgeStatus.DELIVERED
        ),
        pledge("PUB-V", "VVV", "fund", 50, label=secret("VVV")),
    ]
    pledges += [
        pledge(f"SECRET-{who}", who, "fund", value, label=secret(who))
        for who, value in secrets.items()
    ]
    indicators = [indicator(c, "gdp_eur", 1000.0 * (i + 1)) for i, c in enumerate(codes)]
    records: dict[str, list[Record]] = {
        "sources": list(SOURCES),
        "parties": list(parties),
        "capabilities": list(CAPABILITIES),
        "pledges": list(pledges),
        "indicators": list(indicators),
    }
    return Dataset(name="secrets", records=records)
