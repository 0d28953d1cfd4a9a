"""Every table the command line prints, at 80 and 120 columns and as TSV, on the shipped data.

At any width no id is split across lines or cut to an ellipsis, no figure loses a digit,
and every line fits; `--tsv` gives the same rows as `--json`.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from willing.cli.context import console
from willing.cli.main import app
from willing.domain.catalog import KINDS
from willing.services.access import Registry, Viewer
from willing.services.registry import read_source
from willing.storage.store import Store

GOLD = Path(__file__).parents[1] / "ingest" / "gold"
WIDTHS = (80, 120)

#: Every command that prints a table (after `willing`), ids filled in from the set-up store.
COMMANDS: tuple[str, ...] = (
    "status",
    *(f"list {kind}" for kind in KINDS),
    "show pledge P-DEU-fighter-1",
    "show requirement R-RA-AIR",
    "history pledge P-DEU-fighter-1",
    "plan --no-store --top 8",
    "plan --no-store --lines --top 8",
    "plan list",
    "plan show {plan}",
    "scenario list",
    "scenario compare baseline no-backstop all-met",
    "scenario results",
    "montecarlo --draws 20 --no-store",
    "criticality --pledges 6 --no-store",
    "sensitivity us-backstop --draws 20 --steps 3 --no-store",
    "meetings --attendance",
    "alignment --at 2026-01-06 --compare 2025-09-04 --detail --bloc E3=FRA,DEU,GBR",
    "positions",
    "documents",
    "readiness DOC-MNFU-OPLAN",
    "burden --pledges",
    "review --all",
    "conflicts",
    f"ingest --evaluate {GOLD}",
    "releases",
    "releases {release}",
    "user list",
    "token list alice",
    "audit",
)

#: A figure as the tables write it: money, a count, a share, a ratio.
FIGURE = re.compile(r"^[+\-−]?[€$]?\d[\d,]*(\.\d+)?( ?(bn|m|k|%|½|¼|¾))?$")


def _invoke(args: list[str], db: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, [*args, "--db", db])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A store with the shipped data set, drafts and a conflict from two articles, a stored
    plan and result, a release, a user with a token; and every id it holds."""
    db = f"sqlite:///{tmp_path_factory.mktemp('tables') / 'willing.db'}"
    store = Store.open(db)
    store.write(read_source("cotw-ukraine-2026"), actor="test")
    dataset = Registry(store, Viewer.admin()).dataset()
    store.close()
    ids = {r.id for kind in KINDS for r in dataset.records[kind]}
    for article, day in (("paris-declaration.txt", "2026-01-06"), ("seed-003.txt", "2026-01-07")):
        assert _invoke(["ingest", str(GOLD / article), "--published", day], db)[0] == 0
    plan = json.loads(_invoke(["plan", "--json"], db)[1])["plan"]
    result = json.loads(_invoke(["montecarlo", "--draws", "10", "--json"], db)[1])["result"]
    _invoke(["release", plan, "--field", "coverage", "--to", "COTW"], db)
    release = json.loads(_invoke(["releases", "--json"], db)[1])["data"][0]["id"]
    _invoke(["user", "add", "alice", "--party", "FRA", "--role", "planner"], db)
    token = json.loads(_invoke(["token", "create", "alice", "--json"], db)[1])["id"]
    drafts = [d["id"] for d in json.loads(_invoke(["review", "--all", "--json"], db)[1])]
    conflicts = [c["id"] for c in json.loads(_invoke(["conflicts", "--json"], db)[1])]
    scenarios = [x["id"] for x in json.loads(_invoke(["scenario", "list", "--json"], db)[1])]
    assert drafts
    assert conflicts
    assert scenarios
    ids |= {plan, result, release, token, *drafts, *conflicts, *scenarios}
    return {"db": db, "ids": ids, "fill": {"plan": plan, "release": release}}


def _args(command: str, world: dict[str, Any]) -> list[str]:
    return command.format(**world["fill"]).split()


def _tsv_blocks(text: str) -> list[list[list[str]]]:
    """Tables of a TSV output (separated by blank lines), each a list of rows."""
    blocks = [b for b in text.split("\n\n") if b.strip()]
    return [
        list(csv.reader(io.StringIO(b), delimiter="\t", quoting=csv.QUOTE_NONE)) for b in blocks
    ]


@pytest.fixture(scope="module")
def tsv(world: dict[str, Any]) -> dict[str, list[list[list[str]]]]:
    out, failed = {}, {}
    for command in COMMANDS:
        code, stdout, stderr = _invoke(["--tsv", *_args(command, world)], world["db"])
        if code != 0:
            failed[command] = stderr[-300:]
        out[command] = _tsv_blocks(stdout)
    assert not failed, failed
    return out


def test_every_command_prints_a_table(tsv: dict[str, list[list[list[str]]]]) -> None:
    empty = [c for c, blocks in tsv.items() if not any(len(b) > 1 for b in blocks)]
    assert not empty, f"no table rows from: {empty}"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("command", COMMANDS)
def test_tables_read_at_a_glance(
    command: str, width: int, world: dict[str, Any], tsv: dict[str, list[list[list[str]]]]
) -> None:
    code, out, _ = _invoke(["--width", str(width), *_args(command, world)], world["db"])
    assert code == 0
    lines = out.splitlines()
    too_wide = [line for line in lines if cell_len(line) > width]
    assert not too_wide, f"{len(too_wide)} lines wider than {width}: {too_wide[0]!r}"
    whole: dict[str, int] = {}  # id or figure -> cells holding it
    for block in tsv[command]:
        for row in block[1:]:
            for cell in row:
                tokens = [t for t in re.split(r"[\s,;]+", cell) if t in world["ids"]]
                if FIGURE.match(cell.strip()):
                    tokens.append(cell.strip())
                for token in tokens:
                    whole[token] = whole.get(token, 0) + 1
    assert whole, f"{command}: no id or figure in its tables"
    pattern = {t: re.compile(rf"(?<![\w-]){re.escape(t)}(?![\w-])") for t in whole}
    broken = {
        t: n for t, n in whole.items() if sum(len(pattern[t].findall(line)) for line in lines) < n
    }
    assert not broken, f"{command} at {width}: split or cut: {sorted(broken)[:8]}"
    cut = [line for line in lines if _cut_id(line, world["ids"])]
    assert not cut, f"{command} at {width}: an id cut with an ellipsis: {cut[0]!r}"


def _cut_id(line: str, ids: set[str]) -> bool:
    """Whether the line shows an id's beginning cut with an ellipsis ("P-DEU-fig…")."""
    for stem in re.findall(r"([\w:-]{4,})…", line):
        looks_like_id = bool(re.search(r"[-:\d]", stem)) or stem.isupper()
        if looks_like_id and stem not in ids and any(i.startswith(stem) for i in ids):
            return True
    return False


def test_piped_output_is_full_width(world: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --width or $COLUMNS, output to a pipe is not squeezed into 80 columns."""
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.setattr(console, "_width", None)  # rich takes $COLUMNS at import
    code, out, _ = _invoke(["list", "conditions"], world["db"])
    assert code == 0
    rows = [line for line in out.splitlines() if "ceasefire-monitoring" in line]
    assert rows
    assert "A US-led ceasefire monitoring" in rows[0]
    assert max(cell_len(line) for line in out.splitlines()) > 80


#: Commands whose --json is a list of records: the TSV's first column (header "id") holds
#: the value of this JSON key of each record, in the same order.
ROUNDTRIP: dict[str, str] = {
    **{f"list {kind}": "id" for kind in KINDS},
    "plan list": "id",
    "scenario list": "id",
    "review --all": "id",
    "documents": "document",
    "releases": "id",
}


@pytest.mark.parametrize("command", sorted(ROUNDTRIP))
def test_tsv_round_trips(
    command: str, world: dict[str, Any], tsv: dict[str, list[list[list[str]]]]
) -> None:
    code, out, _ = _invoke([*_args(command, world), "--json"], world["db"])
    assert code == 0
    records = json.loads(out)
    records = records["data"] if isinstance(records, dict) else records
    (block,) = tsv[command]
    header, rows = block[0], block[1:]
    assert header[0] == "id"
    assert all(len(row) == len(header) for row in rows)
    assert [row[0] for row in rows] == [r[ROUNDTRIP[command]] for r in records]


def test_tsv_status_rows_match_json(
    world: dict[str, Any], tsv: dict[str, list[list[list[str]]]]
) -> None:
    data = json.loads(_invoke(["status", "--json"], world["db"])[1])
    conditions = next(b for b in tsv["status"] if b[0][0] == "condition")
    assert [r[0] for r in conditions[1:]] == [c["id"] for c in data["conditions"]]
    assert [float(r[2]) for r in conditions[1:]] == [c["probability"] for c in data["conditions"]]


def test_tsv_has_no_markup_and_keeps_text_off_stdout(world: dict[str, Any]) -> None:
    code, out, err = _invoke(["--tsv", "status"], world["db"])
    assert code == 0
    assert "Coalition status" in err
    assert "Coalition status" not in out
    assert not re.search(r"[┃│┏━]|\[/?bold\]|\x1b", out)


@pytest.mark.parametrize("no_wrap", [False, True])
def test_a_right_aligned_column_stays_right_aligned(no_wrap: bool) -> None:
    """Figures line up on their last digit, also in a column that is never cut."""
    from rich.console import Console

    from willing.cli.console import Table

    table = Table()
    table.add_column("layer")
    table.add_column("units", justify="right", no_wrap=no_wrap, min_width=5)
    for layer, units in (("reassure", "7"), ("support", "1,250")):
        table.add_row(layer, units)
    screen = Console(width=40, file=io.StringIO(), color_system=None)
    screen.print(table)
    rows = [line for line in screen.file.getvalue().splitlines() if "│" in line]
    assert [row.rsplit("│", 2)[1] for row in rows] == ["     7 ", " 1,250 "]
