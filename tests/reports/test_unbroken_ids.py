"""Ids and codes with hyphens (UKR-KYIV, ceasefire-monitoring) are never split across
lines in a report's tables: a reader copies them whole, as the CLI prints them."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from willing.domain.labels import Classification
from willing.present.marking import Marking
from willing.reports import html, pdf
from willing.reports.document import UNBROKEN_MAX, Report, Section, Table, pieces
from willing.services.access import Registry, Viewer
from willing.services.registry import read_source
from willing.storage.store import Store

from .conftest import SHIPPED, Built
from .test_other_reports import REPORTS


def _hyphenated_ids() -> set[str]:
    """Ids of the shipped data set with a hyphen, short enough to be kept whole."""
    data = read_source(SHIPPED)
    kinds = ("locations", "conditions", "capabilities", "phases")
    ids = {r.id for kind in kinds for r in data.records[kind]}
    return {i for i in ids if "-" in i and len(i) <= UNBROKEN_MAX}


def _broken(text: str, ids: set[str]) -> list[str]:
    """Ids found split after one of their hyphens, across a line break."""
    found = []
    for one in ids:
        for at in [m.end() for m in re.finditer("-", one)]:
            if f"{one[:at]}\n{one[at:]}" in text:
                found.append(one)
    return found


@pytest.mark.parametrize("name", ["admin", "POL"])
def test_no_id_is_split_across_lines_in_the_read_ahead_pdf(
    read_aheads: dict[str, Built], name: str
) -> None:
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(read_aheads[name].pdf)).pages)
    ids = _hyphenated_ids()
    assert any(i in text for i in ids), "the check would see no id at all"
    assert _broken(text, ids) == []


@pytest.mark.parametrize("kind", ["contribution", "force-generation"])
def test_no_id_is_split_across_lines_in_the_other_reports(reports_db: str, kind: str) -> None:
    store = Store.open(reports_db)
    try:
        report = REPORTS[kind](Registry(store, Viewer.admin()))
    finally:
        store.close()
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.render(report))).pages)
    ids = _hyphenated_ids()
    assert any(i in text for i in ids), "the check would see no id at all"
    assert _broken(text, ids) == []


def test_a_narrow_column_keeps_its_ids_whole() -> None:
    """One column squeezed by a long neighbour: the id moves to a new line, whole."""
    rows = tuple(
        (f"R-{n}", f"reassure / UKR-KYIV / entry {n}", "word " * 80 + "ceasefire-monitoring")
        for n in range(3)
    )
    report = Report(
        title="t",
        subtitle="",
        marking=Marking(Classification.PUBLIC, ()),
        sections=[Section("s", [Table(("line", "where", "why"), rows)])],
    )
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.render(report))).pages)
    assert "UKR-KYIV" in text.replace("\n", " ")
    assert _broken(text, {"UKR-KYIV", "ceasefire-monitoring"}) == []
    page = html.render(report)
    assert '<span class="id">UKR-KYIV</span>' in page
    assert '<span class="id">ceasefire-monitoring</span>' in page


def test_pieces_keep_short_hyphenated_words_and_the_text() -> None:
    text = "3 wait on ceasefire-monitoring, parliament:NLD and " + "x" * 30 + "-y"
    parts = pieces(text)
    assert "".join(p for p, _ in parts) == text
    assert [p for p, keep in parts if keep] == ["ceasefire-monitoring,"]
