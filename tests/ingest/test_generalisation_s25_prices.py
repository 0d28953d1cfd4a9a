"""Phrasing classes of figures found when the twenty-fifth sealed set became development
text.

A sum quoted, sold or paid as a fee is a price, not a sum given: a freight rate or a fuel
price a trader quotes ("quoted at USD 31 a tonne"), a thing sold for a sum ("dijual
Rp120.000"), an interpreter's or a speaker's fee ("honor ... Rp2,5 juta"), its rate said
with the Indonesian possessive ("tarifnya Rp200.000"), and a sum per unit of goods (a
tonne, a litre, a page). A sum given by a giver stays, and so do rates of giving by the
year, the month or the day.
Every text here is written for these tests, in words of its own.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract

from .phrasing import money_sums

DAY = dt.date(2031, 6, 1)

Key = tuple[Any, ...]


def _money(text: str) -> set[Key]:
    return money_sums(extract(text, published=DAY, model=False))


#: prices quoted, things sold, fees and rates per unit of goods: no sum of money in any
PRICES: list[str] = [
    "Brokers quoted container freight from Gdansk to Odesa at USD 31 a tonne this week.",
    "Dealers in Antwerp quote roughly 910 dollars for jet fuel this month.",
    "Petrol on the border costs about EUR 1.90 a litre since the convoys began.",
    "Kalender edisi khusus kontingen itu dijual Rp120.000 di koperasi markas.",
    "Honor pemandu bahasa untuk rombongan wartawan sekitar Rp2,5 juta per hari.",
    "Untuk menerjemahkan laporan, tarifnya Rp200.000 per halaman.",
    "The print shop charges translators nothing; the agency pays about EUR 12 per page.",
]

#: sums given, with a word of price, a unit of time or a trade nearby: each must be found
GIVEN: list[tuple[str, Key]] = [
    ("Norway will give EUR 40 million a year to the coalition's fuel fund.", (40_000_000, "EUR")),
    (
        "The ministry pays each deployed monitor an allowance of EUR 85 per day.",
        (85, "EUR"),
    ),
    (
        "Keluarga setiap prajurit menerima tunjangan Rp 3.000.000 per bulan selama penugasan.",
        (3_000_000, "IDR"),
    ),
    (
        "Kanada menyumbang 60 juta dolar Kanada untuk pembelian bahan bakar pasukan.",
        (60_000_000, "CAD"),
    ),
    (
        "Reuters quoted the minister as saying Sweden pledged SEK 900 million for air defence.",
        (900_000_000, "SEK"),
    ),
    (
        "Nilai kontrak pengadaan truk untuk misi mencapai Rp 75 miliar.",
        (75_000_000_000, "IDR"),
    ),
]


@pytest.mark.parametrize("text", PRICES)
def test_a_price_quoted_sold_or_paid_as_a_fee_is_no_sum_given(text: str) -> None:
    assert not _money(text), (text, _money(text))


@pytest.mark.parametrize(("text", "key"), GIVEN)
def test_a_sum_given_is_kept(text: str, key: Key) -> None:
    assert key in _money(text), (text, _money(text))
