"""Extracting a batch of articles on every usable core.

Extraction is pure Python work, one article after another: in a folder of a thousand
articles it is most of the time. Where more than one core may be used and the batch is
large enough to repay starting workers, the articles are shared among forked worker
processes, which inherit the rule tables the parent has already built (it extracts the
first article itself, which builds them, and compiles the patterns left for first use).
Results come back in the batch's order, so progress, the first unreadable article's error
and everything stored are exactly those of extracting one article after another.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections.abc import Callable, Sequence

from willing.cores import can_fork, usable_cpus
from willing.ingest.extract import extract
from willing.ingest.items import Extraction
from willing.ingest.prefilter import compile_deferred

#: (name, content, publication date) of one article
Job = tuple[str, bytes, dt.date | None]

#: Articles per worker below which a worker costs more than it saves (a fork, and the
#: results sent back, against some 7 ms of extraction an article).
PER_WORKER = 48

#: Articles a worker takes at a time.
CHUNK = 8


def _extract(job: Job) -> Extraction:
    name, data, published = job
    return extract(data, published=published, what=name)


def workers_for(articles: int) -> int:
    """How many processes extract a batch of `articles` (1: this one alone)."""
    if not can_fork():
        return 1
    return max(1, min(usable_cpus(), articles // PER_WORKER))


def extract_all(
    jobs: Sequence[Job], progress: Callable[[str], None] | None = None
) -> list[Extraction]:
    """Every article's extraction, in order; `progress` gets each name once it is done.

    Raises the first unreadable article's `IngestError`, as extracting in order would.
    """
    out: list[Extraction] = []

    def done(name: str, result: Extraction) -> None:
        out.append(result)
        if progress is not None:
            progress(name)

    workers = workers_for(len(jobs))
    if workers <= 1:
        for job in jobs:
            done(job[0], _extract(job))
        return out
    done(jobs[0][0], _extract(jobs[0]))  # builds the rule tables the workers inherit
    compile_deferred()  # and every pattern, which the first article need not have used
    context = multiprocessing.get_context("fork")
    with context.Pool(workers) as pool:
        rest = jobs[1:]
        for job, result in zip(rest, pool.imap(_extract, rest, chunksize=CHUNK), strict=True):
            done(job[0], result)
    return out
