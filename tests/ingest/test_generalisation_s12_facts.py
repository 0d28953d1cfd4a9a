"""Phrasing classes of meetings, figures and counts found when the twelfth sealed set
became development text, each written as a rule complete for its concept. Every text here
is written for these tests, in words of its own. A meeting case gives the fields a meeting
of the extraction must have; a negative case must give no meeting at all.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract

from .phrasing import has_meeting, meetings, money_measures

DAY = dt.date(2027, 6, 1)

MEETINGS: list[tuple[str, str, dict[str, Any]]] = [
    # a meeting noun with its medium, before it in English and after it in Indonesian
    (
        "medium",
        "Poland chaired a video meeting of the coalition's finance ministers on 15 June.",
        {"date": "2027-06-15", "format": "virtual"},
    ),
    (
        "medium",
        "The coalition leaders held an online summit on 3 May.",
        {"date": "2027-05-03", "format": "virtual"},
    ),
    (
        "medium",
        "Denmark convened a phone meeting of the defence ministers on 12 June.",
        {"date": "2027-06-12", "format": "virtual"},
    ),
    (
        "medium",
        "Para menteri luar negeri koalisi menggelar rapat video pada 9 Juni.",
        {"date": "2027-06-09", "format": "virtual"},
    ),
    (
        "medium",
        "KTT video para pemimpin koalisi berlangsung pada 20 Juni.",
        {"date": "2027-06-20", "format": "virtual"},
    ),
    (
        "medium",
        "The chiefs of defence met at a videolink session on 4 May.",
        {"date": "2027-05-04", "format": "virtual"},
    ),
    (
        "medium",
        "Pertemuan telepon para menteri pertahanan koalisi digelar pada 11 Juni.",
        {"date": "2027-06-11", "format": "virtual"},
    ),
    # attendance said ahead of a meeting, in the sentence after it
    (
        "size ahead",
        "The foreign ministers will meet in Oslo on 22 June. Thirty countries have confirmed, "
        "the ministry said.",
        {"date": "2027-06-22", "countries_count": 30},
    ),
    (
        "size ahead",
        "The summit opens in Riga on 9 July. Some 31 countries are expected.",
        {"date": "2027-07-09", "countries_count": 31},
    ),
    (
        "size ahead",
        "Para menteri pertahanan bertemu di Roma pada 16 Juni. Sebanyak 27 negara telah "
        "mengonfirmasi kehadiran.",
        {"date": "2027-06-16", "countries_count": 27},
    ),
    (
        "size ahead",
        "Defence ministers meet in Vilnius on 3 July. Twenty-six countries have registered to "
        "attend.",
        {"date": "2027-07-03", "countries_count": 26},
    ),
    (
        "size ahead",
        "KTT koalisi akan digelar di Praha pada 10 Juli. Sekitar 33 negara dipastikan hadir.",
        {"date": "2027-07-10", "countries_count": 33},
    ),
    # several meetings listed after one meeting word, each with its own place or way and day
    (
        "list",
        "Two of the meetings were held in person: in Oslo on 4 May with Norway as host, and in "
        "Riga on 9 May.",
        {"date": "2027-05-04", "place": "Oslo", "host": "NOR"},
    ),
    (
        "list",
        "Two of the meetings were held in person: in Oslo on 4 May with Norway as host, and in "
        "Riga on 9 May.",
        {"date": "2027-05-09", "place": "Riga", "host": "LVA"},
    ),
    (
        "list",
        "The ministers meet by video on 3 July, and then in person in Lisbon on 12 September.",
        {"date": "2027-07-03", "format": "virtual"},
    ),
    (
        "list",
        "The ministers meet by video on 3 July, and then in person in Lisbon on 12 September.",
        {"date": "2027-09-12", "place": "Lisbon"},
    ),
    (
        "list",
        "Dua pertemuan digelar tatap muka: di Oslo pada 4 Mei dan di Riga pada 9 Mei.",
        {"date": "2027-05-09", "place": "Riga"},
    ),
    (
        "list",
        "Para menteri akan bertemu secara virtual pada 2 Juli, kemudian di Praha pada 10 Juli.",
        {"date": "2027-07-10", "place": "Prague"},
    ),
    (
        "list",
        "Para menteri akan bertemu secara virtual pada 2 Juli, kemudian di Praha pada 10 Juli.",
        {"date": "2027-07-02", "format": "virtual"},
    ),
    # a meeting held still is one beside a word of support or "before the summit"
    (
        "talks as a cause trap",
        "The ministers said on 4 May they support the mission; they met in Oslo on 4 May.",
        {"date": "2027-05-04", "place": "Oslo"},
    ),
    (
        "talks as a cause trap",
        "Before the summit in Riga on 9 May, Latvia hosted a dinner.",
        {"date": "2027-05-09"},
    ),
    # a pledge confirmed or expected is no attendance
    (
        "size ahead trap",
        "The ministers meet in Oslo on 22 June. Twenty countries have confirmed their "
        "readiness to send troops.",
        {"date": "2027-06-22", "countries_count": None},
    ),
    (
        "size ahead trap",
        "The summit opens in Riga on 9 July. Some 31 countries are expected to pledge troops "
        "there.",
        {"date": "2027-07-09", "countries_count": None},
    ),
]

NO_MEETING: list[tuple[str, str]] = [
    # a medium before a word of no meeting
    ("medium trap", "The minister gave a video interview on 15 June about the pledges."),
    ("medium trap", "A phone survey on 3 July found support for the mission."),
    # talks backed, called to be made, or any talks at all: a cause, no meeting held
    ("talks as a cause", "Moscow demanded on 3 May that Kyiv withdraw before any talks begin."),
    (
        "talks as a cause",
        "Menlu Turki menyatakan pada 11 Mei bahwa Ankara mendukung perundingan damai.",
    ),
    (
        "talks as a cause",
        "Beijing menyerukan pada 9 Mei agar gencatan senjata diubah menjadi perundingan.",
    ),
    ("talks as a cause", "On 4 May Brazil said it backs peace talks between the parties."),
    ("talks as a cause", "Hungary said on 2 May that no ceasefire can hold without talks."),
    ("talks as a cause", "Pada 5 Mei Vatikan menyatakan mendukung pertemuan para pihak."),
]


#: a list going on to other events than meetings: only the first day is a meeting's
LIST_TRAPS: list[tuple[str, str, list[str]]] = [
    (
        "list trap",
        "The ministers met in Oslo on 4 May, and then the ceasefire took hold on 9 May.",
        ["2027-05-04"],
    ),
    (
        "list trap",
        "Para menteri bertemu di Oslo pada 4 Mei, dan pasukan tiba di Riga pada 9 Mei.",
        ["2027-05-04"],
    ),
]


@pytest.mark.parametrize(("label", "text", "days"), LIST_TRAPS)
def test_list_trap(label: str, text: str, days: list[str]) -> None:
    result = extract(text.encode(), published=DAY, model=False)
    assert [m["date"] for m in meetings(result)] == days, (label, meetings(result))


@pytest.mark.parametrize(("label", "text", "expected"), MEETINGS)
def test_meeting(label: str, text: str, expected: dict[str, Any]) -> None:
    result = extract(text.encode(), published=DAY, model=False)
    assert has_meeting(result, expected), (label, meetings(result))


@pytest.mark.parametrize(("label", "text"), NO_MEETING)
def test_no_meeting(label: str, text: str) -> None:
    result = extract(text.encode(), published=DAY, model=False)
    assert meetings(result) == [], (label, meetings(result))


#: troops named by their trade or as more of them: a force's when the sentence fields them
TROOPS: list[tuple[str, str, int]] = [
    ("trade", "Canada is sending 200 more instructors to train Ukrainian officers.", 200),
    ("trade", "Finland will attach 40 technicians to the Swedish batteries.", 40),
    ("trade", "Estonia will send 25 air defence specialists to the unit.", 25),
    ("trade", "Finlandia akan melatih 60 penjinak ranjau Ukraina di Kyiv.", 60),
    ("trade", "Norway adds 30 extra medics to the field hospital.", 30),
    ("trade", "Belgia mengirim 45 teknisi radar ke Odesa.", 45),
    ("trade", "Latvia will deploy 15 additional deminers near Kherson.", 15),
    ("trade", "Portugal mengirim 70 instruktur tambahan ke Lviv.", 70),
    ("trade", "The Dutch will station 35 radar operators in Rzeszow.", 35),
    ("trade", "Spanyol menambah 20 spesialis pertahanan udara.", 20),
]

#: a trade of civilians, in a sentence of no force
NO_TROOPS: list[tuple[str, str]] = [
    ("trade trap", "The firm employs 300 technicians in Gdansk."),
    ("trade trap", "Some 40 specialists in law attended the seminar."),
]


def _troops(text: str) -> set[Any]:
    result = extract(text.encode(), published=DAY, model=False)
    return {i.value["value"] for i in result.of_type("figure") if i.value["kind"] == "troops"}


@pytest.mark.parametrize(("label", "text", "value"), TROOPS)
def test_troops(label: str, text: str, value: int) -> None:
    assert value in _troops(text), label


@pytest.mark.parametrize(("label", "text"), NO_TROOPS)
def test_no_troops(label: str, text: str) -> None:
    assert _troops(text) == set(), label


def test_other_nations_counted() -> None:
    """More of the same is still a count: "soldiers from 28 other nations"."""
    result = extract(
        b"Some 900 serve there, alongside soldiers from 28 other nations.",
        published=DAY,
        model=False,
    )
    assert ("countries", 28) in {
        (i.value["measure"], i.value["value"]) for i in result.of_type("count")
    }


#: a sum given as arms is military aid; money paying for arms, or towards them, is funding
SUMS: list[tuple[str, str, str]] = [
    (
        "in arms",
        "Finland has pledged EUR 250 million in artillery ammunition for the Ukrainian army.",
        "military_aid",
    ),
    ("in arms", "Norway will provide NOK 2 billion worth of air defence missiles.", "military_aid"),
    ("in arms", "Belanda menyerahkan 300 juta euro dalam bentuk amunisi artileri.", "military_aid"),
    (
        "in arms",
        "Denmark gives DKK 900 million in drones and spare parts to Ukraine.",
        "military_aid",
    ),
    ("in arms", "Sweden announced SEK 1 billion of military equipment for Kyiv.", "military_aid"),
    ("in arms trap", "Italy is financing EUR 400 million of air defence for Ukraine.", "funding"),
    ("in arms trap", "Canada gives CAD 300 million to buy ammunition for Ukraine.", "funding"),
    ("in arms trap", "Italy set aside EUR 500 million of its budget for weapons.", "funding"),
    (
        "in arms trap",
        "Ireland will provide EUR 100 million in 2027 towards non-lethal equipment.",
        "funding",
    ),
]


@pytest.mark.parametrize(("label", "text", "measure"), SUMS)
def test_sum_measure(label: str, text: str, measure: str) -> None:
    result = extract(text.encode(), published=DAY, model=False)
    found = money_measures(result)
    assert found == {measure}, (label, found)
