"""The diplomacy commands on a real SQLite file: tables, JSON, and the viewer's limits."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from willing.cli.main import app
from willing.domain.catalog import Dataset
from willing.domain.enums import PartyKind, PartyRole
from willing.domain.errors import NotFound
from willing.domain.labels import Classification, Label
from willing.domain.parties import Party
from willing.storage.store import Store

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
    drifting = {r["party"]: r["drift_rule"] for r in out["attendance"] if r["drifting"]}
    # USA, counted at two meetings only, is judged on its latest one against the earlier one
    assert drifting == {"ITA": "window-vs-before", "USA": "latest-vs-earlier"}


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


def _refused(*args: str) -> str:
    result = runner.invoke(APP, list(args))
    assert result.exit_code == 2, result.output
    return " ".join(result.output.split())


def test_unknown_party_is_refused(diplomacy_db: str) -> None:
    out = _refused("alignment", "--at", "2026-01-06", "--party", "XXX", "--db", diplomacy_db)
    assert "unknown party 'XXX'" in out
    out = _refused("alignment", "--at", "2026-01-06", "--bloc", "B=FRA,XXX", "--db", diplomacy_db)
    assert "unknown party 'XXX'" in out
    known = run_json("alignment", "--at", "2026-01-06", "--party", "fra", "--db", diplomacy_db)
    assert known["parties"] == ["FRA"]


def test_hidden_party_is_refused_like_a_missing_one(tmp_path: Path) -> None:
    secret = Label(classification=Classification.NATIONAL, owner="AAA")
    parties = [
        Party(id="AAA", name="A", party_kind=PartyKind.STATE, role=PartyRole.MEMBER),
        Party(id="BBB", name="B", party_kind=PartyKind.STATE, role=PartyRole.MEMBER),
        Party(id="HHH", name="H", party_kind=PartyKind.STATE, role=PartyRole.MEMBER, label=secret),
    ]
    url = f"sqlite:///{tmp_path / 'parties.db'}"
    store = Store.open(url)
    store.write(Dataset(name="p", records={"parties": list(parties)}), actor="test")
    store.close()

    def error(code: str, *viewer: str) -> str:
        out = _refused("alignment", "--at", "2026-01-06", "--party", code, *viewer, "--db", url)
        return out.replace(code, "CODE")

    assert error("HHH", "--as", "BBB") == error("ZZZ", "--as", "BBB")
    assert "unknown party" in error("HHH", "--as", "BBB")
    run("alignment", "--at", "2026-01-06", "--party", "HHH", "--as", "AAA", "--db", url)
    run("alignment", "--at", "2026-01-06", "--party", "HHH", "--db", url)  # administrator


def test_periods_must_run_forwards(diplomacy_db: str) -> None:
    out = _refused("meetings", "--from", "2026-01-06", "--to", "2025-01-01", "--db", diplomacy_db)
    assert "2026-01-06 is after 2025-01-01" in out
    out = _refused(
        "alignment", "--at", "2025-12-01", "--compare", "2026-01-06", "--db", diplomacy_db
    )
    assert "2026-01-06 is after 2025-12-01" in out
    assert "--compare" in out
    run("meetings", "--from", "2025-09-04", "--to", "2025-09-04", "--db", diplomacy_db)
    run("alignment", "--at", "2026-01-06", "--compare", "2026-01-06", "--db", diplomacy_db)


def test_alignment_says_what_it_rests_on(diplomacy_db: str) -> None:
    out = run_json("alignment", "--at", "2026-01-06", "--as", "FRA", "--db", diplomacy_db)
    # FRA sees T and F for FRA, T and F for USA, T for UKR: five positions, none notional
    assert (out["positions"], out["notional_positions"], out["notional_share"]) == (5, 0, 0)
    assert out["shared_issue_counts"]["FRA"] == {"UKR": 1, "USA": 2}
    assert out["shared_issue_counts"]["UKR"]["USA"] == 1
    table = run("alignment", "--at", "2026-01-06", "--as", "FRA", "--detail", "--db", diplomacy_db)
    flat = " ".join(table.split())
    assert "0% of its 5 positions are notional" in flat
    assert "each score rests on 1 to 2 shared issues" in flat
    assert "Shared issues per pair" in table
