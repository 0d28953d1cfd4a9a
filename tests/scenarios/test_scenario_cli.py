"""The scenario commands on a real SQLite file, registered on a fresh root command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from sqlalchemy import select
from typer.testing import CliRunner

from willing.cli.scenario import register
from willing.storage.schema import results as results_table
from willing.storage.store import Store


def _app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def root() -> None:
        """Test root."""

    register(app)
    return app


APP = _app()
RUNNER = CliRunner()


def run(*args: str) -> str:
    result = RUNNER.invoke(APP, list(args), env={"COLUMNS": "200"})
    if result.exit_code != 0:
        raise AssertionError(f"{args} failed: {result.output}\n{result.exception!r}")
    return result.output


def _commands() -> dict[str, str]:
    root = typer.main.get_command(APP)
    out = {}
    for name, cmd in root.commands.items():  # type: ignore[attr-defined]
        subs = getattr(cmd, "commands", None)
        if subs:
            out.update({f"{name} {s}": c.help or "" for s, c in subs.items()})
        else:
            out[name] = cmd.help or ""
    return out


@pytest.mark.parametrize("command", sorted(_commands()))
def test_every_scenario_command_has_an_example(command: str) -> None:
    text = _commands()[command]
    assert "Example:" in text
    assert f"willing {command}" in text


def test_compare_montecarlo_criticality_and_sensitivity(
    small_store: Store, sqlite_url: str, tmp_path: Path
) -> None:
    db = ["--db", sqlite_url]
    listed = json.loads(run("scenario", "list", "--json", *db))
    assert [s["id"] for s in listed] == ["baseline", "no-backstop", "all-met"]

    table = run("scenario", "compare", "baseline", "all-met", *db)
    assert "layer:reassure" in table
    assert "66.7%" in table
    assert "R-1" in table

    mc = json.loads(
        run(
            "montecarlo",
            "-n",
            "300",
            "--seed",
            "4",
            "--bound",
            "--json",
            "--executor",
            "serial",
            *db,
        )
    )
    assert mc["draws"] == 300
    assert mc["distinct_solves"] == 2
    assert mc["screening_bound_mean"]["overall"] >= mc["coverage"]["overall"]["mean"]
    again = json.loads(
        run(
            "montecarlo",
            "-n",
            "300",
            "--seed",
            "4",
            "--json",
            "--no-store",
            "--executor",
            "local",
            "--workers",
            "2",
            *db,
        )
    )
    assert again["coverage"] == mc["coverage"]
    assert "result" not in again

    ranking = json.loads(run("criticality", "--json", *db))["ranking"]
    assert ranking[0]["figures"]["overall"] == pytest.approx(2 / 3)
    printed = run("criticality", *db)
    assert "FRA" in printed
    assert "ceasefire" in printed

    sens = json.loads(run("sensitivity", "ceasefire", "-n", "200", "--steps", "3", "--json", *db))
    assert [p["probability"] for p in sens["points"]] == [0.0, 0.5, 1.0]
    assert "Sensitivity to ceasefire" in run(
        "sensitivity", "ceasefire", "-n", "50", "--steps", "2", "--no-store", *db
    )

    with small_store.engine.connect() as conn:
        rows = conn.execute(
            select(results_table.c.kind, results_table.c.scenario, results_table.c.revision)
        ).all()
    kinds = sorted(kind for kind, _, _ in rows)
    assert kinds == ["criticality", "criticality", "montecarlo", "sensitivity"]
    assert {rev for _, _, rev in rows} == {small_store.revision()}
    assert ("montecarlo", "baseline") in {(k, s) for k, s, _ in rows}


def test_save_rejects_a_bad_file_and_stores_a_good_one(
    small_store: Store, sqlite_url: str, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: bad\nwithdraw_nations: [ATL]\n", encoding="utf-8")
    result = RUNNER.invoke(APP, ["scenario", "save", str(bad), "--db", sqlite_url])
    assert result.exit_code != 0
    assert "unknown nation 'ATL'" in str(result.exception)
    good = tmp_path / "good.yaml"
    good.write_text(
        "id: no-france\ntitle: France withdraws\nwithdraw_nations: [FRA]\n", encoding="utf-8"
    )
    assert "Saved scenario no-france" in run("scenario", "save", str(good), "--db", sqlite_url)
    shown = run("scenario", "show", "no-france", "--db", sqlite_url)
    assert "withdraw_nations" in shown
    ids = [s["id"] for s in json.loads(run("scenario", "list", "--json", "--db", sqlite_url))]
    assert ids[-1] == "no-france"
    assert "bad" not in ids


def test_show_leaves_out_pledges_hidden_from_the_viewer(
    small_store: Store, sqlite_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "s.yaml"
    path.write_text("id: quiet\nwithdraw_pledges: [P-FRA-2, P-POL-1]\n", encoding="utf-8")
    run("scenario", "save", str(path), "--db", sqlite_url)
    as_admin = json.loads(run("scenario", "show", "quiet", "--json", "--db", sqlite_url))
    assert as_admin["withdraw_pledges"] == ["P-FRA-2", "P-POL-1"]
    as_poland = run("scenario", "show", "quiet", "--as", "POL", "--db", sqlite_url)
    assert "P-POL-1" in as_poland
    assert "P-FRA-2" not in as_poland


def test_the_scenario_group_itself_has_an_example() -> None:
    root = typer.main.get_command(APP)
    text = root.commands["scenario"].help or ""  # type: ignore[attr-defined]
    assert "Example:" in text
    assert "willing scenario" in text


def test_compare_store_keeps_every_scenario(small_store: Store, sqlite_url: str) -> None:
    db = ["--db", sqlite_url]
    out = json.loads(run("scenario", "compare", "baseline", "all-met", "--store", "--json", *db))
    other = json.loads(
        run("scenario", "compare", "baseline", "no-backstop", "--store", "--json", *db)
    )
    with small_store.engine.connect() as conn:
        rows = {
            r["id"]: r
            for r in conn.execute(select(results_table).where(results_table.c.kind == "compare"))
            .mappings()
            .all()
        }
    first, second = rows[out["result"]], rows[other["result"]]
    assert first["scenario"] == "baseline, all-met"
    assert second["scenario"] == "baseline, no-backstop"
    body = json.loads(first["body"])
    assert [s["id"] for s in body["scenario"]] == ["baseline", "all-met"]
    assert body["parameters"] == {"scenarios": ["baseline", "all-met"]}
    # the same first scenario, another second one: the inputs differ
    assert first["inputs_hash"] != second["inputs_hash"]
    shown = json.loads(run("scenario", "results", out["result"], "--json", *db))
    assert shown["body"]["coverage"] == out["coverage"]


def test_results_lists_newest_first_and_shows_each(small_store: Store, sqlite_url: str) -> None:
    db = ["--db", sqlite_url]
    fast = ["--executor", "serial", "--json"]
    made = [
        json.loads(run("montecarlo", "-n", "50", "--bound", *fast, *db))["result"],
        json.loads(run("criticality", *fast, *db))["result"],
        json.loads(run("sensitivity", "ceasefire", "-n", "50", "--steps", "2", *fast, *db))[
            "result"
        ],
        json.loads(run("scenario", "compare", "baseline", "all-met", "--store", "--json", *db))[
            "result"
        ],
    ]
    listed = json.loads(run("scenario", "results", "--json", *db))
    assert {r["id"] for r in listed} == set(made)
    created = [r["created_at"] for r in listed]
    assert created == sorted(created, reverse=True)
    assert all(r["revision"] == small_store.revision() for r in listed)
    assert "body" not in listed[0]
    only = json.loads(run("scenario", "results", "--kind", "criticality", "--json", *db))
    assert [r["id"] for r in only] == [made[1]]

    table = run("scenario", "results", *db)
    for rid in made:
        assert rid in table
    assert "baseline, all-met" in table
    assert "first: nation FRA" in table or "first: condition ceasefire" in table

    for rid in made:
        shown = json.loads(run("scenario", "results", rid, "--json", *db))
        assert shown["id"] == rid
        assert "parameters" in shown["body"]
        assert run("scenario", "results", rid, *db).count(rid) >= 1
    assert "Screening bound" in run("scenario", "results", made[0], *db)
    assert "R-1" in run("scenario", "results", made[1], *db)  # the lines a loss affects
    assert "Sensitivity to ceasefire" in run("scenario", "results", made[2], *db)

    missing = RUNNER.invoke(APP, ["scenario", "results", "compare-000000000000", *db])
    assert missing.exit_code != 0
    assert "no stored result 'compare-000000000000'" in str(missing.exception)  # an admin
    bad = RUNNER.invoke(APP, ["scenario", "results", "--kind", "plan", *db])
    assert bad.exit_code != 0


def test_criticality_names_the_first_lines_each_loss_affects(
    small_store: Store, sqlite_url: str
) -> None:
    printed = run("criticality", "--no-store", "--executor", "serial", "--db", sqlite_url)
    rows = [line for line in printed.splitlines() if "R-1" in line]
    assert rows, printed  # France, the ceasefire and P-FRA-1 lose line R-1
    assert "no line" in printed  # POL's pledge serves no line


def test_montecarlo_reads_at_80_columns(small_store: Store, sqlite_url: str) -> None:
    result = RUNNER.invoke(
        APP,
        ["montecarlo", "-n", "50", "--bound", "--no-store", "--executor", "serial"]
        + ["--db", sqlite_url],
        env={"COLUMNS": "80"},
    )
    assert result.exit_code == 0, result.output
    assert "…" not in result.output  # no number or header cut short
    assert max(len(line) for line in result.output.splitlines()) <= 80
    assert "Screening bound" in result.output
    assert "≥0.75" in result.output
