"""How fast the command line starts: `willing --help` and `willing status` end to end.

    python bench/cli.py               # median of 10 runs of each
    python bench/cli.py --runs 20

Each run is a fresh process, as a user's would be. `willing status` reads the shipped
data set from a SQLite file loaded once before timing; it is timed twice: as it runs after
any write (the status computed: `WILLING_NO_REPLAY=1` makes every run do that) and as it
runs while nothing changed (the first run's output replayed, see `willing.cli.replay`).
Printed beside them, measured in the same run: the bare interpreter (`python -c pass`,
the floor no command can beat) and
the cost of importing every command module at once (what each command paid before the
root loaded only the module of the command asked for). Target: under 0.35 s for both
commands (median of 10).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from willing.cli.main import COMMANDS

TARGET_S = 0.35


def timed(argv: list[str], env: dict[str, str], runs: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU (user + system) seconds of `runs` fresh processes running `argv`
    (each must succeed). CPU time moves less than wall time on a loaded machine."""
    wall, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL)
        wall.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=10, help="runs of each case (median)")
    args = parser.parse_args()
    willing = str(Path(sys.executable).with_name("willing"))
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "WILLING_DATABASE_URL": f"sqlite:///{folder}/willing.db",
            "WILLING_HOME": folder,
        }
        env.pop("COLUMNS", None)
        env.pop("WILLING_NO_REPLAY", None)
        subprocess.run(
            [willing, "load", "cotw-ukraine-2026"], env=env, check=True, stdout=subprocess.DEVNULL
        )
        modules = sorted({entry.module for entry in COMMANDS.values()})
        eager = "; ".join(f"import willing.cli.{m}" for m in modules)
        cases = {
            "python -c pass (floor)": [sys.executable, "-c", "pass"],
            "willing --help": [willing, "--help"],
            "willing status": [willing, "status"],  # the first run records, the others replay
            "import every command module": [sys.executable, "-c", eager],
        }
        results = {name: timed(argv, env, args.runs) for name, argv in cases.items()}
        computed = {**env, "WILLING_NO_REPLAY": "1"}
        results["willing status (computed)"] = timed([willing, "status"], computed, args.runs)
        results["willing status (replayed)"] = results.pop("willing status")
    floor = statistics.median(results["python -c pass (floor)"][0])
    print(f"load average {os.getloadavg()[0]:.2f}; median of {args.runs} fresh processes")
    print(f"{'case':30} {'wall s':>7} {'min s':>6} {'CPU s':>6} {'vs floor':>9}  target (wall)")
    for name, (wall, cpu) in results.items():
        median = statistics.median(wall)
        target = ""
        if name.startswith("willing "):
            target = f"< {TARGET_S} s: {'met' if median < TARGET_S else 'MISSED'}"
        print(
            f"{name:30} {median:7.3f} {min(wall):6.3f} {statistics.median(cpu):6.3f} "
            f"{median / floor:8.1f}x  {target}"
        )


if __name__ == "__main__":
    main()
