"""Draw which conditions are met: each with its probability, children after their parents."""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from willing.domain.enums import ConditionStatus
from willing.domain.errors import WillingError
from willing.domain.forces import Condition
from willing.sourcing.problem import BoolArray, FloatArray, IntArray

UNFIXED, FAILED, MET = -1, 0, 1


@dataclass(frozen=True, eq=False)
class Uncertainty:
    """Conditions as arrays, in the problem's condition order."""

    names: tuple[str, ...]
    probability: FloatArray
    #: Index of the condition each one depends on, -1 for none.
    parent: IntArray
    #: Probability when the parent failed (equal to `probability` without a parent).
    probability_if_parent_failed: FloatArray
    #: MET or FAILED when the condition is certain, UNFIXED when it is drawn.
    fixed: IntArray

    @property
    def drawn(self) -> BoolArray:
        """Conditions drawn at random."""
        return np.asarray(self.fixed == UNFIXED, np.bool_)

    def order(self) -> list[int]:
        """Conditions with every parent before its children; raise on a cycle."""
        done: list[int] = []
        state = np.zeros(len(self.names), np.int8)
        for first in range(len(self.names)):
            # walk up to the first placed ancestor without recursion: chains may be long
            chain: list[int] = []
            i = first
            while i >= 0 and state[i] != 2:
                if state[i] == 1:
                    name = self.names[i]
                    raise WillingError(f"conditions depend on each other in a cycle at '{name}'")
                state[i] = 1
                chain.append(i)
                i = int(self.parent[i])
            for i in reversed(chain):
                state[i] = 2
                done.append(i)
        return done

    def with_probability(self, index: int, probability: float) -> Uncertainty:
        """A copy where condition `index` is drawn with `probability` whatever its parent."""
        p = self.probability.copy()
        q = self.probability_if_parent_failed.copy()
        fixed = self.fixed.copy()
        p[index] = q[index] = probability
        fixed[index] = UNFIXED
        return replace(self, probability=p, probability_if_parent_failed=q, fixed=fixed)


def uncertainty_of(conditions: list[Condition], names: tuple[str, ...]) -> Uncertainty:
    """Arrays for `names` from the condition records; met or failed ones are fixed."""
    by_id = {c.id: c for c in conditions}
    index = {name: i for i, name in enumerate(names)}
    n = len(names)
    probability, failed_p = np.zeros(n), np.zeros(n)
    parent, fixed = np.full(n, -1, np.int64), np.full(n, UNFIXED, np.int64)
    for i, name in enumerate(names):
        c = by_id[name]
        probability[i] = c.probability
        failed_p[i] = (
            c.probability
            if c.probability_if_parent_failed is None
            else (c.probability_if_parent_failed)
        )
        if c.depends_on is not None and c.depends_on in index:
            parent[i] = index[c.depends_on]
        if c.status is ConditionStatus.MET:
            fixed[i] = MET
        elif c.status is ConditionStatus.FAILED:
            fixed[i] = FAILED
    return Uncertainty(names, probability, parent, failed_p, fixed)


def uniforms(n_draws: int, n_conditions: int, seed: int) -> FloatArray:
    """The uniform numbers every draw compares with; fixed by the seed alone."""
    return np.random.default_rng(seed).random((n_draws, n_conditions))


def draw(uncertainty: Uncertainty, u: FloatArray) -> BoolArray:
    """(draws x conditions) met matrix from uniforms `u`, parents drawn before children."""
    met = np.zeros(u.shape, np.bool_)
    for i in uncertainty.order():
        if uncertainty.fixed[i] != UNFIXED:
            met[:, i] = uncertainty.fixed[i] == MET
            continue
        parent = int(uncertainty.parent[i])
        if parent < 0:
            p = np.full(len(u), uncertainty.probability[i])
        else:
            p = np.where(
                met[:, parent],
                uncertainty.probability[i],
                uncertainty.probability_if_parent_failed[i],
            )
        met[:, i] = u[:, i] < p
    return met
