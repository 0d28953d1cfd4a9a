"""The plans pages show: solved for the page's reader, never stored (a page reads), and kept
per reader and registry revision so that reloading or toggling back costs nothing."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from willing.domain.enums import ConditionStatus
from willing.domain.forces import Condition
from willing.reports.forcegen import sheet
from willing.reports.plans import by_country as country_totals
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
    """The plan's demand and fill by deployment country (see `reports.plans.by_country`)."""
    return country_totals(page.shown, plan.data)
