"""Spreadsheets written with one library and read back with another: `willing export
FILE.xlsx` equals the JSON export, and the force-generation sheet equals the plan."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from python_calamine import CalamineWorkbook
from typer.testing import CliRunner

from willing.cli.main import app
from willing.interchange.xlsx import cell_of

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
