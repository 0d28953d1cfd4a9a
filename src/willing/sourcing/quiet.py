"""Keep a native library's stray prints off standard output.

HiGHS 1.12 prints a debug line ("...transformNewIntegerFeasibleSolution tmpSolver.run();")
straight to the C library's stdout on some MILPs, even with its output turned off. On a
command's stdout that would corrupt `--json` and `--csv`, so the file descriptor is pointed
at the null device while the solver runs. Later HiGHS releases drop the line, but they do
not yet load beside OR-Tools (see docs/sourcing.md).
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

_LIBC = ctypes.CDLL(None)


def _flush_native() -> None:
    _LIBC.fflush(None)


@contextmanager
def native_stdout_silenced() -> Iterator[None]:
    """Send file descriptor 1 to the null device for the duration; Python's own
    buffered output is flushed first, so nothing printed before is lost or reordered."""
    sys.stdout.flush()
    _flush_native()
    try:
        saved = os.dup(1)
    except OSError:  # no stdout at all: nothing to protect
        yield
        return
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, 1)
        yield
    finally:
        _flush_native()
        os.dup2(saved, 1)
        os.close(saved)
        os.close(null)
