"""Compiled rule patterns kept between runs, as the interpreter keeps bytecode.

Python's regular-expression compiler is written in Python, and the rule files' patterns are
long: parsing and compiling the ones a first article needs was most of the extractor's
start-up. A compiled program depends only on the pattern's text and flags, on the
interpreter and on the rewriting `prefilter.guarded` does, so the first run that compiles
a pattern writes its program to the user's cache directory and later runs hand the same
program to the engine, which checks it before use. Programs of another interpreter or of
another version of the rewriting live in another folder and are never read; a file that
cannot be read, or holds another pattern, is compiled anew. `WILLING_NO_PATTERN_CACHE=1`
turns the cache off; `WILLING_HOME` moves it as it moves every other file.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
from functools import lru_cache
from pathlib import Path
from re import _compiler as compiler  # type: ignore[attr-defined]
from typing import Any

ENV_OFF = "WILLING_NO_PATTERN_CACHE"
#: programs kept per version folder; the oldest go first (rules change, patterns with them)
KEEP = 1000

#: what the engine is given: text, flags, program, groups, group names in both directions
Program = tuple[str, int, list[int], int, dict[str, int], tuple[str | None, ...]]

_sre: Any = compiler._sre
_pruned: set[Path] = set()


def _rewriting() -> bytes:
    """The source of the code that decides what a pattern compiles to."""
    from willing.ingest import prefilter

    return Path(prefilter.__file__).read_bytes() + Path(__file__).read_bytes()


@lru_cache(maxsize=1)
def folder() -> Path | None:
    """This interpreter's and this rewriting's folder; None when the cache is off."""
    if os.environ.get(ENV_OFF):
        return None
    from willing.storage.location import ENV_HOME

    env = os.environ.get(ENV_HOME)
    if env:
        base = Path(env) / "cache" / "patterns"
    else:
        from platformdirs import user_cache_dir

        base = Path(user_cache_dir("willing", appauthor=False)) / "patterns"
    engine = f"{compiler._sre.MAGIC}-{compiler._sre.CODESIZE}-{compiler.MAXGROUPS}".encode()
    try:
        rewriting = _rewriting()
    except OSError:  # the code cannot be read, so no version can be told: no cache
        return None
    version = hashlib.sha256(repr(sys.version_info).encode() + engine + rewriting)
    return base / version.hexdigest()[:32]


def _path(where: Path, source: str, flags: int) -> Path:
    return where / hashlib.sha256(f"{int(flags)}\0{source}".encode()).hexdigest()[:40]


def read(source: str, flags: int) -> re.Pattern[str] | None:
    """The pattern compiled from a kept program; None when none is kept for it."""
    where = folder()
    if where is None:
        return None
    try:
        kept = marshal.loads(_path(where, source, flags).read_bytes())
        if kept[:2] != (source, flags):  # a file of another pattern under the same name
            return None
        compiled: re.Pattern[str] = _sre.compile(*kept[2:])
        return compiled
    except (OSError, ValueError, EOFError, TypeError, RuntimeError):  # absent or damaged
        return None


def write(source: str, flags: int, program: Program) -> None:
    """Keep a pattern's program, atomically; a cache that cannot be written is no error."""
    where = folder()
    if where is None:
        return
    try:
        where.mkdir(parents=True, exist_ok=True, mode=0o700)
        target = _path(where, source, flags)
        partial = target.with_name(f".{target.name}.{os.getpid()}")
        with open(partial, "wb", opener=lambda p, f: os.open(p, f, 0o600)) as handle:
            handle.write(marshal.dumps((source, int(flags), *program)))
        partial.replace(target)
        if where not in _pruned:
            _pruned.add(where)
            _prune(where)
    except (OSError, ValueError):  # ValueError: a value marshal cannot keep
        return


def _prune(where: Path) -> None:
    """Drop other versions' folders, and this folder's oldest programs beyond `KEEP`."""
    for other in where.parent.iterdir():
        if other != where and other.is_dir():
            for path in other.iterdir():
                path.unlink(missing_ok=True)
            other.rmdir()
    kept = sorted(where.iterdir(), key=lambda p: p.stat().st_mtime_ns)
    for old in kept[:-KEEP]:
        old.unlink(missing_ok=True)


def compile_program(text: str, flags: int, tree: Any) -> tuple[re.Pattern[str], Program]:
    """A pattern whose text is `text`, compiled from `tree` (a parse of it, maybe
    rewritten), and the program it was compiled from, as the engine's own compiler does."""
    groups = tree.state.groupdict
    names: list[str | None] = [None] * tree.state.groups
    for name, index in groups.items():
        names[index] = name
    program: Program = (
        text,
        int(flags | tree.state.flags),
        [int(op) for op in compiler._code(tree, flags)],  # named opcodes to plain numbers
        tree.state.groups - 1,
        dict(groups),
        tuple(names),
    )
    compiled: re.Pattern[str] = _sre.compile(*program)
    return compiled, program
