"""Phrasing classes of meetings, counts, figures and claims found when the fourteenth
sealed set became development text, each written as a rule complete for its concept.

Sizes: states counted by the forces or ministries each sends ("nine navies taking part",
"14 defence ministries", "12 angkatan laut"); the states of a meeting that agree there
("the leaders of 31 states agreed to extend", "para pemimpin 33 negara sepakat"), unless
the words after pledge something ("agreed to send troops"); states seated at a table in
any tense and with any determiner ("sat at that table", "duduk di meja itu"); a number
given as a bound ("more than 30 countries", "lebih dari 26 negara") is still a count but
no meeting's size. Days: a day after a meeting word that a word of time reference governs
("the first visit since the ceasefire of 14 April", "setelah keberangkatan pasukan pada 16
Agustus") or that another event owns ("gencatan senjata 14 April", "the truce that began on
3 March") is not the meeting's day. Hosting: a city hosting office-holders in any tense
or mood, in both languages ("Copenhagen will host the leaders", "Vilnius menjadi tuan rumah
para menteri", "Riga akan menjamu para pemimpin", "Warsaw welcomes the foreign ministers")
held a meeting there; hosting troops, a hub or a concert is none, nor hosting only
offered ("offered to host", "menawarkan diri untuk menjadi tuan rumah"). Months: a meeting
held somewhere with no day is dated by the month of its clause, past as well as to come
("met in Copenhagen in October 2026", "bertemu di Praha pada Maret 2027", "last June").
Modifiers: a meeting noun naming a trade or a room ("a conference interpreters'
association", "the meeting room", "ruang rapat", "the conference hall") names no meeting.
From afar: a participant stated later as seen on a screen from elsewhere, as a number on
screens, as let in by a video link, or as joining from their capitals makes a meeting
held in person hybrid ("Japan's minister on the screen from Tokyo", "four on the screen",
"hadir di layar dari Tokyo", "bergabung dari ibu kota masing-masing"); a speech shown on
screens is no participant.
Claims: a deal said not to exist in so many words ("No peace agreement exists", "tidak ada
perjanjian damai yang berlaku") and peace or direct talks that have not even begun ("peace
talks have not even begun", "have yet to start", "perundingan damai belum dimulai") state
that no settlement was reached; talks of another matter, and talks that began, do not.
Every text here is written for these tests, in words of its own. A case gives the
meeting fields that must be found, or the fields that must be left empty.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract

from .phrasing import has_meeting, meetings

DAY = dt.date(2027, 5, 1)

SIZES: list[tuple[str, str, dict[str, Any]]] = [
    # states counted by the forces or ministries each sends
    (
        "institutions",
        "The coalition's defence ministers met in Oslo on 3 June 2027, with eleven navies "
        "taking part.",
        {"date": "2027-06-03", "place": "Oslo", "countries_count": 11},
    ),
    (
        "institutions",
        "Delegates from 14 defence ministries attended the meeting in Vilnius on 9 June 2027.",
        {"date": "2027-06-09", "countries_count": 14},
    ),
    (
        "institutions",
        "Rapat di Riga pada 4 Juni 2027 diikuti 12 angkatan laut.",
        {"date": "2027-06-04", "countries_count": 12},
    ),
    # the states of a meeting agreeing there: who sat at it
    (
        "agreeing",
        "At the summit in Madrid on 5 June 2027 the leaders of 29 states agreed to extend the "
        "mission.",
        {"date": "2027-06-05", "countries_count": 29},
    ),
    (
        "agreeing",
        "Dalam KTT di Roma pada 7 Juni 2027, para pemimpin 30 negara sepakat memperpanjang "
        "misi itu.",
        {"date": "2027-06-07", "countries_count": 30},
    ),
    # seated at the table, in any tense and with any determiner
    (
        "seated",
        "The ministers met in Bern on 8 June 2027. Twenty-seven countries sat at that table.",
        {"date": "2027-06-08", "countries_count": 27},
    ),
    (
        "seated",
        "Para menteri bertemu di Wina pada 8 Juni 2027. Dua puluh enam negara duduk di meja itu.",
        {"date": "2027-06-08", "countries_count": 26},
    ),
    (
        "seated",
        "The ministers met in Bern on 8 June 2027 with about 30 countries attending.",
        {"date": "2027-06-08", "countries_count": 30},
    ),
]

#: a meeting found, its size left empty: a pledge, or a bound
NO_SIZE: list[tuple[str, str, str]] = [
    (
        "pledge",
        "At the summit in Madrid on 5 June 2027, 22 countries agreed to send troops.",
        "2027-06-05",
    ),
    (
        "pledge",
        "The summit in Madrid on 5 June 2027 ended; 18 countries pledged troops.",
        "2027-06-05",
    ),
    (
        "bound",
        "The ministers met in Bern on 8 June 2027. More than 30 countries sat at that table.",
        "2027-06-08",
    ),
    (
        "bound",
        "The ministers met in Bern on 8 June 2027 with over 30 countries attending.",
        "2027-06-08",
    ),
    (
        "bound",
        "Para menteri bertemu di Wina pada 8 Juni 2027. Lebih dari 26 negara duduk di meja itu.",
        "2027-06-08",
    ),
]


@pytest.mark.parametrize(("kind", "text", "expected"), SIZES)
def test_fourteenth_set_meeting_sizes(kind: str, text: str, expected: dict[str, Any]) -> None:
    result = extract(text, published=DAY, model=False)
    assert has_meeting(result, expected), (kind, meetings(result))


@pytest.mark.parametrize(("kind", "text", "day"), NO_SIZE)
def test_fourteenth_set_no_meeting_size(kind: str, text: str, day: str) -> None:
    result = extract(text, published=DAY, model=False)
    found = [m for m in meetings(result) if m["date"] == day]
    assert found, (kind, meetings(result))
    assert all(m["countries_count"] is None for m in found), (kind, found)


#: a day after the meeting word that is another event's: no meeting on it
OTHER_DAYS: list[tuple[str, str, str]] = [
    (
        "since",
        "It is the minister's first visit to Kyiv since the ceasefire of 14 April 2027.",
        "2027-04-14",
    ),
    (
        "after",
        "Rapat itu digelar sebulan setelah keberangkatan pasukan pada 16 Agustus 2027.",
        "2027-08-16",
    ),
    ("since", "The summit was the first since the truce that began on 3 March 2027.", "2027-03-03"),
    ("since", "Pertemuan ini yang pertama sejak gencatan senjata 14 April 2027.", "2027-04-14"),
]

#: the meeting's own day, with a ceasefire or a time reference near it
OWN_DAYS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "own day",
        "Helsinki hosts the summit of the coalition that guarantees Ukraine's ceasefire on "
        "Thursday 26 April 2027.",
        {"date": "2027-04-26", "place": "Helsinki"},
    ),
    (
        "own day",
        "The leaders met in Oslo on 3 June 2027, after the ceasefire.",
        {"date": "2027-06-03", "place": "Oslo"},
    ),
    (
        "own day",
        "Para menteri bertemu di Oslo pada 3 Juni 2027, setelah gencatan senjata.",
        {"date": "2027-06-03", "place": "Oslo"},
    ),
    (
        "own day",
        "The summit in Oslo on 3 June 2027 came after weeks of talks.",
        {"date": "2027-06-03", "place": "Oslo"},
    ),
]


@pytest.mark.parametrize(("kind", "text", "day"), OTHER_DAYS)
def test_fourteenth_set_another_events_day(kind: str, text: str, day: str) -> None:
    result = extract(text, published=DAY, model=False)
    assert all(m["date"] != day for m in meetings(result)), (kind, meetings(result))


@pytest.mark.parametrize(("kind", "text", "expected"), OWN_DAYS)
def test_fourteenth_set_meetings_own_day(kind: str, text: str, expected: dict[str, Any]) -> None:
    result = extract(text, published=DAY, model=False)
    assert has_meeting(result, expected), (kind, meetings(result))


HOSTING: list[tuple[str, str, dict[str, Any]]] = [
    (
        "will host",
        "Copenhagen will host the leaders of the coalition on Thursday 14 October 2027.",
        {"date": "2027-10-14", "place": "Copenhagen", "host": "DNK"},
    ),
    (
        "tuan rumah",
        "Vilnius menjadi tuan rumah para menteri pertahanan koalisi pada 3 Juni 2027.",
        {"date": "2027-06-03", "place": "Vilnius", "host": "LTU"},
    ),
    (
        "akan menjamu",
        "Riga akan menjamu para pemimpin koalisi pada Kamis, 14 Oktober 2027.",
        {"date": "2027-10-14", "place": "Riga"},
    ),
    (
        "welcomes",
        "Warsaw welcomes the coalition's foreign ministers on 9 June 2027.",
        {"date": "2027-06-09", "place": "Warsaw"},
    ),
    (
        "hosted",
        "Oslo hosted the coalition's defence ministers on 3 June 2027.",
        {"date": "2027-06-03", "place": "Oslo"},
    ),
]

#: hosting no one who meets
NOT_HOSTING: list[str] = [
    "Oslo hosted a concert on 3 June 2027.",
    "Polandia menjadi tuan rumah pusat logistik pasukan pada 3 Juni 2027.",
    "Romania will host 5,000 troops from 3 June 2027.",
    "Poland will host the force's logistics hub from 3 June 2027.",
    "Indonesia menjadi tuan rumah bagi pasukan pemantau pada 3 Juni 2027.",
    # hosting only offered
    "Turkey offered to host the foreign ministers in Istanbul on 3 June 2027.",
    "Indonesia menawarkan diri untuk menjadi tuan rumah para menteri pada 3 Juni 2027.",
]


@pytest.mark.parametrize(("kind", "text", "expected"), HOSTING)
def test_fourteenth_set_hosting(kind: str, text: str, expected: dict[str, Any]) -> None:
    result = extract(text, published=DAY, model=False)
    assert has_meeting(result, expected), (kind, meetings(result))


@pytest.mark.parametrize("text", NOT_HOSTING)
def test_fourteenth_set_hosting_no_one(text: str) -> None:
    assert meetings(extract(text, published=DAY, model=False)) == []


MONTHS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "past month",
        "When its leaders met in Copenhagen in October 2026, Ireland said it would stay.",
        {"date": "2026-10", "place": "Copenhagen"},
    ),
    (
        "past month",
        "Rekaman KTT koalisi di Kopenhagen, Oktober 2026, menunjukkan para pemimpin 33 negara.",
        {"date": "2026-10", "place": "Copenhagen"},
    ),
    (
        "past month",
        "The ministers gathered in Vilnius in March 2027 to approve the plan.",
        {"date": "2027-03", "place": "Vilnius"},
    ),
    (
        "past month",
        "Para menteri bertemu di Praha pada Maret 2027.",
        {"date": "2027-03", "place": "Prague"},
    ),
    ("past month", "The summit in Oslo last June set up the fund.", {"date": "2026-06"}),
    (
        "month ahead",
        "The next summit will be held in Ottawa in March 2028.",
        {"date": "2028-03", "place": "Ottawa"},
    ),
]


@pytest.mark.parametrize(("kind", "text", "expected"), MONTHS)
def test_fourteenth_set_meeting_months(kind: str, text: str, expected: dict[str, Any]) -> None:
    result = extract(text, published=DAY, model=False)
    assert has_meeting(result, expected), (kind, meetings(result))


def test_a_month_of_another_sentence_dates_no_meeting() -> None:
    text = "The leaders met in Oslo. Since March 2027 the force has grown."
    assert has_meeting(extract(text, published=DAY, model=False), {"place": "Oslo", "date": None})


ROOMS: list[str] = [
    "Published in the newsletter of a conference interpreters' association, 26 September 2027.",
    "The meeting room in Oslo was booked for 3 June 2027.",
    "Ruang rapat di Oslo dipesan untuk 3 Juni 2027.",
    "The conference hall in Vilnius reopens on 3 June 2027.",
]


@pytest.mark.parametrize("text", ROOMS)
def test_fourteenth_set_a_room_or_trade_is_no_meeting(text: str) -> None:
    assert meetings(extract(text, published=DAY, model=False)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ministers' conference in Vilnius on 3 June 2027 agreed the plan.",
        "The meeting in Oslo on 3 June 2027 ran late.",
    ],
)
def test_fourteenth_set_a_meeting_noun_before_a_place_still_counts(text: str) -> None:
    assert has_meeting(extract(text, published=DAY, model=False), {"date": "2027-06-03"})


ROME_HYBRID: dict[str, Any] = {"date": "2027-09-23", "place": "Rome", "format": "hybrid"}

FROM_AFAR: list[str] = [
    "The ministers met in Rome on 23 September 2027. Japan's minister was on the screen from "
    "Tokyo.",
    "The ministers met in Rome on 23 September 2027; a video link allowed the Japanese and "
    "Australian ministers to take part from their capitals.",
    "Para menteri bertemu di Roma pada 23 September 2027. Menteri Jepang hadir di layar dari "
    "Tokyo.",
    "The leaders met in Rome on 23 September 2027, with two of them joining from their capitals.",
    "Para pemimpin bertemu di Roma pada 23 September 2027; dua di antaranya bergabung dari ibu "
    "kota masing-masing.",
    "The ministers met in Rome on 23 September 2027, twenty-four in the room and four on the "
    "screen.",
]


@pytest.mark.parametrize("text", FROM_AFAR)
def test_fourteenth_set_joined_from_afar(text: str) -> None:
    result = extract(text, published=DAY, model=False)
    assert has_meeting(result, ROME_HYBRID), meetings(result)


def test_a_speech_on_screens_is_no_participant() -> None:
    text = (
        "The ministers met in Rome on 23 September 2027. The speech was shown on screens in "
        "the square."
    )
    result = extract(text, published=DAY, model=False)
    assert has_meeting(result, {"date": "2027-09-23", "format": "in_person"}), meetings(result)


NOT_REACHED_TEXTS: list[str] = [
    "No peace agreement exists; the front is quiet.",
    "He reminded us that peace talks have not even begun.",
    "Direct talks between Kyiv and Moscow have yet to start.",
    "Perundingan damai belum dimulai, kata juru bicara itu.",
    "Tidak ada perjanjian damai yang berlaku saat ini.",
    "Pembicaraan langsung antara Kyiv dan Moskwa tak pernah dimulai.",
]
NO_CLAIM_TEXTS: list[str] = [
    "Talks on the force's budget have not begun.",
    "Peace talks began in Geneva on Monday.",
    "A peace agreement exists on paper.",
]


def _claims(text: str) -> set[tuple[str, str]]:
    result = extract(text, published=DAY, model=False)
    return {(i.value["subject"], i.value["value"]) for i in result.of_type("claim")}


@pytest.mark.parametrize("text", NOT_REACHED_TEXTS)
def test_fourteenth_set_settlement_not_reached(text: str) -> None:
    assert ("settlement", "not reached") in _claims(text)


@pytest.mark.parametrize("text", NO_CLAIM_TEXTS)
def test_fourteenth_set_no_settlement_claim(text: str) -> None:
    assert ("settlement", "not reached") not in _claims(text)


def test_states_just_listed_counted_by_their_air_forces_are_no_count() -> None:
    text = "Germany, Italy and Britain each sent jets; the three air forces will fly from Rzeszow."
    result = extract(text, published=DAY, model=False)
    assert [i.value for i in result.of_type("count")] == []


def test_hosting_a_meeting_named_after_the_verb_is_one_meeting() -> None:
    text = (
        "ROME, June 10 (wire) - Italian Prime Minister Giorgia Meloni will host a meeting of "
        "coalition leaders in Rome on Friday, her office said."
    )
    result = extract(text, published=dt.date(2025, 6, 10), model=False)
    assert [m["date"] for m in meetings(result)] == ["2025-06-13"]
