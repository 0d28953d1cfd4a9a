"""Gap explanations count only pledges that could serve the line itself, in the line's units."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from willing.services.registry import read_source
from willing.sourcing import explain_gaps, from_dataset, solve

from .test_substitution import tiny


def test_a_condition_is_named_only_for_pledges_that_fit_the_line() -> None:
    result = solve(from_dataset(read_source("cotw-ukraine-2026")))
    gaps = {g.requirement: g for g in explain_gaps(result)}
    air = gaps["R-RA-AIR"]  # reassure, in UKR
    assert air.layer == "reassure"
    named = {r.condition for r in air.reasons if r.code == "condition"}
    # the only pledge waiting on host-nation:POL serves the support layer in Poland
    assert "host-nation:POL" not in named
    p = result.problem
    for gap in gaps.values():
        line = gap.index
        for reason in gap.reasons:
            if reason.code != "condition":
                continue
            k = p.conditions.index(reason.condition)
            waiting = np.flatnonzero(p.pledge_conditions[:, k] & p.pledge_active)
            fits = [
                i
                for i in waiting.tolist()
                if (int(p.pledge_layers[i]) >> int(p.requirement_layer[line])) & 1
                and p.pledge_locations[i, p.requirement_location[line]]
                and p.pledge_readiness[i] <= p.phase_deadline[p.requirement_phase[line]]
            ]
            assert fits, (gap.requirement, reason.condition)


def test_amounts_of_a_substitute_are_in_the_lines_units() -> None:
    # 4 eng stand in for 2 inf (ratio 2) and go to the priority-1 line first
    problem = tiny([(1, 4, 0)], [(0, 2, 1), (0, 6, 5)], [(1, 0, 2.0)])
    result = solve(problem)
    assert result.filled.tolist() == [2.0, 0.0]
    (gap,) = explain_gaps(result)
    (reason,) = gap.reasons
    assert reason.code == "higher-priority"
    assert reason.units == pytest.approx(2.0)
    assert reason.detail.startswith("2 units used by lines of higher priority")


def test_spare_units_that_fit_are_reported_without_a_force_cap() -> None:
    # a nation cap of 1 inf: 1 eng (2/3 inf) fits under it, 2 eng would not; 2 eng stay
    problem = tiny([(1, 3, 0)], [(0, 4, 1)], [(1, 0, 1.5)])
    problem = replace(problem, requirement_nation_cap=np.array([1], np.int64))
    result = solve(problem)
    assert result.filled.tolist() == [pytest.approx(2 / 3)]
    (gap,) = explain_gaps(result)
    spare = [r for r in gap.reasons if r.code == "spare"]
    assert [r.units for r in spare] == [pytest.approx(4 / 3)]
