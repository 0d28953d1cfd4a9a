"""Time to the first error and peak memory of `willing load` on a large YAML file with
one bad record: first in the file, or last.

The file holds pledges shaped like the shipped data set's (status history, two evidence
items, caveats), about `--mb` megabytes, and one pledge of quantity -1, either before all
the others (the import stops at it at once) or after them (it must read everything, then
refuse that record). Each figure is the median of `--runs` runs of the real `willing`
command in a fresh process, on a copy of a database holding the shipped data set. The
baseline, measured in the same run, is the same command on a one-record file: the
start-up and the shipped data set's own checks, which the large files' figures are
compared with (extra seconds and extra memory per MB of input). Each figure also has the
child's CPU time (user + system), which other work on a shared machine barely moves: on a
quiet machine the wall time is about the CPU time.

With `--parts`, the stages of the same reading are timed instead, in this process (CPU
seconds, the least of `--runs` runs, on a file of `--mb` megabytes): libyaml's events
alone (the parser's floor: no value is built), the values built from them, the records
validated, the whole read of the YAML file (`read_document`, as `load` does it), and for
the JSON file its records decoded and its whole read.

Run: python bench/hostile_import.py [--mb 50] [--runs 3] [--parts]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

RECORD = """  - id: P-BULK-{n}
    party: GBR
    capability: mech-inf-bn
    quantity: 9
    layers: [reassure]
    locations: [UKR]
    caveats: "Away from the line of contact only, record {n}"
    conditions: [ceasefire, us-backstop]
    readiness_days: 60
    readiness_level: L2
    status: committed
    history:
      - {{status: announced, date: 2025-09-04}}
      - {{status: committed, date: 2026-01-06}}
    value_eur: 1.08e+09
    value_estimated: true
    notional: true
    evidence:
      - {{source: wire-2026-01-06-paris-summit}}
      - {{source: willing-notional-plan}}
"""
BAD = "  - {id: P-BULK-BAD, party: GBR, capability: mech-inf-bn, quantity: -1, layers: [x]}\n"


def make(path: Path, size: int, bad_first: bool = False) -> int:
    """Write about `size` bytes of pledges and the bad one (last, or first); return the
    record count."""
    written, n = 0, 0
    with path.open("w", encoding="utf-8") as out:
        out.write("willing: 1\ndataset: bulk\npledges:\n")
        if bad_first:
            out.write(BAD)
        while written < size:
            text = RECORD.format(n=n)
            out.write(text)
            written += len(text)
            n += 1
        if not bad_first:
            out.write(BAD)
    return n + 1


def make_json(path: Path, size: int) -> int:
    """The same pledges and bad last record as `make`, as a JSON file of about `size`
    bytes (the record count is returned)."""
    import yaml

    record = yaml.safe_load(RECORD.format(n=0))[0]
    written, n = 0, 0
    with path.open("w", encoding="utf-8") as out:
        out.write('{"willing": 1, "dataset": "bulk", "pledges": [\n')
        while written < size:
            one = {**record, "id": f"P-BULK-{n}", "caveats": f"Away, record {n}"}
            text = json.dumps(one, default=str) + ",\n"
            out.write(text)
            written += len(text)
            n += 1
        out.write(json.dumps(yaml.safe_load(BAD)[0]) + "\n]}\n")
    return n + 1


def run(script: Path, data: Path, db: Path, base: Path) -> tuple[float, float, float, str]:
    """Seconds, peak resident MiB and CPU seconds of the child, and its last error line."""
    shutil.copyfile(base, db)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    before, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
    start = time.perf_counter()
    done = subprocess.run(
        [str(script), "load", str(data), "--db", f"sqlite:///{db}"],
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime - cpu
    assert done.returncode == 1, done.stdout + done.stderr
    assert "P-BULK-BAD" in done.stderr, done.stderr
    # ru_maxrss of children is the largest child so far: runs go from small to large
    return seconds, max(peak, before) / 1024, cpu, done.stderr.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50, help="size of the large file in MB")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (median shown)")
    parser.add_argument("--parts", action="store_true", help="time the stages in-process")
    args = parser.parse_args()
    if args.parts:
        parts(args.mb, args.runs)
        return
    script = Path(sys.executable).with_name("willing")
    with tempfile.TemporaryDirectory(prefix="willing-bench-") as tmp:
        where = Path(tmp)
        base = where / "base.db"
        subprocess.run(
            [str(script), "load", "cotw-ukraine-2026", "--replace", "--db", f"sqlite:///{base}"],
            check=True,
            capture_output=True,
        )
        small, large = where / "small.yaml", where / "large.yaml"
        first = where / "first.yaml"
        make(small, 1)
        count = make(large, int(args.mb * 1_000_000))
        make(first, int(args.mb * 1_000_000), bad_first=True)
        as_json = where / "large.json"
        make_json(as_json, int(args.mb * 1_000_000))
        mb = large.stat().st_size / 1_000_000
        # each measurement in its own process tree, so that the peak is that run's own
        figures = {}
        cases = (
            ("baseline (1 record)", small),
            (f"bad first ({mb:.1f} MB)", first),
            (f"bad last ({mb:.1f} MB)", large),
            (f"bad last, JSON ({as_json.stat().st_size / 1e6:.1f} MB)", as_json),
        )
        for name, data in cases:
            runs = [
                subprocess.run(
                    [sys.executable, __file__, "--one", str(data), str(base)],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout.split()
                for _ in range(args.runs)
            ]
            seconds = statistics.median(float(r[0]) for r in runs)
            peak = statistics.median(float(r[1]) for r in runs)
            cpu = statistics.median(float(r[2]) for r in runs)
            figures[name] = (seconds, peak, cpu)
            print(
                f"{name:30} median {seconds:6.2f} s  cpu {cpu:6.2f} s  peak {peak:7.1f} MiB  "
                f"runs {runs}"
            )
        (s0, m0, c0), (sf, mf, _), (s1, m1, c1), (sj, mj, cj) = figures.values()
        print(f"records: {count:,} pledges, one of them bad")
        print(f"bad first vs baseline: +{sf - s0:.2f} s; +{mf - m0:.0f} MiB")
        print(
            f"bad last vs baseline: {s1 / s0:.1f}x the time (+{s1 - s0:.1f} s, "
            f"{(s1 - s0) / mb:.2f} s per MB); +{m1 - m0:.0f} MiB = {(m1 - m0) / mb:.1f}x the "
            "file's size"
        )
        print(f"bad last, JSON vs baseline: +{sj - s0:.1f} s; +{mj - m0:.0f} MiB")
        print(f"CPU over the baseline's: bad last +{c1 - c0:.1f} s, JSON +{cj - c0:.1f} s")


def one(data: Path, base: Path) -> None:
    """One measured run (in a process of its own): print seconds, peak MiB and CPU seconds."""
    script = Path(sys.executable).with_name("willing")
    with tempfile.TemporaryDirectory(prefix="willing-bench-") as tmp:
        seconds, peak, cpu, _ = run(script, data, Path(tmp) / "w.db", base)
    print(f"{seconds:.2f} {peak:.1f} {cpu:.2f}")


def parts(mb: float, runs: int) -> None:
    """Print the CPU seconds of each stage of reading the bad-last files (see the module)."""
    import yaml

    from willing.domain.catalog import KINDS
    from willing.domain.errors import ValidationFailure
    from willing.interchange.files import read_document
    from willing.interchange.jsonio import read_json_document
    from willing.interchange.yamlio import read_yaml_document

    def least(name: str, stage: Callable[[], object]) -> None:
        times = []
        for _ in range(runs):
            start = time.process_time()
            stage()
            times.append(time.process_time() - start)
        print(f"{name:34} {min(times):6.2f} s CPU  runs {[round(t, 2) for t in times]}")

    with tempfile.TemporaryDirectory(prefix="willing-bench-") as tmp:
        large, as_json = Path(tmp) / "large.yaml", Path(tmp) / "large.json"
        count = make(large, int(mb * 1_000_000))
        make_json(as_json, int(mb * 1_000_000))
        print(f"{large.stat().st_size / 1e6:.1f} MB, {count:,} pledges, the last one bad")
        records: list[Any] = []

        def events() -> None:
            with large.open("rb") as stream:
                parser = yaml.CSafeLoader(stream)
                while parser.get_event() is not None:
                    pass
                parser.dispose()

        def values() -> None:
            records.clear()
            with large.open("rb") as stream:
                read_yaml_document(stream, KINDS.__contains__, lambda k, i, r: records.append(r))

        def whole(path: Path, fmt: str) -> None:
            try:
                read_document(path, fmt)
            except ValidationFailure:
                return
            raise AssertionError("the bad record was not refused")

        text = as_json.read_text(encoding="utf-8")
        least("YAML: libyaml's events alone", events)
        least("YAML: values built", values)
        model = KINDS["pledges"]
        least("YAML: records validated", lambda: [model.model_validate(r) for r in records[:-1]])
        least("YAML: read_document (all of it)", lambda: whole(large, "yaml"))
        least("JSON: records decoded", lambda: read_json_document(text, bool, lambda *a: None))
        least("JSON: read_document (all of it)", lambda: whole(as_json, "json"))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--one":
        one(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        main()
