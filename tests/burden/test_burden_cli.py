"""The burden command on a real SQLite file: JSON for scripts and a readable table."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from willing.cli.context import console
from willing.cli.main import app
from willing.domain.catalog import Dataset
from willing.storage.store import Store

from .builders import coalition_with_secrets

runner = CliRunner()


APP = app  # the real root command, every feature registered


def run(*args: str) -> str:
    result = runner.invoke(APP, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def db_with(tmp_path: Path, ds: Dataset) -> str:
    url = f"sqlite:///{tmp_path / 'burden.db'}"
    store = Store.open(url)
    store.write(ds, actor="test")
    store.close()
    return url


def test_burden_json_known_answers(tmp_path: Path, fair_share_coalition: Dataset) -> None:
    db = db_with(tmp_path, fair_share_coalition)
    out: dict[str, Any] = json.loads(run("burden", "--pledges", "--json", "--db", db))
    rows = {r["party"]: r for r in out["rows"]}
    assert rows["AAA"]["total_eur"] == 160
    assert rows["AAA"]["fair_share"] == pytest.approx((160 / 300) / (1000 / 5000))
    assert rows["CCC"]["gdp"] == {
        "value": None,
        "year": 2024,
        "indicator": "CCC-gdp_eur-2024",
        "sources": ["imf"],
    }
    assert rows["CCC"]["pct_gdp"] is None
    assert out["coalition_total"]["status"] == "complete"
    assert {p["pledge"]: p["basis"] for p in out["pledges"]}["P7"] == "unknown"


def test_burden_table(tmp_path: Path, fair_share_coalition: Dataset) -> None:
    db = db_with(tmp_path, fair_share_coalition)
    out = run("burden", "--db", db)
    assert "Burden sharing" in out
    assert "not known" in out  # CCC's GDP, BBB's defence budget
    assert "By layer" in out


def test_withheld_total_is_said_not_shown(tmp_path: Path) -> None:
    db = db_with(tmp_path, coalition_with_secrets({"HHH": 999.0}))
    out = run("burden", "--as", "VVV", "--db", db)
    assert "withheld" in out
    assert "999" not in out


def test_burden_help_has_an_example() -> None:
    assert "Example:" in run("burden", "--help")


def test_table_shows_both_gaps(tmp_path: Path, fair_share_coalition: Dataset) -> None:
    db = db_with(tmp_path, fair_share_coalition)
    old = console.width
    console.width = 300  # one line per row, so that columns can be read back
    try:
        out = run("burden", "--db", db)
    finally:
        console.width = old
    header = next(line for line in out.splitlines() if "to allocate" in line)
    cells = [c.strip() for c in header.strip("┃│ ").split("┃")]
    assert cells[-4:] == ["allocated", "delivered", "to allocate", "to deliver"]
    aaa = next(line for line in out.splitlines() if "AAA Land AAA" in line)
    # AAA: committed 160 (delivered 60 + committed 100), allocated 60, delivered 60
    assert [c.strip() for c in aaa.strip("│ ").split("│")][-5:] == [
        "€160", "€60", "€60", "€100", "€100",
    ]  # fmt: skip
    bbb = next(line for line in out.splitlines() if "BBB Land BBB" in line)
    # BBB: 120 allocated and 20 announced: 140 committed, 20 to allocate, 140 to deliver
    assert [c.strip() for c in bbb.strip("│ ").split("│")][-5:] == [
        "€140", "€120", "€0", "€20", "€140",
    ]  # fmt: skip
