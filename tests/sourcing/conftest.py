"""Named sourcing scenarios with known optima."""

from __future__ import annotations

import pytest

from willing.domain.enums import ConditionStatus

from .scenarios import Scenario, greedy_trap, small_coalition


@pytest.fixture
def small() -> Scenario:
    """`small_coalition` in its default state: the US backstop is unknown (not met)."""
    return small_coalition()


@pytest.fixture
def no_backstop() -> Scenario:
    """`small_coalition` with the US backstop explicitly failed."""
    return small_coalition(ConditionStatus.FAILED)


@pytest.fixture
def with_backstop() -> Scenario:
    """`small_coalition` with the US backstop met."""
    return small_coalition(ConditionStatus.MET)


@pytest.fixture
def trap() -> Scenario:
    """Two nations where filling lines greedily in priority order loses coverage."""
    return greedy_trap()
