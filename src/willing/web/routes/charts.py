"""Charts as SVG images, drawn on the server from the same Vega-Lite specifications the
reports use, for the page's reader only, and kept per reader and registry revision."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter
from fastapi.responses import Response

from willing.burden.service import burden
from willing.charts import specs
from willing.charts.render import svg
from willing.charts.world import contributions_map, coverage_map
from willing.domain.errors import NotFound
from willing.web.page import Page, PageDep
from willing.web.plans import assumptions, by_country, solved

router = APIRouter(include_in_schema=False)


def _layers(page: Page) -> dict[str, Any]:
    return specs.coverage_by_layer(solved(page, assumptions(page)).data["tables"]["layer"])


def _deploy(page: Page) -> dict[str, Any]:
    return coverage_map(by_country(page, solved(page, assumptions(page))))


def _burden_rows(page: Page) -> list[dict[str, Any]]:
    report = page.view.answer("web-burden", lambda: burden(page.registry))
    return [{"party": r.party, "eur": r.total_eur} for r in report.rows if r.total_eur > 0]


CHARTS: dict[str, Callable[[Page], dict[str, Any]]] = {
    "layers": _layers,
    "deploy": _deploy,
    "contributions": lambda page: contributions_map(_burden_rows(page)),
    "burden": lambda page: specs.burden_shares(_burden_rows(page)),
}


@router.get("/charts/{name}.svg")
def chart(page: PageDep, name: str) -> Response:
    make = CHARTS.get(name)
    if make is None:
        raise NotFound(f"no chart '{name}'")
    key = ("web-chart", name, str(page.request.query_params))
    body = page.view.answer(key, lambda: svg(make(page)))
    return Response(body, media_type="image/svg+xml")
