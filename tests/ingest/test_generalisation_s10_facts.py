"""Phrasing classes from the tenth sealed set (now `gold/s10-*`), for meetings, figures,
counts and dates: each class is probed with sentences written for the concept, in other
words than any article's (see docs/ingest.md, "Phrasing classes from the tenth sealed
set: meetings, figures and counts")."""

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


def _has_meeting(text: str, expected: dict[str, Any]) -> bool:
    return phrasing.has_meeting(_run(text), expected)


# --- meetings: talks named as a way, a goal or a process still running ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Norway's envoy said the conflict could only be settled through the negotiations in "
        "Vienna.",
        "Menteri itu menegaskan Indonesia mendukung penyelesaian konflik lewat perundingan di "
        "Wina.",
        "The Kremlin says it sees no basis for talks in Istanbul while foreign troops are in "
        "Ukraine.",
        "Belgia mendesak agar pembicaraan di Wina segera dilanjutkan.",
        "The Vienna negotiations have yielded no agreement after six months of haggling.",
        "Kyiv said it wanted the talks in Istanbul to continue, but would not give up territory.",
        "Perundingan di Istanbul tak kunjung menghasilkan kesepakatan, kata diplomat itu.",
        "Brazil called on both sides to return to the negotiating table in Vienna.",
        "Hungary again urged talks with Moscow instead of troops.",
        "Slowakia menuntut dibukanya perundingan dengan Moskwa.",
        "The bishops asked the faithful to pray for the talks in Vienna, which have not yet "
        "produced a settlement.",
        'Moscow sees "no basis" for talks in Istanbul, its spokesman said.',
    ],
)
def test_talks_as_a_way_or_a_running_process_are_no_meeting(text: str) -> None:
    assert phrasing.meetings(_run(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Talks in Vienna on 3 May between Russian and Ukrainian envoys ended without a deal.",
            {"date": "2027-05-03", "place": "Vienna"},
        ),
        (
            "Coalition defence ministers held talks in Oslo on 12 May 2027.",
            {"date": "2027-05-12", "place": "Oslo"},
        ),
        (
            "Para menteri luar negeri koalisi menggelar perundingan di Roma pada 14 Mei 2027.",
            {"date": "2027-05-14", "place": "Rome"},
        ),
        (
            "Perundingan antara Rusia dan Ukraina di Istanbul pada 2 Mei 2027 belum menghasilkan "
            "kesepakatan.",
            {"date": "2027-05-02", "place": "Istanbul"},
        ),
    ],
)
def test_talks_held_on_a_day_are_a_meeting(text: str, expected: dict[str, Any]) -> None:
    assert _has_meeting(text, expected)


# --- meetings: a meeting of another body (a parliament, a party, a board, a crowd) --------


@pytest.mark.parametrize(
    "text",
    [
        "Parliament approved the deployment at its plenary session on 4 May 2027.",
        "Rapat paripurna DPR pada Kamis (6/5/2027) menyetujui pengiriman pasukan.",
        "Dalam rapat dengar pendapat dengan Komisi I pada 5 Mei 2027, Panglima TNI menjelaskan "
        "rencana itu.",
        "The union's executive committee met in Rotterdam on 3 May 2027 to discuss the shipments.",
        "The board will consider the request at its meeting on 20 May 2027.",
        "Rapat Kerja Nasional partai di Surabaya pada 8 Mei 2027 menolak pengiriman pasukan.",
        "The Bundestag's defence committee met on 12 May 2027 behind closed doors.",
        "Wali kota hadir dalam upacara pelepasan prajurit di Malang pada 7 Mei 2027.",
        "Ratusan keluarga prajurit berkumpul di Lapangan Rampal, Malang, pada 7 Mei 2027 untuk "
        "doa bersama.",
        "Sidang pleno MPR di Jakarta pada 9 Mei 2027 membahas anggaran.",
        "RAPAT KERJA KOMISI I DPR RI\nHari/Tanggal: Senin, 10 Mei 2027\nTempat: Ruang Rapat "
        "Komisi I, Jakarta\nKetua Rapat: Ketua Komisi I\n",
    ],
)
def test_a_meeting_of_another_body_is_no_meeting(text: str) -> None:
    assert phrasing.meetings(_run(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The coalition's defence ministers met in Oslo on 12 May 2027.",
            {"date": "2027-05-12", "place": "Oslo"},
        ),
        (
            "Menteri Pertahanan melapor kepada DPR setelah pertemuan koalisi di Brussel pada 10 "
            "Mei 2027.",
            {"date": "2027-05-10", "place": "Brussels"},
        ),
        (
            "The minister briefed parliament's defence committee after the coalition meeting in "
            "Paris on 11 May 2027.",
            {"date": "2027-05-11", "place": "Paris"},
        ),
        (
            "The coalition's military committee met in Brussels on 13 May 2027.",
            {"date": "2027-05-13", "place": "Brussels"},
        ),
    ],
)
def test_the_coalitions_meeting_beside_another_body_stays(
    text: str, expected: dict[str, Any]
) -> None:
    assert _has_meeting(text, expected)


# --- meetings: a clause after a comma still describes the meeting just named -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At the summit of the coalition, held in London on 26 August 2027 and hosted by the "
            "Prime Minister, 34 countries agreed.",
            {"date": "2027-08-26", "place": "London"},
        ),
        (
            "The meeting of defence ministers, which took place in Vilnius on 3 May 2027, was "
            "attended by 25 countries.",
            {"date": "2027-05-03", "place": "Vilnius"},
        ),
        (
            "Dalam pertemuan para menteri koalisi, yang digelar di Roma pada 14 Mei 2027, Italia "
            "menjamu 30 delegasi.",
            {"date": "2027-05-14", "place": "Rome"},
        ),
        (
            "Pada KTT koalisi, yang berlangsung di Oslo pada 12 Mei 2027, Norwegia menerima "
            "Presiden Finlandia.",
            {"date": "2027-05-12", "place": "Oslo"},
        ),
        (
            "The ministers' gathering, convened in London on 6 May 2027 and attended by 28 "
            "states, agreed the plan.",
            {"date": "2027-05-06", "place": "London"},
        ),
    ],
)
def test_a_clause_of_holding_after_a_comma_is_the_meetings(
    text: str, expected: dict[str, Any]
) -> None:
    assert _has_meeting(text, expected)


# --- figures: aid is military aid only when named military or a package ------------------


def _money_measures(text: str) -> list[str]:
    return [i.value["measure"] for i in _run(text).of_type("figure") if i.value["kind"] == "money"]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        (
            "Indonesia menyalurkan bantuan kemanusiaan senilai US$5 juta melalui Palang Merah.",
            "funding",
        ),
        ("Ireland gave €20 million in humanitarian aid to Ukraine.", "funding"),
        ("Pagu paket pengadaan ini sebesar Rp 20 miliar.", "funding"),
        ("Malaysia mengirim bantuan obat-obatan senilai 2 juta dolar AS ke Ukraina.", "funding"),
        ("Belgia menambah bantuan sebesar 80 juta euro tahun ini.", "funding"),
        ("Austria's aid of €40 million will go to rebuilding schools.", "funding"),
        ("Norway approved a NOK 4 billion military aid package.", "military_aid"),
        ("Jerman mengumumkan bantuan militer senilai 2 miliar euro.", "military_aid"),
        (
            "Rutte said the package, worth €700 million, includes air defence interceptors.",
            "military_aid",
        ),
    ],
)
def test_aid_is_military_only_when_named_so(text: str, measure: str) -> None:
    assert _money_measures(text) == [measure]


# --- figures: a force's size given in persons ------------------------------------------


def _troops(text: str) -> list[Any]:
    return [i.value["value"] for i in _run(text).of_type("figure") if i.value["kind"] == "troops"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estonia menurunkan satu peleton berjumlah 40 orang ke Kharkiv.", [40]),
        ("Kontingen Portugal, yang kini 310 orang, akan diganti bulan depan.", [310]),
        (
            "Sebanyak 18 orang dari asrama ini berangkat ke Ukraina sebagai bagian dari "
            "kontingen koalisi.",
            [18],
        ),
        ("Latvia is sending a platoon of engineers, 35 strong, to Odesa.", [35]),
        ("The Dutch field a 600-strong battalion near Dnipro.", [600]),
        ("Romanian sappers, 24 of them, crossed into Ukraine on Monday.", [24]),
        ("Belgium's detachment in Ukraine numbers 90 people.", [90]),
        # people harmed, protesting or employed are no force
        ("Sekitar 300 orang berunjuk rasa di depan gedung DPR.", []),
        ("More than 40 people were injured in the strike on Kharkiv.", []),
        ("The petition has 112,406 signatures and 3,000 people have shared it.", []),
        ("The company employs 1,450 people in Norway and Poland.", []),
    ],
)
def test_a_force_sized_in_persons_is_troops(text: str, expected: list[Any]) -> None:
    assert _troops(text) == expected


# --- figures: a number whose noun was said before it ------------------------------------


def _troop_values(text: str) -> set[Any]:
    return {
        v["value"] if v["value"] is not None else (v["low"], v["high"])
        for v in (i.value for i in _run(text).of_type("figure"))
        if v["kind"] == "troops"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The force now numbers 17,000 soldiers, against a target of 24,000 to 28,000.",
            {17000, (24000, 28000)},
        ),
        ("Germany keeps 3,000 troops near Lviv. Poland has 4,500 there.", {3000, 4500}),
        ("That brings the number of Dutch soldiers in Ukraine to around 1,100.", {1100}),
        ("Jumlah tentara Prancis di Ukraina kini mencapai sekitar 6.000.", {6000}),
        (
            "London will keep a brigade-sized force of between 5,000 and 6,500 in Ukraine.",
            {(5000, 6500)},
        ),
        (
            "Britain keeps 9,000 troops in Ukraine; France has 6,000 and Germany 2,500.",
            {9000, 6000, 2500},
        ),
        ("Kanada menempatkan 800 tentara, sedangkan Spanyol 650.", {800, 650}),
        # a date, a year, a vote or a name's number is none
        ("The 4,000 troops arrived on 12 May, two days after 2027 began badly.", {4000}),
        ("Some 2,000 soldiers were deployed; the motion passed by 142 votes to 97.", {2000}),
        ("Italy sent 1,500 troops in 2027.", {1500}),
        ("Unit 4: Britain and the world.", set()),
        ("Poland pledged 3,000 troops, the rest 200.", {3000}),
    ],
)
def test_a_number_whose_noun_was_said_before(text: str, expected: set[Any]) -> None:
    assert _troop_values(text) == expected


# --- figures: a change from one number to another is two figures, not a range -----------


def _unit_values(text: str) -> set[Any]:
    return {
        v["value"] if v["value"] is not None else (v["low"], v["high"])
        for v in (i.value for i in _run(text).of_type("figure"))
        if v["kind"] != "money"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paris will raise its contingent from 1,200 to 2,000 troops next year.", {1200, 2000}),
        ("Belanda menambah pasukannya dari 400 menjadi 650 tentara.", {400, 650}),
        ("The navy cut its presence from 12 to 8 ships after the ceasefire.", {12, 8}),
        ("Jumlah pesawat naik dari 20 menjadi 28 pesawat.", {20, 28}),
        ("Madrid is increasing its deployment from 600 to 900 soldiers.", {600, 900}),
        # ranges stay ranges
        ("Estimates range from 15,000 to 20,000 troops.", {(15000, 20000)}),
        ("The force will number 25,000 to 30,000 troops.", {(25000, 30000)}),
        ("Pasukan itu berjumlah 5.000 hingga 6.000 tentara.", {(5000, 6000)}),
    ],
)
def test_a_change_is_two_figures(text: str, expected: set[Any]) -> None:
    assert _unit_values(text) == expected


# --- figures and counts: a line opening on a number, a dash and its noun -----------------


def _numbers(text: str) -> set[tuple[Any, ...]]:
    result = _run(text)
    return {(v["kind"], v["value"]) for v in (i.value for i in result.of_type("figure"))} | {
        (v["measure"], v["value"]) for v in (i.value for i in result.of_type("count"))
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In figures.\n\n12 - frigates on patrol in the Baltic.\n", {("ships", 12)}),
        ("Dalam angka.\n\n9.500 - tentara yang kini bertugas di Ukraina.\n", {("troops", 9500)}),
        ("Dalam angka.\n\n27 – negara yang menandatangani deklarasi.\n", {("countries", 27)}),
        ("The numbers.\n\n60 — fighter jets on standby in Poland.\n", {("aircraft", 60)}),
        ("The numbers.\n\n19 - heads of government who came to Oslo.\n", {("heads", 19)}),
        ("The numbers.\n\n4 - weeks until the next rotation.\n", set()),
        ("The numbers.\n\n2027 - the year the troops deployed.\n", set()),
        ("The numbers.\n\n0 - American soldiers in Ukraine.\n", set()),
        ("Catatan.\n\n10.20 - Delegasi negara peserta tiba di ruang sidang.\n", set()),
    ],
)
def test_a_number_before_a_dash_and_its_noun(text: str, expected: set[Any]) -> None:
    assert _numbers(text) == expected


# --- figures: a percentage is one only when it measures something of the domain ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sebanyak 47 persen responden mendukung pengiriman pasukan.", {(47, "support")}),
        ("Some 38% of voters support sending troops.", {(38, "support")}),
        ("Defence spending will reach 2.5% of GDP.", {(2.5, "gdp")}),
        ("Russia holds 18 percent of Ukraine's territory.", {(18, "territory")}),
        ("The base is 80 per cent complete.", {(80, "readiness")}),
        ("The margin of error is 3.1 percent.", set()),
        ("Inflation rose to 4.6% in October.", set()),
        ("Turnout was 58 percent.", set()),
        ("Hanya 14 persen responden tahu jumlah prajurit itu.", set()),
        ("Tingkat kepercayaan survei ini 95 persen.", set()),
    ],
)
def test_a_percentage_measuring_nothing_of_the_domain_is_none(
    text: str, expected: set[Any]
) -> None:
    found = {
        (i.value["value"], i.value["measure"])
        for i in _run(text).of_type("figure")
        if i.value["kind"] == "percent"
    }
    assert found == expected


# --- dates: what a verb of promising promises lies ahead ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In June, Spain pledged to send a frigate in October.", {"2027-06", "2027-10"}),
        (
            "Ministers agreed on Monday to review the mission in September.",
            {"2027-07-19", "2027-09"},
        ),
        ("Belanda berjanji untuk mengirim kapal pada Oktober.", {"2027-10"}),
        (
            "The minister promised on Friday to visit the troops in December.",
            {"2027-07-16", "2027-12"},
        ),
        (
            "Britain undertook on the country's behalf to take over the task group in November.",
            {"2027-11"},
        ),
        ("Para menteri sepakat untuk meninjau misi itu pada September.", {"2027-09"}),
        # what was done, or promised on a day before the infinitive, stays in the past
        ("Spain pledged troops to Ukraine in March.", {"2027-03"}),
        ("The allies agreed in May to extend the mission.", {"2027-05"}),
        ("Italy sent 300 engineers in November.", {"2026-11"}),
    ],
)
def test_what_is_promised_lies_ahead(text: str, expected: set[str]) -> None:
    result = _run(text, published=dt.date(2027, 7, 20))
    assert {i.value["value"] for i in result.of_type("date")} == expected


# --- dates: a weekday that recurs is no day ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Family video calls are open every Saturday from 2pm.", set()),
        ("Layanan konsultasi dibuka setiap Sabtu pukul 09.00.", set()),
        ("Patroli gabungan digelar tiap Senin dan Kamis.", set()),
        ("Each Monday the contingent reports to Jakarta.", set()),
        ("The ministers met on Saturday in Oslo.", {"2027-07-17"}),
        ("Menteri tiba di Kyiv pada Senin.", {"2027-07-19"}),
    ],
)
def test_a_weekday_that_recurs_is_no_day(text: str, expected: set[str]) -> None:
    result = _run(text, published=dt.date(2027, 7, 20))
    assert {i.value["value"] for i in result.of_type("date")} == expected


# --- meetings: a medium after a meeting named says how it was held ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministers' meeting on 9 May 2027, held by video conference, approved the plan.",
            {"date": "2027-05-09", "format": "virtual"},
        ),
        (
            "Pertemuan para menteri pada 9 Mei 2027 digelar melalui konferensi video.",
            {"date": "2027-05-09", "format": "virtual"},
        ),
        (
            "The summit on 3 June 2027 took place via teleconference.",
            {"date": "2027-06-03", "format": "virtual"},
        ),
        (
            "The leaders' meeting on 4 June 2027 was held over a video call.",
            {"date": "2027-06-04", "format": "virtual"},
        ),
        (
            "KTT koalisi pada 5 Juni 2027 berlangsung lewat panggilan video dan diikuti 30 negara.",
            {"date": "2027-06-05", "format": "virtual", "countries_count": 30},
        ),
        # the call itself is the meeting when none is named before it
        (
            "Ministers from 24 countries agreed the plan on a video call on 30 May 2027.",
            {"date": "2027-05-30", "format": "virtual", "countries_count": 24},
        ),
    ],
)
def test_a_medium_after_a_meeting_says_how_it_was_held(text: str, expected: dict[str, Any]) -> None:
    assert _has_meeting(text, expected)


# --- meetings: a city after "di" is where the meeting was, not whose --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dalam pertemuan para menteri pertahanan koalisi di Brussel pada 7 Oktober 2027, "
            "Belanda menyanggupi satu batalion.",
            {"date": "2027-10-07", "host": "BEL"},
        ),
        (
            "Pertemuan para menteri luar negeri NATO di Brussel pada 3 April 2027 membahas misi "
            "itu.",
            {"date": "2027-04-03", "host": "NATO"},
        ),
        (
            "KTT para pemimpin koalisi di Roma pada 2 Mei 2027 dihadiri 30 negara.",
            {"date": "2027-05-02", "host": "ITA"},
        ),
    ],
)
def test_a_city_after_di_hosts_as_a_place(text: str, expected: dict[str, Any]) -> None:
    assert _has_meeting(text, expected)


# --- meetings: a meeting moved takes the day it was moved to -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The defence ministers' meeting planned for 8 December 2027 has been moved to 15 "
            "January 2028, hosted by Finland.",
            {"date": "2028-01-15"},
        ),
        (
            "Pertemuan para menteri yang semula dijadwalkan 3 Maret 2027 diundur ke 17 Maret 2027.",
            {"date": "2027-03-17"},
        ),
        (
            "The summit, first set for 4 May 2027 in Rome, was postponed until 25 May 2027.",
            {"date": "2027-05-25", "place": "Rome"},
        ),
        (
            "KTT di Madrid pada 10 Juni 2027 ditunda hingga 1 Juli 2027.",
            {"date": "2027-07-01", "place": "Madrid"},
        ),
        # a day agreed to meet again is another meeting's
        (
            "The meeting in Oslo on 2 June 2027 agreed to meet again on 30 June 2027.",
            {"date": "2027-06-02", "place": "Oslo"},
        ),
    ],
)
def test_a_meeting_moved_takes_its_new_day(text: str, expected: dict[str, Any]) -> None:
    assert _has_meeting(text, expected)


# --- meetings: a place gone to in order to meet is where the meeting is ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Menlu dijadwalkan berkunjung ke Roma pada 3 Mei 2027 untuk bertemu Menlu Italia.",
            {"date": "2027-05-03", "place": "Rome"},
        ),
        (
            "The minister flies to Vilnius on 5 May 2027 to meet his Baltic counterparts.",
            {"date": "2027-05-05", "place": "Vilnius"},
        ),
        (
            "Sikorski travelled to Oslo on 6 May 2027 for talks with the Norwegian foreign "
            "minister.",
            {"date": "2027-05-06", "place": "Oslo"},
        ),
        (
            "Presiden akan terbang ke Paris pada 8 Mei 2027 guna menghadiri KTT koalisi.",
            {"date": "2027-05-08", "place": "Paris"},
        ),
        (
            "Ships sailed from Rotterdam to Odesa; ministers met in Oslo on 9 May 2027.",
            {"date": "2027-05-09", "place": "Oslo"},
        ),
    ],
)
def test_a_place_gone_to_in_order_to_meet(text: str, expected: dict[str, Any]) -> None:
    assert _has_meeting(text, expected)


# --- counts: more of the same after a count, the noun left out ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("28 countries took part in Ankara and a further five joined remotely.", {28, 5}),
        ("Twenty-nine countries were at the table, with two more joining by video.", {29, 2}),
        ("Sebanyak 30 negara hadir di Roma, dan tiga lainnya bergabung secara daring.", {30, 3}),
        ("24 countries attended in person; another six followed online.", {24, 6}),
        ("30 countries attended; two more weeks of talks are planned.", {30}),
        ("Twelve countries pledged troops, and two more ships were offered.", {12}),
    ],
)
def test_more_of_the_same_after_a_count(text: str, expected: set[int]) -> None:
    result = _run(text)
    assert {i.value["value"] for i in result.of_type("count")} == expected


# --- meetings: a capital that acts is a state, not the meeting's place -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ministers met in Oslo on 21 September 2027. Estonia's minister told the meeting that "
        "Tallinn would add a platoon.",
        "Para menteri bertemu di Oslo pada 21 September 2027. Menteri Estonia mengatakan kepada "
        "pertemuan itu bahwa Tallinn akan menambah satu peleton.",
        "Leaders gathered in Oslo on 4 May 2027. At the summit Warsaw offered two frigates.",
    ],
)
def test_a_capital_that_acts_is_no_place(text: str) -> None:
    assert [m.get("place") for m in phrasing.meetings(_run(text))] == ["Oslo"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KTT Vilnius pada 3 Mei 2027 dihadiri 30 negara.", {"place": "Vilnius"}),
        ("The Rome summit on 4 May 2027 agreed the plan.", {"place": "Rome"}),
    ],
)
def test_a_place_by_the_meeting_word_stays(text: str, expected: dict[str, Any]) -> None:
    assert _has_meeting(text, expected)


# --- dates: "today" in a dated entry of a log or a diary is the entry's day ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Log.\n\nThursday 25 March 2027. Heavy swell. Signal: the ministers, meeting by "
            "video link this afternoon, confirmed the plan.\n",
            {"2027-03-25"},
        ),
        (
            "Catatan harian.\n\nSenin, 5 April 2027. Hujan. Hari ini para menteri bertemu "
            "secara virtual.\n",
            {"2027-04-05"},
        ),
        (
            "Diary.\n\n2 April 2027: arrived in Lviv. Yesterday the convoy was held up at the "
            "border.\n",
            {"2027-04-01", "2027-04-02"},
        ),
        # a day opening a sentence heads no entry: "today" is the publication's
        (
            "Report.\n\nOn 3 March 2027, the coalition met in Oslo. Today the ministers said the "
            "plan holds.\n",
            {"2027-03-03", "2027-04-14"},
        ),
    ],
)
def test_today_in_a_dated_entry_is_the_entrys_day(text: str, expected: set[str]) -> None:
    result = _run(text, published=dt.date(2027, 4, 14))
    assert {i.value["value"] for i in result.of_type("date")} == expected


def test_a_meeting_today_in_a_dated_entry_takes_its_day() -> None:
    text = (
        "Log.\n\nThursday 25 March 2027. Heavy swell. Signal: the ministers, meeting by video "
        "link this afternoon, confirmed the plan.\n"
    )
    assert phrasing.has_meeting(
        _run(text, published=dt.date(2027, 4, 14)), {"date": "2027-03-25", "format": "virtual"}
    )


# --- figures: a year, a section's number or a number before a determiner counts nothing ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("During 2027 our vessels completed 19 voyages.", set()),
        ("Sepanjang 2027 kapal-kapal kami berlayar ke Constanta.", set()),
        ("In 2026 the warships stayed in port.", set()),
        ("Pada 2027 tentara koalisi tiba.", set()),
        ("6.3 Kontingen pemantau\nIndonesia mengirim pemantau.", set()),
        ("By 2028 troops from 12 states will be there.", {("countries", 12)}),
        ("Sebanyak 2027 tentara tiba.", {("troops", 2027)}),
        (
            "Norway sends two surveillance aircraft and 1.5 thousand troops.",
            {("aircraft", 2), ("troops", 1500)},
        ),
        ("The Royal Navy will clear mines with two of our minehunters.", {("ships", 2)}),
    ],
)
def test_a_year_or_a_section_number_counts_nothing(text: str, expected: set[Any]) -> None:
    assert _numbers(text) == expected


# --- figures: a sum spelled out in brackets after its digits is the same sum -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pagu paket ini sebesar Rp 148.500.000.000 (seratus empat puluh delapan miliar lima "
            "ratus juta rupiah).",
            {148500000000},
        ),
        (
            "Nilai kontrak Rp 2.500.000.000 (dua miliar lima ratus juta rupiah) dibayar Kemhan.",
            {2500000000},
        ),
        ("Jerman memberikan lima ratus juta euro untuk dana bersama.", {500000000}),
        (
            "Canada (which gave C$100 million) now adds five hundred million dollars.",
            {100000000, 500000000},
        ),
    ],
)
def test_a_sum_spelled_out_after_its_digits_is_the_same(text: str, expected: set[int]) -> None:
    found = _run(text).of_type("figure")
    assert {i.value["value"] for i in found if i.value["kind"] == "money"} == expected
