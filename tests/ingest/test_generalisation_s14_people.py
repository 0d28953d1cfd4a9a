"""People on unseen text, from the fourteenth sealed set's misses (now `gold/s14-*`): each
class is probed with sentences written for the concept, in other words than any article's,
with negatives (see docs/ingest.md, "People on unseen text: the fourteenth sealed set's
misses")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract

from . import phrasing

DAY = dt.date(2028, 6, 1)


def _people(text: str) -> set[tuple[Any, ...]]:
    return phrasing.people(extract(text, published=DAY))


# --- the corps written after an Indonesian rank, with or without its dot, is no name ---

_CORPS = [
    (
        "Jakarta - Upacara pelepasan dipimpin Letkol Kav Rudi Santoso di lapangan Cijantung.",
        ("Rudi Santoso", None, "IDN"),
    ),
    (
        "Jembatan darurat diperiksa oleh Mayor Czi Andreas Siregar sebelum konvoi lewat.",
        ("Andreas Siregar", None, "IDN"),
    ),
    (
        "Menurut Kapten Mar Joko Purnomo, kapal tiba di pelabuhan pukul 06.00.",
        ("Joko Purnomo", None, "IDN"),
    ),
    (
        "Pesawat diterbangkan Letda Pnb Sari Utami dari Halim menuju Polandia.",
        ("Sari Utami", None, "IDN"),
    ),
    (
        "Surabaya - Laporan disusun Kolonel Laut (P) Bambang Hartono bersama stafnya.",
        ("Bambang Hartono", None, "IDN"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _CORPS)
def test_a_corps_after_a_rank_is_no_name(text: str, expected: tuple[Any, ...]) -> None:
    found = _people(text)
    assert expected in found
    assert not any(p[0].split()[0] in {"Kav", "Czi", "Mar", "Pnb", "Inf", "Laut"} for p in found)


# --- a person with no office: a title of address, a rank or an institution names him ---

_TITLED = [
    (
        "The opening lecture will be given by Professor Lukas Brandt (University of Vienna) "
        "on the history of guarantees.",
        ("Lukas Brandt", None, "AUT"),
    ),
    (
        "WORKSHOP ON MARITIME SECURITY\nUniversity of Bergen, 4-5 May 2028\n\n"
        "Convenors: Dr Ola Nordby (chair), Dr Kari Lunde, Dr Jonas Eide.",
        ("Kari Lunde", None, "NOR"),
    ),
    (
        "WORKSHOP ON MARITIME SECURITY\nUniversity of Bergen, 4-5 May 2028\n\n"
        "Convenors: Dr Ola Nordby (chair), Dr Kari Lunde, Dr Jonas Eide.",
        ("Ola Nordby", None, "NOR"),
    ),
    (
        'MILAN, 3 May (wire) - "We treated eleven soldiers this week," said Professor Chiara '
        "Lombardi, the clinic's head of surgery.",
        ("Chiara Lombardi", None, "ITA"),
    ),
    (
        "GDANSK PORT AUTHORITY - NOTICE TO OPERATORS\nGdansk, 2 March 2028\n\n"
        "Convoys leave at dawn. Our harbour master, Captain Tomasz Wrona, sets the order of "
        "departure.",
        ("Tomasz Wrona", None, "POL"),
    ),
    (
        "CITY OF AARHUS - NOTICE\nAarhus, 5 March 2028\n\nQuestions about security: East "
        "Jutland Police, Chief Superintendent Mads Kjeldsen.",
        ("Mads Kjeldsen", None, "DNK"),
    ),
    (
        "Yogyakarta - Diskusi dibuka oleh Prof. Hendra Wibisono dari Universitas Gadjah Mada.",
        ("Hendra Wibisono", None, "IDN"),
    ),
]


_CAPACITY_SET = [
    (
        "LATVIAN STATE REVENUE SERVICE\nNotice 3/2028\n\nThe Director General, Janis Ozols, "
        "will brief forwarders on Tuesday.",
        ("Janis Ozols", None, "LVA"),
    ),
    (
        "THE LONG WINTER\nGate Studio, Dublin, 3-20 May 2028\n\nA talk after the show with "
        "the director, Aisling Byrne.",
        ("Aisling Byrne", None, "IRL"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _CAPACITY_SET)
def test_a_capacity_is_of_the_setting_on_the_opening_lines(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert expected in _people(text)


@pytest.mark.parametrize(("text", "expected"), _TITLED)
def test_a_titled_person_is_of_the_institution_or_the_setting(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert expected in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        # a street, a brand, a ship named after a person; no state anywhere
        "Jakarta - Konvoi melintas di Jalan Dr Sutomo menuju pelabuhan.",
        "The crew sailed on the Professor Molengraaff, a survey ship, in heavy seas.",
        # a title of address in a list of works, not a person of the text
        'LONDON, 3 May (wire) - The prize went to "Doctor Zhivago Revisited", a radio play.',
    ],
)
def test_no_titled_person_from_a_street_or_a_work(text: str) -> None:
    assert not any(p[0] in {"Sutomo", "Professor Molengraaff"} for p in _people(text))
    assert not any("Zhivago" in p[0] for p in _people(text))


# --- a label and a colon credit a person: a director, a reviewer, a crew, a speaker ---

_LABELLED = [
    (
        'RESENSI BUKU\n"Pulang dari Timur" (2028)\nPenyunting: Ratih Kumalasari. Tebal: 240 '
        "halaman.\n\nBuku ini bercerita tentang pemantau di Ukraina.",
        ("Ratih Kumalasari", None, "IDN"),
    ),
    (
        "Buku ini bercerita tentang pemantau di Ukraina.\n\nPeresensi: Gilang Ramadhan",
        ("Gilang Ramadhan", None, "IDN"),
    ),
    (
        "OSLO, 3 May (wire) - Flight crew: captain on duty. Senior flight attendant: Ingrid "
        "Solheim. The aircraft left at 06:10.",
        ("Ingrid Solheim", None, "NOR"),
    ),
    (
        "BERGEN, 3 May (wire) - Liaison officer aboard: Captain Sigrid Haugen.",
        ("Sigrid Haugen", None, "NOR"),
    ),
    (
        "VILNIUS, 3 May (wire) - Speaker: Rasa Petrauskaite, head of the volunteers' centre.",
        ("Rasa Petrauskaite", None, "LTU"),
    ),
    (
        "Bandung - Narasumber: Dewi Lestari, relawan dapur umum, dan Yusuf Maulana, guru.",
        ("Dewi Lestari", None, "IDN"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _LABELLED)
def test_a_label_and_a_colon_credit_a_person(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bandung - Lokasi: Gedung Merdeka. Waktu: Senin pagi.",
        "OSLO, 3 May (wire) - Venue: Oslo City Hall. Dress code: Business Attire.",
        "Jakarta - Sumber: Kementerian Pertahanan Republik Indonesia.",
        "Questions about this notice: Harbour Office, Gdansk.",
    ],
)
def test_no_person_from_a_place_or_a_source_after_a_label(text: str) -> None:
    assert _people(text) == set()


# --- a cast list and a programme's credits: each name is a person of the setting ---

_PROGRAMME = (
    "THE LONG WINTER\nA new play by Fiona Kearney\nGate Studio, Dublin, 3-20 May 2028\n\n"
    "CAST\nMykola ........ Sean Brady\nSister Agnes ........ Orla Nolan\n"
    "Major Kerr ........ Liam Doherty\n\n"
    "A talk after the show on Friday with the designer, Aisling Byrne."
)


@pytest.mark.parametrize(
    "expected",
    [
        ("Fiona Kearney", None, "IRL"),
        ("Sean Brady", None, "IRL"),
        ("Orla Nolan", None, "IRL"),
        ("Liam Doherty", None, "IRL"),
    ],
)
def test_a_cast_list_names_people_of_the_setting(expected: tuple[Any, ...]) -> None:
    assert expected in _people(_PROGRAMME)


def test_a_part_in_a_cast_list_is_no_person() -> None:
    found = _people(_PROGRAMME)
    assert not any(p[0] in {"Mykola", "Sister Agnes", "Agnes", "Major Kerr", "Kerr"} for p in found)


_PEMERAN = (
    'SENDRATARI "FAJAR DI TIMUR"\nGedung Kesenian Jakarta, 3-5 Mei 2028\n\n'
    "PEMERAN\nIbu Prajurit .... Sekar Ayuningtyas\nSang Komandan .... Bima Prasetyo\n"
)


def test_a_route_on_the_opening_lines_sets_no_state() -> None:
    text = (
        "CHARTER BRIEFING\nFlights 11 / 12, Gdansk - Oslo - Gdansk\n\n"
        "Senior cabin crew: Ewa Malinowska."
    )
    assert not any(p[0] == "Ewa Malinowska" and p[2] in {"NOR"} for p in _people(text))


def test_a_cast_list_in_indonesian() -> None:
    found = _people(_PEMERAN)
    assert ("Sekar Ayuningtyas", None, "IDN") in found
    assert ("Bima Prasetyo", None, "IDN") in found


# --- a name set off by an apposition (a calling, an age, a town): a person of the text ---

_APPOSED = [
    (
        "LONDON, 3 May (wire) - The petition was started by Gareth Hughes, a retired "
        "postman from Swansea, in the spring.",
        ("Gareth Hughes", None, "GBR"),
    ),
    (
        "Malang - Siti Rahmawati, 41 tahun, menunggu kabar dari suaminya setiap malam.",
        ("Siti Rahmawati", None, "IDN"),
    ),
    (
        "DUBLIN, 3 May (wire) - Eimear Walsh, 29, a nurse from Cork, says the mission "
        "changed her town.",
        ("Eimear Walsh", None, "IRL"),
    ),
    (
        "LONDON, 3 May (wire) - Fiona Marsh MP, the committee's chair, opened the debate.",
        ("Fiona Marsh", None, "GBR"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _APPOSED)
def test_an_apposition_names_a_person(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        # a place or a ship set off, not a person
        "LONDON, 3 May (wire) - The convoy left Port Talbot, a steel town, at dawn.",
        "LONDON, 3 May (wire) - HMS Mersey, a patrol ship, sailed on Monday.",
        "Malang - Jalan Ijen, 2 kilometer dari alun-alun, ditutup.",
        "LONDON, 3 May (wire) - The Royal Navy, an old service, sent a frigate.",
        "LONDON, 3 May (wire) - Grey Lynn, a quiet suburb of the capital, voted no.",
    ],
)
def test_no_person_from_a_place_set_off(text: str) -> None:
    assert _people(text) == set()


# --- the party of an office: the home minister, not the visitor's state; the Taoiseach ---

_PARTIES = [
    (
        "Jakarta - Menlu Hungaria Peter Szijjarto akan bertemu Menteri Pertahanan Budi "
        "Santosa di Jakarta pekan depan.",
        ("Budi Santosa", "Defence Minister", "IDN"),
    ),
    (
        "DUBLIN, 3 May (wire) - Taoiseach Conor Hanlon said Ireland would keep its troops at home.",
        ("Conor Hanlon", "Prime Minister", "IRL"),
    ),
    (
        "The mayor has asked for patience. Prime Minister Erik Dahl has said Norway offered "
        "to host the talks. Hungary's prime minister will not attend.",
        ("Erik Dahl", "Prime Minister", "NOR"),
    ),
    (
        "Menteri Luar Negeri Jepang, Taro Nishida, tiba di Jakarta. Ini kunjungan pertama "
        "menteri luar negeri Jepang ke Indonesia. Menlu Nishida akan bertemu Menteri Luar "
        "Negeri Rina Hapsari di Pejambon.",
        ("Rina Hapsari", "Foreign Minister", "IDN"),
    ),
    (
        "Bantuan dikirim ke Polandia lalu diteruskan dari Polandia ke Odesa. Barang "
        "diserahkan kepada Wakil Menteri Pertahanan, Rudi Hartanto, di Jakarta.",
        ("Rudi Hartanto", "Deputy Defence Minister", "IDN"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _PARTIES)
def test_the_party_of_an_office(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)
