"""Scenarios: list, show, save and compare them, as `willing scenario list|show|save|compare`
do. A scenario is named by its id only (built-in or stored): the server never reads a file
a client names."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from willing.api.deps import RegistryDep
from willing.api.problems import responses
from willing.domain.records import ID_PATTERN
from willing.scenarios import runs
from willing.scenarios.definition import Scenario, parse_scenario
from willing.scenarios.public import (
    ComparisonPublic,
    ScenariosPublic,
    StoredResultPublic,
    StoredResultsPublic,
)
from willing.scenarios.stored import save_scenario

router = APIRouter(tags=["scenarios"], responses=responses(401, 403))


@router.get("/scenarios", response_model=ScenariosPublic, response_model_exclude_defaults=True)
def list_scenarios(registry: RegistryDep) -> ScenariosPublic:
    """Built-in and stored scenarios you may see, each with what you may be shown of it."""
    return runs.scenarios_public(registry)


@router.get(
    "/scenarios/{scenario_id}",
    response_model=Scenario,
    response_model_exclude_defaults=True,
    responses=responses(404),
)
def show_scenario(registry: RegistryDep, scenario_id: str) -> Scenario:
    """One scenario's assumptions; entries naming records hidden from you are left out."""
    return runs.scenario(registry, scenario_id, files=False)


@router.post(
    "/scenarios",
    response_model=Scenario,
    response_model_exclude_defaults=True,
    status_code=201,
    responses=responses(422),
)
def save(registry: RegistryDep, body: Scenario) -> Scenario:
    """Check a scenario against what you see and store it (replacing your own of that id);
    labelled to your party unless you set a label you may set."""
    scenario = parse_scenario(body.model_dump(mode="json", exclude_defaults=True), "scenario")
    save_scenario(registry, scenario)
    return runs.scenario(registry, scenario.id, files=False)


class CompareRequest(BaseModel):
    """The arguments of `willing scenario compare`."""

    scenarios: list[Annotated[str, Field(pattern=ID_PATTERN)]] = Field(
        min_length=1,
        max_length=20,
        description="Scenario ids, built-in or stored; the first is the reference.",
    )
    store: bool = Field(False, description="Keep the comparison as a stored result.")


@router.post(
    "/scenarios/compare",
    response_model=ComparisonPublic,
    response_model_exclude_none=True,
    responses=responses(404, 422),
)
def compare(registry: RegistryDep, body: CompareRequest) -> ComparisonPublic:
    """Coverage by layer and domain of scenarios side by side, and the lines that change."""
    return runs.compare(registry, body.scenarios, body.store, files=False)


@router.get("/results", response_model=StoredResultsPublic)
def stored_results(
    registry: RegistryDep,
    kind: Annotated[
        Literal["montecarlo", "criticality", "sensitivity", "compare"] | None,
        Query(description="Only results of this kind."),
    ] = None,
) -> StoredResultsPublic:
    """Stored analysis results you may see, newest first, without their bodies, as
    `willing scenario results --json` lists them."""
    return runs.stored_results_public(registry, kind)


@router.get("/results/{result_id}", response_model=StoredResultPublic, responses=responses(404))
def stored_result(registry: RegistryDep, result_id: str) -> StoredResultPublic:
    """One stored result; one hidden from you answers as a missing one."""
    return runs.stored_result_public(registry, result_id)
