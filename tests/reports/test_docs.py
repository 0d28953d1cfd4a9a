"""Every `willing ...` example in docs/reports.md runs on the shipped data set."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from willing.cli.main import app

DOCS = Path(__file__).parents[2] / "docs" / "reports.md"


def examples() -> list[str]:
    text = DOCS.read_text(encoding="utf-8")
    blocks = re.findall(r"^```[^\n]*\n(.*?)^```", text, flags=re.S | re.M)
    return [c.strip() for b in blocks for c in b.splitlines() if c.strip().startswith("willing ")]


def test_every_report_has_an_example() -> None:
    reports = {shlex.split(c)[2] for c in examples() if shlex.split(c)[1] == "report"}
    assert reports == {"read-ahead", "contribution", "force-generation"}


@pytest.mark.parametrize("command", examples())
def test_the_example_runs(command: str, reports_db: str, tmp_path: Path) -> None:
    args = shlex.split(command)[1:]
    if "--out" in args:
        at = args.index("--out") + 1
        args[at] = str(tmp_path / args[at])
    else:  # willing export FILE
        args[1] = str(tmp_path / args[1])
    if args[0] == "report" and args[1] == "read-ahead":
        args += ["--draws", "10"]
    result = CliRunner().invoke(app, [*args, "--db", reports_db])
    assert result.exit_code == 0, result.output
    assert any(tmp_path.iterdir())
