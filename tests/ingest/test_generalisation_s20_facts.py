"""Phrasing classes of dates and meetings found when the twentieth sealed set became
development text, each written as a rule complete for its concept.

A run of days written in figures in brackets, the way Indonesian texts date a meeting of
two or three days ("Kamis-Jumat (17-18/10/2030)", "Senin s.d. Rabu (5 s.d. 7/8)", "(Selasa
dan Rabu, 21 dan 22/11)", "Rabu-Kamis (30/9-1/10)"), is two days, its first and its last,
and a meeting it dates takes the first; the weekdays before or inside the brackets belong
to the range and are no days of the publication's week. A single day in brackets
("Kamis (8/11)") stays one day; a score, a fraction or a letter's number is no range.
So are the weekdays of a range written before its days in words ("Senin-Selasa, 22-23
September 2031").
States counted by the minister, chief of defence or embassy each sends to a meeting ("19
menteri luar negeri hadir langsung", "Nineteen ministers gathered", "21 kedutaan besar")
are a count of countries; one state's own ministers ("Two British ministers", "tiga
menteri Jerman"), two of them, or the ones just named ("the three defence ministers")
count none. The part of the states present at the level of their leaders ("21 of them at
leader level") counts heads. A number left bare after a verb of giving ("Spain confirmed
450.", "has promised a further 120 from July", "Ireland providing 90 of them") takes the
kind of the troops or ships named just before it; with nothing named, it is nothing.
Every text here is written for these tests, in words of its own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import meetings

DAY = dt.date(2031, 9, 18)  # a Thursday


def _dates(text: str) -> set[str]:
    return {i.value["value"] for i in extract(text, published=DAY, model=False).of_type("date")}


#: a run of days in brackets: both ends are days, and no weekday of the publication's week
RANGES: list[tuple[str, set[str]]] = [
    (
        "Sidang kabinet berikutnya dijadwalkan Senin-Selasa (6-7/10/2031) di Bogor.",
        {"2031-10-06", "2031-10-07"},
    ),
    (
        "Rapat koordinasi para panglima digelar Rabu s.d. Jumat (1 s.d. 3/10) di Surabaya.",
        {"2031-10-01", "2031-10-03"},
    ),
    (
        "Pelatihan calon pemantau berlangsung (Selasa dan Rabu, 23 dan 24/9) di Bandung.",
        {"2031-09-23", "2031-09-24"},
    ),
    (
        "- Kunjungan kerja ke Warsawa: Selasa-Kamis (30/9-2/10/2031)",
        {"2031-09-30", "2031-10-02"},
    ),
    ("JADWAL UJI KESEHATAN: SENIN-RABU (22-24/9/2031)", {"2031-09-22", "2031-09-24"}),
    (
        "Menurut surat itu, pendaftaran dibuka Senin sampai Jumat (22 sampai 26/9).",
        {"2031-09-22", "2031-09-26"},
    ),
    ("The drill ran Monday-Tuesday (8-9/9/2031), the brigade said.", {"2031-09-08", "2031-09-09"}),
]

#: the weekdays of a range are no days of their own
RANGE_WEEKDAYS: list[tuple[str, str]] = [
    ("Sidang kabinet berikutnya dijadwalkan Senin-Selasa (6-7/10/2031) di Bogor.", "2031-09-22"),
    ("Rapat koordinasi digelar Rabu s.d. Jumat (1 s.d. 3/10) di Surabaya.", "2031-09-17"),
    # before days in words: the days are read, the weekdays of the range are not
    ("Kunjungan kerja berlangsung Senin-Selasa, 22-23 September 2031.", "2031-09-16"),
    ("The envoys met Monday and Tuesday, 8 and 9 September 2031, in Tallinn.", "2031-09-16"),
    ("Pelatihan dasar: Rabu hingga Jumat, 10-12 September 2031, di Sentul.", "2031-09-19"),
]


@pytest.mark.parametrize(("text", "days"), RANGES)
def test_twentieth_set_a_run_of_days_in_brackets_is_two_days(text: str, days: set[str]) -> None:
    assert days <= _dates(text)


@pytest.mark.parametrize(("text", "weekday"), RANGE_WEEKDAYS)
def test_twentieth_set_the_weekdays_of_a_range_are_no_days(text: str, weekday: str) -> None:
    assert weekday not in _dates(text)


#: a meeting dated by a run of days: its first day
RANGED_MEETINGS: list[tuple[str, str]] = [
    (
        "Pertemuan para menteri pertahanan koalisi berikutnya direncanakan di Praha, "
        "Selasa-Rabu (7-8/10), secara langsung.",
        "2031-10-07",
    ),
    (
        "KTT koalisi akan digelar di Lisabon pada Kamis-Jumat (9-10/10/2031), dihadiri 30 "
        "kepala negara.",
        "2031-10-09",
    ),
    (
        "5. Rapat menlu koalisi berikutnya: Brussel, Senin s.d. Selasa (29/9 s.d. 30/9).",
        "2031-09-29",
    ),
    (
        "Coalition defence ministers will meet in Sofia on Monday-Tuesday (6-7/10/2031).",
        "2031-10-06",
    ),
]


@pytest.mark.parametrize(("text", "day"), RANGED_MEETINGS)
def test_twentieth_set_a_meeting_over_a_run_of_days_takes_the_first(text: str, day: str) -> None:
    found = meetings(extract(text, published=DAY, model=False))
    assert [m["date"] for m in found][:1] == [day]


#: near-misses: one day in brackets, a score, a fraction, a letter's number
NOT_RANGES: list[tuple[str, set[str]]] = [
    ("Para menteri bertemu di Wina, Kamis (11/9), secara hibrida.", {"2031-09-11"}),
    ("Timnas menang 3-1 (2-0/45 menit) atas tamu mereka Selasa (16/9).", {"2031-09-16"}),
    ("Surat Nomor 12-13/9/2031 tentang rotasi pasukan ditandatangani kemarin.", {"2031-09-17"}),
    ("Rapat digelar Rabu (17/9) dan Jumat (19/9) di Jakarta.", {"2031-09-17", "2031-09-19"}),
]


@pytest.mark.parametrize(("text", "days"), NOT_RANGES)
def test_twentieth_set_a_day_alone_or_no_day_is_no_range(text: str, days: set[str]) -> None:
    assert _dates(text) == days


def _counts(text: str) -> set[tuple[str, int]]:
    found = extract(text, published=DAY, model=False).of_type("count")
    return {(i.value["measure"], i.value["value"]) for i in found}


#: states counted by the minister, chief or embassy each sends to a meeting
ENVOYS: list[tuple[str, int]] = [
    ("Some 24 defence ministers took their seats in Prague on Tuesday, hosted by Czechia.", 24),
    ("Di ruang sidang, 19 menteri luar negeri hadir langsung dan sisanya lewat video.", 19),
    ("Nineteen ministers gathered in Oslo; the rest followed the talks online.", 19),
    ("- Hadir: perwakilan 21 kedutaan besar dan dua organisasi internasional", 21),
    ("CHIEFS MEET IN ROME: 28 CHIEFS OF DEFENCE AROUND ONE TABLE", 28),
    ("Poland welcomed 23 counterparts to Warsaw for the two-day talks.", 23),
    ('"We had 27 foreign ministers in one room," the host told reporters.', 27),
    ("Sebanyak 16 menhan koalisi bertemu di Athena, Kamis (11/9).", 16),
]

#: one state's own office-holders, too few to count states, or the ones just named
NOT_ENVOYS: list[str] = [
    "Two British ministers flew to Kyiv on Monday to meet the monitors.",
    "Tiga menteri Jerman tiba di Kyiv kemarin.",
    "Estonia, Latvia and Lithuania will train the brigades, the three defence ministers said.",
    "Five ministers from France travelled to the border with the president.",
    "The cabinet lost 2 ministers in a week.",
]


@pytest.mark.parametrize(("text", "n"), ENVOYS)
def test_twentieth_set_envoys_at_a_meeting_count_states(text: str, n: int) -> None:
    assert ("countries", n) in _counts(text)


@pytest.mark.parametrize("text", NOT_ENVOYS)
def test_twentieth_set_one_states_own_ministers_count_no_states(text: str) -> None:
    assert not {c for c in _counts(text) if c[0] == "countries"}


def test_twentieth_set_a_meeting_takes_the_states_its_ministers_count() -> None:
    text = "Defence ministers met in Vilnius on 10 September, with 25 ministers at the table."
    found = meetings(extract(text, published=DAY, model=False))
    assert any(m["countries_count"] == 25 for m in found)


#: weekdays joined but followed by no day in figures (a clock time, a place): still days
WEEKDAYS_ALONE: list[tuple[str, set[str]]] = [
    (
        "Rapat digelar Selasa dan Rabu, 14.00 WIB, di Gedung Pancasila.",
        {"2031-09-16", "2031-09-17"},
    ),
    ("The envoys met on Monday and Tuesday in Tallinn.", {"2031-09-15", "2031-09-16"}),
]


@pytest.mark.parametrize(("text", "days"), WEEKDAYS_ALONE)
def test_twentieth_set_weekdays_without_days_after_stay_days(text: str, days: set[str]) -> None:
    assert days <= _dates(text)


def _figures(text: str) -> set[tuple[str, int]]:
    found = extract(text, published=DAY, model=False).of_type("figure")
    return {(i.value["kind"], i.value["value"]) for i in found}


#: a number whose troops (or ships) were named before it, after a verb of giving
GIVEN_BARE: list[tuple[str, tuple[str, int]]] = [
    ("Britain sent 900 soldiers to the border. Spain confirmed 450.", ("troops", 450)),
    ("Polandia mengirim 300 prajurit ke Lviv. Ceko menjanjikan 150.", ("troops", 150)),
    (
        "The UK keeps 700 instructors at the camp. Canada has promised a further 120 from July.",
        ("troops", 120),
    ),
    ("The mission counts 1,500 monitors, Ireland providing 90 of them.", ("troops", 90)),
    ("- Romania: 400 soldiers; Bulgaria offered 250 by March", ("troops", 250)),
    ("Italy will deploy four frigates. Greece committed 3 from June.", ("ships", 3)),
]

#: nothing named before, a year, a noun of its own, a part of a vote
NOT_GIVEN_BARE: list[str] = [
    "Spain confirmed 450, the ministry said on Monday.",
    "Britain sent 900 soldiers. Spain confirmed 2031 as the year of the handover.",
    "Britain sent 900 soldiers. The parliament confirmed 14 members of the committee.",
]


@pytest.mark.parametrize(("text", "fact"), GIVEN_BARE)
def test_twentieth_set_a_number_given_after_its_troops_is_troops(
    text: str, fact: tuple[str, int]
) -> None:
    assert fact in _figures(text)


@pytest.mark.parametrize("text", NOT_GIVEN_BARE)
def test_twentieth_set_a_bare_number_without_troops_before_is_none(text: str) -> None:
    assert _figures(text) <= {("troops", 900)}


#: the part of the states present at the level of their leaders: heads, not states
LEVELS: list[tuple[str, tuple[str, int]]] = [
    ("Thirty countries take part, 21 of them at leader level.", ("heads", 21)),
    ("Ministers of 28 states came, 12 of them at head-of-state level.", ("heads", 12)),
    ("33 countries attend, 18 of them at heads of state level.", ("heads", 18)),
]

#: a part of the states present by video: still states
NOT_LEVELS: list[tuple[str, tuple[str, int]]] = [
    ("31 countries are taking part, 22 of them in the room.", ("countries", 22)),
]


@pytest.mark.parametrize(("text", "fact"), LEVELS + NOT_LEVELS)
def test_twentieth_set_a_part_at_leader_level_counts_heads(
    text: str, fact: tuple[str, int]
) -> None:
    assert fact in _counts(text)
