"""Sums in rupiah, the currency Indonesian reporting writes most: its abbreviation stands
before the number, with or without a space ("Rp 1,5 triliun", "Rp2,3 triliun"), its name
after it; an exchange rate is the price of a currency, not a sum."""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract


def _money(text: str) -> list[tuple[str, float]]:
    found = extract(text.encode(), published=dt.date(2027, 3, 1))
    return [
        (item.value["unit"], item.value["value"])
        for item in found.of_type("figure")
        if item.value.get("kind") == "money"
    ]


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("Kemhan menganggarkan Rp 3,2 triliun untuk misi di Ukraina.", "IDR", 3.2e12),
        ("Jakarta menyiapkan Rp850 miliar bagi kontingen Garuda.", "IDR", 850e9),
        ("Biaya pengiriman mencapai Rp. 400 miliar, kata pejabat itu.", "IDR", 400e9),
        ("DPR menyetujui tambahan 1,1 triliun rupiah untuk logistik.", "IDR", 1.1e12),
        ("Indonesia will spend IDR 2.5 trillion on the mission.", "IDR", 2.5e12),
        ("The budget sets aside 900 billion rupiah for the contingent.", "IDR", 900e9),
    ],
)
def test_a_sum_in_rupiah_is_money_in_idr(text: str, unit: str, value: float) -> None:
    assert (unit, value) in _money(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rupiah ditutup melemah di level Rp16.450 per dolar AS pada Jumat.",
        "The rupiah weakened to Rp 16,300 per US dollar on Friday.",
        "The euro bought $1.08 per euro last week, traders said.",
        "Sharp 5 ships sailed; the RP2 team and Krp3 unit stayed behind.",
    ],
)
def test_an_exchange_rate_or_a_word_ending_in_rp_is_no_sum(text: str) -> None:
    assert _money(text) == []
