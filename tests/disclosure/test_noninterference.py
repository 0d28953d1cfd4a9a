"""Non-interference: what a viewer receives does not depend on records hidden from him.

For every read path of the CLI and several viewers, the shipped data set is stored four
times: as shipped with an extra record hidden from everyone but its owner (a Cypriot
national pledge of two mechanised battalions, a hidden force-plan line and condition), and
with every record hidden from the viewer changed, removed, or left out. The viewer's output
must be byte-for-byte the same in all four. Each store is written by one import, so the
registry revision (a count of writes, disclosed to every viewer) is the same too.

The one figure disclosed on purpose, burden's coalition total including undisclosed
contributions under its threshold-and-dominance rule (docs/burden.md), is left out of the
comparison by name.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from willing.cli.main import app
from willing.domain.catalog import KINDS, Dataset
from willing.domain.fields import fields_of
from willing.domain.records import Record
from willing.services.access import Registry, Role, Viewer
from willing.services.registry import read_source
from willing.storage.store import Store

#: Viewers: parties with national records of their own, one with none, and no party.
VIEWERS: tuple[str | None, ...] = ("POL", "FRA", "DEU", "USA", "UKR", "ISL", None)

HIDDEN_OWNER = "CYP"  # no viewer above may see what only Cyprus may see

WITHDRAW_CYP = "id: without-cyprus\ntitle: Cyprus withdraws\nwithdraw_nations: [CYP]\n"

#: Every read path: the command line after `willing`, without the viewer options.
PATHS: tuple[tuple[str, ...], ...] = (
    ("status", "--json"),
    ("list", "pledges", "--json"),
    ("list", "requirements", "--json"),
    ("list", "conditions", "--json"),
    ("export", "{out}/export.yaml", "--json"),
    ("plan", "--json", "--no-store"),
    ("plan", "--json", "--no-store", "--assume", "us-backstop=met"),
    ("plan", "--lines", "--top", "100", "--no-store"),
    ("scenario", "list", "--json"),
    ("scenario", "compare", "baseline", "no-backstop", "all-met", "--json"),
    ("scenario", "compare", "all-met", "{out}/without-cyprus.yaml", "--json"),
    ("montecarlo", "--draws", "200", "--seed", "3", "--no-store", "--json"),
    ("criticality", "--pledges", "8", "--no-store", "--json"),
    ("sensitivity", "us-backstop", "--draws", "100", "--steps", "3", "--no-store", "--json"),
    ("meetings", "--attendance", "--json"),
    ("alignment", "--at", "2026-01-06", "--compare", "2025-09-04", "--json"),
    ("positions", "--json"),
    ("documents", "--json"),
    ("burden", "--json"),
    ("conflicts", "--json"),
)

#: Fields disclosed on purpose, by their rule (see the module's docstring).
DISCLOSED = {("burden", "coalition_total")}


def _extra_hidden() -> dict[str, list[dict[str, Any]]]:
    """Records only Cyprus may see: a pledge, a force-plan line and a condition."""
    label = {"classification": "NATIONAL", "owner": HIDDEN_OWNER, "releasable_to": [HIDDEN_OWNER]}
    return {
        "conditions": [
            {"id": "parliament:CYP", "name": "Cypriot vote", "probability": 0.7, "label": label}
        ],
        "pledges": [
            {
                "id": "P-CYP-mech-secret",
                "party": "CYP",
                "capability": "mech-inf-bn",
                "quantity": 2,
                "layers": ["reassure"],
                "readiness_days": 0,
                "label": label,
            }
        ],
        "requirements": [
            {
                "id": "R-CYP-SECRET",
                "capability": "mech-inf-bn",
                "quantity": 1,
                "layer": "reassure",
                "location": "UKR",
                "phase": "entry",
                "priority": 1,
                "label": label,
            }
        ],
    }


def _with_extra(base: Dataset) -> Dataset:
    from willing.interchange.documents import parse_record

    records = {k: list(v) for k, v in base.records.items()}
    problems: list[Any] = []
    for kind, items in _extra_hidden().items():
        for raw in items:
            parsed = parse_record(kind, raw, "extra", problems)
            assert parsed is not None, problems
            records[kind].append(parsed)
    return Dataset(name=base.name, title=base.title, records=records)


def _changed(record: Record) -> Record:
    """The record with one value changed, keeping it valid."""
    for spec in fields_of(type(record)):
        if spec.shape != "scalar" or spec.ref is not None or spec.name == "id":
            continue
        value = getattr(record, spec.name)
        if spec.py_type is float and isinstance(value, float) and spec.name != "probability":
            return record.model_copy(update={spec.name: value + 1})
        if spec.py_type is str and isinstance(value, str):
            return record.model_copy(update={spec.name: value + " (changed)"})
    return record.model_copy(update={"notional": not record.notional})


def _variant(dataset: Dataset, hidden: set[tuple[str, str]], how: str) -> Dataset:
    records: dict[str, list[Record]] = {}
    for kind in KINDS:
        out = []
        for record in dataset.records[kind]:
            if (kind, record.id) not in hidden:
                out.append(record)
            elif how == "changed":
                out.append(_changed(record))
        records[kind] = out
    return Dataset(name=dataset.name, title=dataset.title, records=records)


@pytest.fixture(scope="module")
def shipped() -> Dataset:
    return _with_extra(read_source("cotw-ukraine-2026"))


def _hidden_from(dataset: Dataset, party: str | None, tmp: Path) -> set[tuple[str, str]]:
    store = Store.open(f"sqlite:///{tmp / 'probe.db'}")
    try:
        store.write(dataset, actor="test")
        viewer = Viewer(party, Role.LIAISON if party else Role.ANALYST)
        seen = Registry(store, viewer).dataset()
        shown = {(k, r.id) for k in KINDS for r in seen.records[k]}
    finally:
        store.close()
    return {(k, r.id) for k in KINDS for r in dataset.records[k]} - shown


def _run(db: Path, args: tuple[str, ...], party: str | None, out: Path) -> str:
    out.mkdir(parents=True, exist_ok=True)
    (out / "without-cyprus.yaml").write_text(WITHDRAW_CYP)
    argv = [a.format(out=out) for a in args]
    viewer = ["--as", party] if party else ["--role", "analyst"]
    runner = CliRunner()
    result = runner.invoke(app, [*argv, *viewer, "--db", str(db)], catch_exceptions=True)
    # where the files went differs from store to store; what they hold must not
    text = result.stdout.replace(str(out), "OUT")
    if args[0] == "export":
        text += (out / "export.yaml").read_text()
    if args[0] == "burden" and result.exit_code == 0:
        data = json.loads(text)
        for _, field in DISCLOSED:
            data.pop(field, None)
        text = json.dumps(data, sort_keys=True)
    error = (
        "" if result.exception is None else f"{type(result.exception).__name__}: {result.exception}"
    )
    return f"exit {result.exit_code}\n{text}\n{error}"


@pytest.fixture(scope="module")
def outputs(
    shipped: Dataset, tmp_path_factory: pytest.TempPathFactory
) -> dict[tuple[str | None, str], dict[tuple[str, ...], str]]:
    root = tmp_path_factory.mktemp("noninterference")
    found: dict[tuple[str | None, str], dict[tuple[str, ...], str]] = {}
    for party in VIEWERS:
        name = party or "public"
        hidden = _hidden_from(shipped, party, root / name)
        assert hidden, f"{name} should have records hidden from it"
        for how in ("shipped", "changed", "removed"):
            dataset = shipped if how == "shipped" else _variant(shipped, hidden, how)
            db = root / name / f"{how}.db"
            store = Store.open(f"sqlite:///{db}")
            store.write(dataset, actor="test")
            store.close()
            found[party, how] = {
                path: _run(db, path, party, root / name / how / "out") for path in PATHS
            }
    return found


@pytest.mark.slow
@pytest.mark.parametrize("party", VIEWERS, ids=lambda p: p or "public")
@pytest.mark.parametrize("how", ["changed", "removed"])
def test_a_viewers_output_ignores_what_is_hidden_from_him(
    outputs: dict[tuple[str | None, str], dict[tuple[str, ...], str]], party: str | None, how: str
) -> None:
    base, other = outputs[party, "shipped"], outputs[party, how]
    differ = [" ".join(path) for path in PATHS if base[path] != other[path]]
    assert not differ, f"outputs differ when hidden records are {how}: {differ}"


def test_the_paths_produce_output(
    outputs: dict[tuple[str | None, str], dict[tuple[str, ...], str]],
) -> None:
    """Guard against a vacuous pass: every path runs and prints something for POL."""
    failed = [
        " ".join(p) for p, out in outputs["POL", "shipped"].items() if not out.startswith("exit 0")
    ]
    assert not failed, failed
    assert "P-POL" in outputs["POL", "shipped"][("list", "pledges", "--json")]


def test_the_extra_hidden_records_are_hidden(shipped: Dataset, tmp_path: Path) -> None:
    for party in VIEWERS:
        hidden = _hidden_from(shipped, party, tmp_path / (party or "public"))
        assert ("pledges", "P-CYP-mech-secret") in hidden
