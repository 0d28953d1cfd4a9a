"""People on unseen text, from the twentieth sealed set's misses (now `gold/s20-*`): a
person named without a role in a text set in another state (a guest of an Indonesian
programme, a speaker of a seminar, a name in a memo's list) is of the state whose language
makes the name, when nothing on the name's line names a state: its given name's (Russian
"Sergei", Romanian "Ioana", Turkish "Emre", Japanese "Takeshi", Danish "Rasmus"), else its
family name's ending's (Romanian "-escu", Polish "-ski", "-czyk", Ukrainian "-enko",
Russian "-ov", "-ova", Lithuanian "-auskas", Finnish "-nen", Danish "-gaard"). Probed with
names and frames written for the concept, in other words than any article's (a programme's
line, a guest list, a panel's report, a memo), with negatives: an ending a state of the
setting shares (Bulgarian "-ov" named with Bulgaria), a name whose line names its state,
names of the setting's own language, an ending shared by many languages (see
docs/ingest.md, "People on unseen text: the twentieth sealed set's misses")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract

from . import phrasing

DAY = dt.date(2030, 6, 1)


def _people(text: str) -> set[tuple[Any, ...]]:
    return phrasing.people(extract(text, published=DAY))


_FOUND = [
    (
        "JAKARTA - Seminar di Universitas Indonesia. Pembicara: Dr. Ioana Marinescu dan Bapak"
        " Mehmet Yilmaz.",
        {("Ioana Marinescu", None, "ROU"), ("Mehmet Yilmaz", None, "TUR")},
    ),
    (
        "JAKARTA - Diskusi panel berlangsung di Hotel Borobudur. Hadir pula Ibu Olga"
        " Kuznetsova dan Bapak Piotr Zielinski.",
        {("Olga Kuznetsova", None, "RUS"), ("Piotr Zielinski", None, "POL")},
    ),
    (
        "JAKARTA - Daftar tamu undangan makan malam KBRI:\n- Bapak Jan Kowalczyk\n- Ibu Marta"
        " Wisniewska\n- Bapak Taras Hrytsenko",
        {
            ("Jan Kowalczyk", None, "POL"),
            ("Marta Wisniewska", None, "POL"),
            ("Taras Hrytsenko", None, "UKR"),
        },
    ),
    (
        "LONDON - The panel in Whitehall heard from Emre Demir and from Lukas Petrauskas"
        " before lunch.",
        {("Emre Demir", None, "TUR"), ("Lukas Petrauskas", None, "LTU")},
    ),
    (
        "LONDON - The exhibition's guest book was signed by Takeshi Mori and by Rasmus Holm.",
        {("Takeshi Mori", None, "JPN"), ("Rasmus Holm", None, "DNK")},
    ),
    (
        "JAKARTA - Tamu pameran: Ibu Yuko Sato, Bapak Troels Nielsen dan Ibu Elif Demir.",
        {("Yuko Sato", None, "JPN"), ("Troels Nielsen", None, "DNK"), ("Elif Demir", None, "TUR")},
    ),
    (
        "Catatan rapat panitia, Bandung. Tamu asing yang sudah konfirmasi: Bapak Andrei"
        " Sokolov dan Bapak Andrei Popescu.",
        {("Andrei Sokolov", None, "RUS"), ("Andrei Popescu", None, "ROU")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), _FOUND)
def test_a_name_is_of_the_state_whose_language_makes_it(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected <= _people(text)


_KEPT = [
    (
        "SURABAYA - Catatan lokakarya: Bapak Irfan Maulana dan Ibu Annisa Putri membuka sesi.",
        {("Irfan Maulana", None, "IDN"), ("Annisa Putri", None, "IDN")},
    ),
    (
        "JAKARTA - Diskusi dihadiri Bapak Budi Santoso dan Ibu Rina Wulandari.",
        {("Budi Santoso", None, "IDN"), ("Rina Wulandari", None, "IDN")},
    ),
    (
        "LONDON - Readers wrote in. Helen Jackson of Leeds and Peter Johnson said the chart"
        " was clear.",
        {("Helen Jackson", None, "GBR"), ("Peter Johnson", None, "GBR")},
    ),
    (
        "OSLO - Lecture notes: Kari Nordgaard and Erik Solberg opened the session at the"
        " Nobel Institute.",
        {("Kari Nordgaard", None, "NOR"), ("Erik Solberg", None, "NOR")},
    ),
    (
        "JAKARTA - Panel itu menghadirkan Bapak Anton Petrov dari Institut Studi Strategis"
        " Bulgaria.",
        {("Anton Petrov", None, "BGR")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), _KEPT)
def test_a_name_keeps_the_state_its_line_or_its_setting_shares(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected <= _people(text)
