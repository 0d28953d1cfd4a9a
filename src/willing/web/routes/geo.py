"""The map: where forces would deploy, with coverage per location and country, and
contributions by nation as a choropleth (boundaries shipped with the package)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from willing.burden.service import burden
from willing.web.page import Grid, PageDep, table_page
from willing.web.plans import assumptions, by_country, solved

router = APIRouter(include_in_schema=False)


@router.get("/map")
def map_page(page: PageDep) -> Response:
    plan = solved(page, assumptions(page))
    locations = page.shown.records("locations")
    rows = []
    for row in plan.data["tables"].get("location", []):
        found = locations.get(row["name"])
        page.show("locations", [row["name"]])
        rows.append(
            (
                row["name"],
                getattr(found, "name", row["name"]),
                getattr(found, "country", None) or "",
                float(row["demand"]),
                float(row["filled"]),
                round(float(row["share"]), 4),
            )
        )
    grid = Grid(
        "deployment",
        ("location", "name", "country", "demand", "filled", "share"),
        rows,
        links={"location": "locations"},
        numeric=frozenset({"demand", "filled", "share"}),
    )
    page.view.answer("web-burden", lambda: burden(page.registry))
    page.show_all("pledges")
    query = page.request.url.query
    return table_page(
        page,
        grid,
        "map.html",
        "Map",
        countries=by_country(page, plan),
        query=query,
    )
