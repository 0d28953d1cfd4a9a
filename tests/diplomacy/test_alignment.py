"""Positions as of a date and the alignment matrix, with known answers."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from willing.diplomacy.positions import agreement, alignment, compare, history, positions_as_of
from willing.domain.diplomacy import Position
from willing.domain.enums import Stance

from .builders import stance

BEFORE, AFTER = dt.date(2025, 12, 1), dt.date(2026, 1, 6)


def test_agreement_table() -> None:
    s, c, n, o = Stance.SUPPORT, Stance.CONDITIONAL, Stance.NEUTRAL, Stance.OPPOSE
    assert [agreement(s, x) for x in (s, c, n, o)] == [1.0, 0.5, 0.25, 0.0]
    assert agreement(c, n) == 0.5
    assert agreement(o, c) == 0.25
    for a in Stance:
        for b in Stance:
            assert agreement(a, b) == agreement(b, a)


def test_latest_position_as_of(three_capitals: list[Position]) -> None:
    held = positions_as_of(three_capitals, BEFORE)
    assert held[("T", "USA")].stance is Stance.OPPOSE
    assert positions_as_of(three_capitals, AFTER)[("T", "USA")].stance is Stance.CONDITIONAL
    assert ("F", "UKR") not in positions_as_of(three_capitals, AFTER)
    assert [p.id for p in history(three_capitals, "T")["USA"]] == ["p3", "p6"]


def test_same_day_tie_goes_to_greater_id() -> None:
    day = dt.date(2025, 1, 1)
    a = stance("a", "T", "FRA", Stance.SUPPORT, day)
    b = stance("b", "T", "FRA", Stance.OPPOSE, day)
    assert positions_as_of([b, a])[("T", "FRA")].id == "b"
    assert positions_as_of([a, b])[("T", "FRA")].id == "b"


def test_alignment_matrix_known_answers(three_capitals: list[Position]) -> None:
    m = alignment(three_capitals, BEFORE)
    assert m.parties == ("FRA", "UKR", "USA")
    assert m.score("FRA", "USA") == pytest.approx((0 + 0.5) / 2)
    assert m.cells[("FRA", "USA")].issues == ("F", "T")
    assert m.score("FRA", "UKR") == 1.0  # only T is shared
    assert m.score("UKR", "USA") == 0.0
    assert m.score("USA", "USA") == 1.0
    assert m.mean() == pytest.approx((0.25 + 1.0 + 0.0) / 3)


def test_alignment_change_between_two_dates(three_capitals: list[Position]) -> None:
    change = compare(three_capitals, BEFORE, AFTER)
    assert change.after.score("FRA", "USA") == pytest.approx(0.5)
    assert change.delta("FRA", "USA") == pytest.approx(0.25)
    assert change.delta("UKR", "USA") == pytest.approx(0.5)
    assert change.delta("FRA", "UKR") == 0
    assert [(a, b) for a, b, _ in change.moves()] == [("UKR", "USA"), ("FRA", "USA")]


def test_no_shared_issue_is_undefined_not_zero() -> None:
    day = dt.date(2025, 1, 1)
    ps = [stance("a", "T", "FRA", Stance.SUPPORT, day), stance("b", "F", "USA", Stance.OPPOSE, day)]
    m = alignment(ps, day)
    assert m.score("FRA", "USA") is None
    assert m.mean() is None
    assert compare(ps, day, day).delta("FRA", "USA") is None


positions = st.lists(
    st.builds(
        lambda i, issue, party, s, day: stance(f"p{i}", issue, party, s, day),
        st.integers(0, 10_000),
        st.sampled_from(["T", "F", "B"]),
        st.sampled_from(["FRA", "USA", "UKR", "DEU"]),
        st.sampled_from(list(Stance)),
        st.dates(dt.date(2025, 1, 1), dt.date(2026, 12, 31)),
    ),
    max_size=20,
    unique_by=lambda p: p.id,
)


@settings(max_examples=80, deadline=None)
@given(ps=positions, at=st.dates(dt.date(2025, 1, 1), dt.date(2026, 12, 31)))
def test_alignment_is_symmetric_bounded_and_self_aligned(ps: list[Position], at: dt.date) -> None:
    m = alignment(ps, at)
    for a in m.parties:
        assert m.score(a, a) == 1.0
        for b in m.parties:
            assert m.score(a, b) == m.score(b, a)
            score = m.score(a, b)
            assert score is None or 0.0 <= score <= 1.0


def test_alignment_between_blocs(three_capitals: list[Position]) -> None:
    m = alignment(three_capitals, BEFORE)
    assert m.between(["USA"], ["FRA", "UKR"]) == pytest.approx((0.25 + 0.0) / 2)
    assert m.between(["FRA", "UKR"], ["FRA", "UKR"]) == pytest.approx(1.0)  # self-pairs skipped
    assert m.between(["USA"], ["USA"]) is None
    assert m.between(["USA"], ["XXX"]) is None


def test_matrix_counts_notional_positions_and_shared_issues() -> None:
    notional = [
        Position(id=f"n{i}", issue=i, party="AAA", stance=Stance.SUPPORT, as_of=BEFORE,
                 notional=True)
        for i in ("X", "Y")
    ]  # fmt: skip
    stated = [
        stance("s1", "X", "BBB", Stance.SUPPORT, BEFORE),
        stance("s2", "Y", "BBB", Stance.OPPOSE, BEFORE),
        stance("s3", "X", "CCC", Stance.SUPPORT, BEFORE),
        stance("s4", "Y", "DDD", Stance.SUPPORT, AFTER),  # after the date: not used
    ]
    m = alignment([*notional, *stated], BEFORE)
    assert (m.positions, m.notional) == (5, 2)
    assert m.notional_share == pytest.approx(0.4)
    assert m.shared("AAA", "BBB") == 2
    assert m.shared("AAA", "CCC") == 1
    assert m.score("AAA", "CCC") == 1.0  # one shared issue only
    only = alignment([*notional, *stated], BEFORE, ["BBB", "CCC"])
    assert (only.positions, only.notional) == (3, 0)
    assert alignment([], BEFORE).notional_share is None
