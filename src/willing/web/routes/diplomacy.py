"""Diplomacy: the meetings timeline with attendance by level, the alignment matrix as a
heatmap with a date slider, and document readiness against claimed readiness."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter
from fastapi.responses import Response

from willing.diplomacy import service as diplomacy
from willing.domain.diplomacy import Position
from willing.domain.enums import Level
from willing.web.page import Grid, PageDep, table_page

router = APIRouter(include_in_schema=False)


def _bucket(score: float | None) -> str:
    """A colour class for an alignment score in [-1, 1] (the figure is printed too)."""
    if score is None:
        return "a-none"
    if score <= -0.5:
        return "a-neg2"
    if score < 0:
        return "a-neg1"
    if score < 0.5:
        return "a-pos1"
    return "a-pos2"


@router.get("/diplomacy")
def diplomacy_page(page: PageDep, at: int | None = None) -> Response:
    view = page.view.answer("web-meetings", lambda: diplomacy.meetings(page.registry))
    entries = sorted(view.entries, key=lambda e: e.meeting.date, reverse=True)
    page.show("meetings", [e.meeting.id for e in entries])
    page.show_all("participations")
    positions = page.view.answer(
        "web-positions",
        lambda: [
            p for p in diplomacy.records_of(page.registry, Position) if isinstance(p, Position)
        ],
    )
    page.show("positions", [p.id for p in positions])
    days = sorted({p.as_of for p in positions})
    index = len(days) - 1 if at is None or not 0 <= at < len(days) else at
    day = days[index] if days else dt.date.today()
    matrix = page.view.answer(
        ("web-alignment", day), lambda: diplomacy.alignment_at(page.registry, day)
    )
    documents = page.view.answer("web-documents", lambda: diplomacy.documents(page.registry))
    page.show("documents", [d.document.id for d in documents])
    page.show_all("clauses")
    levels = list(Level)
    counts = [{lv: sum(1 for a in e.attendance if a.level is lv) for lv in levels} for e in entries]
    grid = Grid(
        "meetings",
        ("meeting", "date", "title", "format", "countries_stated", "parties_recorded")
        + tuple(lv.value for lv in levels),
        [
            (
                e.meeting.id,
                e.meeting.date.isoformat(),
                e.meeting.title,
                e.meeting.format.value,
                e.meeting.countries_count,
                e.recorded_parties,
                *(c[lv] for lv in levels),
            )
            for e, c in zip(entries, counts, strict=True)
        ],
        links={"meeting": "meetings"},
    )
    return table_page(
        page,
        grid,
        "diplomacy.html",
        "Diplomacy",
        entries=entries,
        levels=levels,
        level_counts=counts,
        matrix=matrix,
        bucket=_bucket,
        days=days,
        index=index,
        day=day,
        documents=documents,
    )
