"""The read-ahead as each viewer gets it: marked on every page, naming nothing hidden from
its viewer, the same whatever hidden records hold, and the figures `willing plan` gives."""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from willing.cli.main import app
from willing.domain.catalog import KINDS
from willing.domain.labels import Classification
from willing.interchange.documents import dataset_to_document
from willing.present.marking import ORDER, marking
from willing.present.numbers import money_keur, percent, units
from willing.reports import html, pdf
from willing.reports.document import Bullets, Para, Table
from willing.reports.readahead import build
from willing.services.access import Registry, Viewer
from willing.services.registry import read_source
from willing.storage.store import Store

from .conftest import OPTIONS, SHIPPED, Built

VIEWED = ["POL", "FRA", "none"]


def pages(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _page_marks(data: bytes) -> list[tuple[str, str]]:
    """The marking at the top and at the bottom (before the page number) of each page."""
    out = []
    for text in pages(data):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        out.append((lines[0], re.sub(r"\s*\d+ / \d+$", "", lines[-1])))
    return out


@pytest.mark.parametrize("who", ["admin", *VIEWED])
def test_every_page_is_marked_at_top_and_bottom(read_aheads: dict[str, Built], who: str) -> None:
    built = read_aheads[who]
    mark = str(built.report.marking)
    marks = _page_marks(built.pdf)
    assert len(marks) > 5
    known = {str(m) for m in built.report.runs.values()}
    assert marks[0] == (mark, mark)  # the cover carries the whole report's marking
    for number, (top, bottom) in enumerate(marks, 1):
        assert top == bottom, number
        assert top in known | {mark}, (number, top)
        level = top.split(" //")[0]
        assert ORDER.index(Classification(level)) <= ORDER.index(
            built.report.marking.classification
        )
    assert built.html.count(f'class="marking top">{mark}<') == 1
    assert built.html.count(f'class="marking bottom">{mark}<') == 1


@pytest.mark.parametrize("who", ["admin", *VIEWED])
def test_each_page_is_marked_for_what_it_shows(
    read_aheads: dict[str, Built], reports_db: str, who: str
) -> None:
    """No page names a record more restricted than its marking says."""
    built = read_aheads[who]
    store = Store.open(reports_db)
    registry = Registry(store, built.viewer)
    labels = {r.id: r.label for kind in KINDS for r in registry.list(kind)}
    groups = {p.id: list(getattr(p, "member_of", [])) for p in registry.list("parties")}
    store.close()
    restricted = {i: label for i, label in labels.items() if label.classification.value != "PUBLIC"}
    assert restricted or who == "none"
    for number, (text, (top, _)) in enumerate(
        zip(pages(built.pdf), _page_marks(built.pdf), strict=True), 1
    ):
        named = _named(flat(text), set(restricted))
        if not named:
            continue
        needed = marking([restricted[i] for i in named], groups)
        shown_level = Classification(top.split(" //")[0])
        assert ORDER.index(shown_level) >= ORDER.index(needed.classification), (number, named)


def test_pages_of_one_report_carry_different_markings(read_aheads: dict[str, Built]) -> None:
    """The administrator's read-ahead shows national records on some pages only: the
    others are marked lower than the whole report."""
    built = read_aheads["admin"]
    tops = [top for top, _ in _page_marks(built.pdf)]
    assert str(built.report.marking) in tops
    assert any(top != str(built.report.marking) for top in tops)


def test_the_marking_follows_the_records_shown(read_aheads: dict[str, Built]) -> None:
    # the administrator's view includes national records; the public's only public ones
    assert str(read_aheads["admin"].report.marking).startswith("NATIONAL")
    assert str(read_aheads["none"].report.marking) == "PUBLIC"
    assert str(read_aheads["POL"].report.marking) != "PUBLIC"


def _strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


def _visible_text(store: Store, viewer: Viewer) -> str:
    """Every string the viewer may see, as it is stored (for "is this a leak?")."""
    return "\n".join(_strings(dataset_to_document(Registry(store, viewer).dataset())))


def _hidden(store: Store, viewer: Viewer) -> tuple[set[str], set[str]]:
    """Ids of records hidden from `viewer`, and their names, titles and quotes that appear
    nowhere in what it may see (a name shared with a visible record is not a leak)."""
    admin, mine = Registry(store, Viewer.admin()), Registry(store, viewer)
    seen_text = _visible_text(store, viewer)
    ids: set[str] = set()
    words: set[str] = set()
    for kind in KINDS:
        visible = {r.id for r in mine.list(kind)}
        for record in admin.list(kind):
            if record.id in visible:
                continue
            ids.add(record.id)
            for field in ("name", "title", "summary", "caveats"):
                value = getattr(record, field, None)
                if isinstance(value, str) and len(value) > 6 and value not in seen_text:
                    words.add(value)
            for ev in record.evidence:
                if ev.quote and len(ev.quote) > 6 and ev.quote not in seen_text:
                    words.add(ev.quote)
    return ids, words


def _named(text: str, ids: set[str]) -> set[str]:
    return {
        i for i in ids if re.search(rf"(?<![A-Za-z0-9_:.-]){re.escape(i)}(?![A-Za-z0-9_:-])", text)
    }


@pytest.mark.parametrize("who", VIEWED)
def test_no_hidden_id_name_or_quote_reaches_a_viewer(
    read_aheads: dict[str, Built], reports_db: str, who: str
) -> None:
    built = read_aheads[who]
    store = Store.open(reports_db)
    ids, words = _hidden(store, built.viewer)
    store.close()
    assert ids, "the shipped data set hides nothing from this viewer: the test proves nothing"
    source = pdf.source(built.report, [])
    for text in (flat(" ".join(pages(built.pdf))), built.html, source):
        assert _named(text, ids) == set()
        assert {w for w in words if w in text} == set()


def _rewritten(hidden: set[str]) -> Any:
    """The shipped data set with every text of the given records changed."""
    dataset = read_source(SHIPPED)
    for kind in KINDS:
        out = []
        for record in dataset.records[kind]:
            if record.id in hidden:
                update: dict[str, Any] = {
                    f: f"SECRET {getattr(record, f)} changed"
                    for f in ("name", "title", "summary", "caveats")
                    if isinstance(getattr(record, f, None), str)
                }
                # a quote must be the text at its span, so the span goes with the change
                update["evidence"] = [
                    ev.model_copy(update={"quote": None, "start": None, "end": None})
                    for ev in record.evidence
                ]
                record = record.model_copy(update=update)
            out.append(record)
        dataset.records[kind] = out
    return dataset


@pytest.mark.parametrize("who", VIEWED)
def test_the_same_content_whatever_hidden_records_hold(
    read_aheads: dict[str, Built], reports_db: str, tmp_path: Path, who: str
) -> None:
    built = read_aheads[who]
    store = Store.open(reports_db)
    ids, _ = _hidden(store, built.viewer)
    store.close()
    url = f"sqlite:///{tmp_path / 'other.db'}"
    other = Store.open(url)
    other.write(_rewritten(ids), actor="test")
    report = build(Registry(other, built.viewer), OPTIONS)
    other.close()
    assert pdf.source(report, []) == pdf.source(built.report, [])
    assert html.render(report) == built.html


def _summary_table(built: Built) -> Table:
    tables = [b for b in built.report.sections[0].blocks if isinstance(b, Table)]
    return tables[0]


@pytest.mark.parametrize("who", ["admin", *VIEWED])
def test_summary_figures_are_those_of_willing_plan(
    read_aheads: dict[str, Built], reports_db: str, who: str
) -> None:
    built = read_aheads[who]
    args = ["plan", "--db", reports_db, "--json", "--no-store"]
    if built.viewer.party:
        args += ["--as", built.viewer.party]
    elif not built.viewer.is_admin:
        args += ["--role", built.viewer.role.value]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    table = _summary_table(built)
    baseline = {row[0]: row[1] for row in table.rows}
    for row in data["tables"]["layer"]:
        assert baseline[row["name"]] == percent(row["share"])
    assert baseline["overall"] == percent(data["coverage"])
    text = flat(" ".join(pages(built.pdf)))
    assert f"The force is {percent(data['coverage'])} sourced" in text
    assert f"{len(data['gaps'])} requirement lines you may see are short" in text


def _cli(reports_db: str, viewer: Viewer, *args: str) -> Any:
    """`willing ARGS --json` for the viewer, decoded."""
    who = ["--as", viewer.party] if viewer.party else []
    if not viewer.party and not viewer.is_admin:
        who = ["--role", viewer.role.value]
    result = CliRunner().invoke(app, [*args, "--db", reports_db, "--json", *who])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.parametrize("who", ["admin", *VIEWED])
def test_every_summary_figure_is_that_of_willing_plan(
    read_aheads: dict[str, Built], reports_db: str, who: str
) -> None:
    """Each column of the summary table is `willing plan --json` under its assumptions, and
    the sentences, the gaps by priority and the biggest gaps say that plan's figures."""
    built = read_aheads[who]
    seen = [c["id"] for c in _cli(reports_db, built.viewer, "list", "conditions")]
    funding = {
        c["id"]
        for c in _cli(reports_db, built.viewer, "list", "capabilities")
        if c["domain"] == "funding"
    }
    assumed = {
        "baseline": [],
        "with the US backstop": ["--assume", "us-backstop=met"],
        "every condition met": [a for c in seen for a in ("--assume", f"{c}=met")],
    }
    table = _summary_table(built)
    assert table.header[1] == "baseline"
    assert len(table.header) == (4 if "us-backstop" in seen else 3)
    for column, name in enumerate(table.header[1:], 1):
        data = _cli(reports_db, built.viewer, "plan", "--no-store", *assumed[name])
        shown = {row[0]: row[column] for row in table.rows}
        want = {row["name"]: percent(row["share"]) for row in data["tables"]["layer"]}
        assert shown == {**want, "overall": percent(data["coverage"])}, name
    data = _cli(reports_db, built.viewer, "plan", "--no-store")
    gaps = data["gaps"]
    force = sum(g["missing"] for g in gaps if g["capability"] not in funding)
    eur = sum(g["missing"] for g in gaps if g["capability"] in funding)
    blocks = built.report.sections[0].blocks
    paragraph = next(b.text for b in blocks if isinstance(b, Para))
    assert f"{len(gaps)} requirement lines you may see are short" in paragraph
    assert f"by {units(force)}" in paragraph
    if eur:
        assert f"{money_keur(eur)} of funding in all" in paragraph
    bullets = [b.items for b in blocks if isinstance(b, Bullets)]
    by_priority, biggest = bullets[0], bullets[1]
    counts = Counter(int(g["priority"]) for g in gaps)
    assert [item.split(":")[0] for item in by_priority] == [f"priority {p}" for p in sorted(counts)]
    for item, prio in zip(by_priority, sorted(counts), strict=True):
        assert f": {counts[prio]} line{'s' if counts[prio] != 1 else ''} short of" in item
    # priority first, then the share of the line's demand missing, then the amount
    top = sorted(
        gaps,
        key=lambda g: (g["priority"], -g["missing"] / g["demand"], -g["missing"], g["requirement"]),
    )[:3]
    assert [item.split(" ")[0] for item in biggest] == [g["requirement"] for g in top]
    for item, g in zip(biggest, top, strict=True):
        money = g["capability"] in funding
        missing = money_keur(g["missing"]) if money else units(g["missing"])
        demand = money_keur(g["demand"]) if money else units(g["demand"])
        assert f"short of {missing} of {demand}" in item


def test_the_read_ahead_maps_where_forces_would_deploy(read_aheads: dict[str, Built]) -> None:
    built = read_aheads["POL"]
    text = flat(" ".join(pages(built.pdf)))
    assert "Demand filled where forces would deploy, by country" in text
