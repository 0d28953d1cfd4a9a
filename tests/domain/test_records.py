"""Rules a single record enforces on itself: spans, the pledge lifecycle, closed vocabularies."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from willing.domain.forces import Pledge
from willing.domain.records import Evidence

BASE: dict[str, Any] = {
    "id": "P1",
    "party": "FRA",
    "capability": "inf-bn",
    "quantity": 1,
    "layers": ["reassure"],
}


def _pledge(**extra: Any) -> Pledge:
    return Pledge.model_validate({**BASE, **extra})


def test_a_span_needs_both_ends_in_order() -> None:
    assert Evidence(source="s", start=3, end=7).end == 7
    with pytest.raises(ValidationError, match="both start and end"):
        Evidence(source="s", start=3)
    with pytest.raises(ValidationError, match="before its start"):
        Evidence(source="s", start=7, end=3)


def test_the_lifecycle_moves_forwards_and_ends_in_the_current_status() -> None:
    pledge = _pledge(
        status="allocated",
        history=[
            {"status": "announced", "date": "2025-09-04"},
            {"status": "committed", "date": "2026-01-06"},
            {"status": "allocated", "date": "2026-02-01"},
        ],
    )
    assert pledge.history[-1].date == dt.date(2026, 2, 1)


@pytest.mark.parametrize(
    ("history", "status", "message"),
    [
        ([("committed", "2026-01-06"), ("announced", "2026-02-01")], "announced", "may not go"),
        ([("announced", "2026-02-01"), ("committed", "2026-01-06")], "committed", "date order"),
        ([("announced", "2026-01-06")], "committed", "differs from the last"),
        ([("withdrawn", "2026-01-06"), ("committed", "2026-02-01")], "committed", "may not go"),
    ],
)
def test_impossible_histories_are_refused(
    history: list[tuple[str, str]], status: str, message: str
) -> None:
    steps = [{"status": s, "date": d} for s, d in history]
    with pytest.raises(ValidationError, match=message):
        _pledge(status=status, history=steps)


def test_unknown_layers_and_negative_quantities_are_refused() -> None:
    with pytest.raises(ValidationError, match="layers"):
        _pledge(layers=["frontline"])
    with pytest.raises(ValidationError, match="quantity"):
        _pledge(quantity=-2)
    with pytest.raises(ValidationError, match="layers"):
        _pledge(layers=[])
