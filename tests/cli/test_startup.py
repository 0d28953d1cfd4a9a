"""The CLI starts fast: the root lists its commands without importing them, and a command
loads only its own module (what a command imports is checked here; its time is measured
in `bench/cli.py`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import typer
import typer.main

from willing.cli.main import COMMANDS, app, load_module_commands

#: Packages a light command must not load: the solver, arrays, migrations, server, reports.
HEAVY = ("numpy", "scipy", "highspy", "ortools", "alembic", "fastapi", "uvicorn", "typst")


def test_the_catalog_names_every_command_its_module_and_its_help() -> None:
    declared: dict[str, tuple[str, str]] = {}
    for module in sorted({entry.module for entry in COMMANDS.values()}):
        group = load_module_commands(module)
        for name, command in group.commands.items():
            assert name not in declared, f"{name} declared twice"
            declared[name] = (module, command.get_short_help_str(limit=10_000))
    assert declared == {name: (e.module, e.help) for name, e in COMMANDS.items()}


def test_the_root_help_lists_every_command_in_catalog_order() -> None:
    group = typer.main.get_group(app)
    listed = group.list_commands(typer.Context(group))
    assert listed == list(COMMANDS)


def _loaded(args: list[str], env_db: str | None = None) -> list[str]:
    """The heavy top-level packages a fresh process has loaded after running `willing ARGS`."""
    code = (
        "import sys, json\n"
        f"sys.argv = ['willing', *{args!r}]\n"
        "from willing.cli.main import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"heavy = {HEAVY!r}\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} & set(heavy))))\n"
    )
    env = {"PATH": "/usr/bin:/bin", "WILLING_DATABASE_URL": env_db or ""}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return list(json.loads(result.stdout.strip().splitlines()[-1]))


def test_help_loads_no_database_solver_or_server() -> None:
    assert _loaded(["--help"]) == []
    assert _loaded(["--version"]) == []


def test_status_loads_no_solver_migration_or_server(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'w.db'}"
    _loaded(["load", "cotw-ukraine-2026"], url)  # creates the schema: migrations may load
    assert _loaded(["status"], url) == []


@pytest.mark.parametrize("name", ["plan", "report"])
def test_a_heavy_command_still_loads_what_it_needs(name: str) -> None:
    assert _loaded([name, "--help"]) != []
