"""Value each pledge in EUR: its stated value, else an estimate from the price list.

Order of evidence: ``Pledge.value_eur`` (estimated only if the pledge says so); a pledge of a
capability measured in EUR is worth its quantity; otherwise quantity x
``Capability.unit_value_eur``, always flagged as estimated; with no price the value is unknown
(None), never 0.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from willing.domain.enums import Layer, PledgeStatus, Unit
from willing.domain.forces import Capability, Pledge


class Basis(StrEnum):
    """Where a pledge's EUR value comes from."""

    STATED = "stated"
    FUNDING = "funding"
    PRICE_LIST = "price-list"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Valuation:
    """A pledge's value in EUR and how it was obtained."""

    pledge: Pledge
    eur: float | None
    estimated: bool
    basis: Basis

    @property
    def party(self) -> str:
        """The contributing party."""
        return self.pledge.party

    @property
    def layer(self) -> Layer:
        """The layer the value is counted in: the first one the pledge lists."""
        return self.pledge.layers[0]

    @property
    def counted(self) -> bool:
        """False for withdrawn pledges, which count in no total."""
        return self.pledge.status is not PledgeStatus.WITHDRAWN


def value_pledge(pledge: Pledge, capabilities: Mapping[str, Capability]) -> Valuation:
    """The EUR value of one pledge given the capability catalogue.

    Example: ``value_pledge(p, {c.id: c for c in caps}).eur``.
    """
    if pledge.value_eur is not None:
        return Valuation(pledge, pledge.value_eur, pledge.value_estimated, Basis.STATED)
    capability = capabilities.get(pledge.capability)
    if capability is not None and capability.unit is Unit.EUR:
        return Valuation(pledge, pledge.quantity, False, Basis.FUNDING)
    if capability is not None and capability.unit_value_eur is not None:
        eur = pledge.quantity * capability.unit_value_eur
        return Valuation(pledge, eur, True, Basis.PRICE_LIST)
    return Valuation(pledge, None, False, Basis.UNKNOWN)


def value_pledges(pledges: Iterable[Pledge], capabilities: Iterable[Capability]) -> list[Valuation]:
    """Valuations of `pledges` in id order."""
    catalogue = {c.id: c for c in capabilities}
    return [value_pledge(p, catalogue) for p in sorted(pledges, key=lambda p: p.id)]
