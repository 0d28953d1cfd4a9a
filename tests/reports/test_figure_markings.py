"""The contribution report and the force-generation sheet show figures of a plan: their
pages are marked as resting on every plan input the viewer may see, not only on the
records they name (an allocation is as sensitive as its most sensitive input)."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from willing.present.marking import marking
from willing.reports import contribution, forcegen, pdf
from willing.reports.document import INPUTS, Report
from willing.services.access import Registry, Role, Viewer
from willing.storage.store import Store

VIEWERS = {
    "admin": Viewer.admin(),
    "POL": Viewer("POL", Role.LIAISON),
    "none": Viewer(None, Role.ANALYST),
}


def _inputs_marking(registry: Registry) -> str:
    labels = [r.label for kind in INPUTS for r in registry.list(kind)]
    groups = {p.id: list(getattr(p, "member_of", [])) for p in registry.list("parties")}
    return str(marking(labels, groups))


def _named_marking(registry: Registry, report: Report) -> str:
    """The marking of the records a report names in its first section (what the old rule
    gave): lower than the inputs' for the administrator, or the test proves nothing."""
    rows = [cell for block in report.sections[0].blocks for cell in _cells(block)]
    labels = [
        r.label for kind in INPUTS for r in registry.list(kind) if any(r.id == c for c in rows)
    ]
    groups = {p.id: list(getattr(p, "member_of", [])) for p in registry.list("parties")}
    return str(marking(labels, groups))


def _cells(block: object) -> list[str]:
    rows = getattr(block, "rows", ())
    return [cell for row in rows for cell in row]


def _page_tops(data: bytes) -> list[str]:
    tops = []
    for page in PdfReader(io.BytesIO(data)).pages:
        lines = [ln.strip() for ln in (page.extract_text() or "").splitlines() if ln.strip()]
        tops.append(re.sub(r"\s*\d+ / \d+$", "", lines[0]))
    return tops


@pytest.mark.parametrize("who", list(VIEWERS))
def test_the_contribution_pages_are_marked_for_the_plan_they_rest_on(
    reports_db: str, who: str
) -> None:
    store = Store.open(reports_db)
    try:
        registry = Registry(store, VIEWERS[who])
        report = contribution.build(registry, "POL" if who != "none" else "GBR")
        expected = _inputs_marking(registry)
        assert str(report.runs[0, 0]) == expected
        assert str(report.marking) == expected
        assert _page_tops(pdf.render(report))[1] == expected  # the pledges page
        if who == "admin":
            assert _named_marking(registry, report) != expected
    finally:
        store.close()


@pytest.mark.parametrize("who", list(VIEWERS))
def test_the_force_generation_sheet_is_marked_for_the_plan_it_rests_on(
    reports_db: str, who: str
) -> None:
    store = Store.open(reports_db)
    try:
        registry = Registry(store, VIEWERS[who])
        report = forcegen.build(registry)
        expected = _inputs_marking(registry)
        assert str(report.marking) == expected
        assert set(_page_tops(pdf.render(report))) == {expected}
    finally:
        store.close()
