"""`willing status` is replayed only while nothing it depends on changed, and only for the
same arguments (so for the same viewer)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from willing.cli import replay

WILLING = str(Path(sys.executable).with_name("willing"))


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A Willing home holding the shipped data set (and, later, the recordings)."""
    env = _env(tmp_path)
    subprocess.run([WILLING, "load", "cotw-ukraine-2026"], env=env, check=True, capture_output=True)
    return tmp_path


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WILLING_")}
    env.pop("COLUMNS", None)
    return {**env, "WILLING_HOME": str(home), **extra}


def _status(home: Path, *args: str, importtime: bool = False) -> subprocess.CompletedProcess[str]:
    """`willing status ARGS`; with `importtime` the interpreter lists every module it loads
    on stderr (so a test can tell a replay, which loads no database code, from a run)."""
    prefix = [sys.executable, "-X", "importtime", WILLING] if importtime else [WILLING]
    return subprocess.run(
        [*prefix, "status", *args], env=_env(home), capture_output=True, text=True, check=True
    )


def _recordings(home: Path) -> list[Path]:
    folder = home / "cache" / "replay"
    return sorted(folder.iterdir()) if folder.exists() else []


def test_a_second_status_is_replayed_byte_for_byte_without_loading_the_database(
    home: Path,
) -> None:
    first = _status(home, importtime=True)
    assert "sqlalchemy" in first.stderr  # computed
    assert len(_recordings(home)) == 1
    second = _status(home, importtime=True)
    assert "sqlalchemy" not in second.stderr  # replayed
    assert "willing.cli.main" not in second.stderr
    assert second.stdout == first.stdout
    assert "Coalition status" in second.stdout
    assert oct(_recordings(home)[0].stat().st_mode & 0o777) == "0o600"


def test_each_viewer_gets_its_own_recording(home: Path) -> None:
    admin = _status(home).stdout
    poland = _status(home, "--as", "POL").stdout
    assert "viewer admin" in admin
    assert "viewer POL" in poland
    assert _status(home).stdout == admin
    assert _status(home, "--as", "POL").stdout == poland
    assert _status(home, "--as", "POL", "--json").stdout != poland
    assert len(_recordings(home)) == 3


def test_a_write_through_willing_is_seen_at_once(home: Path) -> None:
    before = _status(home).stdout
    subprocess.run(
        [WILLING, "edit", "condition", "ceasefire", "--set", "probability=0.11"],
        env=_env(home),
        check=True,
        capture_output=True,
    )
    after = _status(home).stdout
    assert after != before
    assert "0.11" in after
    assert "revision 2" in after


def test_a_change_made_behind_willings_back_is_seen_too(home: Path) -> None:
    _status(home)
    with sqlite3.connect(home / "willing.db") as conn:
        conn.execute("UPDATE conditions SET name = 'Changed in the file' WHERE id = 'ceasefire'")
    assert "Changed in the file" in _status(home).stdout


def test_a_failed_run_is_not_recorded_and_replay_can_be_turned_off(home: Path) -> None:
    failed = subprocess.run(
        [WILLING, "status", "--role", "nobody"], env=_env(home), capture_output=True, text=True
    )
    assert failed.returncode != 0
    assert _recordings(home) == []
    subprocess.run(
        [WILLING, "status"], env=_env(home, WILLING_NO_REPLAY="1"), check=True, capture_output=True
    )
    assert _recordings(home) == []


def test_a_run_during_which_the_database_changed_is_not_recorded(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("WILLING_HOME", str(home))
    monkeypatch.delenv("WILLING_DATABASE_URL", raising=False)
    args = ["status"]
    before = replay.key(args, "")
    assert before is not None
    with replay.recording(args, "", before):
        print("an answer computed over the old state")
        with sqlite3.connect(home / "willing.db") as conn:  # a writer commits meanwhile
            conn.execute("UPDATE conditions SET probability = 0.2 WHERE id = 'ceasefire'")
    assert _recordings(home) == []
    with replay.recording(args, "", replay.key(args, "") or ""):
        print("an answer over a state that held")
    assert len(_recordings(home)) == 1
    assert "state that held" in capsys.readouterr().out


def test_only_a_sqlite_file_that_exists_is_replayed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WILLING_HOME", str(tmp_path))
    assert replay.key(["status"], "postgresql://u@localhost/w") is None
    assert replay.key(["status"], str(tmp_path / "missing.db")) is None
    assert replay.key(["status"], "sqlite:///:memory:") is None


@pytest.mark.parametrize(
    ("args", "db"),
    [
        (["status"], ""),
        (["--width", "80", "status", "--as", "POL", "--json"], ""),
        (["status", "--db", "x.db", "--tsv"], "x.db"),
        (["status", "--help"], None),
        (["status", "status"], None),
        (["list", "pledges"], None),
        (["status", "--as"], None),
        (["status", "--as", "--json"], None),
        (["status", "--as=POL"], None),
        ([], None),
    ],
)
def test_which_invocations_may_be_replayed(args: list[str], db: str | None) -> None:
    assert replay.replayable(args) == db


@given(st.lists(st.text(min_size=1, max_size=8), max_size=6))
def test_an_invocation_with_anything_unknown_is_never_replayed(args: list[str]) -> None:
    known = replay.VALUED | replay.FLAGS | {replay.COMMAND}
    result = replay.replayable(args)
    if result is not None:
        assert args.count(replay.COMMAND) == 1
        after_option = [i > 0 and args[i - 1] in replay.VALUED for i in range(len(args))]
        assert all(a in known or after for a, after in zip(args, after_option, strict=True))
