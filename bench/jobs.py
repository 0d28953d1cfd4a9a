"""What running an analysis as a job costs, on the shipped data set in SQLite.

For a liaison officer of Poland, Monte Carlo with 10,000 draws (seed 0), solved serially:

- direct: the use case `willing montecarlo` calls (`runs.montecarlo`), in this thread;
- as a job: `Jobs.submit`, then polled every 20 ms until done (the whole wait);
- submit: how long `submit` takes to answer (what a `POST /jobs` waits for);
- cancel: from `cancel` of a running job to its state `cancelled`.

Each is the median of several runs; ratios are against the direct call of the same run.

    python bench/jobs.py            # 5 runs each
    python bench/jobs.py --runs 3
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from willing.scenarios import runs
from willing.scenarios.executors import SerialExecutor
from willing.scenarios.jobs import analysis_jobs
from willing.services.access import Registry, Role, Viewer
from willing.services.jobs import Jobs, JobState
from willing.services.registry import read_source
from willing.storage.store import Store

POL = Viewer("POL", Role.LIAISON, user="pol")
PARAMS = {"draws": 10_000, "seed": 0}


def wait(jobs: Jobs, job_id: str) -> JobState:
    while (state := jobs.get(POL, job_id).state) in (JobState.QUEUED, JobState.RUNNING):
        time.sleep(0.02)
    return state


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(f"sqlite:///{Path(tmp) / 'bench.db'}")
        store.write(read_source("cotw-ukraine-2026"), actor="bench")
        jobs = analysis_jobs(store, workers=1, per_user=10)
        direct, job, submit, cancel = [], [], [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            expected = runs.montecarlo(
                Registry(store, POL), "baseline", 10_000, 0, store=False, executor=SerialExecutor()
            )
            direct.append(time.perf_counter() - start)

            start = time.perf_counter()
            made = jobs.submit(POL, "montecarlo", PARAMS)
            submit.append(time.perf_counter() - start)
            assert wait(jobs, made.id) is JobState.DONE
            job.append(time.perf_counter() - start)
            assert jobs.result(POL, made.id) == expected

            running = jobs.submit(POL, "montecarlo", PARAMS)
            while jobs.get(POL, running.id).progress < 0.2:
                time.sleep(0.002)
            start = time.perf_counter()
            jobs.cancel(POL, running.id)
            assert wait(jobs, running.id) is JobState.CANCELLED
            cancel.append(time.perf_counter() - start)
        jobs.close(wait=True)
        store.close()
    base = statistics.median(direct)
    print(f"Monte Carlo, 10,000 draws, shipped data set, viewer POL; median of {args.runs}")
    print(f"{'what':<28}{'median s':>10}{'vs direct':>11}")
    for name, times in (
        ("direct (runs.montecarlo)", direct),
        ("as a job, submit to done", job),
        ("submit answers", submit),
        ("cancel to cancelled", cancel),
    ):
        median = statistics.median(times)
        print(f"{name:<28}{median:>10.4f}{median / base:>10.2f}x")


if __name__ == "__main__":
    main()
