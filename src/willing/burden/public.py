"""Typed burden-sharing results: what the API returns and `willing burden --json` prints,
field for field (built from `payload`, the one place the fields are named)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from willing.burden import payload
from willing.burden import service as burden_service
from willing.services.access import Registry


class FigurePublic(BaseModel):
    """A reference figure with its year and indicator; value None: not publicly known."""

    value: float | None
    year: int
    indicator: str
    sources: list[str]


class PartyBurdenPublic(BaseModel):
    """One party's row: contributions in EUR against its GDP and defence budget."""

    party: str
    name: str
    total_eur: float
    estimated_eur: float
    notional_eur: float
    unvalued_pledges: int
    by_layer: dict[str, float]
    share: float | None
    gdp: FigurePublic | None
    defence_spending: FigurePublic | None
    pct_gdp: float | None
    pct_defence: float | None
    fair_share: float | None
    stages: dict[str, float]
    to_allocate_eur: float
    to_deliver_eur: float


class CoalitionTotalPublic(BaseModel):
    """The coalition total under the disclosure rule."""

    status: str = Field(description="complete, included or withheld.")
    total_eur: float | None
    undisclosed_eur: float | None
    rule: str


class ValuationPublic(BaseModel):
    """One pledge's value and its basis."""

    pledge: str
    party: str
    capability: str
    quantity: float
    layer: str
    status: str
    value_eur: float | None
    estimated: bool
    notional: bool
    basis: str


class BurdenPublic(BaseModel):
    """The burden-sharing table with its totals (and each pledge's value, when asked)."""

    at: str | None
    rows: list[PartyBurdenPublic]
    visible_total_eur: float
    by_layer: dict[str, float]
    stages: dict[str, float]
    coalition_total: CoalitionTotalPublic
    pledges: list[ValuationPublic] | None = None


def burden(
    registry: Registry,
    at: dt.date | None = None,
    year: int | None = None,
    pledges: bool = False,
) -> BurdenPublic:
    """`willing burden [--at DAY] [--year Y] [--pledges]` for the viewer, typed; `pledges`
    is left unset (and out of the JSON) unless asked for."""
    out = payload.report(burden_service.burden(registry, at, year))
    if pledges:
        out["pledges"] = [payload.valuation(v) for v in burden_service.valuations(registry)]
    return BurdenPublic.model_validate(out)
