"""Spreadsheets written with one library and read back with another: `willing export
FILE.xlsx` equals the JSON export, and the force-generation sheet equals the plan."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from python_calamine import CalamineWorkbook
from typer.testing import CliRunner

from willing.cli.main import app
from willing.domain.catalog import KINDS
from willing.interchange.xlsx import cell_of
from willing.present.marking import marking
from willing.reports import forcegen
from willing.services.access import Registry, Role, Viewer
from willing.storage.store import Store

from .conftest import VIEWERS


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _sheets(path: Path) -> dict[str, list[list[Any]]]:
    book = CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def _same(got: Any, want: Any) -> bool:
    if want is None:
        return got in ("", None)
    if isinstance(want, bool):
        return got is want
    if isinstance(want, int | float):
        return isinstance(got, int | float) and float(got) == float(want)
    if isinstance(want, dt.date):
        return (got.date() if isinstance(got, dt.datetime) else got) == want
    return bool(got == want)


@pytest.mark.parametrize("who", ["admin", "POL"])
def test_the_xlsx_export_equals_the_json_export(reports_db: str, tmp_path: Path, who: str) -> None:
    viewer = [] if who == "admin" else ["--as", who]
    _run("export", str(tmp_path / "all.xlsx"), "--db", reports_db, *viewer)
    _run("export", str(tmp_path / "all.json"), "--db", reports_db, *viewer)
    doc = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    sheets = _sheets(tmp_path / "all.xlsx")
    kinds = [k for k, v in doc.items() if isinstance(v, list)]
    assert sorted(sheets) == sorted(kinds)
    for kind in kinds:
        header, *rows = sheets[kind]
        records = doc[kind]
        assert len(rows) == len(records), kind
        assert header[0] == "id"
        for row, record in zip(rows, records, strict=True):
            for column, got in zip(header, row, strict=True):
                want = cell_of(record.get(column))
                assert _same(got, want), (kind, record["id"], column, got, want)


def test_lists_are_readable_text_and_figures_are_numbers(reports_db: str, tmp_path: Path) -> None:
    _run("export", str(tmp_path / "all.xlsx"), "--db", reports_db)
    header, *rows = _sheets(tmp_path / "all.xlsx")["pledges"]
    quantity, layers = header.index("quantity"), header.index("layers")
    assert all(isinstance(r[quantity], float) for r in rows)
    assert all("[" not in str(r[layers]) and '"' not in str(r[layers]) for r in rows)


def test_the_force_generation_sheet_equals_the_plan(reports_db: str, tmp_path: Path) -> None:
    out = tmp_path / "cjsor.xlsx"
    _run("report", "force-generation", "--db", reports_db, "--as", "POL", "--out", str(out))
    plan = json.loads(_run("plan", "--db", reports_db, "--as", "POL", "--json", "--no-store"))
    sheets = _sheets(out)
    assert set(sheets) == {"requirements", "lines", "gaps"}
    _, *lines = sheets["lines"]
    want = [[ln["pledge"], ln["party"], ln["requirement"], ln["units"]] for ln in plan["lines"]]
    assert [[a, b, c, float(d)] for a, b, c, d in lines] == want
    _, *gaps = sheets["gaps"]
    assert [(g[0], float(g[8])) for g in gaps] == [
        (g["requirement"], g["missing"]) for g in plan["gaps"]
    ]
    assert "POL" in VIEWERS


def test_an_xlsx_file_is_refused_on_import_with_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "data.xlsx"
    path.write_bytes(b"PK")
    result = CliRunner().invoke(app, ["load", str(path), "--db", f"sqlite:///{tmp_path}/x.db"])
    assert result.exit_code != 0


MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
DOC_RELS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _sheet_xml(path: Path) -> dict[str, ElementTree.Element]:
    """Each sheet's XML by sheet name, read from the file itself (not through a library)."""
    with zipfile.ZipFile(path) as book:
        names = ElementTree.fromstring(book.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(book.read("xl/_rels/workbook.xml.rels"))
        target = {r.get("Id"): r.get("Target") for r in rels.iter(f"{RELS}Relationship")}
        out = {}
        for sheet in names.iter(f"{MAIN}sheet"):
            where = target[sheet.get(f"{DOC_RELS}id")].lstrip("/")
            where = where if where.startswith("xl/") else f"xl/{where}"
            out[sheet.get("name")] = ElementTree.fromstring(book.read(where))
    return out


def _layout(sheet: ElementTree.Element) -> tuple[str | None, str | None, str | None, str | None]:
    """(frozen pane's top-left cell, filter range, printed header, printed footer)."""
    pane = sheet.find(f"{MAIN}sheetViews/{MAIN}sheetView/{MAIN}pane")
    filters = sheet.find(f"{MAIN}autoFilter")
    head = sheet.find(f"{MAIN}headerFooter/{MAIN}oddHeader")
    foot = sheet.find(f"{MAIN}headerFooter/{MAIN}oddFooter")
    frozen = pane.get("topLeftCell") if pane is not None and pane.get("state") == "frozen" else None
    return (
        frozen,
        None if filters is None else filters.get("ref"),
        None if head is None else head.text,
        None if foot is None else foot.text,
    )


@pytest.mark.parametrize("who", ["admin", "POL"])
def test_every_sheet_has_a_frozen_header_filters_and_its_marking(
    reports_db: str, tmp_path: Path, who: str
) -> None:
    viewer = [] if who == "admin" else ["--as", who]
    _run("export", str(tmp_path / "all.xlsx"), "--db", reports_db, *viewer)
    store = Store.open(reports_db)
    try:
        registry = Registry(store, Viewer.admin() if who == "admin" else Viewer(who, Role.LIAISON))
        groups = {p.id: list(getattr(p, "member_of", [])) for p in registry.list("parties")}
        want = {
            kind: str(marking([r.label for r in registry.list(kind)], groups)) for kind in KINDS
        }
    finally:
        store.close()
    sheets = _sheet_xml(tmp_path / "all.xlsx")
    assert sheets
    for name, sheet in sheets.items():
        frozen, filters, head, foot = _layout(sheet)
        assert frozen == "A2", name
        assert filters is not None, name
        assert filters.startswith("A1:"), name
        # "&C" centres the marking; "&&" would be a literal "&"
        assert head == foot == f"&C{want[name]}", name
    marks = {want[name] for name in sheets}
    if who == "admin":  # national records are in the administrator's export
        assert any(m.startswith("NATIONAL") for m in marks)
    assert any(m != "PUBLIC" for m in marks)


def test_the_force_generation_sheets_carry_the_reports_marking(
    reports_db: str, tmp_path: Path
) -> None:
    out = tmp_path / "cjsor.xlsx"
    _run("report", "force-generation", "--db", reports_db, "--out", str(out))
    store = Store.open(reports_db)
    try:
        mark = str(forcegen.build(Registry(store, Viewer.admin())).marking)
    finally:
        store.close()
    assert mark.startswith("NATIONAL")  # what the PDF of the same sheet is marked
    sheets = _sheet_xml(out)
    assert set(sheets) == {"requirements", "lines", "gaps"}
    for name, sheet in sheets.items():
        assert _layout(sheet)[2:] == (f"&C{mark}", f"&C{mark}"), name
