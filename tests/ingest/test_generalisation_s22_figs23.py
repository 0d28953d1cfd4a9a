"""Phrasing classes of figures found when the twenty-second sealed set became development
text: a price is no sum given (a catalogue's estimate, a label before the sum, a book's
price in its particulars, a sum paid for each person named first); a poll's share that
agrees, disagrees, rejects or opposes measures support; a number said again by a word that
refers back to it ("Jumlah itu kini menjadi 300", "the figure would grow to 650") counts
what the number before it counted; candidates chosen for a mission are personnel.
Every text here is written for these tests, in words of its own. A case gives the figures
that must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract

from .phrasing import figure_keys

DAY = dt.date(2030, 6, 1)

Key = tuple[Any, ...]


def _figures(text: str) -> set[Key]:
    """Each figure as (kind, value or (low, high), unit for money, measure)."""
    return figure_keys(extract(text, published=DAY, model=False))


def _money(text: str) -> set[Key]:
    return {f for f in _figures(text) if f[0] == "money"}


def money(value: Any, unit: str, measure: str = "funding") -> Key:
    return ("money", value, unit, measure)


def support(value: int) -> Key:
    return ("percent", value, None, "support")


def troops(value: int) -> Key:
    return ("troops", value, None, None)


#: prices: no sum of money may be read in any of them
PRICES: list[str] = [
    "Lot 12 | A regimental flag signed by the first rotation\nEstimate £2,000-3,000\n",
    "Lot 4: a field telephone used at an observation post. Estimate: EUR 300-500.",
    "Lelang amal, Lot 3: baret biru pemantau, bertanda tangan.\nTaksiran Rp 2.000.000-3.000.000",
    "Holding the Line, by Tom Reyes (Harbour Books, 288 pages, £20)\n\nReyes writes well.",
    "Menjaga Garis, karya Sari Dewi (Penerbit Lentera, 2030, 312 halaman, Rp 98.000)",
    "The memoir is out now in hardback £22, and the minister reads from it in Oslo.",
    "Buku saku misi. Harga: Rp 45.000, tersedia di koperasi markas.",
    "Santunan bagi setiap prajurit sebesar Rp 20 juta diserahkan kepada keluarga.",
]

#: sums given that stay sums given, with a word of pricing or each near them
GIVEN: list[tuple[str, Key]] = [
    (
        "Denmark pledged an estimated DKK 300 million for the mission's winter kit.",
        money(300_000_000, "DKK"),
    ),
    (
        "Latvia and Estonia have each pledged EUR 15 million to the drone fund.",
        money(15_000_000, "EUR"),
    ),
    (
        "Jepang menanggung biaya kendaraan misi sebesar 3 miliar yen.",
        money(3_000_000_000, "JPY"),
    ),
    (
        "Norway will pay NOK 400 million towards the price of running the field hospital.",
        money(400_000_000, "NOK"),
    ),
]


@pytest.mark.parametrize("text", PRICES)
def test_twenty_second_set_a_price_is_no_sum_given(text: str) -> None:
    assert _money(text) == set()


@pytest.mark.parametrize(("text", "fact"), GIVEN)
def test_twenty_second_set_a_sum_given_stays_one(text: str, fact: Key) -> None:
    assert fact in _money(text)


POLLS: list[tuple[str, set[Key]]] = [
    (
        "Sebanyak 58 persen responden setuju dengan pengiriman pemantau, 30 persen tidak setuju.",
        {support(58), support(30)},
    ),
    ("Sebanyak 66 persen menolak pengiriman pasukan tempur ke Ukraina.", {support(66)}),
    (
        "The survey found 47 percent opposed to sending troops and 41 percent in favour.",
        {support(47), support(41)},
    ),
    ("Asked about the mission, 52 per cent of voters were against it.", {support(52)}),
]

#: what respondents know, a margin of error, a confidence level: no support
NOT_SUPPORT: list[str] = [
    "Hanya 22 persen responden yang tahu bahwa misi itu berada di bawah PBB.",
    "Margin kesalahan survei sekitar 3 persen pada tingkat kepercayaan 95 persen.",
    "Sebanyak 40 persen responden mengetahui jumlah pemantau yang dikirim.",
]


@pytest.mark.parametrize(("text", "facts"), POLLS)
def test_twenty_second_set_a_share_that_agrees_or_rejects_is_support(
    text: str, facts: set[Key]
) -> None:
    assert facts <= _figures(text)


@pytest.mark.parametrize("text", NOT_SUPPORT)
def test_twenty_second_set_a_share_that_knows_is_no_support(text: str) -> None:
    assert not any(f[0] == "percent" for f in _figures(text))


REFERRED: list[tuple[str, Key]] = [
    (
        "Pada awalnya 210 pemantau berangkat ke Ukraina. Jumlah itu kini menjadi 320, dari "
        "sebelas negara.",
        troops(320),
    ),
    (
        'Berapa prajurit yang akan berangkat, Pak? "Delapan ratus. Jumlahnya 800, bukan '
        'yang beredar kemarin."',
        troops(800),
    ),
    (
        "Sweden flies six patrol aircraft from Lulea. The number will grow to 10 in spring.",
        ("aircraft", 10, None, None),
    ),
    ("Sebanyak 120 calon personel dinyatakan lulus seleksi misi PBB.", troops(120)),
    ("Panitia mengumumkan 75 calon pemantau yang lolos tahap akhir.", troops(75)),
]

#: a number said again of something that is no force: nothing counted
NOT_REFERRED: list[str] = [
    "Sebanyak 12 negara hadir di Roma. Jumlah itu naik menjadi 15 pada rapat berikutnya.",
    "The report runs to 40 pages. The figure rose to 60 after the annexes were added.",
    "Ada 3 calon ketua umum partai yang mendaftar hari ini.",
]


@pytest.mark.parametrize(("text", "fact"), REFERRED)
def test_twenty_second_set_a_number_said_again_counts_what_it_counted(text: str, fact: Key) -> None:
    assert fact in _figures(text)


@pytest.mark.parametrize("text", NOT_REFERRED)
def test_twenty_second_set_a_number_said_again_of_no_force_is_none(text: str) -> None:
    assert not any(f[0] in ("troops", "aircraft", "ships") for f in _figures(text))
