"""Pledge stages in the spirit of the Kiel Institute's support tracker.

A pledge counts as *committed* once announced or committed, as *allocated* once allocated,
and as *delivered* once delivered or deployed; the stages are cumulative (a delivered pledge
is also allocated and committed). A withdrawn pledge (withdrawal is final) counts in no stage
from the day it was withdrawn. The stage comes from the current `status` and the dated
`history`; as of a past date only history steps up to that date count (a pledge without
history is taken at its current status).
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum

from willing.domain.enums import PledgeStatus
from willing.domain.forces import Pledge


class Stage(IntEnum):
    """Cumulative stages of a pledge, lowest first."""

    COMMITTED = 1
    ALLOCATED = 2
    DELIVERED = 3


STAGE_OF_STATUS: dict[PledgeStatus, Stage | None] = {
    PledgeStatus.ANNOUNCED: Stage.COMMITTED,
    PledgeStatus.COMMITTED: Stage.COMMITTED,
    PledgeStatus.ALLOCATED: Stage.ALLOCATED,
    PledgeStatus.DELIVERED: Stage.DELIVERED,
    PledgeStatus.DEPLOYED: Stage.DELIVERED,
    PledgeStatus.WITHDRAWN: None,
}


def _highest(statuses: list[PledgeStatus]) -> Stage | None:
    """Highest stage reached; None if nothing was reached yet or the pledge was withdrawn."""
    if not statuses or PledgeStatus.WITHDRAWN in statuses:
        return None
    return max(s for status in statuses if (s := STAGE_OF_STATUS[status]) is not None)


def stage_of(pledge: Pledge, at: dt.date | None = None) -> Stage | None:
    """The stage `pledge` had reached as of `at` (None: now); None if withdrawn or not yet made.

    Example: ``stage_of(p) is Stage.DELIVERED``.
    """
    if at is None:
        return _highest([step.status for step in pledge.history] + [pledge.status])
    if not pledge.history:
        return STAGE_OF_STATUS[pledge.status]
    return _highest([step.status for step in pledge.history if step.date <= at])
