"""Burden sharing: each nation's valued contributions against its GDP and fair share, as a
chart and a table; the coalition total follows the disclosure rule of `willing burden`."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from willing.burden.disclosure import TotalStatus
from willing.burden.service import burden
from willing.web.page import Grid, PageDep, table_page

router = APIRouter(include_in_schema=False)


@router.get("/burden")
def burden_page(page: PageDep) -> Response:
    report = page.view.answer("web-burden", lambda: burden(page.registry))
    rows = sorted(report.rows, key=lambda r: -r.total_eur)
    page.show("parties", [r.party for r in rows])
    page.show_all("pledges")
    grid = Grid(
        "burden",
        ("party", "name", "valued_eur", "share", "fair_share", "pct_gdp", "pct_defence"),
        [
            (
                r.party,
                r.name,
                round(r.total_eur, 2),
                None if r.share is None else round(r.share, 6),
                None if r.fair_share is None else round(r.fair_share, 4),
                None if r.pct_gdp is None else round(r.pct_gdp, 6),
                None if r.pct_defence is None else round(r.pct_defence, 6),
            )
            for r in rows
        ],
        links={"party": "parties"},
        numeric=frozenset({"valued_eur", "share", "fair_share", "pct_gdp", "pct_defence"}),
    )
    c = report.coalition
    return table_page(
        page,
        grid,
        "burden.html",
        "Burden sharing",
        rows=rows,
        total=report.total_eur,
        coalition=c,
        included=c.status is TotalStatus.INCLUDED,
        withheld=c.status is TotalStatus.WITHHELD,
    )
