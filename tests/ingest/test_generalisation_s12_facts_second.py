"""Meetings, figures and counts, a second pass over the ninth to twelfth sets' misses,
each class written as a rule complete for its concept. Every text here is written for
these tests, in words of its own; negatives must not give the item.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract

from .phrasing import has_meeting, meetings, money_measures

DAY = dt.date(2027, 6, 1)

#: a sum whose beneficiary is an army is military aid, whatever verb gives it; a sum for
#: civilians, for the giver's own forces or for a budget stays funding
SUMS: list[tuple[str, str, str]] = [
    (
        "army",
        "Germany has committed another EUR 3 billion for Ukraine's armed forces.",
        "military_aid",
    ),
    (
        "army",
        "Austria is paying EUR 200 million for winter boots for Ukrainian soldiers.",
        "military_aid",
    ),
    ("army", "Spain set aside EUR 600 million for the Ukrainian army in 2028.", "military_aid"),
    (
        "army",
        "The Treasury ring-fenced GBP 2 billion a year for military support to Ukraine.",
        "military_aid",
    ),
    (
        "army",
        "Belanda menyiapkan 2 miliar euro bagi angkatan bersenjata Ukraina tahun ini.",
        "military_aid",
    ),
    ("army", "Swedia mengalokasikan 900 juta euro untuk tentara Ukraina.", "military_aid"),
    (
        "army",
        "Polandia menyisihkan 1 miliar euro untuk dukungan militer bagi Ukraina.",
        "military_aid",
    ),
    ("army trap", "Ireland gives EUR 50 million for Ukrainian refugees.", "funding"),
    ("army trap", "Italy pays EUR 900 million for its own troops in Romania.", "funding"),
    ("army trap", "Jepang memberikan 500 juta dolar AS untuk rekonstruksi Ukraina.", "funding"),
    ("army trap", "The EU opened a EUR 8 billion facility for Ukraine's armed forces.", "funding"),
    ("army trap", "Malta gives EUR 5 million towards boots for Ukrainian soldiers.", "funding"),
    (
        "army trap",
        "Portugal added EUR 70 million for the families of Ukrainian soldiers.",
        "funding",
    ),
]


@pytest.mark.parametrize(("label", "text", "measure"), SUMS)
def test_sum_measure(label: str, text: str, measure: str) -> None:
    result = extract(text.encode(), published=DAY, model=False)
    found = money_measures(result)
    assert found == {measure}, (label, found)


#: a number of countries split by how they took part: each part is a count of countries
PARTS: list[tuple[str, str, set[int]]] = [
    (
        "parts",
        "Twenty-nine countries attended, twenty-five in person and four by video link.",
        {29, 25, 4},
    ),
    (
        "parts",
        "Thirty nations sat at the table, 26 of them in the room and four on the screen.",
        {30, 26, 4},
    ),
    (
        "parts",
        "Sebanyak 33 negara hadir, 30 secara langsung dan tiga secara daring.",
        {33, 30, 3},
    ),
    (
        "parts",
        "Some 28 countries took part: 21 in person, five online and two by phone.",
        {28, 21, 5, 2},
    ),
    (
        "parts",
        "Dua puluh enam negara ikut serta, 24 di antaranya hadir langsung dan dua melalui "
        "konferensi video.",
        {26, 24, 2},
    ),
]

#: numbers after a count of countries that are no part of it
NO_PARTS: list[tuple[str, str, set[int]]] = [
    (
        "parts trap",
        "Thirty countries attended; 400 troops arrived in person on 2 May.",
        {30},
    ),
    (
        "parts trap",
        "Sebanyak 31 negara hadir, dan 2 pesawat tiba secara langsung dari Oslo.",
        {31},
    ),
]


@pytest.mark.parametrize(("label", "text", "values"), PARTS + NO_PARTS)
def test_country_parts(label: str, text: str, values: set[int]) -> None:
    result = extract(text.encode(), published=DAY, model=False)
    found = {i.value["value"] for i in result.of_type("count") if i.value["measure"] == "countries"}
    assert found == values, (label, found)


#: a question asking when, where or how a meeting is held, answered on the next line; and
#: "lalu" as "then" between two meetings, which says nothing of their year
MEETINGS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "answer",
        "Question: When will the defence ministers meet again?\n\n"
        "Answer: In person in Vilnius on 12 October, with Lithuania as host.",
        {"date": "2027-10-12", "place": "Vilnius", "format": "in_person", "host": "LTU"},
    ),
    (
        "answer",
        "Q: Where is the next coalition summit?\nA: Lisbon, on 4 November.",
        {"date": "2027-11-04", "place": "Lisbon"},
    ),
    (
        "answer",
        "Wartawan: Kapan para menteri pertahanan koalisi bertemu lagi?\n\n"
        "Menteri: Secara virtual pada 8 Juli, lalu secara langsung di Riga pada 2 September.",
        {"date": "2027-07-08", "format": "virtual"},
    ),
    (
        "answer",
        "Wartawan: Kapan para menteri pertahanan koalisi bertemu lagi?\n\n"
        "Menteri: Secara virtual pada 8 Juli, lalu secara langsung di Riga pada 2 September.",
        {"date": "2027-09-02", "place": "Riga", "format": "in_person"},
    ),
    (
        "answer",
        "1. Which city hosted the leaders' summit on 3 May?\nCopenhagen. Twenty countries "
        "attended.",
        {"date": "2027-05-03", "place": "Copenhagen", "countries_count": 20},
    ),
    (
        "answer",
        "Di mana KTT koalisi berikutnya digelar?\nDi Madrid, pada 14 Oktober, dengan Spanyol "
        "sebagai tuan rumah.",
        {"date": "2027-10-14", "place": "Madrid", "host": "ESP"},
    ),
]

#: a call or a meeting named with neither day nor place, held one way, and a meeting held
#: another way later: two things, not one meeting
MEETINGS += [
    (
        "other way",
        "Her son asked why the video call kept freezing. When coalition leaders met in Oslo "
        "on 3 May, 30 countries were there.",
        {"date": "2027-05-03", "place": "Oslo", "format": "in_person"},
    ),
    (
        "other way",
        "Anaknya bertanya mengapa panggilan telepon terputus. Para pemimpin koalisi bertemu "
        "di Roma pada 4 Mei.",
        {"date": "2027-05-04", "place": "Rome", "format": "in_person"},
    ),
    (
        "other way",
        "A phone call woke the minister at dawn. The defence ministers gathered in Riga on 6 May.",
        {"date": "2027-05-06", "place": "Riga"},
    ),
    (
        "same way",
        "The leaders held a video conference. The video conference took place on 5 May.",
        {"date": "2027-05-05", "format": "virtual"},
    ),
]

#: a question of no meeting's time or place, or a meeting word nowhere
NO_MEETING: list[tuple[str, str]] = [
    (
        "answer trap",
        "Will you meet the Russian envoy?\nNo. I will be in Warsaw on 4 May for a fair.",
    ),
    ("answer trap", "When did the ceasefire begin?\nOn 3 April, in Kyiv, after a long night."),
]


@pytest.mark.parametrize(("label", "text", "expected"), MEETINGS)
def test_meeting(label: str, text: str, expected: dict[str, Any]) -> None:
    result = extract(text.encode(), published=DAY, model=False)
    assert has_meeting(result, expected), (label, meetings(result))


@pytest.mark.parametrize(("label", "text"), NO_MEETING)
def test_no_meeting(label: str, text: str) -> None:
    result = extract(text.encode(), published=DAY, model=False)
    assert meetings(result) == [], (label, meetings(result))


#: "lalu" after a span of time, a month or a weekday looks back; elsewhere it is "then"
LALU: list[tuple[str, str, str]] = [
    ("ago", "Menteri itu pada Desember lalu menyebut biayanya akan ditanggung APBN.", "2026-12"),
    ("ago", "Ia bertemu Menteri Pertahanan Ukraina pada Senin lalu, 10 Mei.", "2027-05-10"),
    ("then", "Kapal tiba di Constanta pada 8 Juli, lalu berlayar ke Odesa.", "2027-07-08"),
    ("then", "Rapat digelar pada 2 Juli, lalu dilanjutkan secara daring.", "2027-07-02"),
]


@pytest.mark.parametrize(("label", "text", "day"), LALU)
def test_lalu(label: str, text: str, day: str) -> None:
    result = extract(text.encode(), published=DAY, model=False)
    assert day in {i.value["value"] for i in result.of_type("date")}, label


#: soldiers named, then a number "of them" serving somewhere: the size of the force
SERVING: list[tuple[str, str, set[int]]] = [
    (
        "of them",
        "The first Dutch soldiers arrived in March. Today about 700 of them serve near Odesa.",
        {700},
    ),
    (
        "of them",
        "Polandia mengirim prajurit pertamanya pada Mei. Kini 450 di antaranya bertugas di Lviv.",
        {450},
    ),
    (
        "of them",
        "Canada trained its troops at home. Some 1,200 of them are now stationed in Rivne.",
        {1200},
    ),
    (
        "of them",
        "Personel TNI tiba di Rzeszow pada Maret. Sebanyak 120 dari mereka kini ditempatkan "
        "di Kharkiv.",
        {120},
    ),
    ("of them trap", "Thousands of volunteers signed up; 400 of them serve in hospitals.", set()),
    (
        "of them trap",
        "The soldiers' families wrote to us. 300 of them live near Salisbury.",
        set(),
    ),
]


@pytest.mark.parametrize(("label", "text", "values"), SERVING)
def test_serving(label: str, text: str, values: set[int]) -> None:
    result = extract(text.encode(), published=DAY, model=False)
    found = {i.value["value"] for i in result.of_type("figure") if i.value["kind"] == "troops"}
    assert found == values, (label, found)


#: what a correction takes back is no fact: the meeting an earlier report placed wrongly,
#: the sum first sent wrongly
CORRECTED: list[tuple[str, str, set[str]]] = [
    (
        "correction",
        "An earlier version of this story said the ministers would meet in Bergen. They will "
        "meet in Oslo on 3 June.",
        {"Oslo"},
    ),
    (
        "correction",
        "Berita sebelumnya menyebut para menteri akan bertemu di Surabaya. Mereka akan bertemu "
        "di Jakarta pada 5 Juni.",
        {"Jakarta"},
    ),
    (
        "correction",
        "The first report wrongly said the summit would be held in Graz. The summit will be "
        "held in Vienna on 9 June, with Austria as host.",
        {"Vienna"},
    ),
]


@pytest.mark.parametrize(("label", "text", "places"), CORRECTED)
def test_corrected_meeting(label: str, text: str, places: set[str]) -> None:
    result = extract(text.encode(), published=DAY, model=False)
    assert {m["place"] for m in meetings(result)} == places, (label, meetings(result))


SUMS_CORRECTED: list[tuple[str, str, set[int]]] = [
    (
        "correction",
        "Corrects figure: Latvia's sum is EUR 30 million, not EUR 30 billion as first sent.",
        {30_000_000},
    ),
    (
        "correction",
        "Ralat: bantuan Lituania 5 juta euro, bukan 5 miliar euro seperti diberitakan sebelumnya.",
        {5_000_000},
    ),
    (
        "correction trap",
        "Norway gives NOK 2 billion, not NOK 1 billion, to the fund.",
        {2_000_000_000, 1_000_000_000},
    ),
]


@pytest.mark.parametrize(("label", "text", "values"), SUMS_CORRECTED)
def test_corrected_sum(label: str, text: str, values: set[int]) -> None:
    result = extract(text.encode(), published=DAY, model=False)
    found = {i.value["value"] for i in result.of_type("figure") if i.value["kind"] == "money"}
    assert found == values, (label, found)
