"""Pausing Python's cyclic garbage collector around bulk work that makes no cycles.

Reading a large data file, explaining a large plan's gaps and writing the plan build
hundreds of thousands of small dicts, lists, strings and models. Each allocation burst
triggers collections, and the oldest generation's sweeps walk every object alive, including
the ones just built and kept (at 100k pledges, millions): the sweeps cost more than the work.
None of these objects form cycles, so reference counting frees them all; the collector is
paused for the duration and resumed as it was.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """Run the block with the cyclic collector off (as it was, after; nesting is safe)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
