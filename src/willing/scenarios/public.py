"""Typed results of the scenario use cases: what the CLI prints as JSON, the API returns and
reports read. Field names and order are those of the JSON the CLI has always printed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, Field

from willing.scenarios.definition import Scenario


class Public(BaseModel):
    """A result model whose JSON leaves out what a run did not produce (stored id, bound)."""

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude_none=True)


class LineChange(BaseModel):
    requirement: str
    filled: dict[str, float] = Field(description="Units filled under each scenario.")


class ComparisonPublic(Public):
    """Coverage of scenarios side by side, and the lines whose fill differs."""

    scenarios: list[str]
    titles: dict[str, str]
    figures: list[str] = Field(description="Coverage figures, in display order.")
    coverage: dict[str, dict[str, float]] = Field(description="Scenario -> figure -> share.")
    lines: list[LineChange]
    result: str | None = Field(default=None, description="Stored result id, when stored.")


class FigureStats(BaseModel):
    mean: float
    std: float
    percentiles: dict[str, float]
    p_reach: dict[str, float] = Field(description="Share of draws reaching each threshold.")
    histogram: list[int] = Field(description="Draws per tenth of coverage.")


class MonteCarloPublic(Public):
    """The distribution of coverage over uncertain conditions."""

    draws: int
    seed: int
    distinct_solves: int
    condition_met_rate: dict[str, float]
    coverage: dict[str, FigureStats]
    screening_bound_mean: dict[str, float] | None = None
    scenario: str
    result: str | None = None


class LossPublic(BaseModel):
    kind: str = Field(description="nation, condition or pledge.")
    id: str
    weighted_loss: float
    figures: dict[str, float]
    lines_affected: int
    lines: list[str]


class CriticalityPublic(Public):
    """Nations, conditions and pledges ranked by the coverage lost without each."""

    scenario: str
    ranking: list[LossPublic]
    result: str | None = None


class SensitivityPoint(BaseModel):
    probability: float
    mean: dict[str, float]
    p_reach: dict[str, float]


class SensitivityPublic(Public):
    """Mean coverage as one condition's probability goes from 0 to 1."""

    scenario: str
    condition: str
    points: list[SensitivityPoint]
    result: str | None = None


class ScenarioEntryPublic(Scenario):
    """A scenario as a viewer may be shown it, and whether it is built in or stored."""

    builtin: bool


class ScenariosPublic(BaseModel):
    """Built-in and stored scenarios; `data` is what `willing scenario list --json` prints."""

    data: list[ScenarioEntryPublic]
    count: int


class StoredResultEntryPublic(BaseModel):
    """A stored analysis result without its body: what `willing scenario results` lists."""

    id: str
    kind: str = Field(description="montecarlo, criticality, sensitivity or compare.")
    created_at: dt.datetime
    revision: int = Field(description="The registry revision the result was computed at.")
    scenario: str | None = Field(description="The scenario id, or every id compared.")
    inputs_hash: str
    summary: dict[str, Any]


class StoredResultsPublic(BaseModel):
    """Stored results you may see, newest first."""

    data: list[StoredResultEntryPublic]
    count: int


class StoredResultPublic(StoredResultEntryPublic):
    """One stored result with its body (its scenario as you may be shown it)."""

    body: dict[str, Any]
