"""The overview: coverage by layer under the recorded condition statuses, the conditions,
the latest meetings and the most recent changes, all as the reader may see them."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from willing.services import records as record_service
from willing.services.status import coalition_status
from willing.web.page import PageDep, render
from willing.web.plans import conditions, solved

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def overview(page: PageDep) -> HTMLResponse:
    plan = solved(page, {})
    status = page.view.answer("web-status", lambda: coalition_status(page.registry))
    meetings = sorted(status.meetings, key=lambda m: m["date"], reverse=True)[:5]
    page.show("meetings", [m["id"] for m in meetings])
    recent = page.view.answer("web-recent", lambda: record_service.recent(page.registry))
    for change in recent:
        page.show(change.kind, [change.id])
    return render(
        page,
        "overview.html",
        "Overview",
        layers=plan.data["tables"].get("layer", []),
        coverage=plan.data["coverage"],
        gaps=len(plan.data["gaps"]),
        conditions=conditions(page),
        meetings=meetings,
        pledges=status.pledges,
        members=len(status.members),
        recent=recent,
    )
