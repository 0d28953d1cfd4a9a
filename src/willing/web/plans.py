"""The plans pages show: solved for the page's reader, never stored (a page reads), and kept
per reader and registry revision so that reloading or toggling back costs nothing."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from willing.domain.enums import ConditionStatus
from willing.domain.forces import Condition
from willing.reports.forcegen import sheet
from willing.web.page import Page

PREFIX = "c."


@dataclass(frozen=True)
class PlanView:
    """One solved plan for a reader: the sheet's rows, the plan data, the labels it shows."""

    rows: list[tuple[str, ...]]
    data: dict[str, Any]
    labels: dict[tuple[str, str], Any]


def conditions(page: Page) -> list[Condition]:
    found = page.shown.records("conditions").values()
    return sorted((c for c in found if isinstance(c, Condition)), key=lambda c: c.id)


def assumptions(page: Page) -> dict[str, ConditionStatus]:
    """The condition toggles of the query string (`c.us-backstop=met`), each checked
    against the conditions the reader sees; others are ignored like a missing one."""
    seen = {c.id: c for c in conditions(page)}
    out: dict[str, ConditionStatus] = {}
    for key, value in page.request.query_params.items():
        if not key.startswith(PREFIX) or key[len(PREFIX) :] not in seen:
            continue
        try:
            status = ConditionStatus(value)
        except ValueError:
            continue
        if status is not seen[key[len(PREFIX) :]].status:
            out[key[len(PREFIX) :]] = status
    return out


def solved(page: Page, assume: Mapping[str, ConditionStatus]) -> PlanView:
    """The reader's plan under `assume`, and the records it shows marked on the page."""
    key = ("web-plan", tuple(sorted((k, v.value) for k, v in assume.items())))

    def make() -> PlanView:
        shown, rows, data = sheet(page.registry, assume)
        return PlanView(rows, data, dict(shown.labels))

    found = page.view.answer(key, make)
    page.shown.labels.update(found.labels)
    page.show_all("conditions")
    return found


def by_country(page: Page, plan: PlanView) -> list[dict[str, Any]]:
    """Demand and fill of the plan's deployment locations summed by country (a location's
    `country`, or the location itself when it is a country); sea areas have none."""
    locations = page.shown.records("locations")
    parties = page.shown.records("parties")
    sums: dict[str, list[float]] = {}
    for row in plan.data["tables"].get("location", []):
        found = locations.get(row["name"])
        country = getattr(found, "country", None) or (
            row["name"] if row["name"] in parties else None
        )
        if country is None:
            continue
        page.show("locations", [row["name"]])
        total = sums.setdefault(country, [0.0, 0.0])
        total[0] += float(row["demand"])
        total[1] += float(row["filled"])
    return [
        {"country": c, "demand": d, "filled": f, "share": f / d if d else 1.0}
        for c, (d, f) in sorted(sums.items())
    ]
