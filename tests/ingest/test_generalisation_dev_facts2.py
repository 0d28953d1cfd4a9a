"""Dates the development set still misread, second pass of round sixteen: a month named
alone after a word of awaiting ("starting in April", "expected in May", "due in June",
"dijadwalkan pada Juli", "diperkirakan Agustus") is the next such month, whatever the
tense of the sentence around it; and a sentence that looks forward by "would", "expects"
or "is likely to" dates its month ahead. A past of the month itself ("was held in May",
"since April", "sejak Maret") still looks back. Editions: a year closing a capitalised
name or title ("ANNUAL REPORT 2030", "Laporan Tahunan 2030", "APBN 2031", "Pemilu 2034")
is a date; a number after a word that numbers things ("Flight 2031", "Nomor 2030") or
before the troops it counts is none. Parts of a force: after a force's strength and a word
of composition ("terdiri atas", "consisting of", "made up of", a colon), each part of the
list is a figure of the same kind, its noun left out or a body's name in its place ("210
personel TNI AD, 25 TNI AL dan 15 TNI AU", "30 anggota Polri"); a part that is a thing, a
sum or a year is none. Every text here is written for these tests, in
words of its own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import figures

DAY = dt.date(2031, 2, 10)


def _dates(text: str) -> set[str]:
    return {i.value["value"] for i in extract(text, published=DAY, model=False).of_type("date")}


AHEAD: list[tuple[str, str]] = [
    ("The second rotation of engineers, starting in April, has 300 places.", "2031-04"),
    ("Parliament met on the deployment; a final vote is expected in May.", "2031-05"),
    ("The report was drafted last week and is due in June.", "2031-06"),
    ("MEMO - Field hospital: handover planned for September.", "2031-09"),
    ("Pemungutan suara di parlemen dijadwalkan pada Juli.", "2031-07"),
    ("Keberangkatan gelombang kedua diperkirakan pada bulan Agustus.", "2031-08"),
    ("The minister said the brigade would move to Rivne from October.", "2031-10"),
    ("She expects the corvettes in March, the admiral told us.", "2031-03"),
    ("Late April is likely to bring the first convoy through Odesa.", "2031-04"),
    ("HOST: And the next batch? GUEST: Beginning in November, I am told.", "2031-11"),
]

BACK: list[tuple[str, str]] = [
    ("The summit was held in May and ended without a communique.", "2030-05"),
    ("The battalion has been in Kharkiv since April.", "2030-04"),
    ("Kontingen itu sudah berada di Lviv sejak Maret.", "2030-03"),
    ("The convoy reached the port in late June, the captain said.", "2030-06"),
]


@pytest.mark.parametrize(("text", "month"), AHEAD)
def test_awaited_month_is_ahead(text: str, month: str) -> None:
    assert month in _dates(text)


@pytest.mark.parametrize(("text", "month"), BACK)
def test_past_month_stays_back(text: str, month: str) -> None:
    assert month in _dates(text)


EDITIONS: list[tuple[str, str]] = [
    ("ANNUAL REPORT 2030\nThe contingent grew by a third.", "2030"),
    ("Rencana Kerja Pemerintah 2032 memuat anggaran misi pemantau.", "2032"),
    ("Laporan Kinerja Tahunan 2030 dirilis Kementerian Pertahanan.", "2030"),
    ("The committee drafted the Defence Review 2031 in haste.", "2031"),
    ("Kontrak itu dibiayai dari APBN 2031, kata pejabat itu.", "2031"),
    ("Veterans' Newsletter - Autumn Edition 2030", "2030"),
    ("Sebelum Pemilu 2034, partai itu menolak misi tersebut.", "2034"),
]

NO_EDITIONS: list[tuple[str, str]] = [
    ("Flight 2031 landed in Rzeszow with the engineers.", "2031"),
    ("Surat Nomor 2030 dikirim ke Kementerian Luar Negeri.", "2030"),
    ("Poland 2000 soldiers, Romania 800: the table in full.", "2000"),
    ("Route 2030 is closed to traffic near the port.", "2030"),
]


@pytest.mark.parametrize(("text", "year"), EDITIONS)
def test_edition_year(text: str, year: str) -> None:
    assert year in _dates(text)


@pytest.mark.parametrize(("text", "year"), NO_EDITIONS)
def test_numbered_thing_is_no_year(text: str, year: str) -> None:
    assert year not in _dates(text)


def _troops(text: str) -> set[int]:
    found = figures(extract(text, published=DAY, model=False))
    return {int(v) for k, v, _, _ in found if k == "troops"}


PARTS: list[tuple[str, set[int]]] = [
    (
        "Kontingen berjumlah 320 personel, terdiri atas 280 personel TNI AD, 30 TNI AL "
        "dan 10 TNI AU.",
        {320, 280, 30, 10},
    ),
    (
        "Satgas itu berkekuatan 140 personel: 120 prajurit TNI, 14 anggota Polri dan "
        "6 tenaga kesehatan.",
        {140, 120, 14, 6},
    ),
    (
        "The Dutch detachment of 410 troops, made up of 300 marines, 90 Army and 20 "
        "military police, flies out on Monday.",
        {410, 300, 90, 20},
    ),
    (
        "MEMO. Estonia's company: 150 soldiers, consisting of 120 infantry and 30 Navy divers.",
        {150, 120, 30},
    ),
]

NOT_PARTS: list[tuple[str, set[int]]] = [
    # a part that is a thing, a sum or a year is no soldier
    (
        "Kontingen berjumlah 200 personel, terdiri atas 180 prajurit TNI dan 12 truk logistik.",
        {12},
    ),
    (
        "The battalion of 600 troops, made up of volunteers since 2027, costs EUR 40 million.",
        {2027, 40},
    ),
]


@pytest.mark.parametrize(("text", "values"), PARTS)
def test_parts_of_a_force(text: str, values: set[int]) -> None:
    assert values <= _troops(text)


@pytest.mark.parametrize(("text", "values"), NOT_PARTS)
def test_no_parts_of_a_force(text: str, values: set[int]) -> None:
    assert not values & _troops(text)
