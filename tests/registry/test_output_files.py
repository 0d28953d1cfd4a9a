"""Output files are written whole and never over something that is not a regular file:
a device, a pipe or a link named as the output is refused and left as it was."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from willing.domain.catalog import Dataset
from willing.domain.errors import ValidationFailure
from willing.interchange.atomic import write_whole
from willing.interchange.files import write_path

WILLING = str(Path(sys.executable).with_name("willing"))


def test_a_pipe_a_link_and_a_folder_are_refused_and_left_as_they_were(tmp_path: Path) -> None:
    fifo = tmp_path / "out.yaml"
    os.mkfifo(fifo)
    target = tmp_path / "kept.yaml"
    target.write_text("kept\n")
    link = tmp_path / "link.yaml"
    link.symlink_to(target)
    folder = tmp_path / "folder.yaml"
    folder.mkdir()
    for path, said in (
        (fifo, "not a regular file"),
        (link, "not a regular file"),
        (folder, "a folder"),
    ):
        with pytest.raises(ValidationFailure, match=said):
            write_whole(path, b"new\n")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert link.is_symlink()
    assert target.read_text() == "kept\n"
    assert folder.is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "folder.yaml",
        "kept.yaml",
        "link.yaml",
        "out.yaml",
    ]


def test_a_file_is_replaced_whole_and_keeps_its_permissions(tmp_path: Path) -> None:
    path = tmp_path / "export.yaml"
    path.write_text("old\n")
    path.chmod(0o600)
    write_whole(path, b"new\n")
    assert path.read_bytes() == b"new\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    fresh = tmp_path / "sub" / "fresh.yaml"
    write_whole(fresh, b"x")
    assert fresh.read_bytes() == b"x"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_an_export_to_a_pipe_is_refused_without_hanging(
    tmp_path: Path, small_coalition: Dataset
) -> None:
    fifo = tmp_path / "coalition.yaml"
    os.mkfifo(fifo)
    with pytest.raises(ValidationFailure, match="not a regular file"):
        write_path(small_coalition, fifo)
    env = {**os.environ, "WILLING_HOME": str(tmp_path), "WILLING_DATABASE_URL": ""}
    subprocess.run([WILLING, "load", "cotw-ukraine-2026"], env=env, check=True, capture_output=True)
    done = subprocess.run(
        [WILLING, "export", str(fifo)], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    assert "not a regular file" in done.stderr
    assert "Traceback" not in done.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
