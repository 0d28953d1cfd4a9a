"""Numbers people read at a glance: money, percentages, unit counts and dates."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from willing.present.numbers import (
    MONEY_PRECISION,
    date,
    date_range,
    money,
    money_keur,
    number,
    parse_money,
    percent,
    units,
)

NOISE = re.compile(r"\d\.\d*(0000|9999)\d")


@pytest.mark.parametrize(
    ("eur", "text"),
    [
        (3.46e9, "€3.5 bn"),
        (1e8, "€100 m"),
        (12_345_678_901, "€12 bn"),
        (999_600_000, "€1 bn"),
        (999_600, "€1 m"),
        (2_500, "€2.5 k"),
        (750, "€750"),
        (0, "€0"),
        (-4.2e6, "-€4.2 m"),
        (1_500e9, "€1,500 bn"),
    ],
)
def test_money_reads_as_a_person_says_it(eur: float, text: str) -> None:
    assert money(eur) == text


def test_thousands_of_eur_are_scaled() -> None:
    assert money_keur(3_500_000) == "€3.5 bn"


@given(st.floats(min_value=-1e15, max_value=1e15, allow_nan=False))
def test_money_round_trips_within_its_stated_precision(eur: float) -> None:
    text = money(eur)
    assert not NOISE.search(text), text
    back = parse_money(text)
    # below 1,000 EUR the figure is whole euros; above, within the stated share
    assert abs(back - eur) <= max(abs(eur) * MONEY_PRECISION, 0.5) + 1e-6, (eur, text)


@given(st.floats(min_value=-10, max_value=10, allow_nan=False), st.integers(0, 3))
def test_percent_has_the_digits_asked_and_no_noise(share: float, decimals: int) -> None:
    text = percent(share, decimals)
    assert text.endswith("%")
    body = text[:-1].lstrip("-")
    assert len(body.partition(".")[2]) == decimals
    assert abs(float(text[:-1]) - share * 100) <= 0.5 * 10**-decimals + 1e-9


def test_percent_examples() -> None:
    assert percent(0.456) == "46%"
    assert percent(0.6 - 0.0000000000000004, 1) == "60.0%"
    assert percent(1) == "100%"


@given(st.floats(min_value=0, max_value=1e9, allow_nan=False))
def test_number_never_shows_float_noise(value: float) -> None:
    text = number(value)
    assert not NOISE.search(text.replace(",", "")), text
    assert abs(float(text.replace(",", "")) - value) <= 0.005 + 1e-9 * value


def test_number_is_whole_when_whole() -> None:
    assert number(0.5999999999999996) == "0.6"
    assert number(21.0) == "21"
    assert number(1234567.891) == "1,234,567.89"


@pytest.mark.parametrize(
    ("count", "text"),
    [(22, "22 units"), (1, "1 unit"), (21.5, "21½ units"), (0.25, "¼ units"), (3.3, "3.3 units")],
)
def test_unit_counts_are_whole_where_whole(count: float, text: str) -> None:
    assert units(count) == text


@given(st.floats(min_value=0, max_value=1e6, allow_nan=False))
def test_unit_counts_never_show_noise(count: float) -> None:
    text = units(count)
    assert not NOISE.search(text), text
    assert text.endswith(("unit", "units"))


def test_dates() -> None:
    assert date(dt.date(2026, 1, 6)) == "6 January 2026"
    assert date(None) == "undated"
    assert date_range(dt.date(2026, 1, 6), None) == "since 6 January 2026"
    assert date_range(None, None) == "all dates"


def test_not_a_number_is_refused() -> None:
    with pytest.raises(ValueError, match="finite"):
        money(float("nan"))
