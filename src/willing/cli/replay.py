"""Replaying `willing status`: its output is kept and printed again while nothing it
depends on has changed.

`status` is the command run most often, and what it prints is a function of its
arguments, the database's contents, the code and the terminal; yet a fresh process needs
most of a second to import the database toolkit and the record models before it can read a
single row. So the first run records what it printed, under a key made of everything that
output can depend on:

- the arguments, the working directory and the whole environment (the viewer comes from
  ``--as``/``--role``; the database from ``--db`` or the environment; the width, colours
  and encoding from the terminal and variables such as ``COLUMNS`` or ``NO_COLOR``);
- whether stdout is a terminal, and its size;
- the SQLite file and its write-ahead log (device, inode, size and modification time), so
  that any write, through Willing or behind its back, changes the key; and the registry's
  revision, which every write through Willing moves;
- the code: Willing's own files and the installed packages' directory, and the interpreter.

A later run with the same key prints the recorded bytes without importing anything else.
Only a plain SQLite file is replayed (a PostgreSQL server's state cannot be read without a
connection); only a run that succeeded and wrote nothing to stderr is recorded, and only
when the database did not change while it ran. Recordings live in the user's cache
directory (``$WILLING_HOME/cache`` when that is set), readable by the user alone, and the
oldest are dropped beyond `KEEP`. ``WILLING_NO_REPLAY=1`` turns replay off.

Nothing is shown that the same command did not print for the same viewer: a recording is
a copy of one run's output, found only by the same arguments.
"""

from __future__ import annotations

import hashlib
import io
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from willing.storage.location import ENV_HOME, resolve_url, sqlite_file

#: The command whose output is replayed, and the options it (and the root) may carry.
COMMAND = "status"
VALUED = frozenset({"--as", "--role", "--db", "--width"})
FLAGS = frozenset({"--json", "--tsv"})
#: Recordings kept; older ones are removed when a new one is written.
KEEP = 32
ENV_OFF = "WILLING_NO_REPLAY"
#: Shell bookkeeping that changes between runs without changing any output.
VOLATILE_ENV = frozenset({"_", "OLDPWD", "SHLVL"})


def replayable(args: list[str]) -> str | None:
    """The database URL option of a `status` invocation that may be replayed, "" when it
    names none; None for any other invocation (help, errors and other commands run)."""
    if os.environ.get(ENV_OFF) or sys.stdout is None or sys.stderr is None:
        return None  # switched off, or no stdout/stderr to print on or to watch
    db = ""
    commands = 0
    it = iter(args)
    for arg in it:
        if arg == COMMAND:
            commands += 1
        elif arg in FLAGS:
            continue
        elif arg in VALUED:
            value = next(it, None)
            if value is None or value.startswith("-"):
                return None
            if arg == "--db":
                db = value
        else:
            return None
    return db if commands == 1 else None


def _stat(path: Path) -> tuple[int, int, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def _wal(path: Path) -> tuple[int, int, int, int] | None:
    """The write-ahead log's stamp; an empty log (left by any reader) counts as none."""
    stamp = _stat(path.with_name(path.name + "-wal"))
    return stamp if stamp is not None and stamp[2] > 0 else None


def _revision(path: Path) -> int | None:
    """The registry's revision (the audit log's last entry), read without the toolkit:
    every write through Willing moves it, even within one tick of the file clock."""
    import sqlite3

    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return int(row[0])


def _code_stamp() -> str:
    """A digest of every file of Willing's own (path, size, modification time: a copy
    that keeps older times, a deleted or a renamed file all change it), the interpreter
    and the packages' directories."""
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    stack = [package]
    while stack:
        with os.scandir(stack.pop()) as entries:
            for entry in sorted(entries, key=lambda e: e.name):
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != "__pycache__":
                        stack.append(Path(entry.path))
                elif not entry.name.endswith(".pyc"):
                    st = entry.stat(follow_symlinks=False)
                    digest.update(f"{entry.path}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    installed = sorted({str(Path(p)) for p in sys.path if p.endswith("site-packages")})
    digest.update(
        repr([sys.executable, sys.version, [(p, _stat(Path(p))) for p in installed]]).encode()
    )
    return digest.hexdigest()


def _terminal() -> list[Any]:
    """Which of stdin, stdout and stderr are terminals, and their sizes (the layout reads
    the first it finds), and the output's encoding."""
    seen: list[Any] = [getattr(sys.stdout, "encoding", None)]
    for fd in (0, 1, 2):
        try:
            seen.append(tuple(os.get_terminal_size(fd)) if os.isatty(fd) else None)
        except OSError:
            seen.append("?")
    return seen


def key(args: list[str], db_option: str) -> str | None:
    """The recording's key, or None when the database is not a SQLite file that exists
    (or anything the key is made of cannot be read: then the command simply runs)."""
    try:
        return _key(args, db_option)
    except (OSError, ValueError):
        return None


def _key(args: list[str], db_option: str) -> str | None:
    path = sqlite_file(resolve_url(db_option or None))
    if path is None:
        return None
    db = _stat(path)
    revision = _revision(path) if db is not None else None
    if db is None or revision is None:
        return None
    parts = [
        args,
        os.getcwd(),
        sorted((k, v) for k, v in os.environ.items() if k not in VOLATILE_ENV),
        _terminal(),
        str(path.resolve()),
        db,
        _wal(path),
        revision,
        _code_stamp(),
    ]
    return hashlib.sha256(repr(parts).encode("utf-8", "backslashreplace")).hexdigest()


def folder() -> Path:
    """Where recordings live."""
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env) / "cache" / "replay"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("willing", appauthor=False)) / "replay"


def play(recording_key: str) -> bool:
    """Print the recording under `recording_key`; False when there is none. A reader
    that closed the pipe ends the command as it would end a computed one (status 1)."""
    try:
        data = (folder() / recording_key).read_bytes()
    except OSError:
        return False
    try:
        out = sys.stdout.buffer
        out.write(data)
        out.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes at exit
        sys.exit(1)
    return True


class _Tee(io.TextIOBase):
    """A text stream that writes through to `target` and keeps a copy of what it wrote."""

    def __init__(self, target: TextIO) -> None:
        self.target = target
        self.copy = io.StringIO()

    def write(self, text: str) -> int:
        self.copy.write(text)
        return self.target.write(text)

    def flush(self) -> None:
        self.target.flush()

    def isatty(self) -> bool:
        return self.target.isatty()

    def fileno(self) -> int:
        return self.target.fileno()

    def __getattr__(self, name: str) -> Any:  # encoding, errors, buffer...
        return getattr(self.target, name)


@contextmanager
def recording(args: list[str], db_option: str, before: str) -> Iterator[None]:
    """Run the body with stdout and stderr watched; keep stdout under `before` (the key
    taken as it started) if the run succeeded, wrote nothing to stderr and the database
    did not change meanwhile."""
    out, err = _Tee(sys.stdout), _Tee(sys.stderr)
    sys.stdout, sys.stderr = out, err
    succeeded = False
    try:
        yield
        succeeded = True
    except SystemExit as exc:
        succeeded = exc.code in (None, 0)
        raise
    finally:
        sys.stdout, sys.stderr = out.target, err.target
        if succeeded and not err.copy.getvalue() and key(args, db_option) == before:
            encoding = getattr(out.target, "encoding", None) or "utf-8"
            errors = getattr(out.target, "errors", None) or "strict"
            _keep(before, out.copy.getvalue().encode(encoding, errors))


def _keep(recording_key: str, data: bytes) -> None:
    """Write one recording atomically and drop the oldest beyond `KEEP`; a cache that
    cannot be written is no error (the next run computes the status again)."""
    try:
        where = folder()
        where.mkdir(parents=True, exist_ok=True, mode=0o700)
        partial = where / f".{recording_key}.{os.getpid()}"
        with open(partial, "wb", opener=lambda p, f: os.open(p, f, 0o600)) as handle:
            handle.write(data)
        partial.replace(where / recording_key)
        kept = sorted(where.iterdir(), key=lambda p: p.stat().st_mtime_ns)
        recordings = [p for p in kept if not p.name.startswith(".")]
        partials = [p for p in kept if p.name.startswith(".") and p != partial]
        for old in recordings[:-KEEP] + partials[:-KEEP]:  # a crashed writer's partial too
            old.unlink(missing_ok=True)
    except OSError:
        pass
