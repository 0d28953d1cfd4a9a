"""Phrasing classes from the ninth sealed set (now `gold/s9-*`), for meetings, people,
figures, counts and dates: each class is probed with sentences written for the concept, in
other words than any article's (see docs/ingest.md, "Phrasing classes from the ninth
sealed set: meetings, people and figures")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract
from willing.ingest.items import Extraction

from . import phrasing

DAY = dt.date(2027, 6, 1)


def _run(text: str, published: dt.date = DAY) -> Extraction:
    return extract(text, published=published)


def _people(text: str) -> set[tuple[Any, ...]]:
    return phrasing.people(_run(text))


def _has_meeting(text: str, expected: dict[str, Any]) -> bool:
    return phrasing.has_meeting(_run(text), expected)


# --- meetings: a timeline's entries, each under a line holding only its day -------------

_VIENNA_OSLO = (
    "Ringkasan dua pekan.\n\nSelasa, 9 Maret 2027\nMenteri luar negeri dari 12 negara "
    "bertemu di Wina. Austria menjadi tuan rumah.\n\nRabu, 17 Maret 2027\nPresiden Finlandia "
    "menyatakan dukungan.\n\nJumat, 19 Maret 2027\nPara kepala staf berkumpul di Oslo untuk "
    "membahas logistik.\n"
)
_VILNIUS_CALL = (
    "How we got here.\n\nMonday 8 February 2027\nDefence ministers met in Vilnius and agreed "
    "a plan.\n\nThursday 11 February 2027\nLeaders held a video conference; 27 countries took "
    "part.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_VIENNA_OSLO, {"date": "2027-03-09", "place": "Vienna", "countries_count": 12}),
        (_VIENNA_OSLO, {"date": "2027-03-19", "place": "Oslo"}),
        (_VILNIUS_CALL, {"date": "2027-02-08", "place": "Vilnius"}),
        (_VILNIUS_CALL, {"date": "2027-02-11", "format": "virtual", "countries_count": 27}),
        (
            "Kronologi.\n\n22 April 2027\nKTT koalisi digelar di Roma dan dihadiri 30 negara."
            "\n\n2 Mei 2027\nRusia menolak rencana itu.\n",
            {"date": "2027-04-22", "place": "Rome"},
        ),
        (
            "Timeline.\n\nWednesday, 14 April 2027\nRussia rejected the plan.\n\nFriday, 16 "
            "April 2027\nThe coalition's chiefs of defence gathered at Northwood to review it.\n",
            {"date": "2027-04-16", "place": "Northwood"},
        ),
        (
            "Agenda. Pertemuan para pemimpin secara virtual: September 2027. Sesudahnya, rapat "
            "para menteri di Brussel.",
            {"date": "2027-09", "format": "virtual"},
        ),
    ],
)
def test_an_entry_takes_the_day_heading_it(text: str, expected: dict[str, Any]) -> None:
    assert _has_meeting(text, expected)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a meeting to come, named in an entry, did not take place on the entry's day
        (
            "Timeline.\n\nWednesday, 14 April 2027\nLeaders agreed that the next summit will "
            "be held in Rome.\n\nFriday, 16 April 2027\nRussia rejected the plan.\n",
            "2027-04-14",
        ),
        # negotiations called for, held nowhere and in no way, are no meeting of the day
        (
            "Kronologi.\n\nJumat, 2 April 2027\nTiongkok menyerukan semua pihak kembali ke meja "
            "perundingan.\n\nSenin, 5 April 2027\nRusia menolak rencana itu.\n",
            "2027-04-02",
        ),
    ],
)
def test_no_entry_day_for_a_meeting_to_come_or_a_call_for_talks(text: str, day: str) -> None:
    assert not _has_meeting(text, {"date": day})


# --- meetings: a call among several, its verb and medium apart or named as a noun -------

CALL_DAY = dt.date(2027, 6, 2)  # a Wednesday: "on Tuesday" is 1 June


@pytest.mark.parametrize(
    "text",
    [
        "COPENHAGEN - Prime Minister Mette Frederiksen spoke on Tuesday evening by video with "
        "the leaders of the Nordic and Baltic states, eight countries in all.",
        "LONDON - Keir Starmer agreed the plan after a two-hour call with Emmanuel Macron and "
        "Friedrich Merz on Tuesday.",
        "PARIS - Presiden Prancis Emmanuel Macron pada Selasa malam berbicara panjang lewat "
        "telepon dengan Kanselir Jerman Friedrich Merz dan Perdana Menteri Italia Giorgia Meloni.",
        "Jakarta - Setelah panggilan telepon selama satu jam dengan Kanselir Jerman dan Perdana "
        "Menteri Italia pada Selasa (1/6/2027), Starmer menyetujui rencana itu.",
        "BRUSSELS - The foreign ministers of six countries talked for an hour on Tuesday over a "
        "secure video link.",
        "OSLO - Norway's prime minister held a long video call on Tuesday with his counterparts "
        "from Sweden, Finland and Denmark.",
    ],
)
def test_a_call_among_several_is_a_meeting_held_at_a_distance(text: str) -> None:
    assert phrasing.has_meeting(_run(text, CALL_DAY), {"date": "2027-06-01", "format": "virtual"})


@pytest.mark.parametrize(
    "text",
    [
        "PARIS - Macron spoke by phone on Tuesday with Zelensky about the plan.",
        "LONDON - Starmer had a long call with Zelensky on Tuesday.",
        "Jakarta - Presiden berbicara lewat telepon dengan Presiden Zelensky pada Selasa.",
        "LONDON - The minister spoke to reporters on Tuesday by phone.",
        "Jakarta - Kami berbincang dengannya lewat sambungan video, Selasa (1/6/2027).",
    ],
)
def test_a_call_of_two_or_an_interview_is_no_meeting(text: str) -> None:
    assert not phrasing.meetings(_run(text, CALL_DAY))


# --- people: a capacity that is no reported role, set off next to the name --------------

_MORE = " Indonesia siap mengirim pasukan ke Ukraina."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jakarta - Kepala Pusat Studi Pertahanan Universitas Gadjah Mada, Bima Santoso, "
            "menilai rencana itu realistis." + _MORE,
            ("Bima Santoso", None, "IDN"),
        ),
        (
            "Jakarta - Peneliti senior CSIS, Lina Marlina, mengatakan anggaran harus jelas."
            + _MORE,
            ("Lina Marlina", None, "IDN"),
        ),
        (
            "Jakarta - Yusuf Hakim, pengamat militer dari Universitas Indonesia, menyebut "
            "risikonya tinggi." + _MORE,
            ("Yusuf Hakim", None, "IDN"),
        ),
        (
            "Jakarta - Anggota Komisi I DPR dari Fraksi Partai Demokrat, Rudi Hartono, meminta "
            "penjelasan." + _MORE,
            ("Rudi Hartono", None, "IDN"),
        ),
        (
            "Jakarta - Sementara Sari Wulandari dari Fraksi PKB menilai biaya itu wajar." + _MORE,
            ("Sari Wulandari", None, "IDN"),
        ),
        (
            "LONDON - Helen Marsh, director of the Royal United Services Institute, said the "
            "plan was costly.",
            ("Helen Marsh", None, "GBR"),
        ),
        (
            'OSLO - "We are ready," said Erik Dahl, chief executive of Kongsberg Maritime.',
            ("Erik Dahl", None, "NOR"),
        ),
        (
            'Jakarta - "Kita harus hati-hati," kata Dr. Arya Pranata, dosen hubungan '
            "internasional di Bandung." + _MORE,
            ("Arya Pranata", None, "IDN"),
        ),
        (
            "Pengamat asal Australia, John Blaxland, menilai misi itu berisiko." + _MORE,
            ("John Blaxland", None, "AUS"),
        ),
        # the corps after an Indonesian officer's rank, or "(Purn.)": the TNI's writing
        (
            "Mayor Inf. Rizky Pratama kembali ke Sidoarjo setelah enam bulan di Ukraina.",
            ("Rizky Pratama", None, "IDN"),
        ),
        (
            "Jakarta - Letnan Kolonel Czi. Dimas Wibowo memimpin tim zeni itu." + _MORE,
            ("Dimas Wibowo", None, "IDN"),
        ),
    ],
)
def test_a_person_set_off_by_a_capacity(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta - Ketua Komisi I, yang memimpin rapat, menolak berkomentar." + _MORE,
        "Jakarta - Anggota koalisi, Inggris dan Prancis, siap mengirim pasukan." + _MORE,
        "LONDON - The director of the programme, Nordic Defence Cooperation, said it would help.",
        "Jakarta - Direktur Eksekutif YTTK, dalam keterangannya, menyatakan siap membantu." + _MORE,
    ],
)
def test_no_person_from_a_capacity_set_off_by_a_clause_or_a_state(text: str) -> None:
    assert not _people(text)


# --- dates: a year governed by a word of span, or paired with another year --------------


def _dates(text: str) -> set[str]:
    return {i.value["value"] for i in _run(text).of_type("date")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deliveries are due to start in the second half of 2028, the company said.", {"2028"}),
        ("The grant will be paid over 2027 and 2028 to train deminers.", {"2027", "2028"}),
        ("Anggaran untuk 2028 sudah disetujui parlemen Belanda.", {"2028"}),
        ("Sepanjang 2027 koalisi bertemu tiga kali di Eropa.", {"2027"}),
        ("He served as ambassador in Kyiv from 2004 to 2008 before retiring.", {"2004", "2008"}),
        ("Jan Novak, diplomat, 1948–2026, negotiated the first draft.", {"1948", "2026"}),
        ("Latihan itu digelar menjelang 2028, kata menteri.", {"2028"}),
    ],
)
def test_a_year_of_a_span_or_a_pair(text: str, expected: set[str]) -> None:
    assert expected <= _dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "The battalion of 2000 soldiers will deploy in spring.",
        "Belanda menyiapkan dana untuk 2025 prajurit cadangan.",
        "The force grew from 1500 to 2030 troops by the summer.",
    ],
)
def test_a_number_counting_something_is_no_year(text: str) -> None:
    assert not {d for d in _dates(text) if len(d) == 4}


# --- figures: troops named as members of a state's forces, or as its medical staff ------


def _troops(text: str) -> set[Any]:
    return {v for kind, v, _unit, _m in phrasing.figures(_run(text)) if kind == "troops"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada will send up to 400 Canadian Armed Forces members to Latvia.", 400),
        ("The Dáil approved sending up to 150 members of the Defence Forces to the mission.", 150),
        ("Indonesia akan mengirim 300 anggota TNI ke misi pemantauan itu.", 300),
        ("Kontingen itu terdiri atas 80 tenaga kesehatan dan 40 personel staf.", 80),
        ("Norway offers 60 members of its armed forces for the training mission.", 60),
        ("Spanyol siap mengirim 250 anggota angkatan bersenjata ke Rumania.", 250),
        ("Belgium will add 35 health workers to the field hospital.", 35),
    ],
)
def test_members_of_the_forces_are_troops(text: str, expected: int) -> None:
    assert expected in _troops(text)


@pytest.mark.parametrize(
    "text",
    [
        "The coalition's 30 members met in Paris on Tuesday.",
        "Sebanyak 14 anggota koalisi menyatakan siap membantu.",
    ],
)
def test_members_of_the_coalition_are_no_troops(text: str) -> None:
    assert not _troops(text)


# --- people: a title of several words in lower case; the head of forces named by them ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Semua dimulai ketika utusan khusus AS Steve Witkoff membawa usulan ke Moskow.",
            ("Steve Witkoff", "Special Envoy", "USA"),
        ),
        (
            "Rencana itu disampaikan perdana menteri Inggris Keir Starmer kepada parlemen.",
            ("Keir Starmer", "Prime Minister", "GBR"),
        ),
        (
            "Usulan itu dibawa wakil menteri luar negeri Polandia Anna Nowak ke Kyiv.",
            ("Anna Nowak", "Deputy Foreign Minister", "POL"),
        ),
        (
            "Jakarta - Komisi I DPR menggelar rapat dengan Panglima TNI Jenderal Agus Subiyanto."
            + _MORE,
            ("Agus Subiyanto", "Chief of Defence", "IDN"),
        ),
        # a treasury's minister by its own title
        (
            "Jakarta - Rapat yang dipimpin Kanselir Perbendaharaan Inggris Rachel Reeves itu "
            "membahas biaya." + _MORE,
            ("Rachel Reeves", "Minister", "GBR"),
        ),
        (
            "WASHINGTON - Treasury Secretary Scott Bessent said the plan was costly.",
            ("Scott Bessent", "Minister", "USA"),
        ),
        # an initialism opening a name, and the state of a town's line above
        (
            "Jakarta - Anggota Komisi I dari Fraksi PDI Perjuangan, TB Hasanuddin, meminta "
            "penggantian biaya." + _MORE,
            ("TB Hasanuddin", None, "IDN"),
        ),
        (
            'Kongsberg, Norway - 2 February 2027 - A contract was signed.\n\n"We are proud," '
            "said Ingrid Solheim-Aas, chief executive officer of Nordvik.",
            ("Ingrid Solheim-Aas", None, "NOR"),
        ),
    ],
)
def test_a_title_in_lower_case_or_named_by_the_forces(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


# --- dates: a month heading a line, or named as part of a span or pointed to ------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "KILAS BALIK 2026\n\nMaret: rapat daring pertama\n\nPara pemimpin bertemu secara "
            "virtual.\n\nSeptember: KTT Helsinki\n\nFinlandia menjadi tuan rumah.",
            dt.date(2026, 12, 30),
            {"2026-03", "2026-09"},
        ),
        (
            "The year so far\n\nFebruary - ministers met in Rome.\n\nApril - the force was named.",
            DAY,
            {"2027-02", "2027-04"},
        ),
        (
            "I expect the debate in the second half of February and I will defend the plan.",
            dt.date(2027, 1, 11),
            {"2027-02"},
        ),
        ("What did Beijing say after the September summit?", dt.date(2026, 12, 28), {"2026-09"}),
        (
            "Pemungutan suara dijadwalkan pada akhir Maret, kata ketua parlemen.",
            dt.date(2027, 1, 11),
            {"2027-03"},
        ),
        ("Since last March the coalition has met six times.", dt.date(2027, 1, 11), {"2026-03"}),
    ],
)
def test_a_month_heading_a_line_or_pointed_to(
    text: str, published: dt.date, expected: set[str]
) -> None:
    assert expected <= {i.value["value"] for i in _run(text, published).of_type("date")}


@pytest.mark.parametrize(
    "text", ["Theresa May said the plan was sound.", "The troops will march on Monday."]
)
def test_a_name_or_a_verb_is_no_month(text: str) -> None:
    found = {i.value["value"] for i in _run(text, dt.date(2027, 1, 11)).of_type("date")}
    assert not {d for d in found if len(d) == 7}


# --- meetings: the day owning the meeting word; one taking part from afar in any verb ----


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Yesterday's meeting of defence ministers in Brussels dominates the papers this "
            "morning.",
            dt.date(2027, 3, 5),
            {"date": "2027-03-04", "place": "Brussels"},
        ),
        (
            "Tuesday's summit in Rome was still the talk of the town on Wednesday.",
            dt.date(2027, 6, 3),
            {"date": "2027-06-01", "place": "Rome"},
        ),
        (
            "Sunday's video call among 12 leaders is still discussed in the capitals today.",
            CALL_DAY,
            {"date": "2027-05-30", "format": "virtual"},
        ),
    ],
)
def test_the_day_owning_the_meeting_word(
    text: str, published: dt.date, expected: dict[str, Any]
) -> None:
    assert phrasing.has_meeting(_run(text, published), expected)


@pytest.mark.parametrize(
    "text",
    [
        "Thirty ministers met in Brussels on Tuesday, with the American delegation listening in "
        "by video from Washington.",
        "Leaders met in Oslo on Tuesday; Japan's prime minister was watching by video link from "
        "Tokyo.",
        "Para menteri bertemu di Roma pada Selasa, sementara Kanada menyimak secara daring dari "
        "Ottawa.",
        "Para pemimpin berkumpul di Paris pada Selasa; Australia memantau lewat tautan video.",
        "The summit in Warsaw on Tuesday drew 30 leaders, two of them participating remotely.",
        "Ministers gathered in Vilnius on Tuesday, while Canada's minister was following online "
        "from Ottawa.",
    ],
)
def test_one_taking_part_from_afar_makes_the_meeting_hybrid(text: str) -> None:
    assert phrasing.has_meeting(_run(text, CALL_DAY), {"format": "hybrid"})


def test_an_audience_online_is_no_one_taking_part() -> None:
    result = _run("Ministers met in Vilnius on Tuesday. Millions were watching the news online.")
    assert not phrasing.has_meeting(result, {"format": "hybrid"})


# --- counts and figures: a factbox's label naming what the number after it counts -------


def _numbers(text: str) -> set[tuple[Any, ...]]:
    result = _run(text)
    return phrasing.counts(result) | {(k, v) for k, v, _u, _m in phrasing.figures(result)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SEKILAS\n- Anggota koalisi: 36 negara.\n- Negara penyumbang pasukan atau kapal: 14."
            "\n- Status: belum ada.",
            ("countries", 14),
        ),
        (
            "AT A GLANCE\n- Countries contributing troops or ships: 14\n- Status: pending",
            (
                "countries",
                14,
            ),
        ),
        ("Fakta singkat\nJumlah negara peserta: 31\nTuan rumah: Finlandia", ("countries", 31)),
        ("Key facts\nHeads of state or government present: 22\nHost: Finland", ("heads", 22)),
        ("Summary\n- Troops pledged so far: 4,000.\n- Ships: 6", ("troops", 4000)),
        ("Ringkasan\n- Kapal yang dijanjikan: 6\n- Status: menunggu", ("ships", 6)),
    ],
)
def test_a_number_after_a_label_naming_its_measure(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _numbers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ringkasan\n- Diperbarui: 20 Juni 2027\n- Negara: Prancis, 12 pesawat Rafale",
        "Countries: see the table below, 2 pages.",
    ],
)
def test_no_count_from_a_label_before_a_date_or_words(text: str) -> None:
    assert not {n for n in _numbers(text) if n[0] == "countries"}


# --- figures: states listed after a figure, its noun left out ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Inggris menempatkan sekitar 4.000 tentara di barat Ukraina, Prancis sekitar 5.500.",
            {("troops", 5500)},
        ),
        ("Britain will send 4,000 troops and France 2,500.", {("troops", 2500)}),
        ("The Netherlands offers 2 minehunters; Belgium 1.", {("ships", 1)}),
        (
            "France pledged 2,000 soldiers, Italy about 1,500 and Spain 800.",
            {("troops", 1500), ("troops", 800)},
        ),
        ("Polandia mengirim 12 pesawat tempur, sementara Rumania 6.", {("aircraft", 6)}),
    ],
)
def test_a_figure_with_its_noun_left_out(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert expected <= _numbers(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        ("Britain sent 4,000 troops in 2026, France 2027.", ("troops", 2027)),
        ("Poland pledged 3,000 troops, the rest 200.", ("troops", 200)),
        ("Inggris mengirim 4.000 prajurit, Prancis sekitar 3.500 prajurit.", ("troops", 3)),
    ],
)
def test_no_figure_left_out_from_a_year_or_no_state(text: str, unexpected: tuple[Any, ...]) -> None:
    assert unexpected not in _numbers(text)


# --- meetings: the day and the place the sentence before sets ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Puncaknya terjadi pada Kamis, 17 September 2026, di Helsinki. Presiden Finlandia "
            "menjadi tuan rumah KTT yang dihadiri 31 negara.",
            {"date": "2026-09-17", "place": "Helsinki", "countries_count": 31},
        ),
        (
            "It all came together on Tuesday, 4 May 2027, in Lisbon. Portugal hosted the summit, "
            "attended by 29 countries.",
            {"date": "2027-05-04", "place": "Lisbon", "countries_count": 29},
        ),
        (
            "Pada Senin (3/5/2027) di Oslo, suasana tegang sejak pagi. Rapat itu dihadiri menteri "
            "dari 20 negara.",
            {"date": "2027-05-03", "place": "Oslo"},
        ),
        (
            "The decisive day was 12 April 2027 in Vilnius. Lithuania chaired the meeting of 25 "
            "defence ministers.",
            {"date": "2027-04-12", "place": "Vilnius"},
        ),
    ],
)
def test_a_meeting_in_the_scene_set_just_before(text: str, expected: dict[str, Any]) -> None:
    assert _has_meeting(text, expected)


def test_a_meeting_to_come_is_not_in_the_scene_set_before() -> None:
    text = "On Monday, 3 May 2027, Russian drones struck Odesa. The summit will discuss the attack."
    assert not _has_meeting(text, {"date": "2027-05-03"})


# --- figures: the dollar of the state the sentence is about -----------------------------


def _money(text: str) -> set[tuple[Any, ...]]:
    return {(v, unit) for kind, v, unit, _m in phrasing.figures(_run(text)) if kind == "money"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ottawa will spend $500 million on training Ukrainian soldiers in Canada.", "CAD"),
        ("The Canadian government set aside $500 million for the task force.", "CAD"),
        ("Australia pledged $500 million in drones for Ukraine.", "AUD"),
        ("Washington pledged $500 million, and Canada welcomed the move.", "USD"),
        ("The Pentagon requested $500 million for the mission.", "USD"),
        ("Selandia Baru menyumbang 500 juta dolar untuk pelatihan.", "NZD"),
        ("Kanada menyiapkan $500 juta untuk misi itu.", "CAD"),
        ("Canada will send $500 million, as promised, to us and our partners.", "CAD"),
    ],
)
def test_the_dollar_of_the_state_named(text: str, expected: str) -> None:
    assert {unit for _v, unit in _money(text)} == {expected}


# --- people: a relative clause set off between the role and the name --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jakarta - Wakil Menteri Luar Negeri Ukraina yang hadir di Jenewa, Mariana Betsa, "
            "menyatakan Ukraina terbuka." + _MORE,
            ("Mariana Betsa", "Deputy Foreign Minister", "UKR"),
        ),
        (
            "Jakarta - Menteri Pertahanan Inggris yang baru dilantik, John Healey, mengatakan "
            "pasukan siap." + _MORE,
            ("John Healey", "Defence Minister", "GBR"),
        ),
        (
            "RIGA - Latvia's foreign minister, who arrived late, Baiba Braze, said the plan was "
            "sound.",
            ("Baiba Braze", "Foreign Minister", "LVA"),
        ),
    ],
)
def test_a_relative_clause_between_role_and_name(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta - Menteri Pertahanan Inggris yang hadir, serta Kanada, menolak rencana itu."
        + _MORE,
        "PARIS - The defence minister, who spoke first, said France was ready.",
    ],
)
def test_no_name_from_a_relative_clause_without_one(text: str) -> None:
    assert not _people(text)
