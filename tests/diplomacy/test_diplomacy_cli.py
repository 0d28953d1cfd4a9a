"""The diplomacy commands on a real SQLite file: tables, JSON, and the viewer's limits."""

from __future__ import annotations

import json
from typing import Any

import pytest
from typer.testing import CliRunner

from willing.cli.main import app
from willing.domain.errors import NotFound

runner = CliRunner()


APP = app  # the real root command, every feature registered


def run(*args: str) -> str:
    result = runner.invoke(APP, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def run_json(*args: str) -> Any:
    return json.loads(run(*args, "--json"))


def test_meetings_json_timeline_and_attendance(diplomacy_db: str) -> None:
    out = run_json("meetings", "--attendance", "--window", "2", "--db", diplomacy_db)
    assert [m["id"] for m in out["meetings"]] == ["M1", "M2", "M3", "M4"]
    assert out["meetings"][3]["outcomes"][0]["id"] == "D-PARIS"
    drifting = {r["party"] for r in out["attendance"] if r["drifting"]}
    assert drifting == {"ITA"}


def test_meetings_table_shows_levels(diplomacy_db: str) -> None:
    out = run("meetings", "--attendance", "--db", diplomacy_db)
    assert "Level of representation" in out
    assert "ENV" in out
    assert "drifting away" in out or "Attendance" in out


def test_alignment_change_json(diplomacy_db: str) -> None:
    out = run_json(
        "alignment",
        "--at",
        "2026-01-06",
        "--compare",
        "2025-12-01",
        "--as",
        "FRA",
        "--db",
        diplomacy_db,
    )
    assert out["before"]["scores"]["FRA"]["USA"] == pytest.approx(0.25)
    assert out["after"]["scores"]["FRA"]["USA"] == pytest.approx(0.5)
    assert out["moves"][0] == {"a": "UKR", "b": "USA", "delta": pytest.approx(0.5)}


def test_alignment_respects_the_viewer(diplomacy_db: str) -> None:
    # USA (and the administrator) see USA's national position on F (oppose); FRA does not
    usa = run_json("alignment", "--at", "2026-01-06", "--as", "USA", "--db", diplomacy_db)
    fra = run_json("alignment", "--at", "2026-01-06", "--as", "FRA", "--db", diplomacy_db)
    assert usa["scores"]["FRA"]["USA"] == pytest.approx((0.5 + 0.0) / 2)
    assert fra["scores"]["FRA"]["USA"] == pytest.approx(0.5)
    admin = run_json("alignment", "--at", "2026-01-06", "--db", diplomacy_db)
    assert admin["scores"] == usa["scores"]


def test_alignment_table(diplomacy_db: str) -> None:
    out = run(
        "alignment",
        "--at",
        "2026-01-06",
        "--compare",
        "2025-12-01",
        "--as",
        "FRA",
        "--db",
        diplomacy_db,
    )
    assert "Alignment at 2025-12-01" in out
    assert "Change from" in out
    assert "+0.50" in out


def test_alignment_between_blocs(diplomacy_db: str) -> None:
    out = run_json(
        "alignment", "--at", "2026-01-06", "--compare", "2025-12-01", "--as", "FRA",
        "--bloc", "Washington=USA", "--bloc", "Rest=FRA,UKR", "--db", diplomacy_db,
    )  # fmt: skip
    assert out["before"]["blocs"]["Washington"]["Rest"] == pytest.approx((0.25 + 0.0) / 2)
    assert out["after"]["blocs"]["Washington"]["Rest"] == pytest.approx((0.5 + 0.5) / 2)
    table = run(
        "alignment", "--at", "2026-01-06", "--compare", "2025-12-01", "--as", "FRA",
        "--bloc", "Washington=USA", "--bloc", "Rest=FRA,UKR", "--db", diplomacy_db,
    )  # fmt: skip
    assert "0.12 -> 0.50" in table


def test_bad_bloc_is_refused(diplomacy_db: str) -> None:
    result = runner.invoke(
        APP, ["alignment", "--at", "2026-01-06", "--bloc", "USA", "--db", diplomacy_db]
    )
    assert result.exit_code == 2
    assert "NAME=P1,P2" in result.output


def test_positions_over_time_with_sources(diplomacy_db: str) -> None:
    out = run_json("positions", "--issue", "T", "--as", "FRA", "--db", diplomacy_db)
    assert [(p["party"], p["stance"]) for p in out[0]["positions"]] == [
        ("FRA", "support"),
        ("UKR", "support"),
        ("USA", "oppose"),
        ("USA", "conditional"),
    ]
    early = run_json("positions", "--at", "2025-12-01", "--as", "FRA", "--db", diplomacy_db)
    assert {i["issue"]: len(i["positions"]) for i in early} == {"F": 2, "T": 3}
    assert "Territory" in run("positions", "--db", diplomacy_db)


def test_documents_and_readiness(diplomacy_db: str) -> None:
    docs = {d["document"]: d for d in run_json("documents", "--as", "FRA", "--db", diplomacy_db)}
    assert docs["D"]["computed"] == pytest.approx(0.6)
    assert docs["D"]["flagged"] is True
    one = run_json("readiness", "D", "--as", "FRA", "--db", diplomacy_db)
    assert [c["number"] for c in one["clauses"]] == ["2", "3", "4", "5", "10"]
    usa = run_json("readiness", "D", "--as", "USA", "--db", diplomacy_db)
    assert usa["computed"] == pytest.approx(4 / 6)  # USA also sees its agreed clause 9
    table = run("readiness", "D", "--as", "FRA", "--db", diplomacy_db)
    assert "Computed readiness 60%" in table
    assert "claimed 90%" in table
    assert "computed over the clauses released to you" in table
    assert "released to you" not in run("readiness", "D", "--db", diplomacy_db)


def test_hidden_document_is_not_found(diplomacy_db: str) -> None:
    result = runner.invoke(APP, ["readiness", "NOPE", "--db", diplomacy_db])
    assert isinstance(result.exception, NotFound)


def test_every_command_has_an_example() -> None:
    for name in ("meetings", "alignment", "positions", "documents", "readiness"):
        assert "Example:" in run(name, "--help")
