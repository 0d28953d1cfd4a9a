"""Read-only views the command line prints: burden sharing and diplomacy. Each is the one
service call the command makes, typed; the data are what its `--json` prints."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response

from willing.api.deps import RegistryDep
from willing.api.problems import responses
from willing.burden.public import BurdenPublic
from willing.burden.public import burden as burden_view
from willing.diplomacy import public as diplomacy
from willing.diplomacy.attendance import DEFAULT_DRIFT_THRESHOLD, DEFAULT_PLENARY, DEFAULT_WINDOW
from willing.diplomacy.public import (
    AlignmentChangePublic,
    DocumentsPublic,
    IssuesPositionsPublic,
    MatrixPublic,
    MeetingsPublic,
    ReadinessPublic,
)
from willing.diplomacy.readiness import DEFAULT_THRESHOLD
from willing.services.registry import render_export

router = APIRouter(tags=["views"], responses=responses(401, 403, 422))


@router.get("/burden", response_model=BurdenPublic, response_model_exclude_unset=True)
def burden(
    registry: RegistryDep,
    at: Annotated[dt.date | None, Query(description="Take pledge stages as of this day.")] = None,
    year: Annotated[
        int | None,
        Query(ge=1900, le=2200, description="Use GDP and defence figures of this year or earlier."),
    ] = None,
    pledges: Annotated[bool, Query(description="Also each pledge's value and basis.")] = False,
) -> BurdenPublic:
    """Pledges valued in EUR, each party's share against its GDP and defence budget, and
    the coalition total under the disclosure rule, as `willing burden --json` prints them."""
    return burden_view(registry, at, year, pledges)


@router.get("/diplomacy/meetings", response_model=MeetingsPublic, response_model_exclude_unset=True)
def meetings(
    registry: RegistryDep,
    start: Annotated[dt.date | None, Query(alias="from", description="First day.")] = None,
    end: Annotated[dt.date | None, Query(alias="to", description="Last day.")] = None,
    attendance: Annotated[bool, Query(description="Add per-party attendance and drift.")] = False,
    window: Annotated[int, Query(ge=1, le=1000)] = DEFAULT_WINDOW,
    threshold: Annotated[float, Query(ge=-10.0, le=10.0)] = DEFAULT_DRIFT_THRESHOLD,
    plenary: Annotated[float, Query(ge=0.0, le=1.0)] = DEFAULT_PLENARY,
) -> MeetingsPublic:
    """Meetings in order with format, host, counts, each party's level and outcomes, as
    `willing meetings --json` prints them."""
    return diplomacy.meetings(registry, start, end, attendance, window, threshold, plenary)


@router.get("/diplomacy/alignment", response_model=MatrixPublic | AlignmentChangePublic)
def alignment(
    registry: RegistryDep,
    at: Annotated[dt.date, Query(description="Day of the matrix.")],
    compare: Annotated[dt.date | None, Query(description="Earlier day to compare with.")] = None,
    party: Annotated[list[str] | None, Query(description="Limit to these parties.")] = None,
    bloc: Annotated[
        list[str] | None, Query(description="Named groups: NAME=P1,P2 (repeatable).")
    ] = None,
) -> MatrixPublic | AlignmentChangePublic:
    """Party x party alignment on the open issues as of a day (and its change since
    `compare`), as `willing alignment --json` prints it."""
    blocs = diplomacy.parse_blocs(bloc or [])
    return diplomacy.alignment(registry, at, compare, party, blocs)


@router.get("/diplomacy/positions", response_model=IssuesPositionsPublic, responses=responses(404))
def positions(
    registry: RegistryDep,
    issue: Annotated[str | None, Query(max_length=120, description="Only this issue.")] = None,
    at: Annotated[dt.date | None, Query(description="Positions stated on or before.")] = None,
) -> IssuesPositionsPublic:
    """Each party's positions on each issue over time, with their sources."""
    return diplomacy.positions(registry, issue, at)


@router.get("/diplomacy/documents", response_model=DocumentsPublic)
def documents(
    registry: RegistryDep,
    threshold: Annotated[float, Query(ge=0.0, le=1.0)] = DEFAULT_THRESHOLD,
) -> DocumentsPublic:
    """Documents with clause counts, readiness computed over the clauses released to you,
    and the readiness sources claim."""
    return diplomacy.documents(registry, threshold)


@router.get(
    "/diplomacy/documents/{document_id}",
    response_model=ReadinessPublic,
    responses=responses(404),
)
def readiness(
    registry: RegistryDep,
    document_id: str,
    threshold: Annotated[float, Query(ge=0.0, le=1.0)] = DEFAULT_THRESHOLD,
) -> ReadinessPublic:
    """One document's clauses with status and parties, and its readiness."""
    return diplomacy.readiness(registry, document_id, threshold)


EXPORT_MEDIA = {"yaml": "application/yaml", "json": "application/json"}


@router.get(
    "/export",
    response_class=Response,
    responses={
        200: {
            "description": "The export: a YAML document, or the same document as JSON.",
            "content": {
                "application/yaml": {"schema": {"type": "object"}},
                "application/json": {"schema": {"type": "object"}},
            },
        }
    },
)
def export(
    registry: RegistryDep,
    format: Annotated[Literal["yaml", "json"], Query(description="The file's format.")] = "yaml",
    name: Annotated[
        str, Query(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$", description="Data set name.")
    ] = "export",
) -> Response:
    """Every record you may see as one YAML or JSON file: what `willing export FILE` writes
    (importing it gives the same records back)."""
    text = render_export(registry, format, name)
    return Response(
        text,
        media_type=EXPORT_MEDIA[format],
        headers={"Content-Disposition": f'attachment; filename="{name}.{format}"'},
    )
