"""People on unseen text, from the eleventh sealed set's misses (now `gold/s11-*`): each
class is probed with sentences written for the concept, in other words than any article's,
with negatives (see docs/ingest.md, "People on unseen text: the eleventh sealed set's
misses")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract

from . import phrasing

DAY = dt.date(2027, 6, 1)


def _people(text: str) -> set[tuple[Any, ...]]:
    return phrasing.people(extract(text, published=DAY))


# --- a list of people, each entry a name and its office, under a title-case heading ------

_LISTED = [
    (
        "CLOSING PRESS CONFERENCE - COALITION FOREIGN MINISTERS' MEETING, ROME\n"
        "Transcript released by the Italian foreign ministry, Tuesday 4 May 2027, 18:00 CET\n"
        "At the table: Giulia Ferri, Foreign Minister of Italy (chair); Jan Vermeer, Defence "
        "Minister of the Netherlands; Ana Costa, Deputy Foreign Minister of Portugal\n\n"
        "FERRI: Good evening. Italy will send two ships to the Black Sea.",
        {
            ("Giulia Ferri", "Foreign Minister", "ITA"),
            ("Jan Vermeer", "Defence Minister", "NLD"),
            ("Ana Costa", "Deputy Foreign Minister", "PRT"),
        },
    ),
    (
        "RINGKASAN KONFERENSI PERS BERSAMA MENTERI PERTAHANAN KOALISI DI WINA\n"
        "Transkrip dari biro pers kementerian, Senin 3 Mei 2027\n"
        "Di podium: Karl Huber, Menteri Pertahanan Austria; Eva Novak, Menteri Luar Negeri "
        "Slovenia; Tomas Berg, Wakil Menteri Pertahanan Swedia\n\n"
        "HUBER: Selamat sore. Austria akan mengirim tim medis.",
        {
            ("Karl Huber", "Defence Minister", "AUT"),
            ("Eva Novak", "Foreign Minister", "SVN"),
            ("Tomas Berg", "Deputy Defence Minister", "SWE"),
        },
    ),
    (
        "SPEAKERS AT THE COALITION LOGISTICS BRIEFING IN WARSAW\n"
        "Panel: Adam Kowal, Defence Minister of Poland; Lena Strand, Foreign Minister of "
        "Sweden\n\nKOWAL: Poland will host the logistics hub.",
        {("Adam Kowal", "Defence Minister", "POL"), ("Lena Strand", "Foreign Minister", "SWE")},
    ),
    (
        # France's title for its defence minister
        "On the stage: Claire Dubois, Minister of the Armed Forces of France; Piotr Zielinski, "
        "Defence Minister of Poland\n\nDUBOIS: France will lead the air mission.",
        {
            ("Claire Dubois", "Defence Minister", "FRA"),
            ("Piotr Zielinski", "Defence Minister", "POL"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), _LISTED)
def test_each_entry_of_a_list_of_people_is_a_person(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert expected <= _people(text)


@pytest.mark.parametrize(
    "text",
    [
        # a headline's entries are topics, not people
        "On The Agenda Today: Black Sea Shipping, Foreign Minister Visits Kyiv\n\n"
        "Ships keep sailing.",
        "Coalition Week Ahead: Grain Corridor, Defence Ministers Of Nordic States Meet In Oslo"
        "\n\nShips keep sailing.",
        "Sorotan Pekan Ini: Jalur Gandum, Menteri Pertahanan Nordik Bertemu Di Oslo\n\n"
        "Kapal terus berlayar.",
    ],
)
def test_no_person_from_a_headline_of_topics(text: str) -> None:
    assert _people(text) == set()


# --- a signature: the name on its own line, the office on the line below -----------------

_SIGNED_ABOVE = [
    (
        "Semoga para taruna belajar dengan tekun.\n\nBudi Santoso Wirawan\nMenteri Luar Negeri\n",
        ("Budi Santoso Wirawan", "Foreign Minister", "IDN"),
    ),
    (
        "Informasi lebih lanjut tersedia di laman resmi kementerian.\n\nSiti Rahmawati Lubis\n"
        "Juru Bicara Kementerian Pertahanan\n",
        ("Siti Rahmawati Lubis", "Spokesperson", "IDN"),
    ),
    (
        "We thank every crew for their service.\n\nJonas Lindqvist\n"
        "Minister for Foreign Affairs of Sweden\n",
        ("Jonas Lindqvist", "Foreign Minister", "SWE"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _SIGNED_ABOVE)
def test_a_name_above_its_office_is_a_person(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        # an office's lines, or a heading in capitals above an office, name no one
        "Latihan berjalan lancar.\n\nBiro Hubungan Masyarakat\nKementerian Pertahanan\n",
        "Latihan berjalan lancar.\n\nKantor Staf Presiden\nJuru Bicara\n",
        "PIDATO KENEGARAAN\nPresiden Republik Indonesia\n\nSaudara-saudara sebangsa.",
        "The exercise went well.\n\nOffice of the Spokesperson\nMinistry of Defence\n",
    ],
)
def test_no_signature_from_an_office_or_a_heading(text: str) -> None:
    assert _people(text) == set()


# --- an asker after a question, a letter's writer: a name with a town --------------------

_CONTRIBUTORS = [
    (
        "Tanya: Berapa lama misi berlangsung? (Siti, Bogor)\n\nJawab: Enam bulan.",
        ("Siti", None, "IDN"),
    ),
    (
        "Tanya: Apakah ada korban? (Agus Salim, Depok)\n\nJawab: Tidak ada.",
        ("Agus Salim", None, "IDN"),
    ),
    (
        "CANBERRA, 3 May 2028 - Readers asked about the mission.\n\n"
        "Q: Will the troops stay long? (Jack Miller, Perth)\nA: Until 2029.",
        ("Jack Miller", None, "AUS"),
    ),
    (
        "Surat pembaca. Mohon penjelasan pemerintah.\n\nBambang Irawan\nSemarang, Jawa Tengah"
        "\n\nBALASAN REDAKSI\n\nTerima kasih.",
        ("Bambang Irawan", None, "IDN"),
    ),
    (
        "Surat pembaca. Kami menunggu jawaban.\n- Dewi Kartika, Bogor\n\nJAWABAN REDAKSI\n\n"
        "Terima kasih.",
        ("Dewi Kartika", None, "IDN"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _CONTRIBUTORS)
def test_an_asker_or_a_letter_writer_is_a_person(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        # a place, a day, an office or a source in the brackets or the closing lines
        "Tanya: Siapa yang membayar? (Kyiv, Ukraina)\n\nJawab: Koalisi.",
        "Tanya: Kapan berangkat? (Senin, 5/12)\n\nJawab: Oktober.",
        "Menteri menjawab pertanyaan wartawan.\n\nKementerian Pertahanan\nJakarta, Indonesia\n\n"
        "Rilis selesai.",
        "Apakah Rusia setuju? (Sumber: Kementerian Luar Negeri)\n\nBelum.",
    ],
)
def test_no_contributor_from_a_place_a_day_or_an_office(text: str) -> None:
    assert _people(text) == set()


# --- an office's ministry, then a rank set off before the name ---------------------------

_RANKED_AFTER_OFFICE = [
    (
        "Juru bicara Kemhan, Brigjen TNI Frega Wenas, menambahkan bahwa kapal akan berangkat.",
        ("Frega Wenas", "Spokesperson", "IDN"),
    ),
    (
        "Juru Bicara Kementerian Pertahanan, Brigjen TNI Frega Wenas, menambahkan bahwa kapal "
        "akan berangkat.",
        ("Frega Wenas", "Spokesperson", "IDN"),
    ),
    (
        "A spokesman for the Defence Ministry, Colonel Anna Berg, said the ships would sail.",
        ("Anna Berg", "Spokesperson", None),
    ),
    (
        "The coalition's naval spokesman, Rear Admiral (ret.) Tom Hale, said the convoy would "
        "sail.",
        ("Tom Hale", "Spokesperson", None),
    ),
    (
        "A spokeswoman for the Foreign Ministry, Major Lena Frost, said talks would resume.",
        ("Lena Frost", "Spokesperson", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _RANKED_AFTER_OFFICE)
def test_a_rank_between_the_office_and_the_name(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        # the ministry's short form after an office is no one's name
        "Juru bicara Kemhan, Senin (3/5), mengatakan kapal akan berangkat.",
        "Juru bicara Kemlu mengatakan Indonesia mendukung misi.",
    ],
)
def test_no_person_named_by_a_ministry(text: str) -> None:
    assert _people(text) == set()


# --- an office with its charge ("to", "for", "untuk" ...), then the name set off ---------

_CHARGED = [
    (
        "Closing remarks by Ukraine's Ambassador to Austria, Vasyl Khymynets, end the day.",
        ("Vasyl Khymynets", "Ambassador", "UKR"),
    ),
    (
        "China's special envoy for Eurasian affairs, Li Hui, begins a tour of Warsaw.",
        ("Li Hui", "Special Envoy", "CHN"),
    ),
    (
        "Sarapan kerja bersama Duta Besar RI untuk Belgia, Luksemburg dan Uni Eropa, Andri "
        "Hadi, serta staf KBRI.",
        ("Andri Hadi", "Ambassador", "IDN"),
    ),
    (
        "Norway's ambassador to the United Nations, Kari Lund, said Oslo would help.",
        ("Kari Lund", "Ambassador", "NOR"),
    ),
    (
        "Utusan khusus Jepang untuk urusan Ukraina, Kenji Sato, tiba di Kyiv.",
        ("Kenji Sato", "Special Envoy", "JPN"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _CHARGED)
def test_a_name_set_off_after_an_office_and_its_charge(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert expected in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        # a day, a clause, a state or a source set off after the charge is no one
        "Presiden untuk pertama kalinya, Selasa (3/5), berbicara di depan parlemen.",
        "The ambassador to Austria, who arrived on Monday, said Kyiv was grateful.",
        "The envoy for the talks, Ukraine's partners said, would be named soon.",
        "Duta besar untuk negara-negara Baltik, menurut Kemlu, belum ditunjuk.",
    ],
)
def test_no_person_from_what_follows_a_charge(text: str) -> None:
    assert _people(text) == set()


# --- an office, its body's or region's initialism, then the name without a comma ---------

_INITIALLED = [
    (
        "Menteri BUMN Erick Thohir yang menyaksikan penandatanganan menyatakan dukungan.",
        ("Erick Thohir", "Minister", "IDN"),
    ),
    (
        "Menteri ESDM Bahlil Lahadalia mengatakan pasokan aman.",
        ("Bahlil Lahadalia", "Minister", "IDN"),
    ),
    (
        "Gubernur NTT Melki Laka Lena yang hadir menyampaikan dukungan.",
        ("Melki Laka Lena", None, "IDN"),
    ),
    ("Ketua DPR Puan Maharani menyatakan dukungan parlemen.", ("Puan Maharani", None, "IDN")),
    (
        "Direktur CSIS Yose Rizal Damuri, menilai misi itu penting.",
        ("Yose Rizal Damuri", None, "IDN"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _INITIALLED)
def test_an_office_with_initials_before_the_name(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        # a day or a body's name after the initials is no one
        "Menteri UMKM Sabtu lalu meninjau pelabuhan.",
        "Direktur LSM Setara Institute menilai misi itu mahal.",
        "Menteri PPN/Bappenas menyatakan anggaran cukup.",
    ],
)
def test_no_person_from_initials_and_no_name(text: str) -> None:
    assert _people(text) == set()


# --- a person the press introduces by age ------------------------------------------------

_AGED = [
    (
        "Bagi Maria Seran (52), ibu dari seorang prajurit, keberangkatan anaknya membawa rasa "
        "bangga. Ia berdoa bagi anaknya.",
        ("Maria Seran", None, "IDN"),
    ),
    ("Agus Salim (45 tahun), warga Bekasi, mengaku bangga.", ("Agus Salim", None, "IDN")),
    (
        "LONDON, 3 May 2028 - At the quayside, Tom Reed, 61, a retired fisherman, waved as the "
        "ships left.",
        ("Tom Reed", None, "GBR"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _AGED)
def test_a_name_with_an_age_is_a_person(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        # a clause's number, a wave's size, towns with counts, a first name alone
        "Pasal 5 ayat (2) mengatur pengiriman pasukan.",
        "Gelombang Kedua (20) berangkat Senin. Sebanyak 20 orang ikut.",
        "The ships sailed from Plymouth, 12, and Portsmouth, 8, said the navy.",
        "Ratna (41), kelahiran Bandung, sudah lama tinggal di Belanda.",
    ],
)
def test_no_person_from_a_number_after_a_word(text: str) -> None:
    assert _people(text) == set()
