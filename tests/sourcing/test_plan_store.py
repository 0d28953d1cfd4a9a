"""The database path: set-based loading, stored plans and `willing plan` for each viewer."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import typer
from sqlalchemy import select
from typer.testing import CliRunner

from willing.cli import plan as plan_cli
from willing.domain.catalog import KINDS
from willing.domain.enums import ConditionStatus
from willing.present.numbers import FRACTION_MEANS, percent
from willing.services.access import Registry, Role, Viewer
from willing.services.registry import read_source
from willing.sourcing import explain_gaps, from_dataset, solve
from willing.sourcing.loader import load_problem
from willing.sourcing.plans import gap_rows, problem_digest, store_plan
from willing.sourcing.service import plan
from willing.storage.schema import results
from willing.storage.store import Store

from .scenarios import Scenario

SHIPPED = "cotw-ukraine-2026"


@pytest.fixture(scope="module")
def shipped_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite file holding the shipped data set."""
    path = tmp_path_factory.mktemp("plan") / "willing.db"
    url = f"sqlite:///{path}"
    store = Store.open(url)
    store.write(read_source(SHIPPED), actor="test")
    store.close()
    return url


def test_loader_reads_the_same_problem_as_the_records(store: Store) -> None:
    dataset = read_source(SHIPPED)
    store.write(dataset, actor="test")
    loaded, revision = load_problem(Registry(store, Viewer.admin()))
    assert revision >= 1
    assert problem_digest(loaded) == problem_digest(from_dataset(dataset))
    # a viewer's problem holds exactly the records it may see
    pol = Registry(store, Viewer("POL", Role.LIAISON))
    mine, _ = load_problem(pol)
    assert set(mine.pledge_ids) == {p.id for p in pol.list("pledges")}
    assert set(mine.requirement_ids) == {r.id for r in pol.list("requirements")}
    assert len(mine.pledge_ids) < len(dataset.records["pledges"])


def test_a_stored_plan_keeps_its_inputs_revision_and_digest(shipped_db: str) -> None:
    store = Store.open(shipped_db)
    registry = Registry(store, Viewer.admin())
    problem, revision = load_problem(registry)
    result = solve(problem)
    plan_id = store_plan(registry, result, explain_gaps(result), revision, {"ceasefire": "met"})
    with store.engine.connect() as conn:
        row = conn.execute(select(results).where(results.c.id == plan_id)).one()
    store.close()
    assert row.kind == "plan"
    assert row.revision == revision
    assert row.scenario == "ceasefire=met"
    assert row.inputs_hash == problem_digest(problem)
    summary = json.loads(row.summary)
    assert summary["objective"] == result.objective == summary["bound"]
    body = json.loads(row.body)
    assert len(body["lines"]) == len(result.pledge)
    # the scenario as fields, so `willing plan show` can rebuild the problem
    assert body["assume"] == {"ceasefire": "met"}
    assert body["unknown_as"] == "failed"
    assert body["force_share_cap"] is None


def test_the_backstop_assumption_fills_backstop_lines(shipped_db: str) -> None:
    store = Store.open(shipped_db)
    registry = Registry(store, Viewer.admin())
    default = plan(registry, store=False).data
    backstop = plan(registry, {"us-backstop": ConditionStatus.MET}, store=False).data
    store.close()

    def filled(data: dict[str, Any], layer: str) -> float:
        rows = data["tables"]["layer"]
        return float(next(r["filled"] for r in rows if r["name"] == layer))

    assert filled(backstop, "backstop") > filled(default, "backstop")
    assert backstop["objective"] > default["objective"]
    assert "us-backstop" in backstop["scenario"]["met"]
    reasons = {r["condition"] for g in default["gaps"] for r in g["reasons"]}
    assert "us-backstop" in reasons


def test_a_viewer_plans_over_the_records_it_may_see(shipped_db: str) -> None:
    store = Store.open(shipped_db)
    admin = plan(Registry(store, Viewer.admin()), store=False).data
    viewer = Registry(store, Viewer("POL", Role.LIAISON))
    mine = plan(viewer, store=False).data
    visible = {p.id for p in viewer.list("pledges")}
    lines = viewer.list("requirements")
    store.close()
    assert {line["pledge"] for line in mine["lines"]} <= visible
    assert mine["withheld_lines"] == 0
    # demand counts the lines the viewer may see, not the coalition's
    reassure = next(r for r in mine["tables"]["layer"] if r["name"] == "reassure")
    seen = sum(
        np.ceil(r.quantity * r.rotation_factor - 1e-9) for r in lines if r.layer == "reassure"
    )
    assert reassure["demand"] == seen
    everyone = next(r for r in admin["tables"]["layer"] if r["name"] == "reassure")
    assert everyone["demand"] > reassure["demand"]


def _hidden_ids(store: Store, party: str) -> set[str]:
    """Ids of every record the administrator sees and `party`'s liaison does not."""
    admin, viewer = Registry(store, Viewer.admin()), Registry(store, Viewer(party, Role.LIAISON))
    hidden: set[str] = set()
    for kind in KINDS:
        hidden |= {r.id for r in admin.list(kind)} - {r.id for r in viewer.list(kind)}
    return hidden


def _named(text: str, ids: set[str]) -> set[str]:
    """Which of `ids` appear in `text` as whole ids (not as part of a longer id)."""
    return {
        i for i in ids if re.search(rf"(?<![A-Za-z0-9_:.-]){re.escape(i)}(?![A-Za-z0-9_:-])", text)
    }


@pytest.mark.parametrize("party", ["POL", "DEU"])
def test_a_viewer_never_sees_a_hidden_record_in_any_output(
    runner_app: typer.Typer, shipped_db: str, party: str
) -> None:
    store = Store.open(shipped_db)
    hidden = _hidden_ids(store, party)
    admin = plan(Registry(store, Viewer.admin()), unknown_as=ConditionStatus.MET, store=False).data
    store.close()
    # the plan really uses records this viewer may not see, so the check is not vacuous
    used = {line["pledge"] for line in admin["lines"]}
    assert {"P-GBR-sof-task-group-national", "P-FRA-mech-inf-bn-national"} <= used
    assert used & hidden
    assert _named(json.dumps(admin), hidden)
    runner = CliRunner()
    base = ["plan", "--db", shipped_db, "--as", party, "--unknown-as", "met", "--no-store"]
    outputs = {
        "json": runner.invoke(runner_app, [*base, "--json"]),
        "table": runner.invoke(
            runner_app, [*base, "--lines", "--top", "1000"], env={"COLUMNS": "400"}
        ),
        **{
            f"csv {t}": runner.invoke(runner_app, [*base, "--csv", t])
            for t in ("gaps", "coverage", "lines", "contributions")
        },
    }
    for name, out in outputs.items():
        assert out.exit_code == 0, (name, out.output)
        assert _named(out.output, hidden) == set(), name
    data = json.loads(outputs["json"].output)
    assert data["gaps"]
    assert data["tables"]["location"]
    reasons = [r for g in data["gaps"] for r in g["reasons"]]
    assert all(r["code"] != "not-released" or r["units"] == 0 for r in reasons)


@pytest.mark.parametrize("party", ["POL", "DEU"])
def test_assuming_a_hidden_condition_is_refused_like_an_unknown_one(
    runner_app: typer.Typer, shipped_db: str, party: str
) -> None:
    store = Store.open(shipped_db)
    hidden = sorted(
        _hidden_ids(store, party)
        & {c.id for c in Registry(store, Viewer.admin()).list("conditions")}
    )
    store.close()
    assert hidden, "the shipped data set hides a condition from this viewer"
    runner = CliRunner()

    def refusal(condition: str) -> str:
        out = runner.invoke(
            runner_app,
            [
                "plan",
                "--db",
                shipped_db,
                "--as",
                party,
                "--no-store",
                "--assume",
                f"{condition}=met",
            ],
        )
        assert out.exit_code != 0
        return str(out.exception).replace(condition, "X")

    assert refusal(hidden[0]) == refusal("no-such-condition")


@pytest.fixture
def runner_app() -> typer.Typer:
    app = typer.Typer(add_completion=False)
    plan_cli.register(app)

    @app.callback()
    def root() -> None:
        """Test root."""

    return app


def test_plan_command_prints_coverage_gaps_and_contributions(
    runner_app: typer.Typer, shipped_db: str
) -> None:
    out = CliRunner().invoke(runner_app, ["plan", "--db", shipped_db, "--no-store"])
    assert out.exit_code == 0, out.output
    for heading in ("Coverage by layer", "Coverage by domain", "Gaps", "Contributions"):
        assert heading in out.output
    text = " ".join(out.output.split())
    data = json.loads(
        CliRunner().invoke(runner_app, ["plan", "--db", shipped_db, "--no-store", "--json"]).output
    )
    # what the optimiser achieved in words, not the raw objective a planner cannot read
    assert f"{percent(data['coverage'])} of the force sourced" in text
    assert "(proven optimal)" in text
    assert f"{data['objective']:,.0f}" not in text
    # funding in money beside unit counts, never in thousands of EUR
    assert "thousands of EUR" not in text
    assert "€30 bn" in text
    # units as a reader counts them ("21½ units", not "ceasefire (21.50)"), and a word on
    # what a fraction of a unit means
    assert "units wait on unmet conditions" in text
    assert not re.search(r"\d\.\d\d\b", text)
    assert f"Unit counts: {FRACTION_MEANS}." in text


def test_plan_command_json_and_csv(runner_app: typer.Typer, shipped_db: str) -> None:
    runner = CliRunner()
    out = runner.invoke(
        runner_app, ["plan", "--db", shipped_db, "--json", "--assume", "us-backstop=met"]
    )
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["plan"].startswith("plan-")
    assert data["objective"] == data["bound"]
    csv_out = runner.invoke(runner_app, ["plan", "--db", shipped_db, "--csv", "gaps", "--no-store"])
    assert csv_out.exit_code == 0
    header, *rows = csv_out.output.strip().splitlines()
    assert header.startswith("requirement,priority")
    assert len(rows) >= len([g for g in data["gaps"] if g["missing"] > 0])


#: Columns of each `willing plan --csv` table: the JSON list it comes from and its keys.
CSV_TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "gaps": (
        "gaps",
        (
            "requirement",
            "priority",
            "capability",
            "layer",
            "location",
            "phase",
            "demand",
            "filled",
            "missing",
        ),
    ),
    "lines": ("lines", ("pledge", "party", "requirement", "units")),
    "contributions": (
        "contributions",
        ("party", "units", "offered", "funding_keur", "funding_offered_keur"),
    ),
}


def test_plan_csv_has_no_float_noise_and_no_json(runner_app: typer.Typer, shipped_db: str) -> None:
    """Every CSV cell is a plain value: numbers to six places at most, equal to the JSON's;
    lists joined as text (the JSON itself holds 22.599999999999998 and the like)."""
    runner = CliRunner()
    args = ["plan", "--db", shipped_db, "--no-store"]
    data = json.loads(runner.invoke(runner_app, [*args, "--json"]).stdout)
    noisy = 0
    rows_of = {
        "coverage": [
            [by, r["name"], r["demand"], r["filled"], r["share"]]
            for by, rows in data["tables"].items()
            for r in rows
        ],
        **{
            table: [[item[k] for k in keys] for item in data[source]]
            for table, (source, keys) in CSV_TABLES.items()
        },
    }
    for table, want_rows in rows_of.items():
        out = runner.invoke(runner_app, [*args, "--csv", table])
        assert out.exit_code == 0, out.output
        _, *rows = list(csv.reader(io.StringIO(out.stdout)))
        assert len(rows) == len(want_rows), table
        for row, want in zip(rows, want_rows, strict=True):
            for cell, value in zip(row, want, strict=False):
                assert not cell.startswith(("[", "{")), (table, cell)
                if isinstance(value, float):
                    noisy += len(repr(value)) > 12
                    assert re.fullmatch(r"-?\d+(\.\d{1,6})?", cell), (table, cell, value)
                    assert float(cell) == round(value, 6), (table, cell, value)
                else:
                    assert cell == str(value), (table, cell, value)
    assert noisy, "the plan's JSON holds no float noise: the test proves nothing"
    gaps = list(csv.reader(io.StringIO(runner.invoke(runner_app, [*args, "--csv", "gaps"]).stdout)))
    assert all("detail" not in row[-1] and "{" not in row[-1] for row in gaps)


def test_a_malformed_assumption_is_a_clear_error(runner_app: typer.Typer, shipped_db: str) -> None:
    out = CliRunner().invoke(runner_app, ["plan", "--db", shipped_db, "--assume", "us-backstop"])
    assert out.exit_code != 0
    assert "CONDITION=" in str(out.exception)


def test_unknown_as_met_covers_more(shipped_db: str, tmp_path: Path) -> None:
    store = Store.open(shipped_db)
    registry = Registry(store, Viewer.admin())
    failed = plan(registry, store=False).data
    met = plan(registry, unknown_as=ConditionStatus.MET, store=False).data
    store.close()
    assert met["coverage"] > failed["coverage"]


def test_only_planners_and_administrators_save_plans(shipped_db: str) -> None:
    store = Store.open(shipped_db)
    liaison = plan(Registry(store, Viewer("POL", Role.LIAISON))).data
    planner = plan(Registry(store, Viewer("FRA", Role.PLANNER))).data
    store.close()
    assert liaison["plan"] is None
    assert planner["plan"] is not None


def test_a_gap_names_only_the_viewers_own_nation(no_backstop: Scenario) -> None:
    gaps = explain_gaps(solve(no_backstop.problem()))
    everyone = {g["requirement"]: g for g in gap_rows(gaps)}
    for_gbr = {g["requirement"]: g for g in gap_rows(gaps, frozenset({"GBR"}))}
    for_fra = {g["requirement"]: g for g in gap_rows(gaps, frozenset({"FRA"}))}

    def cap_reason(rows: dict[str, Any]) -> dict[str, Any]:
        return next(r for r in rows["R1"]["reasons"] if r["code"] == "share-cap")

    assert cap_reason(everyone)["parties"] == ["FRA"]
    assert cap_reason(for_fra)["parties"] == ["FRA"]
    assert cap_reason(for_gbr)["parties"] == []
    assert "FRA" not in cap_reason(for_gbr)["detail"]


def test_contradictory_assumptions_are_refused(runner_app: typer.Typer, shipped_db: str) -> None:
    args = ["plan", "--db", shipped_db, "--no-store", "--assume", "ceasefire=met"]
    out = CliRunner().invoke(runner_app, [*args, "--assume", "ceasefire=failed"])
    assert out.exit_code != 0
    assert "contradictory assumptions for 'ceasefire'" in str(out.exception)
    again = CliRunner().invoke(runner_app, [*args, "--assume", "ceasefire=met", "--json"])
    assert again.exit_code == 0, again.output  # the same status twice is no contradiction


def test_a_plan_without_demand_says_so(runner_app: typer.Typer, tmp_path: Path) -> None:
    dataset = read_source(SHIPPED)
    dataset.records["requirements"] = []
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    store = Store.open(url)
    store.write(dataset, actor="test")
    store.close()
    runner = CliRunner()
    data = json.loads(runner.invoke(runner_app, ["plan", "--db", url, "--json"]).output)
    assert data["coverage"] is None
    assert data["gaps"] == []
    out = runner.invoke(runner_app, ["plan", "--db", url, "--no-store"])
    assert out.exit_code == 0, out.output
    assert "No force units are demanded." in " ".join(out.output.split())
