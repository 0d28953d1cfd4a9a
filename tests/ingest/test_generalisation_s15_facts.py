"""Phrasing classes of dates, meetings and figures found when the fifteenth sealed set
became development text, each written as a rule complete for its concept.

Months: a month named alone after a word of a bound or a start ahead ("by July", "from
May", "for March", "hingga Juni", "mulai Mei") is a date; in a sentence with no tense of
its own it is the next such month, not the last ("since April", "sejak April" still look
back, and a past tense still decides). Parts from afar: a part of those present counted
with its way and no verb of joining ("30 around the table and four by video link", "dua
di antaranya melalui konferensi video"), or one of them named with what it does from afar
("with Japan co-chairing by video"), makes a meeting held at a place hybrid and keeps its
place; a meeting held by video as a whole stays virtual. Bracketed lists: the numbers in
brackets after the names of a list, the noun said only in the first ("Brazil (150
monitors), Malaysia (90) and Uruguay (25)"), are figures of the same kind; a bracket with
a year or a sum is none. Ordinal days: "on the 12th", "pada tanggal 23" take the month of
the date before them in the paragraph, else of publication; "the 20th anniversary" is none.
Itineraries: a journey ("Departs for Ottawa", "Bertolak ke Tokyo") places the meeting
opening a later entry, until a return. Audiences: meeting donors, families, soldiers,
students or the press is no meeting of states. Capitals beyond Europe ("Kuala Lumpur",
"Brasília"). Figures: a bare change after its noun ("from 40 to 120", "dari 500 menjadi
750") is two figures; a sum per person is a price; a unit then its strength ("the
contingent of 180"); soldiers by an Indonesian trade ("insinyur tempur") and "N of them"
after the troops' noun across a colon. Every text here is written for these tests, in
words of its own.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract

from .phrasing import has_meeting, meetings

DAY = dt.date(2031, 2, 10)


def _dates(text: str) -> set[str]:
    return {i.value["value"] for i in extract(text, published=DAY, model=False).of_type("date")}


MONTHS: list[tuple[str, str]] = [
    ("The navy will rotate its crews from June.", "2031-06"),
    ("Our budget for April is still open.", "2031-04"),
    ("The engineers are due to be ready by July.", "2031-07"),
    ("The depot stays open until May, the memo says.", "2031-05"),
    ("Kapal itu bertugas hingga Juni.", "2031-06"),
    ("Pelatihan gelombang kedua mulai Mei.", "2031-05"),
    ("- Rotation of the field hospital: from September", "2031-09"),
    (
        "Q: When does the second company go? A: Not before the exercise; for March, probably.",
        "2031-03",
    ),
    # looking back, said so
    ("The battalion has been in Lviv since November.", "2030-11"),
    ("Pasukan itu berada di Lviv sejak Desember.", "2030-12"),
    ("The ship had reached the port by January.", "2031-01"),
]


@pytest.mark.parametrize(("text", "month"), MONTHS)
def test_fifteenth_set_months_alone(text: str, month: str) -> None:
    assert month in _dates(text)


NO_MONTH: list[str] = [
    "She signed for May's team last year.",
    "The letter was from April Jones, the liaison officer.",
    "Pasukan itu tiba mulai pukul 10.",
]


@pytest.mark.parametrize("text", NO_MONTH)
def test_fifteenth_set_no_month(text: str) -> None:
    assert not {d for d in _dates(text) if len(d) == 7}


PARTS: list[tuple[str, dict[str, Any]]] = [
    (
        "On 4 March the coalition's foreign ministers met in Madrid, with 28 countries in the "
        "room and three by video link.",
        {"date": "2031-03-04", "place": "Madrid", "format": "hybrid"},
    ),
    (
        "The engineering working group met in Odesa on 6 March, chaired by Ukraine, with "
        "Canada co-chairing by video.",
        {"date": "2031-03-06", "place": "Odesa", "format": "hybrid"},
    ),
    (
        "Para menteri pertahanan bertemu di Warsawa pada 7 Maret; 25 negara hadir langsung dan "
        "tiga di antaranya melalui konferensi video.",
        {"date": "2031-03-07", "place": "Warsaw", "format": "hybrid"},
    ),
    (
        "Minutes. The defence ministers met in Tallinn on 9 March, two ministers by phone.",
        {"date": "2031-03-09", "place": "Tallinn", "format": "hybrid"},
    ),
    (
        "Rapat kelompok kerja berlangsung di Kyiv pada 11 Maret, dengan Jepang hadir melalui "
        "video.",
        {"date": "2031-03-11", "place": "Kyiv", "format": "hybrid"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTS)
def test_fifteenth_set_parts_from_afar(text: str, expected: dict[str, Any]) -> None:
    result = extract(text, published=DAY, model=False)
    assert has_meeting(result, expected), meetings(result)


WHOLLY_VIRTUAL: list[str] = [
    "The defence ministers met by video link on 12 March.",
    "The leaders spoke by phone on 12 March.",
    "Para menteri bertemu melalui konferensi video pada 12 Maret.",
]


@pytest.mark.parametrize("text", WHOLLY_VIRTUAL)
def test_fifteenth_set_a_call_stays_virtual(text: str) -> None:
    result = extract(text, published=DAY, model=False)
    assert has_meeting(result, {"date": "2031-03-12", "format": "virtual"}), meetings(result)


def _troops(text: str) -> set[Any]:
    result = extract(text, published=DAY, model=False)
    return {i.value["value"] for i in result.of_type("figure") if i.value["kind"] == "troops"}


BRACKETS: list[tuple[str, set[int]]] = [
    (
        "Contributors: Chile (140 observers), Ghana (85), Nepal (70) and Fiji (30).",
        {140, 85, 70, 30},
    ),
    ("Norwegia (40 prajurit zeni), Swedia (35) dan Finlandia (20) mengirim tim.", {40, 35, 20}),
    ("The list of contingents - Kenya (300 troops), Peru (120), Mongolia (45).", {300, 120, 45}),
    ("Negara penyumbang: Brasil (160 pemantau), Malaysia (95), Uruguay (35).", {160, 95, 35}),
]


@pytest.mark.parametrize(("text", "values"), BRACKETS)
def test_fifteenth_set_bracketed_lists(text: str, values: set[int]) -> None:
    assert values <= _troops(text)


NOT_BRACKETED: list[tuple[str, set[int]]] = [
    ("Kenya (300 troops), Peru (2027) and Chile (12).", {2027, 12}),
    ("Japan (USD 40 million), Korea (90) and Canada (25).", {90, 25}),
    ("The chapters: Kenya (300 troops), see page 4 (12).", {12}),
]


@pytest.mark.parametrize(("text", "values"), NOT_BRACKETED)
def test_fifteenth_set_not_bracketed(text: str, values: set[int]) -> None:
    assert not values & _troops(text)


ORDINALS: list[tuple[str, str]] = [
    ("Next bulletin on 14 March, after the ministers' call on the 12th.", "2031-03-12"),
    ("The working group meets in Riga on the 17th.", "2031-02-17"),
    ("The leaders will meet in Paris on the 4th.", "2031-03-04"),
    ("Rapat berikutnya dijadwalkan pada tanggal 23.", "2031-02-23"),
    ("Agenda, 5 April: the ministers confer again by the 9th, then report.", "2031-04-09"),
]


@pytest.mark.parametrize(("text", "day"), ORDINALS)
def test_fifteenth_set_ordinal_days(text: str, day: str) -> None:
    assert day in _dates(text)


NO_ORDINAL: list[str] = [
    "It marks the 20th anniversary of the brigade.",
    "The 3rd of the brigades stays in reserve.",
    "The 21st century needs other armies.",
    "On the 14th floor the staff met the press.",
]


@pytest.mark.parametrize("text", NO_ORDINAL)
def test_fifteenth_set_no_ordinal_day(text: str) -> None:
    assert not _dates(text)


def test_fifteenth_set_a_meeting_on_an_ordinal_day() -> None:
    text = "Next bulletin on 14 March, after the ministers' video call on the 12th."
    result = extract(text, published=DAY, model=False)
    assert has_meeting(result, {"date": "2031-03-12", "format": "virtual"}), meetings(result)


CHANGED_BARE: list[tuple[str, set[int]]] = [
    (
        "The ministers agreed to triple the number of liaison officers in the corps, from 40 to "
        "120, by autumn.",
        {40, 120},
    ),
    ("The share of British soldiers in the force will be cut, from 3,000 to 2,400.", {3000, 2400}),
    ("Jumlah tentara Belanda dinaikkan dari 500 menjadi 750.", {500, 750}),
]


@pytest.mark.parametrize(("text", "values"), CHANGED_BARE)
def test_fifteenth_set_a_bare_change_is_two_figures(text: str, values: set[int]) -> None:
    assert values <= _troops(text)


def test_a_bare_range_with_no_change_stays_a_range() -> None:
    text = "The force counts about 18,500 troops, against a goal of 25,000 to 30,000."
    result = extract(text, published=DAY, model=False)
    ranges = {(i.value["low"], i.value["high"]) for i in result.of_type("figure")}
    assert (25000, 30000) in ranges


def _sums(text: str) -> set[Any]:
    result = extract(text, published=DAY, model=False)
    return {i.value["value"] for i in result.of_type("figure") if i.value["kind"] == "money"}


PER_HEAD: list[str] = [
    "Tuition: USD 3,200 per participant, paid by the sending state.",
    "Biaya pelatihan Rp 20 juta per peserta ditanggung kementerian pengirim.",
    "The allowance is EUR 90 a soldier per day.",
]


@pytest.mark.parametrize("text", PER_HEAD)
def test_fifteenth_set_a_price_per_head_is_no_sum_given(text: str) -> None:
    assert not _sums(text)


def test_a_sum_per_year_is_still_given() -> None:
    assert 40_000_000 in _sums("Denmark gives EUR 40 million per year to the demining fund.")


ITINERARIES: list[tuple[str, dict[str, Any]]] = [
    (
        "MINISTER'S PROGRAMME\n\nMonday, 3 March 2031\n- 08.00: Departs for Ottawa.\n\n"
        "Tuesday, 4 March 2031\n- Bilateral meeting with the Canadian foreign minister.\n",
        {"date": "2031-03-04", "place": "Ottawa"},
    ),
    (
        "AGENDA MENTERI\n\nSenin, 3 Maret 2031\n- 07.00 WIB: Bertolak ke Tokyo.\n\n"
        "Selasa, 4 Maret 2031\n- Pertemuan bilateral Indonesia-Jepang.\n",
        {"date": "2031-03-04", "place": "Tokyo"},
    ),
    (
        "Itinerary\n\nMonday, 3 March 2031\n- Arrival in Madrid.\n\nTuesday, 4 March 2031\n"
        "- 10.00: Talks with the Spanish defence minister.\n",
        {"date": "2031-03-04", "place": "Madrid"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ITINERARIES)
def test_fifteenth_set_an_itinerary_places_its_entries(text: str, expected: dict[str, Any]) -> None:
    result = extract(text, published=DAY, model=False)
    assert has_meeting(result, expected), meetings(result)


NOT_TRAVELLED: list[tuple[str, str]] = [
    # home again before the meeting
    (
        "PROGRAMME\n\nMonday, 3 March 2031\n- Departs for Ottawa.\n\nTuesday, 4 March 2031\n"
        "- Returns to London.\n\nWednesday, 5 March 2031\n- Meeting with the defence staff.\n",
        "Ottawa",
    ),
    # a meeting word further on in an entry is no entry of its own
    (
        "PROGRAMME\n\nMonday, 3 March 2031\n- Departs for Ottawa.\n\nTuesday, 4 March 2031\n"
        "- Note: the trilateral meeting planned for today moves to 9 April 2031.\n",
        "Ottawa",
    ),
]


@pytest.mark.parametrize(("text", "place"), NOT_TRAVELLED)
def test_fifteenth_set_no_itinerary_place(text: str, place: str) -> None:
    result = extract(text, published=DAY, model=False)
    assert all(m.get("place") != place for m in meetings(result)), meetings(result)


UNIT_OF: list[tuple[str, int]] = [
    ("The Danish contingent of 180 leaves only once parliament has voted.", 180),
    ("A Czech battalion of about 450 takes over the sector in June.", 450),
    ("Kontingen Garuda yang berjumlah 230 diberangkatkan pekan depan.", 230),
    ("Style note: write 'the Estonian company of 120', not 'the Estonian peacekeepers'.", 120),
]


@pytest.mark.parametrize(("text", "value"), UNIT_OF)
def test_fifteenth_set_a_unit_of_a_number(text: str, value: int) -> None:
    assert value in _troops(text)


NOT_UNIT_OF: list[tuple[str, int]] = [
    ("Around 500 soldiers of 16 Air Assault Brigade said goodbye.", 16),
    ("The mission of 2029 ended quietly.", 2029),
    ("A force of 30 nations stands behind the ceasefire.", 30),
    ("The brigade of 12 years ago was smaller.", 12),
]


@pytest.mark.parametrize(("text", "value"), NOT_UNIT_OF)
def test_fifteenth_set_no_unit_of_a_number(text: str, value: int) -> None:
    assert value not in _troops(text)


AUDIENCES: list[str] = [
    "The charity's director will meet donors in Geneva on 6 March.",
    "The minister met the returning soldiers in Bandung on 6 March.",
    "Menteri Pertahanan bertemu para keluarga prajurit di Surabaya pada 6 Maret.",
    "On 6 March the ambassador will meet students in Kraków.",
    "Panglima menemui wartawan di Jakarta pada 6 Maret.",
]


@pytest.mark.parametrize("text", AUDIENCES)
def test_fifteenth_set_meeting_people_who_are_no_delegates(text: str) -> None:
    result = extract(text, published=DAY, model=False)
    assert not has_meeting(result, {"date": "2031-03-06"}), meetings(result)


DELEGATES: list[str] = [
    "The defence ministers will meet in Geneva on 6 March.",
    "The minister met his Polish counterpart in Kraków on 6 March.",
    "Menteri Luar Negeri bertemu para menteri negara penyumbang di Brasilia pada 6 Maret.",
]


@pytest.mark.parametrize("text", DELEGATES)
def test_fifteenth_set_meeting_delegates_still_counts(text: str) -> None:
    result = extract(text, published=DAY, model=False)
    assert has_meeting(result, {"date": "2031-03-06"}), meetings(result)


OF_THEM: list[tuple[str, int]] = [
    ("Our squadron trains Ukrainian gunners too: 240 of them by spring.", 240),
    ("Kami melatih prajurit zeni Ukraina: 180 di antaranya sudah lulus.", 180),
    ("Estonia akan melatih 350 insinyur tempur Ukraina tahun ini.", 350),
    ("Rumania mengirim 45 insinyur militer ke Odesa.", 45),
]


@pytest.mark.parametrize(("text", "value"), OF_THEM)
def test_fifteenth_set_soldiers_by_their_trade_or_of_them(text: str, value: int) -> None:
    assert value in _troops(text)


def test_states_of_them_are_no_troops() -> None:
    text = "Twelve countries sent ministers: 9 of them in person."
    assert 9 not in _troops(text)


CAPITALS: list[tuple[str, dict[str, Any]]] = [
    (
        "Menteri dijadwalkan menghadiri pertemuan para menteri negara penyumbang pemantau di "
        "Kuala Lumpur pada 5 Mei 2031.",
        {"date": "2031-05-05", "place": "Kuala Lumpur", "host": "MYS"},
    ),
    (
        "The contributing states' foreign ministers meet in Brasília on 5 May 2031.",
        {"date": "2031-05-05", "place": "Brasilia", "host": "BRA"},
    ),
    (
        "Defence ministers of the monitoring states met in Montevideo on 5 May 2031.",
        {"date": "2031-05-05", "place": "Montevideo", "host": "URY"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAPITALS)
def test_fifteenth_set_capitals_beyond_europe(text: str, expected: dict[str, Any]) -> None:
    result = extract(text, published=DAY, model=False)
    assert has_meeting(result, expected), meetings(result)
