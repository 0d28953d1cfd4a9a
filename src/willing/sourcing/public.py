"""Typed views of a plan, mirroring the keys `willing plan --json` prints.

The plan service returns plain dicts (`PlanReport.data`, `plan_entry`); these models
declare their shape once, so the REST API validates the service's dicts into them and
derives its OpenAPI schema from them. A key the service leaves out (e.g. the scenario's
`assumptions_withheld`) stays out of the response too when dumped with `exclude_unset`.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class CoverageRow(BaseModel):
    """Demand and filled units (thousands of EUR for funding) of one layer, domain, ..."""

    name: str
    demand: float
    filled: float
    share: float


class PlanScenario(BaseModel):
    """The assumptions a plan was made under, as far as the viewer may see them."""

    assume: dict[str, str]
    unknown_as: str
    met: list[str]
    force_share_cap: float | None
    assumptions_withheld: bool = False


class GapReason(BaseModel):
    """Why part of a gap stays open (`code`), for how many units."""

    code: str
    units: float
    detail: str
    condition: str | None = None
    parties: list[str] = Field(default_factory=list)


class GapRow(BaseModel):
    """One requirement line not fully filled."""

    requirement: str
    capability: str
    layer: str
    location: str
    phase: str
    priority: int
    demand: float
    filled: float
    missing: float
    reasons: list[GapReason]


class Contribution(BaseModel):
    """What one nation contributes (pledges the viewer may see)."""

    party: str
    units: float
    offered: float
    funding_keur: float
    funding_offered_keur: float


class AllocationLine(BaseModel):
    """Units of one pledge serving one requirement line."""

    pledge: str
    party: str
    requirement: str
    units: float


class PlanPublic(BaseModel):
    """A plan as one viewer may see it: what `willing plan --json` prints."""

    plan: str | None
    revision: int
    scenario: PlanScenario
    method: str
    status: str
    objective: float
    bound: float
    gap: float
    gap_abs: float
    coverage: float | None
    tables: dict[str, list[CoverageRow]]
    funding: list[CoverageRow]
    gaps: list[GapRow]
    contributions: list[Contribution]
    lines: list[AllocationLine]
    withheld_lines: int
    shared_units: int = Field(
        default=0, description="Allocation lines holding a share of a pledge unit."
    )


class PlanEntryPublic(BaseModel):
    """A stored plan in a list: what `willing plan list --json` prints for it."""

    id: str
    created: str
    revision: int
    scenario: str
    assume: dict[str, str]
    unknown_as: str
    force_share_cap: float | None
    assumptions_withheld: bool
    coverage: float | None
    method: str | None
    status: str | None
    objective: float | None
    bound: float | None


class PlansPublic(BaseModel):
    data: list[PlanEntryPublic]
    count: int


class PlanCheckPublic(PlanEntryPublic):
    """A stored plan solved again: what `willing plan show PLAN_ID --json` prints."""

    revision_now: int
    reproduced: str
    message: str
    differences: dict[str, Any] | None
    stored_tables: dict[str, list[CoverageRow]]
    plan: PlanPublic | None
