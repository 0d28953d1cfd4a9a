"""Solve many availability masks, each distinct mask once, on any executor."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any

import numpy as np

from willing.scenarios.engine import Packed, Solved, pack, solve_packed
from willing.scenarios.executors import Executor, SerialExecutor
from willing.sourcing.problem import BoolArray, IntArray, SourcingProblem

#: Told (solves just done, solves newly planned): (0, n) when a batch of n starts, then
#: (k, 0) as k more finish.
Progress = Callable[[int, int], None]


@dataclass(frozen=True, eq=False)
class Signatures:
    """Distinct condition sets among candidate pledges: what decides which pledges serve."""

    #: (signatures x conditions): the conditions each signature requires.
    required: BoolArray
    #: Signature of each pledge.
    of_pledge: IntArray


def signatures_of(problem: SourcingProblem, candidates: BoolArray) -> Signatures:
    """Group the candidate pledges by the set of conditions they require.

    Two draws that activate the same signatures make the same pledges available, so they
    share one plan; this is what lets 10,000 draws need only a few hundred solves.
    """
    conditions = problem.pledge_conditions & np.asarray(candidates, np.bool_)[:, None]
    required, of_pledge = unique_rows(conditions)
    return Signatures(required, of_pledge)


def active_signatures(signatures: Signatures, met: BoolArray) -> BoolArray:
    """(draws x signatures): True where every condition of the signature is met."""
    unmet = ~np.atleast_2d(np.asarray(met, np.bool_))
    blocked = unmet.astype(np.int32) @ signatures.required.T.astype(np.int32)
    return np.asarray(blocked == 0, np.bool_)


def unique_rows(rows: BoolArray) -> tuple[BoolArray, IntArray]:
    """Distinct rows of a boolean matrix, in a fixed order, and the index of each row's."""
    rows = np.asarray(rows, np.bool_)
    if rows.shape[1] <= 62:
        # one integer per row: a 1-d unique is far faster than unique rows
        code = rows.astype(np.int64) @ (np.int64(1) << np.arange(rows.shape[1], dtype=np.int64))
        codes, inverse = np.unique(code, return_inverse=True)
        distinct = ((codes[:, None] >> np.arange(rows.shape[1])) & 1) > 0
        return distinct, inverse.reshape(-1).astype(np.int64)
    distinct, inverse = np.unique(rows, axis=0, return_inverse=True)
    return distinct, inverse.reshape(-1).astype(np.int64)


@dataclass
class Cache:
    """Solved masks by their packed bytes; reused across calls on the same problem."""

    solved: dict[Packed, Solved] = field(default_factory=dict)
    hits: int = 0


#: Executors whose workers may run on other machines (`--address`): they get arrays only.
REMOTE = frozenset({"ray", "dask"})


def anonymised(problem: SourcingProblem) -> SourcingProblem:
    """The problem with every name replaced by its position: what a cluster is sent.

    A solve reads only the arrays; record ids, party and condition codes are needed only
    here, to name what comes back. Labels and evidence are never in a problem at all.
    """
    changes: dict[str, Any] = {
        f.name: tuple(str(i) for i in range(len(value)))
        for f in fields(problem)
        if isinstance(value := getattr(problem, f.name), tuple)
        and all(isinstance(v, str) for v in value)
    }
    return replace(problem, **changes)


def solve_masks(
    problem: SourcingProblem,
    masks: Sequence[Packed],
    executor: Executor | None = None,
    cache: Cache | None = None,
    progress: Progress | None = None,
) -> list[Solved]:
    """Solved results for every packed mask, solving only masks not in the cache."""
    cache = cache if cache is not None else Cache()
    todo = sorted({m for m in masks if m not in cache.solved})
    cache.hits += len(masks) - len(todo)

    if progress is not None:
        progress(0, len(todo))

    def advance(done: int) -> None:
        if progress is not None:
            progress(done, 0)

    runner = executor or SerialExecutor()
    shipped = anonymised(problem) if runner.name in REMOTE else problem
    results = runner.map(solve_packed, shipped, todo, advance)
    cache.solved.update(zip(todo, results, strict=True))
    return [cache.solved[m] for m in masks]


def mask_for(
    problem: SourcingProblem, base: BoolArray, signatures: Signatures, active: BoolArray
) -> Packed:
    """The packed mask of pledges available when the `active` signatures are."""
    return pack(base & active[signatures.of_pledge])
