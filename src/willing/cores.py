"""How many cores this process may use, and whether workers can be forked.

Bulk work (solving a plan's components, reading a large data file, extracting a batch of
articles) spreads over processes only where there is more than one core to use, and
where a forked worker can inherit what the parent has already built.
"""

from __future__ import annotations

import multiprocessing
import os


def usable_cpus() -> int:
    """The cores this process may run on (its affinity, where the platform tells it)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def can_fork() -> bool:
    """True where worker processes can inherit the parent's memory by forking."""
    return "fork" in multiprocessing.get_all_start_methods()
