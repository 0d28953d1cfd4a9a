"""Phrasing classes from the seventh sealed set (now `gold/s7-*`), for meetings, people,
figures, counts and dates: each class is probed with sentences written for the concept, in
other words than any article's (see docs/ingest.md, "Phrasing classes from the seventh
sealed set: meetings, people and figures")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract
from willing.ingest.items import Extraction

from . import phrasing

DAY = dt.date(2026, 12, 6)


def _run(text: str, published: dt.date = DAY) -> Extraction:
    return extract(text, published=published)


def _meetings(text: str, published: dt.date = DAY) -> list[dict[str, Any]]:
    return phrasing.meetings(_run(text, published))


def _has_meeting(text: str, expected: dict[str, Any], published: dt.date = DAY) -> bool:
    return phrasing.has_meeting(_run(text, published), expected)


def _dates(text: str, published: dt.date = DAY) -> set[str]:
    return {i.value["value"] for i in _run(text, published).of_type("date")}


# --- dates: a day in a heading set in capitals ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SENIN, 7 DESEMBER - Kelompok kerja pemantauan bertemu secara virtual.", "2026-12-07"),
        ("JUMAT, 11 DESEMBER: Para menteri bertemu di Roma.", "2026-12-11"),
        ("TUESDAY, 8 DECEMBER - Ministers meet in Rome.", "2026-12-08"),
        ("RABU 9 DESEMBER 2026 — Parlemen memungut suara.", "2026-12-09"),
        ("THURSDAY, DECEMBER 10: envoys meet in Vienna.", "2026-12-10"),
    ],
)
def test_a_day_in_capitals(text: str, expected: str) -> None:
    assert expected in _dates(text)


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised modal is no month: "MAY" needs a day or a year by it
        "PUTIN MAY MEET TRUMP, SAYS KREMLIN.",
        "Leaders may decide later.",
    ],
)
def test_no_day_from_capitals_alone(text: str) -> None:
    assert not _dates(text)


# --- meetings: several speaking at a distance, in any verb, link and medium -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sebagai gantinya, menteri luar negeri dari 12 negara anggota koalisi berbicara "
            "lewat sambungan telepon pada Rabu (2/12/2026) pagi.",
            {"date": "2026-12-02", "format": "virtual", "countries_count": 12},
        ),
        (
            "Para menteri pertahanan dari 14 negara berdiskusi melalui telepon pada Kamis "
            "(3/12/2026).",
            {"date": "2026-12-03", "format": "virtual", "countries_count": 14},
        ),
        (
            "On Thursday 3 December the foreign ministers of 14 countries spoke by telephone.",
            {"date": "2026-12-03", "format": "virtual", "countries_count": 14},
        ),
        (
            "Envoys from nine capitals held a telephone call on Friday, 4 December.",
            {"date": "2026-12-04", "format": "virtual", "countries_count": 9},
        ),
        (
            "Para duta besar 11 negara mengadakan panggilan telepon pada Jumat (4/12/2026).",
            {"date": "2026-12-04", "format": "virtual", "countries_count": 11},
        ),
        (
            "Defence chiefs of 17 nations conferred over a secure video link on 2 December.",
            {"date": "2026-12-02", "format": "virtual", "countries_count": 17},
        ),
    ],
)
def test_speaking_at_a_distance(text: str, expected: dict[str, Any]) -> None:
    assert _has_meeting(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # a call of two is no meeting of the coalition
        "Macron spoke by phone with Zelensky on 2 December.",
        "Prabowo berbicara melalui telepon dengan Zelensky pada Rabu (2/12/2026).",
        "Starmer had a phone call with Carney on 2 December.",
    ],
)
def test_a_call_of_two(text: str) -> None:
    assert not _meetings(text)


# --- meetings: in the same room, said by a word of presence or a past meeting in a place --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Para pemimpin akan bertemu langsung di Kopenhagen, Denmark, pada 15 Desember 2026.",
            {"date": "2026-12-15", "place": "Copenhagen", "format": "in_person"},
        ),
        (
            "The leaders will meet face to face in Oslo on 15 December.",
            {"date": "2026-12-15", "place": "Oslo", "format": "in_person"},
        ),
        (
            "Para menteri bertatap muka di Roma pada 15 Desember.",
            {"date": "2026-12-15", "place": "Rome", "format": "in_person"},
        ),
        (
            "Defence ministers gathered in person at NATO headquarters in Brussels on 3 December.",
            {"date": "2026-12-03", "format": "in_person"},
        ),
        (
            "Para menteri berkumpul secara fisik di Wina pada Kamis (3/12/2026).",
            {"date": "2026-12-03", "place": "Vienna", "format": "in_person"},
        ),
        (
            "Defence ministers convened at Lancaster House in London on 3 December.",
            {"date": "2026-12-03", "format": "in_person"},
        ),
    ],
)
def test_in_the_same_room(text: str, expected: dict[str, Any]) -> None:
    assert _has_meeting(text, expected)


def test_a_meeting_announced_in_a_place_has_no_format_yet() -> None:
    meetings = _meetings("The leaders meet in Warsaw on 24 December.")
    assert meetings
    assert all(m.get("format") is None for m in meetings)


# --- dates: a part of the day of publication ("this afternoon", "sore tadi") ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Leaders of the coalition finished their summit in Copenhagen this afternoon.",
            "2026-12-06",
        ),
        ("Defence ministers met in Rome this morning.", "2026-12-06"),
        ("The leaders gather in Oslo tonight for a working dinner.", "2026-12-06"),
        ("Para menteri luar negeri bertemu di Roma siang ini.", "2026-12-06"),
        ("KTT koalisi di Oslo ditutup sore tadi.", "2026-12-06"),
        ("Para pemimpin berkumpul di Paris pagi ini.", "2026-12-06"),
        ("Ministers met in Rome last night.", "2026-12-05"),
        ("Para menteri bertemu di Roma tadi malam.", "2026-12-05"),
    ],
)
def test_a_part_of_the_day(text: str, expected: str) -> None:
    assert _has_meeting(text, {"date": expected})
    assert expected in _dates(text)


def test_overnight_is_no_day() -> None:
    # said overnight: the night may lie on either side of the date of publication
    assert not _dates("What the spokesperson said overnight about the coalition.")


# --- meetings: a format is said, not guessed, for a meeting to come or one recalled ----


@pytest.mark.parametrize(
    "text",
    [
        "Para menteri pertahanan dijadwalkan bertemu di Roma pada Januari 2027.",
        "Para menteri akan berkumpul di Wina pada 15 Desember.",
        "Ministers are due to meet in Rome on 15 December.",
        "The leaders will gather at Lancaster House on 15 December.",
    ],
)
def test_a_meeting_to_come_in_a_place_has_no_format(text: str) -> None:
    meetings = _meetings(text)
    assert meetings
    assert all(m.get("format") is None for m in meetings)


REPORTED_AND_RECALLED = """Coalition agrees force plan

A summit of the coalition in Oslo on Thursday 3 December agreed the outline of the force.

Norway said the plan would be public next week.

Ukraine welcomed the result.

The idea was first raised at a meeting of defence ministers in Brussels on 19 October.
"""


def test_the_meeting_reported_was_held_in_person_one_recalled_is_not_known() -> None:
    assert _has_meeting(REPORTED_AND_RECALLED, {"place": "Oslo", "format": "in_person"})
    assert _has_meeting(REPORTED_AND_RECALLED, {"place": "Brussels", "date": "2026-10-19"})
    assert not _has_meeting(REPORTED_AND_RECALLED, {"place": "Brussels", "format": "in_person"})


# --- people: an officer named by rank, the state said anywhere in the clause ------------


def _people(text: str) -> set[tuple[Any, ...]]:
    return {(i.value["name"], i.value["party"]) for i in _run(text).of_type("person")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine's navy commander, Vice Admiral Oleksiy Neizhpapa, told the meeting that "
            "11 vessels are ready.",
            ("Oleksiy Neizhpapa", "UKR"),
        ),
        (
            "Komandan Angkatan Laut Ukraina, Laksamana Madya Oleksiy Neizhpapa, mengatakan "
            "11 kapal siap.",
            ("Oleksiy Neizhpapa", "UKR"),
        ),
        (
            "Lieutenant General Jan Kowalski of Poland said the brigade was ready.",
            ("Jan Kowalski", "POL"),
        ),
        (
            "Laksamana Muda Turki Selim Kaya mengatakan kapal Belanda boleh lewat.",
            ("Selim Kaya", "TUR"),
        ),
        ("Pasukan itu dipimpin Kolonel Rasmus Tamm dari Estonia.", ("Rasmus Tamm", "EST")),
        (
            "Colonel Anna Virtanen, Finland's contingent commander, said the observers would "
            "arrive soon.",
            ("Anna Virtanen", "FIN"),
        ),
        ("Turkish Rear Admiral Selim Kaya said the strait stays closed.", ("Selim Kaya", "TUR")),
    ],
)
def test_an_officer_by_rank(text: str, expected: tuple[str, str]) -> None:
    assert expected in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "The General Assembly of the United Nations met in New York.",
        # a headline's capitals are no name
        "Kepala Staf Militer Koalisi Bertemu di Bukares, Jenderal AS Bergabung Lewat Video\n\nIsi.",
        # no state said: the officer's party is not guessed
        "Major General Tom Smith spoke to reporters.",
    ],
)
def test_no_officer_without_a_name_and_a_state(text: str) -> None:
    assert not {p for p in _people(text) if p[1] is not None}


# --- figures: the people a mission fields to watch a line, and officers sent as such ----


def _troops(text: str) -> set[int]:
    return {i.value["value"] for i in _run(text).of_type("figure") if i.value["kind"] == "troops"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mission would field about 400 monitors along the line of contact.", 400),
        ("Misi itu akan menurunkan 300 pemantau di sepanjang garis kontak.", 300),
        ("Belanda mengirim 150 pengamat militer ke Ukraina.", 150),
        ("Norway adds 35 unarmed observers to the mission.", 35),
        ("Poland will send 40 staff officers to the headquarters in Kyiv.", 40),
        ("Denmark offers 12 pilots for the air policing component.", 12),
    ],
)
def test_monitors_observers_and_officers(text: str, expected: int) -> None:
    assert expected in _troops(text)


def test_analysts_are_no_troops() -> None:
    # "pengamat" alone is also a commentator
    assert not _troops("Sebanyak 150 pengamat memperkirakan harga minyak naik.")


# --- meetings: the countries that agreed something at the meeting were at it -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Defence ministers from 24 countries agreed the outline of the mission on a video "
            "call on Monday.",
            {"date": "2026-11-30", "countries_count": 24},
        ),
        (
            "Menteri pertahanan dari 22 negara menyepakati garis besar misi itu lewat konferensi "
            "video pada Senin (30/11/2026).",
            {"date": "2026-11-30", "countries_count": 22},
        ),
        (
            "Leaders of 26 countries agreed the plan in a video conference on 1 December.",
            {"date": "2026-12-01", "countries_count": 26},
        ),
    ],
)
def test_countries_agreeing_at_the_meeting(text: str, expected: dict[str, Any]) -> None:
    assert _has_meeting(text, expected)


def test_countries_pledging_after_a_meeting_are_not_its_size() -> None:
    text = "Twenty countries pledged troops in the weeks after the summit in Paris on 3 December."
    assert not any(m.get("countries_count") for m in _meetings(text))


# --- counts: the part of the countries led by a head, named one by one -----------------


def _counts(text: str) -> set[tuple[Any, ...]]:
    return phrasing.counts(_run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Twenty-six countries sent delegations, fifteen of them led by a president or a "
            "prime minister.",
            ("heads", 15),
        ),
        (
            "Sebanyak 26 negara hadir, 15 di antaranya dipimpin presiden atau perdana menteri.",
            ("heads", 15),
        ),
        ("Thirty countries attended; 12 of them sent their prime ministers.", ("heads", 12)),
        (
            "Dari 28 negara itu, 9 di antaranya mengirim kepala negara atau kepala pemerintahan.",
            ("heads", 9),
        ),
    ],
)
def test_heads_among_the_countries(text: str, expected: tuple[str, int]) -> None:
    assert expected in _counts(text)


def test_a_part_sending_troops_is_no_heads() -> None:
    assert ("heads", 12) not in _counts("Thirty countries attended; 12 of them sent troops.")
