"""Phrasing classes of figures found when the twenty-third sealed set became development
text: a sum in a clause about a price is no sum given (a rent, a wage, a fee, a fare, a
price, a fraud's loss), unless a word of giving or budgeting stands in
the same clause; a sum a person buys by the night or one way is a price too.
Every text here is written for these tests, in words of its own. A case gives the figures
that must be found and the ones that must not.
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


#: prices, rents, wages, fees, fares, meals, losses, costs: no sum of money in any of them
PRICES: list[str] = [
    "In Lviv a studio near the base that rented for USD 600 a month last year now goes "
    "for USD 850, agents say, as coalition officers arrive.",
    "The hotel by the depot charges EUR 95 a night, and the liaison staff fill it.",
    "Police said the victims of the scheme had wired USD 7,000 to the recruiters.",
    "Para pelaku menjanjikan gaji USD 3.500 per bulan sebagai pemantau di Ukraina.",
    "Setiap calon diminta membayar biaya pendaftaran sebesar Rp 12 juta kepada pelaku.",
    "Seorang korban, pedagang asal Medan, menyerahkan Rp 45 juta kepada para pelaku.",
    "Harga tiket pesawat Jakarta-Kyiv saat ini sekitar Rp 18 juta sekali jalan.",
    "Sewa rumah di dekat markas misi naik menjadi Rp 9 juta per bulan.",
]

#: sums given or budgeted, with a price word nearby: each must still be found
GIVEN: list[tuple[str, Key]] = [
    (
        "Denmark and Finland agreed to share the construction cost, with Denmark "
        "contributing EUR 30 million.",
        (30_000_000, "EUR"),
    ),
    (
        "The ministry has budgeted the total cost of the rotation at EUR 210 million.",
        (210_000_000, "EUR"),
    ),
    ("Germany pledged EUR 500 million to the coalition's fund for Ukraine.", (500_000_000, "EUR")),
    # a mission's cost is a sum budgeted: the annotation counts it
    (
        "Menurut menteri, biaya misi pemantau tahun ini sekitar Rp 430 miliar.",
        (430_000_000_000, "IDR"),
    ),
    (
        "The cost of the first year of the deployment is put at EUR 2 billion.",
        (2_000_000_000, "EUR"),
    ),
    (
        "Pemerintah menganggarkan biaya misi pemantau sebesar Rp 900 miliar untuk tahun depan.",
        (900_000_000_000, "IDR"),
    ),
    (
        "Jepang memberikan bantuan senilai USD 200 juta untuk pemulihan Ukraina.",
        (200_000_000, "USD"),
    ),
]


@pytest.mark.parametrize("text", PRICES)
def test_a_price_is_no_sum_given(text: str) -> None:
    assert not _money(text), text


@pytest.mark.parametrize(("text", "key"), GIVEN)
def test_a_sum_given_is_kept(text: str, key: Key) -> None:
    assert key in _money(text), (text, _money(text))
