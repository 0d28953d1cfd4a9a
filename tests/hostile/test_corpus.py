"""Every hostile input against every input path, through the real `willing` command.

The table `PATHS` lists the input paths: how a case becomes a command line, and whether
the path must refuse every case (a data file, a scenario file) or may take it as text (an
article, a reviewer's value). For each run: no traceback, no hang (a time limit), no raw
control character on the terminal, and a refused run is a clear error that changed
nothing (the database file byte-for-byte, else a full dump). Accepted runs are reported.

The REST API's forms of these paths are one more entry each in `PATHS`.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests.hostile.corpus import CASES, CASES_DIR, HIDDEN_PLEDGE, SPECIAL

from willing.interchange.inputs import MAX_BYTES

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 120.0
#: What a terminal would act on: escape, CSI, NUL, bidirectional overrides.
RAW_CONTROLS = ("\x1b", "\x9b", "\x00", "\u202e", "\x07")
ARTICLE = ROOT / "tests" / "ingest" / "gold"


@dataclass(frozen=True)
class Run:
    code: int | None
    timed_out: bool
    out: str
    err: str


class Server:
    """The fork server (see `forkserver.py`): one process per command, imports done once."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.count = 0
        self.proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("forkserver.py"))],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        )

    def run(self, argv: list[str], db: Path, timeout: float = TIMEOUT) -> Run:
        self.count += 1
        out, err = self.workdir / "out.txt", self.workdir / "err.txt"
        request = {
            "argv": argv,
            "env": {"WILLING_DATABASE_URL": f"sqlite:///{db}", "COLUMNS": "120"},
            "stdout": str(out),
            "stderr": str(err),
            "timeout": timeout,
        }
        assert self.proc.stdin is not None
        assert self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        reply = json.loads(self.proc.stdout.readline())
        return Run(
            reply["code"],
            reply["timed_out"],
            out.read_bytes().decode("utf-8", "backslashreplace"),
            err.read_bytes().decode("utf-8", "backslashreplace"),
        )

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait(timeout=60)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


@dataclass(frozen=True)
class Input:
    """A case as a runner sees it: a path on disk and the bytes a value path would pass."""

    name: str
    path: Path
    value: str
    accepts: frozenset[str]


@dataclass(frozen=True)
class Context:
    draft: str
    condition: str


@dataclass(frozen=True)
class InputPath:
    """One input path: the command a case becomes, and whether it must refuse every case."""

    name: str
    argv: Callable[[Input, Context], list[str]]
    must_refuse: bool


PATHS: list[InputPath] = [
    InputPath("load", lambda i, c: ["load", str(i.path)], True),
    InputPath("load-replace", lambda i, c: ["load", str(i.path), "--replace"], True),
    InputPath(
        "scenario-save",
        lambda i, c: ["scenario", "save", str(i.path), "--as", "POL", "--role", "planner"],
        True,
    ),
    InputPath("scenario-show", lambda i, c: ["scenario", "show", str(i.path)], True),
    InputPath("compare", lambda i, c: ["scenario", "compare", "baseline", str(i.path)], True),
    InputPath(
        "montecarlo",
        lambda i, c: ["montecarlo", "--scenario", str(i.path), "-n", "20", "--no-store"],
        True,
    ),
    InputPath(
        "criticality",
        lambda i, c: ["criticality", "--scenario", str(i.path), "--pledges", "0", "--no-store"],
        True,
    ),
    InputPath(
        "sensitivity",
        lambda i, c: [
            "sensitivity",
            c.condition,
            "--scenario",
            str(i.path),
            "-n",
            "20",
            "--steps",
            "2",
            "--no-store",
        ],
        True,
    ),
    InputPath("ingest", lambda i, c: ["ingest", str(i.path)], False),
    InputPath("review-set", lambda i, c: ["review", c.draft, "--set", f"name={i.value}"], False),
]


def _value(data: bytes) -> str:
    """The bytes as a shell would pass them in one argument: up to a NUL, at most 128 KiB,
    decoded as Python decodes its arguments (undecodable bytes kept as surrogates)."""
    return os.fsdecode(data.split(b"\x00", 1)[0][: 128 * 1024])


def _special(name: str, where: Path) -> Path:
    path = where / name
    if name.startswith("fifo"):
        os.mkfifo(path)
    elif name == "zero.yaml":
        path.symlink_to("/dev/zero")
    elif name == "urandom.json":
        path.symlink_to("/dev/urandom")
    elif name == "folder.yaml":
        path.mkdir()
    elif name == "folder-with-fifo":
        path.mkdir()
        (path / "ok.yaml").write_text("willing: 1\npledges: []\n", encoding="utf-8")
        os.mkfifo(path / "a.yaml")
    elif name == "folder-with-subfolder":
        path.mkdir()
        (path / "b.yaml").mkdir()
    elif name.startswith("huge"):
        with path.open("wb") as handle:
            handle.truncate(MAX_BYTES + 1)  # sparse: no disk, no memory
    elif name == "link-loop.yaml":
        path.symlink_to(path.name)
    elif name == "dangling.yaml":
        path.symlink_to(where / "nothing-here.yaml")
    else:  # pragma: no cover - the table and this function go together
        raise AssertionError(name)
    return path


def inputs(where: Path) -> list[Input]:
    """Every committed case and every special one."""
    out = []
    for case in CASES:
        path = CASES_DIR / case.name
        data = path.read_bytes() if path.is_file() else next(iter(case.files.values()))
        out.append(Input(case.name, path, _value(data), case.accepts))
    for name, _ in SPECIAL:
        path = _special(name, where)
        out.append(Input(name, path, _value(str(path).encode()), frozenset()))
    return out


def _digest(db: Path) -> str:
    """The database file, and its write-ahead log when that holds anything."""
    parts = [db.read_bytes()]
    wal = db.with_name(db.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        parts.append(wal.read_bytes())
    return hashlib.sha256(b"".join(parts)).hexdigest()


def _dump(db: Path) -> str:
    """A digest of every table's rows: equal when the content is, whatever the file layout."""
    conn = sqlite3.connect(db)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


def _fresh(base: Path, db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(base, db)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, Path, Context]]:
    """The fork server and a base database: the shipped data set, one record hidden from
    all but France, and an ingested article whose drafts wait for review."""
    where = tmp_path_factory.mktemp("hostile")
    server = Server(where)
    base = where / "base.db"
    hidden = where / "hidden.yaml"
    hidden.write_text(
        "pledges:\n"
        f"  - {{id: {HIDDEN_PLEDGE}, party: FRA, capability: mech-inf-bn, quantity: 2,"
        " layers: [reassure], label: {classification: NATIONAL, owner: FRA,"
        " releasable_to: [FRA]}}\n",
        encoding="utf-8",
    )
    article = sorted(ARTICLE.glob("*.txt"))[0]
    for argv in (
        ["load", "cotw-ukraine-2026", "--replace"],
        ["load", str(hidden)],
        ["ingest", str(article)],
    ):
        run = server.run(argv, base, timeout=600)
        assert run.code == 0, run.err
    listed = server.run(["review", "--type", "person", "--json"], base)
    drafts = json.loads(listed.out)
    assert drafts, "the article gives no person draft to edit"
    ctx = Context(draft=drafts[0]["id"], condition="us-backstop")
    with sqlite3.connect(base) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    yield server, base, ctx
    server.close()


def _problems(path: InputPath, case: Input, run: Run, changed: bool) -> list[str]:
    found = []
    text = run.out + run.err
    if run.timed_out:
        found.append(f"hung (killed after {TIMEOUT:.0f} s)")
    if "Traceback (most recent call last)" in text:
        found.append("traceback:\n" + run.err[-2000:])
    raw = [c for c in RAW_CONTROLS if c in text]
    if raw:
        found.append(f"raw control characters reached the terminal: {raw!r}")
    refused = run.code not in (0, None)
    if refused:
        if changed:
            found.append("refused, yet the database changed (a partial write)")
        if "error" not in run.err.lower() or len(run.err.strip()) < 10:
            found.append(f"refused without a clear message: {run.err[-500:]!r}")
    elif run.code == 0 and path.must_refuse and path.name not in case.accepts:
        found.append(f"accepted, but this path must refuse it:\n{run.out[-800:]}")
    return found


@pytest.mark.slow
@pytest.mark.parametrize("path", PATHS, ids=[p.name for p in PATHS])
def test_every_case_on_every_input_path(
    world: tuple[Server, Path, Context], path: InputPath, tmp_path: Path
) -> None:
    server, base, ctx = world
    db = tmp_path / "w.db"
    _fresh(base, db)
    before = _digest(db)
    content = _dump(db)
    tally: Counter[str] = Counter()
    failures: list[str] = []
    cases = inputs(tmp_path)
    assert len(cases) >= 100
    for case in cases:
        run = server.run(path.argv(case, ctx), db)
        changed = _digest(db) != before and _dump(db) != content
        problems = _problems(path, case, run, changed)
        outcome = "hung" if run.timed_out else "accepted" if run.code == 0 else "refused"
        tally[outcome] += 1
        if problems:
            failures.append(f"{path.name} x {case.name}: " + "; ".join(problems))
        if run.code == 0 or changed:
            _fresh(base, db)
        before = _digest(db)
    print(f"\n{path.name}: {len(cases)} cases, {dict(tally)}")
    assert not failures, "\n\n".join(failures)
    if path.must_refuse:
        accepted = {c.name for c in cases if path.name in c.accepts}
        assert tally["accepted"] == len(accepted)


def test_the_committed_corpus_is_the_table(tmp_path: Path) -> None:
    from tests.hostile import corpus

    corpus.write(tmp_path)
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    committed = sorted(p.relative_to(CASES_DIR) for p in CASES_DIR.rglob("*") if p.is_file())
    assert written == committed
    for rel in written:
        assert (tmp_path / rel).read_bytes() == (CASES_DIR / rel).read_bytes(), rel
    assert len(corpus.CASES) + len(corpus.SPECIAL) >= 100


def test_a_few_cases_through_the_console_script(world: tuple[Server, Path, Context]) -> None:
    """The fork server runs what the installed `willing` script runs: check a few cases
    through the script itself (a pipe, a lone surrogate, a deep file, an escape in a name)."""
    _, base, _ = world
    script = Path(sys.executable).with_name("willing")
    fifo = base.parent / "script-fifo.yaml"
    if not fifo.exists():
        os.mkfifo(fifo)
    for target in (fifo, CASES_DIR / "surrogate.json", CASES_DIR / "deep-20000.yaml"):
        done = subprocess.run(
            [str(script), "load", str(target), "--db", f"sqlite:///{base}"],
            capture_output=True,
            timeout=TIMEOUT,
            check=False,
        )
        err = done.stderr.decode("utf-8", "backslashreplace")
        assert done.returncode == 1, err
        assert "Traceback" not in err
        assert target.name in err


def test_unix_socket_is_refused(world: tuple[Server, Path, Context], tmp_path: Path) -> None:
    server, base, _ = world
    path = tmp_path / "s.yaml"
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(path))
        run = server.run(["load", str(path)], base)
    finally:
        sock.close()
    assert run.code == 1
    assert "a socket, not a regular file" in run.err
