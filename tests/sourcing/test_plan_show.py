"""Stored plans read back: `willing plan list`, `show` and `verify` on a real SQLite file,
what a viewer may see of them, and the plan tables at 80 columns."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from sqlalchemy import update
from typer.testing import CliRunner

from willing.cli.main import app
from willing.domain.enums import ConditionStatus
from willing.domain.errors import NotFound
from willing.services.access import Registry, Role, Viewer
from willing.services.registry import read_source
from willing.sourcing.plans import read_plan
from willing.sourcing.service import check_plan, list_plans, plan
from willing.storage.schema import results
from willing.storage.store import Store

from .test_plan_store import SHIPPED, _hidden_ids, _named

#: A condition the shipped data set releases to FRA, GBR and UKR only.
HIDDEN_FROM_POL = "roe-agreed"


def _db(path: Path) -> str:
    url = f"sqlite:///{path / 'willing.db'}"
    store = Store.open(url)
    store.write(read_source(SHIPPED), actor="test")
    store.close()
    return url


@pytest.fixture(scope="module")
def plans_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str, str]:
    """The shipped data set with two stored plans: the default, then one that assumes a
    condition hidden from POL (and counts unknown conditions as met). Never changed."""
    url = _db(tmp_path_factory.mktemp("plans"))
    default = _run("plan", "--db", url, "--json")
    assumed = _run(
        "plan", "--db", url, "--json", "--assume", f"{HIDDEN_FROM_POL}=met", "--unknown-as", "met"
    )
    return url, json.loads(default.output)["plan"], json.loads(assumed.output)["plan"]


def _run(*args: str, columns: int = 400, code: int | None = 0) -> Result:
    out = CliRunner().invoke(app, list(args), env={"COLUMNS": str(columns)})
    if code is not None:
        assert out.exit_code == code, out.output
    return out


def _json(*args: str, code: int = 0) -> Any:
    return json.loads(_run(*args, "--json", code=code).output)


def test_a_stored_plan_records_its_assumptions_as_fields(tmp_path: Path) -> None:
    url = _db(tmp_path)
    store = Store.open(url)
    registry = Registry(store, Viewer.admin())
    data = plan(registry, {"us-backstop": ConditionStatus.MET}, ConditionStatus.MET, 0.3).data
    stored = read_plan(registry, data["plan"])
    store.close()
    assert stored.body["assume"] == {"us-backstop": "met"}
    assert stored.body["unknown_as"] == "met"
    assert stored.body["force_share_cap"] == 0.3
    assert stored.scenario == "us-backstop=met,unknown=met,force-cap=0.3"


def test_list_shows_the_stored_plans_newest_first(plans_db: tuple[str, str, str]) -> None:
    url, default, assumed = plans_db
    rows = _json("plan", "list", "--db", url)
    assert [r["id"] for r in rows] == [assumed, default]
    newest, oldest = rows
    assert oldest["scenario"] == "default"
    assert newest["scenario"] == f"{HIDDEN_FROM_POL}=met,unknown=met"
    assert newest["assume"] == {HIDDEN_FROM_POL: "met"}
    assert newest["unknown_as"] == "met"
    assert newest["coverage"] > oldest["coverage"]
    assert {r["status"] for r in rows} == {"Optimal"}
    assert all(r["revision"] == 1 and r["method"] for r in rows)
    table = _run("plan", "list", "--db", url).output
    assert table.index(assumed) < table.index(default)
    assert "Stored plans" in table


def test_show_reproduces_a_plan_and_prints_it_as_plan_does(
    plans_db: tuple[str, str, str],
) -> None:
    url, _, assumed = plans_db
    shown = _json("plan", "show", assumed, "--db", url)
    assert shown["reproduced"] == "identical"
    assert "reproduced: identical" in shown["message"]
    fresh = _json(
        "plan",
        "--db",
        url,
        "--no-store",
        "--assume",
        f"{HIDDEN_FROM_POL}=met",
        "--unknown-as",
        "met",
    )
    assert {**shown["plan"], "plan": None} == fresh  # the same data `willing plan` shows
    text = _run("plan", "show", assumed, "--db", url, "--lines").output
    assert f"{assumed} reproduced: identical" in text
    for heading in ("Coverage by layer", "Gaps", "Contributions", "Allocation"):
        assert heading in text
    verdict = _run("plan", "verify", assumed, "--db", url).output
    assert "reproduced: identical" in verdict
    assert "Coverage by layer" not in verdict


def test_a_registry_change_is_reported_as_drift(tmp_path: Path) -> None:
    url = _db(tmp_path)
    plan_id = _json("plan", "--db", url)["plan"]
    store = Store.open(url)
    dataset = read_source(SHIPPED)
    # the same records again: the revision moves, the plan's inputs do not
    store.write(dataset, actor="test", replace=True)
    again = check_plan(Registry(store, Viewer.admin()), plan_id)
    assert again.outcome == "identical"
    assert "revision 2, stored at 1" in again.message
    # now a condition's status changes
    dataset.records["conditions"] = [
        c.model_copy(update={"status": ConditionStatus.MET}) if c.id == "ceasefire" else c
        for c in dataset.records["conditions"]
    ]
    store.write(dataset, actor="test", replace=True)
    store.close()
    out = _run("plan", "show", plan_id, "--db", url, code=1).output
    text = " ".join(out.split())
    assert f"{plan_id} cannot be reproduced: the registry changed since it was stored" in text
    assert "(registry revision 1 when stored, 3 now)" in text
    assert "Coverage by layer" in text  # the stored aggregates
    assert "Gaps, highest priority" not in text
    data = _json("plan", "show", plan_id, "--db", url, code=1)
    assert data["reproduced"] == "drift"
    assert data["plan"] is None
    assert (data["revision"], data["revision_now"]) == (1, 3)
    assert _run("plan", "verify", plan_id, "--db", url, code=1).output


def test_a_stored_plan_is_read_only_by_viewers_who_may_see_its_run(
    plans_db: tuple[str, str, str], tmp_path: Path
) -> None:
    url, default, assumed = plans_db
    # the administrator's plans: hidden from POL exactly as a missing plan is
    assert _json("plan", "list", "--db", url, "--as", "POL") == []
    missing = _run("plan", "show", "plan-0000000000000000", "--db", url, "--as", "POL", code=1)
    for plan_id in (default, assumed):
        for command in ("show", "verify"):
            out = _run("plan", command, plan_id, "--db", url, "--as", "POL", code=1)
            assert isinstance(out.exception, NotFound)
            assert str(out.exception).replace(plan_id, "X") == str(missing.exception).replace(
                "plan-0000000000000000", "X"
            )
    # a Polish planner's plan: Poland and the administrator read it, Germany does not
    url = _db(tmp_path)
    mine = _json("plan", "--db", url, "--as", "POL", "--role", "planner", "--unknown-as", "met")
    store = Store.open(url)
    hidden = _hidden_ids(store, "POL")
    admin = check_plan(Registry(store, Viewer.admin()), mine["plan"])
    store.close()
    assert admin.outcome == "identical"  # rebuilt over what Poland saw
    assert admin.report is not None
    for key in ("tables", "lines", "contributions", "objective", "bound"):
        assert admin.report.data[key] == mine[key], key
    viewer = ["--db", url, "--as", "POL"]
    outputs = {
        "list json": _run("plan", "list", *viewer, "--json"),
        "list table": _run("plan", "list", *viewer),
        "show json": _run("plan", "show", mine["plan"], *viewer, "--json"),
        "show table": _run("plan", "show", mine["plan"], *viewer, "--lines", "--top", "1000"),
        "show at 80": _run("plan", "show", mine["plan"], *viewer, "--lines", columns=80),
        "verify": _run("plan", "verify", mine["plan"], *viewer),
    }
    for name, out in outputs.items():
        assert _named(out.output, hidden) == set(), name
    assert [r["id"] for r in json.loads(outputs["list json"].output)] == [mine["plan"]]
    assert json.loads(outputs["show json"].output)["reproduced"] == "identical"
    assert _json("plan", "list", "--db", url, "--as", "DEU") == []
    _run("plan", "show", mine["plan"], "--db", url, "--as", "DEU", code=1)


def test_a_viewer_is_told_of_drift_without_hidden_names(tmp_path: Path) -> None:
    url = _db(tmp_path)
    plan_id = _json("plan", "--db", url, "--as", "POL", "--role", "planner")["plan"]
    store = Store.open(url)
    dataset = read_source(SHIPPED)
    public = next(
        r.id for r in dataset.records["requirements"] if r.label.classification == "PUBLIC"
    )
    dataset.records["requirements"] = [r for r in dataset.records["requirements"] if r.id != public]
    store.write(dataset, actor="test", replace=True)
    hidden = _hidden_ids(store, "POL")
    store.close()
    for args in (["--json"], []):
        out = _run("plan", "show", plan_id, "--db", url, "--as", "POL", *args, code=1)
        assert "cannot be reproduced" in out.output
        assert _named(out.output, hidden) == set()


def test_an_unknown_plan_id_is_a_clear_error(
    plans_db: tuple[str, str, str], tmp_path: Path
) -> None:
    url, _, _ = plans_db
    out = _run("plan", "show", "plan-0000000000000000", "--db", url, code=1)
    assert isinstance(out.exception, NotFound)
    # as a user runs it: a message on stderr, exit code 1, no traceback
    env = {**os.environ, "WILLING_HOME": str(tmp_path), "COLUMNS": "200"}
    for command in ("show", "verify"):
        done = subprocess.run(
            [sys.executable, "-m", "willing.cli.main", "plan", command, "plan-nope", "--db", url],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert done.returncode == 1
        assert "error: no stored plan 'plan-nope'" in done.stderr
        assert "Traceback" not in done.stderr + done.stdout


def test_options_of_a_new_plan_before_a_subcommand_are_refused(
    plans_db: tuple[str, str, str],
) -> None:
    url, _, _ = plans_db
    out = _run("plan", "--as", "POL", "list", "--db", url, code=2)
    assert "after the subcommand" in " ".join(out.output.split())


def _cells(table: str, header: str) -> dict[str, str]:
    """The text of one column of a boxed table, by the text of its first column: each
    cell's lines joined without spaces (folded and wrapped text read back whole). A table
    too wide for the width comes in panels that repeat the first column; each is read."""
    rows: dict[str, str] = {}
    key, value, column = "", "", None
    for line in table.splitlines():
        if line.startswith("┃"):
            names = [c.strip() for c in line.split("┃")[1:-1]]
            column = names.index(header) + 1 if header in names else None
        elif line.startswith(("├", "└")) and key:
            if column is not None:
                rows[key] = value
            key, value = "", ""
        elif line.startswith("│") and column is not None:
            cells = line.split("│")
            key += cells[1].strip()
            value += cells[column].replace(" ", "")
    return rows


def test_at_80_columns_ids_and_condition_names_print_whole(
    plans_db: tuple[str, str, str],
) -> None:
    url, _, _ = plans_db
    data = _json("plan", "--db", url, "--no-store")
    out = _run("plan", "--db", url, "--no-store", "--lines", columns=80).output
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "…" not in out
    gaps = out[out.index("Gaps, highest priority first") : out.index("Contributions")]
    why = _cells(gaps, "why")
    capability = _cells(gaps, "capability")
    top = data["gaps"][:10]
    assert set(why) == {g["requirement"] for g in top}  # line ids whole
    named = 0
    for g in top:
        assert g["capability"] in capability[g["requirement"]]
        for reason in g["reasons"]:
            if reason["condition"]:
                assert reason["condition"] in why[g["requirement"]]
                named += 1
    assert named
    long = [g for g in top for r in g["reasons"] if r["condition"] == "ceasefire-monitoring"]
    assert long, "a condition name longer than the why column at 80 columns"


def test_another_allocation_from_the_same_inputs_says_what_differs(tmp_path: Path) -> None:
    url = _db(tmp_path)
    plan_id = _json("plan", "--db", url, "--unknown-as", "met")["plan"]
    store = Store.open(url)
    admin = Registry(store, Viewer.admin())
    body = read_plan(admin, plan_id).body
    lines = body["lines"]
    pairs = [(p, r) for p, r, _ in lines]
    unique = [i for i, pair in enumerate(pairs) if pairs.count(pair) == 1]
    dropped, bumped = lines[unique[0]], lines[unique[1]]
    bumped[2] += 1  # a line with one unit more
    lines.remove(dropped)  # a line gone
    with store.engine.begin() as conn:
        conn.execute(update(results).where(results.c.id == plan_id).values(body=json.dumps(body)))
    check = check_plan(admin, plan_id)
    store.close()
    assert check.outcome == "different"
    assert check.differences == {
        "lines": sorted(
            [
                {"pledge": dropped[0], "requirement": dropped[1], "stored": 0.0, "now": dropped[2]},
                {
                    "pledge": bumped[0],
                    "requirement": bumped[1],
                    "stored": bumped[2],
                    "now": bumped[2] - 1,
                },
            ],
            key=lambda d: (d["pledge"], d["requirement"]),
        ),
        "withheld": 0,
    }
    out = _run("plan", "show", plan_id, "--db", url, code=1).output
    text = " ".join(out.split())
    assert "gives another allocation" in text
    assert "2 pledge-line pair(s) differ: 1 only in the new solve, 1 with other units" in text
    assert dropped[0] in out
    assert "Coverage by layer" in out  # the new solve


def test_a_plan_stored_before_its_assumptions_were_fields_is_read_from_its_label(
    tmp_path: Path,
) -> None:
    url = _db(tmp_path)
    plan_id = _json("plan", "--db", url, "--assume", "us-backstop=met", "--unknown-as", "met")[
        "plan"
    ]
    store = Store.open(url)
    admin, pol = Registry(store, Viewer.admin()), Registry(store, Viewer("POL", Role.LIAISON))
    body = read_plan(admin, plan_id).body
    for field in ("assume", "unknown_as", "force_share_cap"):
        del body[field]

    def stored_as(label: str) -> None:
        with store.engine.begin() as conn:
            conn.execute(
                update(results)
                .where(results.c.id == plan_id)
                .values(body=json.dumps(body), scenario=label)
            )

    stored_as("us-backstop=met,unknown=met")
    assert check_plan(admin, plan_id).outcome == "identical"
    stored_as(("us-backstop=met," * 10)[:120])  # cut short: the assumptions are lost
    check = check_plan(admin, plan_id)
    seen = list_plans(pol)
    store.close()
    assert check.outcome == "drift"
    assert "its assumptions were not recorded" in check.message
    assert seen == []  # the administrator's plan: Poland does not see it
