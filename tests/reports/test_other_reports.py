"""The contribution report and the force-generation sheet as PDFs, as the read-ahead is
checked: every page marked at top and bottom, nothing of a record hidden from its viewer,
and the same content whatever the hidden records hold."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from willing.domain.enums import ConditionStatus
from willing.reports import contribution, forcegen, html, pdf
from willing.reports.document import Report
from willing.services.access import Registry
from willing.storage.store import Store

from .conftest import VIEWERS
from .test_readahead import _hidden, _named, _page_marks, _rewritten, flat, pages

DAY = dt.date(2026, 6, 1)
#: Each report for a viewer: POL's contribution (GBR's for no party, which sees no POL
#: pledge beyond the public ones), and the force-generation sheet.
REPORTS: dict[str, Callable[[Registry], Report]] = {
    "contribution": lambda r: contribution.build(
        r, r.viewer.party or "GBR", {"ceasefire": ConditionStatus.MET}, today=DAY
    ),
    "force-generation": lambda r: forcegen.build(r, today=DAY),
}
CASES = [(kind, who) for kind in REPORTS for who in ("POL", "FRA", "none")]


@pytest.mark.parametrize(("kind", "who"), CASES)
def test_marked_on_every_page_and_naming_nothing_hidden(
    reports_db: str, kind: str, who: str
) -> None:
    store = Store.open(reports_db)
    try:
        viewer = VIEWERS[who]
        report = REPORTS[kind](Registry(store, viewer))
        ids, words = _hidden(store, viewer)
    finally:
        store.close()
    assert ids, "the shipped data set hides nothing from this viewer: the test proves nothing"
    data = pdf.render(report)
    marks = _page_marks(data)
    allowed = {str(report.marking), *(str(m) for m in report.runs.values())}
    for number, (top, bottom) in enumerate(marks, 1):
        assert top == bottom, (kind, number)
        assert top in allowed, (kind, number, top)
    for text in (flat(" ".join(pages(data))), html.render(report), pdf.source(report, [])):
        assert _named(text, ids) == set()
        assert {w for w in words if w in text} == set()


@pytest.mark.parametrize(("kind", "who"), CASES)
def test_the_same_content_whatever_hidden_records_hold(
    reports_db: str, tmp_path: Path, kind: str, who: str
) -> None:
    viewer = VIEWERS[who]
    store = Store.open(reports_db)
    try:
        ids, _ = _hidden(store, viewer)
        before = REPORTS[kind](Registry(store, viewer))
    finally:
        store.close()
    other = Store.open(f"sqlite:///{tmp_path / 'other.db'}")
    try:
        other.write(_rewritten(ids), actor="test")
        after = REPORTS[kind](Registry(other, viewer))
    finally:
        other.close()
    assert pdf.source(after, []) == pdf.source(before, [])
    assert html.render(after) == html.render(before)
