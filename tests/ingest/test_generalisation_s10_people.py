"""People on unseen text, from the tenth sealed set's misses (now `gold/s10-*`): each class
is probed with sentences written for the concept, in other words than any article's, with
negatives (see docs/ingest.md, "People on unseen text: the tenth sealed set's misses")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract

from . import phrasing

DAY = dt.date(2027, 6, 1)


def _people(text: str) -> set[tuple[Any, ...]]:
    return phrasing.people(extract(text, published=DAY))


def _names(text: str) -> set[str]:
    return {p[0] for p in _people(text)}


# --- a signature: a capacity and a name on lines of their own ----------------------------

_SIGNED = [
    (
        "Kami menolak pengiriman pasukan tanpa persetujuan DPR.\n\nSurabaya, 2 Maret 2028\n"
        "Ketua Dewan Pimpinan, Bambang Hartono\nBendahara, Sri Mulyani Rahayu\n",
        {("Bambang Hartono", None, "IDN"), ("Sri Mulyani Rahayu", None, "IDN")},
    ),
    (
        "Ribuan warga melepas prajurit di pelabuhan.\n\nHormat kami,\n\nWali Kota Semarang,\n"
        "Agus Santoso Wibowo\n",
        {("Agus Santoso Wibowo", None, "IDN")},
    ),
    (
        "The board expects the charter to be renewed next year.\n\nOslo, 4 April 2028\n"
        "Board of Directors\nKari Nordvik, Chairwoman - Espen Lunde, Chief Executive Officer\n",
        {("Kari Nordvik", None, "NOR"), ("Espen Lunde", None, "NOR")},
    ),
    (
        "Penawaran diterima paling lambat 30 Juni.\n\nJakarta, 1 Juni 2027\n"
        "Kepala Pusat Pengadaan\nKolonel Laut TNI Agung Prasetya Nugroho\n",
        {("Agung Prasetya Nugroho", None, "IDN")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), _SIGNED)
def test_a_signature_names_its_person(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert expected <= _people(text)


@pytest.mark.parametrize(
    "text",
    [
        # a committee's or an office's name on its own line is no one
        "Laporan tahunan disetujui.\n\nJakarta, 1 Juni 2027\nDewan Pengurus Pusat\n"
        "Sekretariat Jenderal Partai Amanat\n",
        "The accounts were approved.\n\nOslo, 4 April 2028\nBoard of Directors\n"
        "Audit Committee, Annual General Meeting\n",
    ],
)
def test_no_signature_from_an_office_line(text: str) -> None:
    assert _people(text) == set()


# --- a title word right before the name, without a comma ---------------------------------

_TITLED = [
    (
        "Di Bandung, penyiar Rina Kartika membacakan kabar dari Kyiv pagi ini.",
        ("Rina Kartika", None, "IDN"),
    ),
    (
        "Menurut kapten regu, Sersan Kepala Made Suartana, pertandingan itu berlangsung akrab.",
        ("Made Suartana", None, "IDN"),
    ),
    (
        "Dalam sidang itu Hakim Sri Wahyuni Lestari menanyakan dasar hukum pengiriman pasukan.",
        ("Sri Wahyuni Lestari", None, "IDN"),
    ),
    (
        "Pakar hukum laut Prof. Bonifasius Tanjung berpendapat misi itu sah.",
        ("Bonifasius Tanjung", None, "IDN"),
    ),
    (
        "LONDON, May 3 - Father Brendan Keogh will say a Mass for the soldiers leaving for "
        "Ukraine.",
        ("Brendan Keogh", None, "GBR"),
    ),
    (
        "WARSAW, May 3 - On the show, host Marta Zielinska asked whether the brigade would stay.",
        ("Marta Zielinska", None, "POL"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _TITLED)
def test_a_title_word_right_before_the_name(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        # a title before an institution or a place is no one
        "Di Jakarta, penyiar Radio Republik Indonesia membacakan kabar dari Kyiv.",
        "LONDON, May 3 - Father Christmas came early for the troops, the host University said.",
        "Sidang dipimpin Hakim Mahkamah Konstitusi pada Selasa pagi.",
    ],
)
def test_no_person_from_a_title_before_no_name(text: str) -> None:
    assert _people(text) == set()


def test_a_programme_named_after_a_title_is_no_person() -> None:
    found = _names(
        "Berikut obrolan kami dengan pembawa acara Kabar Pagi, Sinta Maharani, di studio."
    )
    assert "Kabar Pagi" not in found


# --- an Indonesian minister named without a state in the Indonesian press ----------------

_OWN_MINISTER = [
    (
        "Kesiapan itu disampaikan Menteri Luar Negeri Dewi Anggraini dalam rapat koalisi di "
        "Brussel, Selasa.",
        ("Dewi Anggraini", "Foreign Minister", "IDN"),
    ),
    (
        "Juru Bicara Kementerian Luar Negeri, Arief Wicaksono, mengatakan Indonesia tidak "
        "mengirim pasukan tempur.",
        ("Arief Wicaksono", "Spokesperson", "IDN"),
    ),
    (
        "Nota itu diteken Menteri Pertahanan Rumania, Ion Popescu, dan Menteri Pertahanan "
        "Budi Santosa.",
        ("Budi Santosa", "Defence Minister", "IDN"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _OWN_MINISTER)
def test_a_minister_without_a_state_in_the_indonesian_press(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert expected in _people(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state given keeps its minister; so does English copy
        (
            "Nota itu diteken Menteri Pertahanan Rumania, Ion Popescu, dan Menteri Pertahanan "
            "Budi Santosa.",
            ("Ion Popescu", "Defence Minister", "ROU"),
        ),
        (
            "Menteri Luar Negeri Belanda Joris van Dam mengatakan Belanda siap membantu.",
            ("Joris van Dam", "Foreign Minister", "NLD"),
        ),
    ],
)
def test_a_minister_with_a_state_keeps_it(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


def test_an_english_minister_without_a_state_stays_without() -> None:
    found = _people("Foreign Minister Laura Benning said the talks would go on.")
    assert ("Laura Benning", "Foreign Minister", "IDN") not in found


# --- a state from the words around a named office-holder ---------------------------------

_STATE_AROUND = [
    # what the person says names the state, a day or a month after the verb
    (
        "Prime Minister Tibor Halasz reiterated on Monday that Slovakia would send no troops.",
        ("Tibor Halasz", "Prime Minister", "SVK"),
    ),
    (
        "Defence Minister Ilona Vesz repeated in March that Hungary will stay out.",
        ("Ilona Vesz", "Defence Minister", "HUN"),
    ),
    # the service an officer serves in, set off after the name
    (
        "The convoy was led by Captain Pieter Hoekstra, Royal Netherlands Navy, from Den Helder.",
        ("Pieter Hoekstra", None, "NLD"),
    ),
    (
        "Orders came from Colonel Mette Holm, Danish Army, on Friday.",
        ("Mette Holm", None, "DNK"),
    ),
    # the title only Britain gives its foreign minister
    (
        "Foreign Secretary Olivia Pemberton spoke by telephone with her Greek counterpart.",
        ("Olivia Pemberton", "Foreign Minister", "GBR"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _STATE_AROUND)
def test_a_state_from_the_words_around_the_person(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a state in a clause of its own is not the speaker's
        (
            "Prime Minister Tibor Halasz reiterated on Monday his view, while Slovakia waits.",
            ("Tibor Halasz", "Prime Minister", "SVK"),
        ),
        # a state's chamber is no person
        (
            "Pengiriman pasukan menunggu persetujuan Dewan Perwakilan Rakyat pekan depan.",
            ("Rakyat", "Representative", None),
        ),
        # the chair of a bench is no name
        (
            "Sidang dibuka oleh Ketua Majelis, Hakim Anwar Sulaiman, pukul sembilan.",
            ("Ketua Majelis", None, "IDN"),
        ),
    ],
)
def test_no_state_or_person_from_words_that_give_none(
    text: str, unexpected: tuple[Any, ...]
) -> None:
    assert unexpected not in _people(text)


# --- a counterpart holds the role of the person whose counterpart it is ------------------

_COUNTERPARTS = [
    (
        "Foreign Minister Anna Berg spoke with her Latvian counterpart Ilze Kalnina on Tuesday.",
        ("Ilze Kalnina", "Foreign Minister", "LVA"),
    ),
    (
        "Defence Secretary Tom Ashdown held talks with his Italian counterpart, Marco Ferrante.",
        ("Marco Ferrante", "Defence Minister", "ITA"),
    ),
    (
        "Menteri Pertahanan Prancis Luc Moreau bertemu mitranya dari Jerman, Jonas Weber, "
        "di Berlin.",
        ("Jonas Weber", "Defence Minister", "DEU"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _COUNTERPARTS)
def test_a_counterpart_holds_the_same_role(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        # no one with a role before the counterpart: no role to give
        "Lina Holt spoke with her Latvian counterpart Ilze Kalnina on Tuesday.",
        "The Latvian counterpart of the agency, Ilze Kalnina, disagreed.",
    ],
)
def test_no_role_for_a_counterpart_of_no_office_holder(text: str) -> None:
    assert all(p[1] is None for p in _people(text) if p[0] == "Ilze Kalnina")
