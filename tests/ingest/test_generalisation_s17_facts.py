"""Phrasing classes of meetings found when the seventeenth sealed set became development
text, each written as a rule complete for its concept.

A dated gathering of people who are no governments is no meeting of the coalition: a class
reunion, a club's or a society's evening, a seminar or a lecture, a thanksgiving, a party's
conference and its fringe, an MP's constituency surgery, a cooperative's members. The
gathering names itself next to its meeting word, as the words of other bodies did before
("the parish met", "rapat paripurna DPR"); a meeting the coalition owns ("the coalition's
seminar of defence ministers") stays. A meeting only wished for ("which of them would you
most like to meet?", "I hope to meet her one day") is none, as "would like to meet" was.
A session whose sentence names no place and none of those who meet for the coalition (a
chat's "Session: Monday, 12 May", a war game's "for the session of 12 May", a panel's
"Session held on 12 May") is the text's own event; a session of ministers or one held in
a capital stays a meeting.
Every text here is written for these tests, in words of its own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import has_meeting, meetings

DAY = dt.date(2031, 6, 20)

#: a dated gathering of people who are no governments: no meeting at all
OTHER_GATHERINGS: list[str] = [
    "Twenty of the 2009 rowing crew met for a reunion lunch in Bergen on 3 May 2031.",
    "The reading club meets at the town library in Leeds on Tuesday 14 May.",
    "Alumni angkatan 1998 berkumpul untuk reuni di Bandung pada 12 Mei 2031.",
    "Pagi ini kita berkumpul dengan penuh rasa syukur di Surabaya, 12 Mei 2031.",
    "The Green Party's spring conference meets in Cardiff on 10 May 2031.",
    "Peserta seminar nasional berkumpul di Yogyakarta pada 14 Mei 2031.",
    "Our webinar on the guarantee met online on 14 May 2031 with 200 listeners.",
    "The MP's constituency surgery meets in Dundee on Friday 16 May 2031.",
    "Class 9B met for the lecture in Rotterdam on 12 May 2031.",
    "Which of the soldiers in the film would you most like to meet, and why? The club "
    "meets at the Arts Centre in Hull on Thursday 15 May.",
    "I hope to meet the ambassador in Oslo on 18 May 2031.",
    "Anggota koperasi berkumpul di Semarang pada 11 Mei 2031.",
]

#: the coalition's own gatherings beside those words: still meetings
OURS: list[tuple[str, dict[str, object]]] = [
    (
        "The coalition's defence ministers met in Oslo on 12 May 2031.",
        {"date": "2031-05-12", "place": "Oslo"},
    ),
    (
        "Para menteri pertahanan koalisi berkumpul di Roma pada 12 Mei 2031.",
        {"date": "2031-05-12", "place": "Rome"},
    ),
    (
        "Leaders of the coalition met in person in Madrid on 14 May 2031, a day after a "
        "seminar on the guarantee.",
        {"date": "2031-05-14", "place": "Madrid"},
    ),
    (
        "Tim kami menghadiri sebagai pengamat pertemuan negara-negara kontributor di Kyiv "
        "pada 12 Mei 2031.",
        {"date": "2031-05-12", "place": "Kyiv"},
    ),
    (
        "Menteri itu menjamu para kepala staf angkatan laut dari tujuh negara di Ankara, "
        "Selasa (12/5/2031).",
        {"date": "2031-05-12", "place": "Ankara"},
    ),
    (
        "Defence ministers would meet in Paris on 2 June 2031, the French ministry said.",
        {"date": "2031-06-02", "place": "Paris"},
    ),
]


@pytest.mark.parametrize("text", OTHER_GATHERINGS)
def test_seventeenth_set_other_gatherings_are_no_meetings(text: str) -> None:
    result = extract(text, published=DAY, model=False)
    assert not [m for m in meetings(result) if m.get("date")], meetings(result)


@pytest.mark.xfail(
    strict=True,
    reason="the fringe is named before a colon; the meeting word's phrase ends there and "
    "the event's own noun ('debate') is no body",
)
def test_seventeenth_set_a_fringe_named_before_its_colon() -> None:
    text = "Conference fringe: the defence debate meets at the Grand Hotel, Harrogate, on 9 May."
    result = extract(text, published=DAY, model=False)
    assert not [m for m in meetings(result) if m.get("date")], meetings(result)


@pytest.mark.parametrize(("text", "expected"), OURS)
def test_seventeenth_set_the_coalitions_meetings_stay(
    text: str, expected: dict[str, object]
) -> None:
    result = extract(text, published=DAY, model=False)
    assert has_meeting(result, expected), meetings(result)


#: a session dated by its text, with no place and nobody of the coalition's: no meeting
BARE_SESSIONS: list[str] = [
    "HELPDESK CHAT EXPORT\nSession: Monday, 12 May 2031, 09.10-09.25\nUser: hello",
    "Prepared by the wargame staff of the staff college for the session of 12 May 2031.",
    "Panel 2 rapporteur: Dr Ana Silva. Session held on Monday, 12 May 2031.",
    "Sesi: Senin, 12 Mei 2031, pukul 10.00-11.30 WIB",
    "Our study group's next session: Thursday 15 May 2031, 7pm.",
]

#: a session of the coalition's people or held in a capital: a meeting
HELD_SESSIONS: list[tuple[str, dict[str, object]]] = [
    (
        "The defence ministers' session of 12 May 2031 agreed the new mandate.",
        {"date": "2031-05-12"},
    ),
    ("Session: Monday, 12 May 2031, Brussels.", {"date": "2031-05-12", "place": "Brussels"}),
    ("Sesi para menteri pada 12 Mei 2031 menyetujui mandat baru.", {"date": "2031-05-12"}),
    (
        "The coalition held a closed session on 12 May 2031 to review the mandate.",
        {"date": "2031-05-12"},
    ),
]


@pytest.mark.parametrize("text", BARE_SESSIONS)
def test_seventeenth_set_a_bare_session_is_no_meeting(text: str) -> None:
    result = extract(text, published=DAY, model=False)
    assert not [m for m in meetings(result) if m.get("date")], meetings(result)


@pytest.mark.parametrize(("text", "expected"), HELD_SESSIONS)
def test_seventeenth_set_a_session_of_the_coalition_stays(
    text: str, expected: dict[str, object]
) -> None:
    result = extract(text, published=DAY, model=False)
    assert has_meeting(result, expected), meetings(result)
