"""Criticality: the coverage lost when one nation, condition or pledge is taken away.

Only pledges the reference plan uses can cost anything when withdrawn. By default every
used pledge is tested when there are at most `AUTO_PLEDGES` of them (one solve each);
beyond that, and whenever a number is given, the pledges tested are those worth most to
the plan: units used times the priority weight of the lines they serve.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from willing.scenarios.coverage import Frame, frame_of
from willing.scenarios.engine import Solved, candidates, pack, pledge_worth
from willing.scenarios.executors import Executor
from willing.scenarios.sweep import Cache, Progress, solve_masks
from willing.sourcing.problem import BoolArray, FloatArray, IntArray, SourcingProblem

EPS = 1e-9

#: With no number given, every used pledge is tested when there are at most this many.
AUTO_PLEDGES = 200


@dataclass(frozen=True)
class Loss:
    """What removing one thing costs against the reference plan."""

    kind: str  # nation, condition or pledge
    id: str
    #: Priority-weighted objective lost, as a share of the largest possible objective.
    weighted_loss: float
    #: Loss of each coverage figure (overall, layers, domains), in shares.
    figures: dict[str, float]
    #: Requirement lines whose fill drops.
    lines: tuple[str, ...] = field(default=())

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "weighted_loss": self.weighted_loss,
            "figures": self.figures,
            "lines_affected": len(self.lines),
            "lines": list(self.lines),
        }


def _loss(
    kind: str, name: str, problem: SourcingProblem, frame: Frame, before: Solved, after: Solved
) -> Loss:
    drop = before.fills - after.fills
    lost = frame.of(drop)
    figures = {f: float(v) for f, v in zip(frame.names, lost, strict=True)}
    weighted = figures.get("weighted", 0.0)
    lines = tuple(problem.requirement_ids[i] for i in np.flatnonzero(drop > EPS))
    return Loss(kind, name, weighted, figures, lines)


def chosen_pledges(used: FloatArray, worth: FloatArray, top_pledges: int | None) -> IntArray:
    """The pledges to withdraw one by one, most worth first: every used one when
    `top_pledges` is None and at most `AUTO_PLEDGES` are used, else the `top_pledges` (or
    `AUTO_PLEDGES`) used ones with the largest worth (units used x line weight), ties
    broken by units used, then by index."""
    limit = AUTO_PLEDGES if top_pledges is None else top_pledges
    in_use = np.flatnonzero(used > EPS)
    order = np.lexsort((in_use, -used[in_use], -worth[in_use]))
    return np.asarray(in_use[order][:limit], np.int64)


def criticality(
    problem: SourcingProblem,
    met: BoolArray,
    executor: Executor | None = None,
    top_pledges: int | None = None,
    cache: Cache | None = None,
    progress: Progress | None = None,
) -> tuple[Solved, list[Loss]]:
    """Rank nations, conditions and the pledges worth most by the loss their removal causes.

    Nations and pledges are removed from the plan under `met`; a condition's loss is the
    difference between it met and failed, every other condition as in `met`. Only pledges
    the reference plan uses can cost anything; which are solved is `chosen_pledges`
    (None: all used ones when that is cheap; 0: none).
    """
    met = np.asarray(met, np.bool_)
    usable = candidates(problem)
    # masks hold only pledges that could serve, so removals that change nothing share a solve
    available = problem.available(met) & usable
    jobs: list[tuple[str, str, bytes]] = []
    parties = np.unique(problem.pledge_party[available])
    for party in parties.tolist():
        mask = available & (problem.pledge_party != party)
        jobs.append(("nation", problem.parties[party], pack(mask)))
    # every condition a pledge names is ranked, even at no loss: a zero is an answer too
    relevant = problem.pledge_conditions[problem.pledge_active].any(axis=0)
    pairs: dict[str, tuple[bytes, bytes]] = {}
    for c in np.flatnonzero(relevant).tolist():
        on, off = met.copy(), met.copy()
        on[c], off[c] = True, False
        pairs[problem.conditions[c]] = (
            pack(problem.available(on) & usable),
            pack(problem.available(off) & usable),
        )
    reference = pack(available)
    first = solve_masks(problem, [reference, *[j[2] for j in jobs]], executor, cache, progress)
    base, rest = first[0], first[1:]
    if top_pledges == 0:
        chosen = np.zeros(0, np.int64)
    else:
        chosen = chosen_pledges(*pledge_worth(problem, available), top_pledges)
    pledge_masks = []
    for p in chosen.tolist():
        mask = available.copy()
        mask[p] = False
        pledge_masks.append(pack(mask))
    flat = [m for pair in pairs.values() for m in pair]
    more = solve_masks(problem, [*pledge_masks, *flat], executor, cache, progress)
    frame = frame_of(problem)
    losses = [_loss(k, n, problem, frame, base, s) for (k, n, _), s in zip(jobs, rest, strict=True)]
    losses += [
        _loss("pledge", problem.pledge_ids[p], problem, frame, base, s)
        for p, s in zip(chosen.tolist(), more[: len(chosen)], strict=True)
    ]
    for i, name in enumerate(pairs):
        with_it, without = more[len(chosen) + 2 * i], more[len(chosen) + 2 * i + 1]
        losses.append(_loss("condition", name, problem, frame, with_it, without))
    losses.sort(key=lambda x: (-x.weighted_loss, -len(x.lines), x.kind, x.id))
    return base, losses
