"""Reports to take to a minister, as downloads: the summit read-ahead, one nation's
contribution and the force-generation sheet, built for the page's reader (and marked from
what he may see) under the force plan's condition toggles."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, Response

from willing.domain.enums import PartyKind
from willing.domain.errors import NotFound
from willing.domain.parties import Party
from willing.reports import contribution, forcegen, readahead
from willing.reports.output import MEDIA_TYPES, render
from willing.reports.xlsx import force_generation
from willing.web.page import Page, PageDep
from willing.web.page import render as render_page
from willing.web.plans import assumptions
from willing.web.routes.forms import see_other

router = APIRouter(include_in_schema=False)


def _file(data: bytes, name: str, fmt: str) -> Response:
    return Response(
        data,
        media_type=MEDIA_TYPES[fmt],
        headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'},
    )


def _format(fmt: str, allowed: tuple[str, ...]) -> str:
    if fmt not in allowed:
        raise NotFound("there is no such report format")
    return fmt


@router.get("/reports", response_class=HTMLResponse)
def reports_page(page: PageDep) -> HTMLResponse:
    parties = sorted(
        p.id
        for p in page.shown.records("parties").values()
        if isinstance(p, Party) and p.party_kind is PartyKind.STATE
    )
    return render_page(
        page,
        "reports.html",
        "Reports",
        parties=parties,
        mine=page.viewer.party if page.viewer.party in parties else (parties[0] if parties else ""),
        query=page.request.url.query,
    )


def _since(page: Page) -> dt.date | None:
    text = page.request.query_params.get("since", "")
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


@router.get("/reports/read-ahead.{fmt}")
def read_ahead(page: PageDep, fmt: str) -> Response:
    fmt = _format(fmt, ("pdf", "html"))
    options = readahead.Options(assume=assumptions(page), since=_since(page))
    return _file(render(readahead.build(page.registry, options), fmt), "read-ahead", fmt)


@router.get("/reports/contribution/{party}.{fmt}")
def contribution_report(page: PageDep, party: str, fmt: str) -> Response:
    fmt = _format(fmt, ("pdf", "html"))
    built = contribution.build(page.registry, party.upper(), assumptions(page))
    return _file(render(built, fmt), f"contribution-{party.upper()}", fmt)


@router.get("/reports/force-generation.{fmt}")
def force_generation_report(page: PageDep, fmt: str) -> Response:
    fmt = _format(fmt, ("pdf", "html", "xlsx"))
    if fmt == "xlsx":
        return _file(force_generation(page.registry, assumptions(page)), "force-generation", fmt)
    built = forcegen.build(page.registry, assumptions(page))
    return _file(render(built, fmt), "force-generation", fmt)


@router.get("/reports/contribution")
def contribution_chosen(page: PageDep, party: str = "") -> Response:
    """The form's GET: on to the chosen nation's PDF, keeping the conditions."""
    if not party.isalnum():
        raise NotFound("choose a nation")
    rest = [(k, v) for k, v in page.request.query_params.multi_items() if k.startswith("c.")]
    query = "&".join(f"{k}={v}" for k, v in rest)
    return see_other(f"/reports/contribution/{party.upper()}.pdf" + (f"?{query}" if query else ""))
