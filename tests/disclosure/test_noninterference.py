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

import pytest
from tests.disclosure.variants import PERTURBATIONS, hidden_from, shipped_with_extra, variant
from typer.testing import CliRunner

from willing.cli.main import app
from willing.domain.catalog import Dataset
from willing.storage.store import Store

#: Viewers: parties with national records of their own, one with none, and no party.
VIEWERS: tuple[str | None, ...] = ("POL", "FRA", "DEU", "USA", "UKR", "ISL", None)

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


@pytest.fixture(scope="module")
def shipped() -> Dataset:
    return shipped_with_extra()


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
        hidden = hidden_from(shipped, party, root / name)
        assert hidden, f"{name} should have records hidden from it"
        for how in ("shipped", *PERTURBATIONS):
            dataset = shipped if how == "shipped" else variant(shipped, hidden, how)
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
@pytest.mark.parametrize("how", PERTURBATIONS)
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
        hidden = hidden_from(shipped, party, tmp_path / (party or "public"))
        assert ("pledges", "P-CYP-mech-secret") in hidden
