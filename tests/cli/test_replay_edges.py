"""`willing status` replayed behaves as `WILLING_NO_REPLAY=1 willing status` does in odd
surroundings (each test failed on the first version of the replay)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

WILLING = str(Path(sys.executable).with_name("willing"))
PACKAGE = Path(__file__).resolve().parents[2] / "src" / "willing"


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WILLING_")}
    env.pop("COLUMNS", None)
    return {**env, "WILLING_HOME": str(home), **extra}


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("home")
    subprocess.run(
        [WILLING, "load", "cotw-ukraine-2026"], env=_env(where), check=True, capture_output=True
    )
    return where


def _sh(script: str, env: dict[str, str], cwd: Path | None = None) -> tuple[int, str]:
    done = subprocess.run(
        ["bash", "-c", script], env=env, cwd=cwd, capture_output=True, text=True, timeout=120
    )
    return done.returncode, done.stdout + done.stderr


@pytest.mark.parametrize(
    ("redirect", "recorded"),
    [
        pytest.param("| true", True, id="closed-pipe-replaying"),
        pytest.param("| true", False, id="closed-pipe-recording"),
        pytest.param(">&-", True, id="stdout-closed-replaying"),
        pytest.param(">&-", False, id="stdout-closed-recording"),
        pytest.param("2>&-", True, id="stderr-closed-replaying"),
        pytest.param("2>&-", False, id="stderr-closed-recording"),
    ],
)
def test_odd_stdout_or_stderr_behaves_as_without_replay(
    home: Path, redirect: str, recorded: bool
) -> None:
    # a key of its own per case; `recorded`: a recording exists for it before the run
    env = _env(home, REVIEW_CASE=f"{redirect}-{recorded}")
    if recorded:
        subprocess.run([WILLING, "status"], env=env, check=True, capture_output=True)
    # the shell's own status is the pipeline's last command: report willing's
    script = f'"{WILLING}" status {redirect}; echo "rc=${{PIPESTATUS[0]}}" >&3'
    plain = _sh(f"{{ {script} ; }} 3>&1", {**env, "WILLING_NO_REPLAY": "1"})
    replayed = _sh(f"{{ {script} ; }} 3>&1", env)
    assert "Traceback" not in replayed[1], replayed[1][-400:]
    assert replayed == plain


def test_a_deleted_working_directory(home: Path, tmp_path: Path) -> None:
    env = _env(home)
    gone = tmp_path / "gone"
    script = f'mkdir -p "{gone}" && cd "{gone}" && rmdir "{gone}" && "{WILLING}" status >/dev/null'
    plain = _sh(script, {**env, "WILLING_NO_REPLAY": "1"})
    replayed = _sh(script, env)
    assert plain[0] == 0
    assert replayed[0] == 0, replayed[1][-300:]


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A copy of the package (an installed or deployed Willing), put first on the path."""
    root = tmp_path / "site"
    shutil.copytree(PACKAGE, root / "willing", ignore=shutil.ignore_patterns("__pycache__"))
    return root


def test_a_deployed_code_change_is_seen(home: Path, copy: Path) -> None:
    """`rsync -a`, `cp -p`, `tar x`, `unzip` keep the source's mtimes: a changed file that
    is not the newest of the tree leaves the code stamp (newest mtime) as it was."""
    env = _env(home, PYTHONPATH=str(copy))
    first = subprocess.run([WILLING, "status"], env=env, check=True, capture_output=True)
    assert b"Coalition status" in first.stdout
    target = copy / "willing" / "cli" / "registry.py"
    stamp = target.stat()
    target.write_text(target.read_text().replace("Coalition status", "Coalition STATUS v2"))
    os.utime(target, ns=(stamp.st_atime_ns, stamp.st_mtime_ns - 10**9))  # an older mtime
    plain = subprocess.run(
        [WILLING, "status"], env={**env, "WILLING_NO_REPLAY": "1"}, capture_output=True
    )
    again = subprocess.run([WILLING, "status"], env=env, capture_output=True)
    assert b"Coalition STATUS v2" in plain.stdout
    assert again.stdout == plain.stdout, again.stdout[:60]


def test_a_dangling_symlink_in_the_package(home: Path, copy: Path) -> None:
    """An editor's lock file (Emacs writes `.#name` as a dangling symlink) next to the code."""
    env = _env(home, PYTHONPATH=str(copy))
    os.symlink("user@host.1234:1700000000", copy / "willing" / "cli" / ".#registry.py")
    plain = subprocess.run(
        [WILLING, "status"], env={**env, "WILLING_NO_REPLAY": "1"}, capture_output=True
    )
    replayed = subprocess.run([WILLING, "status"], env=env, capture_output=True, text=True)
    assert plain.returncode == 0
    assert replayed.returncode == 0, replayed.stderr[-300:]
