"""The force plan: every requirement line with its fill, gaps with their reasons in words,
filters, condition toggles that re-plan in place, and the table as CSV, JSON and XLSX."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from willing.domain.enums import ConditionStatus
from willing.reports.xlsx import force_generation
from willing.web.page import Grid, Page, PageDep, table_page
from willing.web.plans import PREFIX, PlanView, assumptions, conditions, solved

router = APIRouter(include_in_schema=False)

COLUMNS = (
    "line",
    "priority",
    "capability",
    "layer",
    "location",
    "phase",
    "required",
    "filled by",
    "missing",
    "fill",
    "why",
)
FILTERS = ("layer", "location", "capability", "priority")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _fill(plan: PlanView) -> dict[str, float]:
    """Share of each gap line's demand that is filled (lines without a gap are full)."""
    return {
        g["requirement"]: (float(g["filled"]) / float(g["demand"]) if float(g["demand"]) else 1.0)
        for g in plan.data["gaps"]
    }


def grid(page: Page, plan: PlanView) -> Grid:
    fill = _fill(plan)
    chosen = {f: page.request.query_params.get(f, "") for f in FILTERS}
    rows = []
    for row in plan.rows:
        line, prio, capability, layer, location, phase, required, by, missing, why = row
        values = {"layer": layer, "location": location, "capability": capability, "priority": prio}
        if any(chosen[f] and values[f] != chosen[f] for f in FILTERS):
            continue
        only_gaps = page.request.query_params.get("gaps") == "1"
        if only_gaps and line not in fill:
            continue
        share = round(fill.get(line, 1.0), 4)
        rows.append(
            (line, int(prio), capability, layer, location, phase, required, by, missing, share, why)
        )
    return Grid(
        "force-plan",
        COLUMNS,
        rows,
        links={"line": "requirements"},
        numeric=frozenset({"priority", "required", "missing", "fill"}),
    )


@router.get("/plan")
def plan_page(page: PageDep) -> Response:
    assume = assumptions(page)
    plan = solved(page, assume)
    shown = grid(page, plan)
    options = {
        f: sorted(
            {str(r[i]) for r in plan.rows}, key=lambda v: (len(v), v) if f == "priority" else (0, v)
        )
        for f, i in (("layer", 3), ("location", 4), ("capability", 2), ("priority", 1))
    }
    chosen = {c.id: assume.get(c.id, c.status).value for c in conditions(page)}
    return table_page(
        page,
        shown,
        "plan.html",
        "Force plan",
        plan=plan.data,
        labels=plan.labels,
        conditions=conditions(page),
        chosen=chosen,
        statuses=[s.value for s in ConditionStatus],
        prefix=PREFIX,
        options=options,
        filters={f: page.request.query_params.get(f, "") for f in FILTERS},
        only_gaps=page.request.query_params.get("gaps") == "1",
    )


@router.get("/plan.xlsx")
def plan_xlsx(page: PageDep) -> Response:
    """The force-generation workbook for the same assumptions."""
    body = force_generation(page.registry, assumptions(page))
    return Response(
        body,
        media_type=XLSX,
        headers={"Content-Disposition": 'attachment; filename="force-plan.xlsx"'},
    )
