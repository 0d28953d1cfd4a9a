"""The overview: coverage by layer under the recorded condition statuses, the conditions,
the latest meetings and the most recent changes, all as the reader may see them."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from willing.reports.readahead import changes
from willing.services.status import coalition_status
from willing.web.page import PageDep, render
from willing.web.plans import conditions, solved

router = APIRouter(include_in_schema=False)

#: How far back "recent changes" reach.
RECENT = dt.timedelta(days=90)


@router.get("/", response_class=HTMLResponse)
def overview(page: PageDep) -> HTMLResponse:
    plan = solved(page, {})
    status = page.view.answer("web-status", lambda: coalition_status(page.registry))
    page.show("meetings", [m["id"] for m in status.meetings[:5]])
    since = dt.date.today() - RECENT
    recent = changes(page.shown, since)
    return render(
        page,
        "overview.html",
        "Overview",
        layers=plan.data["tables"].get("layer", []),
        coverage=plan.data["coverage"],
        gaps=len(plan.data["gaps"]),
        conditions=conditions(page),
        meetings=status.meetings[:5],
        pledges=status.pledges,
        members=len(status.members),
        recent=recent,
        since=since,
    )
