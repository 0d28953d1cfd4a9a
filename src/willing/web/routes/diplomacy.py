"""Diplomacy: the meetings timeline with attendance by level, the alignment matrix as a
heatmap with a date slider, and document readiness against claimed readiness."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from willing.diplomacy import service as diplomacy
from willing.domain.diplomacy import Position
from willing.domain.enums import Level
from willing.web.page import PageDep, render

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


@router.get("/diplomacy", response_class=HTMLResponse)
def diplomacy_page(page: PageDep, at: int | None = None) -> HTMLResponse:
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
    return render(
        page,
        "diplomacy.html",
        "Diplomacy",
        entries=entries,
        levels=levels,
        level_counts=[
            {lv: sum(1 for a in e.attendance if a.level is lv) for lv in levels} for e in entries
        ],
        matrix=matrix,
        bucket=_bucket,
        days=days,
        index=index,
        day=day,
        documents=documents,
    )
