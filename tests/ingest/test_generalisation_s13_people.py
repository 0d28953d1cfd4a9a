"""People on unseen text, from the thirteenth sealed set's misses (now `gold/s13-*`): each
class is probed with sentences written for the concept, in other words than any article's,
with negatives (see docs/ingest.md, "People on unseen text: the thirteenth sealed set's
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


# --- a word of address before a name is no part of it, and opens a name of its own ---

_ADDRESSED = [
    (
        "Yang kami hormati Duta Besar Jepang untuk Indonesia, Bapak Masaki Yasuhiro, serta "
        "para tamu undangan.",
        ("Masaki Yasuhiro", "Ambassador", "JPN"),
    ),
    (
        "Dalam acara itu Menteri Luar Negeri Malaysia, Ibu Azalina Othman, menyampaikan "
        "bahwa Malaysia belum memutuskan pengiriman kapal.",
        ("Azalina Othman", "Foreign Minister", "MYS"),
    ),
    (
        "The Defence Secretary of Ireland, Mr Ciaran Doyle, told the committee that Irish "
        "troops would stay only under a UN mandate.",
        ("Ciaran Doyle", "Defence Minister", "IRL"),
    ),
    (
        "DUBLIN, 3 May (wire) - Mrs Siobhan Keane, a nurse from Cork, said her son had "
        "volunteered for the mission.",
        ("Siobhan Keane", None, "IRL"),
    ),
    (
        "Jakarta - Pak Slamet Riyadi, warga Depok, mengaku bangga anaknya berangkat ke Ukraina.",
        ("Slamet Riyadi", None, "IDN"),
    ),
    (
        "Surabaya - Menurut Bu Ratna Widuri, guru di Surabaya, murid-muridnya menulis surat "
        "untuk para pemantau.",
        ("Ratna Widuri", None, "IDN"),
    ),
    # no dateline: the state the text is about
    (
        "Notes from a talk by Ms Fiona Gallagher, head of geography, to the sixth form.\n"
        "Ireland has sent 160 observers to Ukraine, and Ireland pays for their transport. "
        "Irish soldiers have served abroad before.",
        ("Fiona Gallagher", None, "IRL"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _ADDRESSED)
def test_a_word_of_address_is_no_part_of_the_name(text: str, expected: tuple[Any, ...]) -> None:
    found = _people(text)
    assert expected in found
    assert not any(p[0].split()[0] in {"Bapak", "Ibu", "Pak", "Bu", "Mr", "Mrs"} for p in found)


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta - Pemerintah menyiapkan anggaran. Ibu Kota Nusantara akan menjadi tuan "
        "rumah rapat koordinasi misi pemantau.",
        "Jakarta - Di gerbong itu seorang ibu dari Lviv bercerita tentang anaknya.",
        "DUBLIN, 3 May (wire) - The court dismissed the appeal, with Mr Justice Kearney "
        "dissenting.",
        "LONDON, 3 May (wire) - Dear Sir or Madam, we write about the mission.",
        # no dateline and two states named as often: no state, no person
        "Notes from a talk by Ms Fiona Gallagher to the sixth form. Ireland and Austria "
        "each sent observers to Ukraine; Ireland and Austria pay for their transport.",
    ],
)
def test_no_person_from_a_word_of_address_alone(text: str) -> None:
    assert _people(text) == set()


# --- an office on the line above a name signs with it: the office is the person's role ---

_SIGNED_UNDER = [
    (
        "Demikian disampaikan untuk menjadi perhatian.\n\nJakarta, 4 Maret 2028\n"
        "Menteri Luar Negeri,\nArif Havas Wicaksono",
        ("Arif Havas Wicaksono", "Foreign Minister", "IDN"),
    ),
    (
        "Atas perhatian Saudara, kami ucapkan terima kasih.\n\n"
        "Duta Besar Republik Indonesia untuk Polandia,\nDyah Kusuma Wardhani",
        ("Dyah Kusuma Wardhani", "Ambassador", "IDN"),
    ),
    (
        "Surat ini berlaku sejak ditandatangani.\n\n"
        "Sekretaris Jenderal Kementerian Pertahanan,\nMarsdya TNI Hadi Santoso",
        ("Hadi Santoso", "Secretary General", "IDN"),
    ),
    (
        "Laporan ini disampaikan kepada Presiden.\n\nPanglima TNI,\nLaksamana TNI Yudo Prakoso",
        ("Yudo Prakoso", "Chief of Defence", "IDN"),
    ),
    (
        "COPENHAGEN, 2 May - The ministry will publish the figures in June.\n\n"
        "Minister of Defence of the Kingdom of Denmark,\nTroels Vinther",
        ("Troels Vinther", "Defence Minister", "DNK"),
    ),
    # a capacity that is no role, above an officer written with his corps
    (
        "Pengumuman ini dapat diakses di laman resmi.\n\n"
        "Kepala Biro Umum,\nLetkol Laut (K) Dedi Saputra",
        ("Dedi Saputra", None, "IDN"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _SIGNED_UNDER)
def test_an_office_above_a_name_is_its_role(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        # the line below is a heading in capitals, a ministry, or a sentence
        "Jakarta - Rapat ditutup pukul 12.00.\n\nMenteri Luar Negeri,\nDARI REDAKSI",
        "Jakarta - Rapat ditutup pukul 12.00.\n\nMenteri Luar Negeri,\nKementerian Luar Negeri",
        "Jakarta - Rapat ditutup.\n\nSekretaris Jenderal,\nDalam rapat itu Indonesia menolak.",
    ],
)
def test_no_signer_under_an_office_from_a_heading_or_a_sentence(text: str) -> None:
    assert _people(text) == set()


# --- a credit names a person: a photograph's, a graphic's, a text's or a book's maker ---

_CREDITED = [
    (
        "Kaunas, Lithuania, Senin (3/9/2029) - Para prajurit Ukraina berlatih menyeberangi "
        "sungai. FOTO: Tomas Kazlauskas",
        ("Tomas Kazlauskas", None, "LTU"),
    ),
    (
        "Jakarta - Peta di atas menunjukkan posisi kapal koalisi. Infografis: Sekar "
        "Ayuningtyas. Sumber: Kementerian Pertahanan.",
        ("Sekar Ayuningtyas", None, "IDN"),
    ),
    (
        "OSLO, 2 May (wire) - Soldiers unload a field hospital near Rzeszow.\n"
        "Photograph: Henrik Solberg",
        ("Henrik Solberg", None, "NOR"),
    ),
    (
        "Resensi buku\nOleh Larasati Puspitasari\n\nJakarta - Buku ini bercerita tentang "
        "pemantau di Ukraina.",
        ("Larasati Puspitasari", None, "IDN"),
    ),
    (
        "Jakarta - Para pemantau menyeberangi jembatan di Kharkiv. Foto: Mayor Inf. Gilang "
        "Ramadhan/Puspen TNI",
        ("Gilang Ramadhan", None, "IDN"),
    ),
    (
        "DUBLIN, 4 June (wire) - The map shows the escort lanes. Graphic: Aoife Brennan. "
        "Research: Conor Walsh.",
        ("Conor Walsh", None, "IRL"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _CREDITED)
def test_a_credit_names_a_person(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        # a portal's header of fields, a team, an archive, "Oleh karena itu", "By 30 ..."
        "Reporter: Dinda Lestari | Kamis, 3 Desember 2026 21:15 WIB\n\nJakarta - Rapat "
        "koordinasi digelar hari ini.",
        "Jakarta - Para pemantau tiba di Kharkiv. FOTO: Dokumentasi Kementerian Pertahanan",
        "Jakarta - Peta kapal koalisi. Grafis: Tim Data. Sumber: Kementerian Luar Negeri.",
        "Jakarta - Oleh karena itu Indonesia menunggu keputusan DPR.",
        "LONDON, 3 May (wire) - By 30 September the ministry had paid the charter.",
    ],
)
def test_no_credit_from_a_header_a_team_or_a_preposition(text: str) -> None:
    assert _people(text) == set()


# --- a number in roman capitals is no public figure's surname ---


@pytest.mark.parametrize(
    "text",
    [
        "Nomor: PENG/112/ULP-KEMHAN/XI\n\nJakarta - Pengumuman lelang angkutan udara.",
        "No. 88/SP/DIR/XI/2029\n\nJakarta - Siaran pers tentang kapal logistik.",
        "Jakarta - Rapat membahas logistik.\n\nXI. PENUTUP\n\nDemikian laporan ini.",
        "LONDON, 3 May (wire) - Chapter XI of the report covers the escorts.",
    ],
)
def test_no_surname_from_a_roman_number(text: str) -> None:
    assert _people(text) == set()


def test_a_surname_in_running_text_is_still_the_figure() -> None:
    text = "BEIJING, 3 May (wire) - Xi said China would not send troops to Ukraine."
    assert ("Xi Jinping", None, "CHN") in {p for p in _people(text) if p[0] == "Xi Jinping"}


# --- an embassy is the body an office serves: its state is the officer's, not a name ---

_EMBASSY = [
    (
        "Jakarta - Juru bicara Kedutaan Besar Jepang, Hiroshi Tanaka, mengatakan Jepang "
        "tidak akan mengirim pasukan.",
        ("Hiroshi Tanaka", "Spokesperson", "JPN"),
    ),
    (
        "Jakarta - Perwakilan Konsulat Jenderal Turki, Emre Demir, hadir dalam upacara itu.",
        ("Emre Demir", "Representative", "TUR"),
    ),
    (
        "LONDON, 3 May (wire) - A spokesman for the Embassy of Japan, Kenji Mori, said Tokyo "
        "would fund demining.",
        ("Kenji Mori", "Spokesperson", "JPN"),
    ),
    (
        "Jakarta - Menurut juru bicara Kedubes Brasil, Paulo Ferreira, Brasil belum memutuskan.",
        ("Paulo Ferreira", "Spokesperson", "BRA"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _EMBASSY)
def test_an_embassy_gives_its_officer_the_state(text: str, expected: tuple[Any, ...]) -> None:
    found = _people(text)
    assert expected in found
    assert not any(p[0].startswith(("Kedutaan", "Kedubes", "Konsulat", "Embassy")) for p in found)


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta - Kedutaan Besar Rusia, Senin (3/5), menyatakan keberatan.",
        "Jakarta - Juru bicara Kedutaan Besar Rusia mengatakan pasukan asing adalah ancaman.",
    ],
)
def test_no_person_from_an_embassy_alone(text: str) -> None:
    assert _people(text) == set()


# --- a surname alone is the full name the text gave, in the text's spelling ---

_SPELLED = [
    (
        "Jakarta - Menteri Luar Negeri Ukraina Andrii Sybiha tiba di Jakarta. Sybiha "
        "mengatakan Ukraina membutuhkan tim medis.",
        ("Andrii Sybiha", "Foreign Minister", "UKR"),
    ),
    (
        "KYIV, 3 May (wire) - Ukraine's president, Volodymyr Zelenskiy, thanked Norway. "
        "Zelenskiy said the frigates were welcome.",
        ("Volodymyr Zelenskiy", "President", "UKR"),
    ),
    (
        "ANKARA, 3 May (wire) - Turkish President Recep Tayyip Erdoğan met the envoys. "
        "Erdoğan said Turkey would guard the straits.",
        ("Recep Tayyip Erdoğan", "President", "TUR"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _SPELLED)
def test_a_surname_alone_is_the_text_s_full_name(text: str, expected: tuple[Any, ...]) -> None:
    surname = expected[0].split()[-1]
    assert {p for p in _people(text) if p[0].endswith(surname)} == {expected}


# --- a minister's portfolio stands between the office and the name ---

_PORTFOLIO = [
    (
        "WARSAW, 3 May (wire) - Poland's Minister of Digital Affairs, Krzysztof Gawkowski, "
        "said Poland would guard the coalition's networks.",
        ("Krzysztof Gawkowski", "Minister", "POL"),
    ),
    (
        "Norway's Minister of Trade and Industry, Cecilie Myrseth, said the yards would "
        "build two more patrol boats.",
        ("Cecilie Myrseth", "Minister", "NOR"),
    ),
    (
        "The Minister for Climate and Energy of Denmark, Lars Aagaard, said Denmark would pay "
        "for the generators.",
        ("Lars Aagaard", "Minister", "DNK"),
    ),
    (
        "Jakarta - Menteri Energi Ukraina, Svitlana Hrynchuk, mengatakan Ukraina membutuhkan "
        "generator.",
        ("Svitlana Hrynchuk", "Minister", "UKR"),
    ),
    (
        "Jakarta - Menteri Pertanian dan Pangan Polandia, Stefan Krajewski, mengatakan "
        "gudang gandum siap.",
        ("Stefan Krajewski", "Minister", "POL"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _PORTFOLIO)
def test_a_portfolio_between_the_office_and_the_name(text: str, expected: tuple[Any, ...]) -> None:
    found = _people(text)
    assert expected in found
    assert len(found) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta - Menteri Perhubungan Ukraina mengatakan jalur laut tetap dibuka.",
        "KYIV, 3 May (wire) - The Ministry of Infrastructure, in Kyiv, said the lanes stay.",
    ],
)
def test_no_name_from_a_portfolio(text: str) -> None:
    assert _people(text) == set()


# --- a nationality set off around a name: "X, the Italian officer ...", "the Austrian, X" ---

_NATIONALITY = [
    (
        "Captain Marco Bellini, the Italian officer who leads the convoy, said the ships "
        "would stay.",
        ("Marco Bellini", None, "ITA"),
    ),
    (
        "Anna Kowalska, the Polish engineer in charge of the bridge, said it would open in May.",
        ("Anna Kowalska", None, "POL"),
    ),
    (
        "Only the Austrian, Karl Huber, voted against the mission.",
        ("Karl Huber", None, "AUT"),
    ),
    (
        "The Slovak delegate, Peter Novak, refused to pledge anything.",
        ("Peter Novak", None, "SVK"),
    ),
    (
        "Jakarta - Delegasi Hungaria, Zoltan Nagy, menolak usulan itu.",
        ("Zoltan Nagy", None, "HUN"),
    ),
    (
        "Jakarta - Seorang perwira Italia, Luca Ferri, memimpin konvoi kapal itu.",
        ("Luca Ferri", None, "ITA"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _NATIONALITY)
def test_a_nationality_set_off_around_a_name(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "LONDON, 3 May (wire) - Port Talbot, the Welsh steel town, sent a letter of support.",
        "Jakarta - Pemerintah Hungaria, Senin (3/5), menolak usulan itu.",
        "LONDON, 3 May (wire) - The Italian, who declined to be named, said the ships stay.",
        "Jakarta - Rakyat Ukraina, Eropa dan Amerika menunggu keputusan itu.",
    ],
)
def test_no_person_from_a_nationality_alone(text: str) -> None:
    assert _people(text) == set()


# --- an office of a body that is no state is no role the extractor reports ---

_BODY_OFFICE = [
    (
        "WARSAW, 3 May (wire) - Poland will host the summit. The federation's president, "
        "Jan Kowalski, said the match would move to Krakow.",
        ("Jan Kowalski", None, "POL"),
    ),
    (
        "OSLO, 3 May (wire) - Norway will build the boats. The Shipowners' Association's "
        "spokesperson, Kari Nordmann, welcomed the orders.",
        ("Kari Nordmann", None, "NOR"),
    ),
    (
        "ROME, 3 May (wire) - Italy sends a frigate. The Red Cross's president, Luca Bruni, "
        "said Italy's medics would follow.",
        ("Luca Bruni", None, "ITA"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _BODY_OFFICE)
def test_a_body_s_officer_holds_no_state_role(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's own body, a state, a public figure: the role stays
        (
            "MOSCOW, 3 May (wire) - The Russian foreign ministry's spokeswoman, Maria "
            "Zakharova, warned the coalition.",
            ("Maria Zakharova", "Spokesperson", "RUS"),
        ),
        (
            "KYIV, 3 May (wire) - Ukraine's president, Volodymyr Zelenskyy, thanked Norway.",
            ("Volodymyr Zelenskyy", "President", "UKR"),
        ),
        (
            "WASHINGTON, 3 May (wire) - Trump's special envoy, Steve Witkoff, flew to Moscow.",
            ("Steve Witkoff", "Special Envoy", "USA"),
        ),
    ],
)
def test_a_state_s_office_keeps_its_role(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)
