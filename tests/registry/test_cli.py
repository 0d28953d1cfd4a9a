"""The `willing` command as a user runs it: a real process, a real database file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from willing.cli.main import every_command
from willing.docs import GENERATED

ROOT = Path(__file__).resolve().parents[2]


def willing(*args: str, home: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "WILLING_HOME": str(home), "COLUMNS": "200"}
    env.pop("WILLING_DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-m", "willing.cli.main", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"willing {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result


def _all_commands() -> list[str]:
    root = every_command()
    return sorted(root.commands)


@pytest.mark.parametrize("command", _all_commands())
def test_every_command_has_help_with_an_example(command: str) -> None:
    root = every_command()
    help_text = root.commands[command].help or ""
    assert "Example:" in help_text
    assert f"willing {command}" in help_text


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_generated_docs_are_up_to_date(name: str) -> None:
    current = (ROOT / "docs" / name).read_text(encoding="utf-8")
    assert current == GENERATED[name](), f"docs/{name} is stale: run ./tasks docs"


def test_load_list_show_and_errors(tmp_path: Path) -> None:
    from tests.conftest import SMALL

    source = tmp_path / "small.json"
    source.write_text(json.dumps(SMALL), encoding="utf-8")
    loaded = willing("load", str(source), "--json", home=tmp_path)
    assert json.loads(loaded.stdout)["counts"]["pledges"] == 4

    as_pol = json.loads(willing("list", "pledges", "--as", "POL", "--json", home=tmp_path).stdout)
    assert [p["id"] for p in as_pol] == ["P-FRA-1", "P-POL-1"]

    hidden = willing("show", "pledge", "P-FRA-2", "--as", "POL", home=tmp_path, check=False)
    assert hidden.returncode == 1
    assert "no pledges record 'P-FRA-2'" in hidden.stderr
    assert "ftr-sqn" not in hidden.stderr + hidden.stdout

    again = willing("load", str(source), home=tmp_path, check=False)
    assert again.returncode == 1
    assert "duplicate id" in again.stderr
    assert "Traceback" not in again.stderr

    bad_viewer = willing("list", "pledges", "--as", "XXX", home=tmp_path, check=False)
    assert bad_viewer.returncode == 1
    assert "unknown party 'XXX'" in bad_viewer.stderr


def test_status_of_the_shipped_data_set(tmp_path: Path) -> None:
    willing("load", "cotw-ukraine-2026", "--replace", home=tmp_path)
    summary = json.loads(willing("status", "--json", home=tmp_path).stdout)
    assert len(summary["members"]) == 35
    assert "UKR" in summary["members"]
    assert "USA" not in summary["members"]
    assert {"regenerate", "reassure", "support", "backstop"} <= set(summary["by_layer"])
    dates = [m["date"] for m in summary["meetings"]]
    assert dates[0] == "2025-03-02"
    assert "2026-01-06" in dates
    text = willing("status", home=tmp_path).stdout
    assert "Coalition status" in text
    assert "Pledges by layer and domain" in text


def test_list_pledges_as_poland_hides_what_is_not_released_to_poland(tmp_path: Path) -> None:
    willing("load", "cotw-ukraine-2026", "--replace", home=tmp_path)
    everything = json.loads(willing("list", "pledges", "--json", home=tmp_path).stdout)
    as_pol = json.loads(willing("list", "pledges", "--as", "POL", "--json", home=tmp_path).stdout)
    shown = {r["id"] for r in as_pol}
    assert 0 < len(shown) < len(everything)
    for record in as_pol:
        label = record.get("label", {})
        assert (
            label.get("classification", "PUBLIC") == "PUBLIC"
            or label.get("owner") == "POL"
            or {"POL", "COTW", "EU", "NATO"} & set(label.get("releasable_to", []))
        ), record["id"]


def test_init_export_and_datasets_speak_json(tmp_path: Path) -> None:
    init = json.loads(willing("init", "--json", home=tmp_path).stdout)
    assert init["database"].startswith("sqlite:///")
    assert init["revision"] == 0
    assert (
        "cotw-ukraine-2026"
        in json.loads(willing("datasets", "--json", home=tmp_path).stdout)["datasets"]
    )
    willing("load", "cotw-ukraine-2026", home=tmp_path)
    out = tmp_path / "out.yaml"
    written = json.loads(willing("export", str(out), "--json", home=tmp_path).stdout)
    assert written == {"files": [str(out)]}
    assert out.stat().st_size > 0
