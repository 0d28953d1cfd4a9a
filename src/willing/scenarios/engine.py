"""Solve the sourcing problem for one set of available pledges: the unit every sweep repeats.

Work items are packed boolean masks of available pledges, so a sweep ships the problem to
each worker once and then only a few bytes per solve.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from willing.sourcing.problem import BoolArray, FloatArray, SourcingProblem
from willing.sourcing.solve import solve, solve_coverage

Packed = bytes


@dataclass(frozen=True, eq=False)
class Solved:
    """Units filled on each requirement line."""

    fills: FloatArray


def candidates(problem: SourcingProblem) -> BoolArray:
    """Pledges that could serve if every condition were met.

    A pledge of a capability no line asks for (directly or as a substitute) never serves,
    so leaving it out changes no plan and lets more draws share one solve.
    """
    wanted = np.zeros(len(problem.capabilities), np.bool_)
    wanted[problem.requirement_capability[problem.requirement_units > 0]] = True
    for _ in range(len(problem.substitution_to)):  # substitutes of substitutes, to a fixpoint
        before = int(wanted.sum())
        wanted[problem.substitution_from[wanted[problem.substitution_to]]] = True
        if int(wanted.sum()) == before:
            break
    return problem.pledge_active & (problem.pledge_units > 0) & wanted[problem.pledge_capability]


def pack(mask: BoolArray) -> Packed:
    """A mask as bytes: small to ship and usable as a cache key."""
    return np.packbits(np.asarray(mask, np.bool_)).tobytes()


def unpack(packed: Packed, n: int) -> BoolArray:
    """The mask `pack` made."""
    bits = np.unpackbits(np.frombuffer(packed, np.uint8), count=n)
    return bits.astype(np.bool_)


def solve_available(problem: SourcingProblem, available: BoolArray) -> Solved:
    """Optimal fills with only `available` pledges, on one core (sweeps parallelise above)."""
    every = np.ones(len(problem.conditions), np.bool_)  # the mask already holds conditions
    mask = np.asarray(available, np.bool_) & candidates(problem)
    return Solved(solve_coverage(problem, available=mask, met=every, workers=1).filled)


def pledge_worth(problem: SourcingProblem, available: BoolArray) -> tuple[FloatArray, FloatArray]:
    """Units used of each pledge in the optimal plan with only `available` pledges, and the
    same units each weighted by the priority weight of the line it serves."""
    every = np.ones(len(problem.conditions), np.bool_)
    plan = solve(problem, met=every, available=available, workers=1)
    weight = problem.requirement_weight().astype(np.float64)
    worth = np.bincount(
        plan.pledge, weights=plan.units * weight[plan.requirement], minlength=problem.n_pledges
    ).astype(np.float64)
    return plan.used, worth


def solve_packed(problem: SourcingProblem, packed: Packed) -> Solved:
    """`solve_available` for a packed mask: the function executors run."""
    return solve_available(problem, unpack(packed, problem.n_pledges))
