"""Plans: `POST /plan` sources the force (the service `willing plan` calls), `GET /plans`
lists the stored plans, `GET /plans/{id}` solves one again and compares it."""

from __future__ import annotations

from fastapi import APIRouter, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

from willing.api.deps import RegistryDep, ViewDep
from willing.api.problems import responses
from willing.domain.enums import ConditionStatus
from willing.services.permissions import Action, allowed
from willing.sourcing.public import PlanCheckPublic, PlanEntryPublic, PlanPublic, PlansPublic
from willing.sourcing.service import check_plan, list_plans
from willing.sourcing.service import plan as make_plan

router = APIRouter(tags=["plans"], responses=responses(401, 403, 422))


class PlanRequest(BaseModel):
    """The options of `willing plan`."""

    assume: dict[str, ConditionStatus] = Field(
        default_factory=dict, description="Conditions taken as met, failed or unknown."
    )
    unknown_as: ConditionStatus = Field(
        ConditionStatus.FAILED, description="How to count conditions still unknown."
    )
    force_share_cap: float | None = Field(
        None, ge=0.0, le=1.0, description="Cap on one nation's share of the whole force."
    )
    store: bool = Field(True, description="Keep the plan (planners and administrators).")


@router.post("/plan", response_model=PlanPublic, response_model_exclude_unset=True, status_code=200)
async def plan(view: ViewDep, request: PlanRequest) -> Response:
    """Source the force: coverage, gaps with their causes, contributions and the lines of
    pledges released to you."""
    registry = view.registry
    saves = request.store and allowed(registry.viewer, Action.STORE_PLAN)

    def make() -> bytes:
        report = make_plan(
            registry,
            request.assume,
            request.unknown_as,
            force_share_cap=request.force_share_cap,
            store=saves,
        )
        return PlanPublic.model_validate(report.data).model_dump_json(exclude_unset=True).encode()

    if saves:  # each stores a plan of its own (a write, which moves the revision)
        body = await run_in_threadpool(make)
    else:
        # a plan not stored is the same for the same viewer, revision and assumptions:
        # solved once, kept with the viewer's other answers until the next write
        key = (
            "plan",
            tuple(sorted(request.assume.items())),
            request.unknown_as,
            request.force_share_cap,
        )
        body = await view.served(key, make)
    return Response(body, media_type="application/json")


@router.get("/plans", response_model=PlansPublic)
def plans(registry: RegistryDep) -> PlansPublic:
    """Every stored plan, newest first, as you may see it."""
    rows = [PlanEntryPublic.model_validate(r) for r in list_plans(registry)]
    return PlansPublic(data=rows, count=len(rows))


@router.get(
    "/plans/{plan_id}",
    response_model=PlanCheckPublic,
    response_model_exclude_unset=True,
    responses=responses(404),
)
def plan_check(registry: RegistryDep, plan_id: str) -> PlanCheckPublic:
    """A stored plan solved again from the current registry and compared with itself."""
    return PlanCheckPublic.model_validate(check_plan(registry, plan_id).data)
