"""The MILP's cost stage against the exact reference (`exact.py`) on the class of
instances where a solver tolerance once decided the answer: issue 14's "wrong proof".

The cost stage keeps the best coverage as a row over the lines' weights
cost_factor(R) x 10^(5 - priority) and minimises the tie-breaking cost. Before the fix
that row had a slack of 1e-4 of the lowest weight. When the lines' priorities span two
levels, that is 1e-6 of the largest weight, and once HiGHS scales the row by a power of
two the slack can sit just under its MIP feasibility tolerance (1e-6): presolve and
propagation then cut off the cheaper plan at the same coverage, and the run still says
"Optimal". Whether a base priority puts the slack there depends on the largest ratio
(through the factor): measured on the old code, ratio 0.5 and 2 fail at base priority
1, 2.5 at 2, 1.5 and 3 at 3 (3 at 2 rarely), the other pairs pass. The class needs several
things at once: such a pair, a cheap substitute that can stand in for dear units at the
same coverage, a per-nation cap that binds, pledges of several nations ready at
different phases. The general `small_instances` seldom draws them together (0 of 3,000
fresh examples failed on the old code), so `scaling_instances` builds that shape and
draws everything in it.
"""

from __future__ import annotations

import math

from hypothesis import assume, example, given
from hypothesis import strategies as st

from willing.sourcing import SourcingProblem

from .exact import MAX_STATES, states
from .test_exact import ISSUE_14, PROPERTY, RATIOS, assert_exact, small

#: Tie-breaking cost levels, as the registry derives them from values in euros.
LEVELS = 10


def cost_level(value: float, dearest: float) -> int:
    """LEVELS x value / dearest, rounded half up (the registry's rule)."""
    return min(LEVELS, math.floor(LEVELS * value / dearest + 0.5))


@st.composite
def scaling_instances(draw: st.DrawFn) -> SourcingProblem:
    """Issue 14's shape, every number drawn.

    Capabilities c1 (dear: tie-breaking costs from values log-uniform below its dearest
    unit) and c0 (no value, cost 0), which substitutes for c1 at a ratio from RATIOS.
    N0 pledges dear units early and late and cheap units early and late; N1 a larger
    dear pledge; maybe one more pledge (N2's or anyone's, either capability). Lines: a dear
    one at the base priority p (1 to 3) with a per-nation cap of 1 or 2, a cheap one at
    p + 2, a dear one at p + 1 or p + 2, maybe one more of either capability between p
    and p + 2 with its own cap. Quantities, readiness, phases drawn; pledges shuffled."""
    ratio = draw(st.sampled_from(RATIOS))
    base = draw(st.integers(1, 3))

    def dear_cost() -> int:
        # most units at the capability's value, some pledges valued lower, log-uniformly
        # down to 1/30 of it (the level depends on value / dearest alone)
        below = draw(st.one_of(st.just(0.0), st.floats(0, 1.5)))
        return cost_level(10**-below, 1.0)

    a, b = 0, 1
    pledges = [
        (a, 1, draw(st.integers(1, 3)), draw(st.sampled_from([90, 180])), dear_cost(), 0),
        (a, 1, draw(st.integers(1, 4)), draw(st.sampled_from([0, 7, 30])), dear_cost(), 0),
        (a, 0, draw(st.integers(1, 4)), draw(st.sampled_from([30, 90])), 0, 0),
        (a, 0, draw(st.integers(5, 9)), draw(st.sampled_from([0, 7])), 0, 0),
        (b, 1, draw(st.integers(5, 9)), draw(st.sampled_from([0, 7, 30])), dear_cost(), 0),
    ]
    n_parties = 2
    if draw(st.booleans()):
        n_parties = 3
        capability = draw(st.integers(0, 1))
        pledges.append(
            (
                draw(st.integers(0, 2)),
                capability,
                draw(st.integers(1, 6)),
                draw(st.sampled_from([0, 30, 90, 180])),
                dear_cost() if capability else 0,
                0,
            )
        )
    pledges = draw(st.permutations(pledges))
    top = draw(st.integers(4, 8))
    lines = [
        (1, top, draw(st.integers(0, 2)), base, draw(st.integers(1, 2)), 0),
        (0, draw(st.integers(1, 4)), draw(st.integers(0, 1)), base + 2, 9, 0),
        (1, draw(st.integers(3, 9)), draw(st.integers(1, 2)), base + draw(st.integers(1, 2)), 9, 0),
    ]
    if draw(st.booleans()):
        units = draw(st.integers(1, 6))
        lines.append(
            (
                draw(st.integers(0, 1)),
                units,
                draw(st.integers(0, 2)),
                base + draw(st.integers(0, 2)),
                draw(st.integers(1, units)),
                0,
            )
        )
    problem = small(pledges, lines, [(0, 1, ratio)], 2, n_parties)
    assume(states(problem) <= MAX_STATES // 10)
    return problem


@PROPERTY
@given(scaling_instances())
@example(ISSUE_14)
def test_the_cost_stage_is_exact_where_tolerances_once_decided(problem: SourcingProblem) -> None:
    """Fails on the code before the fix with no pinned example: this suite's 60 examples
    find it; of fresh examples (WILLING_HYPOTHESIS=explore) 76 of 800 gave a wrong
    "Optimal" (four runs of 200: 24, 20, 16, 16), and 26 more the old float noise on
    the bound. The fixed code passed 2,000 fresh examples."""
    assert_exact(problem)
