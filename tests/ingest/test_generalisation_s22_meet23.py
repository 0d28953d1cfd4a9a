"""Phrasing classes of meetings and their days found when the twenty-second sealed set
became development text.

Two days each written with its weekday, the month named once after the last ("Monday 6
and Tuesday 7 October 2031", "Tuesday 30 to Thursday 2 October", "Senin 6 dan Selasa 7
Oktober"), are those two days, the first in the last's month or the one before, when the
calendar agrees with its weekday; the first weekday is no day of the publication's week.
A weekday glossed by its date in brackets ("on Friday (26 September)") is that date.
A form's line naming a meeting ("Event: Meeting of ...", "Subject: ... meeting, Riga, 13
October", "Acara: Rapat ...") states it, with the date lines right after it; a mail's
own "Date:" above its subject, and an event that is no meeting, state none.
"Thirty countries attended" right after a dated summit is that summit's size, not the
size of the article's first meeting.
Every text here is written for these tests, in words of its own.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract

from .phrasing import has_meeting, meetings

DAY = dt.date(2031, 9, 18)  # a Thursday


def _dates(text: str) -> set[str]:
    return {i.value["value"] for i in extract(text, published=DAY, model=False).of_type("date")}


#: text, days that must be read, days that must not
DAYS: list[tuple[str, set[str], set[str]]] = [
    (
        "The chiefs of defence meet on Monday 6 and Tuesday 7 October 2031 in Lisbon.",
        {"2031-10-06", "2031-10-07"},
        {"2031-09-15", "2031-09-22"},
    ),
    (
        "Field course for new monitors: Sunday 28 to Tuesday 30 September, Hamina.",
        {"2031-09-28", "2031-09-30"},
        {"2031-09-14", "2031-09-21"},
    ),
    (
        "- Delegation in Warsaw, Tuesday 30 to Thursday 2 October",
        {"2031-09-30", "2031-10-02"},
        {"2031-09-16", "2031-09-23"},
    ),
    (
        "Rapat para menteri digelar Senin 6 dan Selasa 7 Oktober 2031 di Jakarta.",
        {"2031-10-06", "2031-10-07"},
        {"2031-09-15", "2031-09-22"},
    ),
    (
        "Pameran alutsista dibuka Sabtu 4 hingga Minggu 5 Oktober di Surabaya.",
        {"2031-10-04", "2031-10-05"},
        {"2031-09-13", "2031-09-20"},
    ),
    (
        "Defence ministers of the coalition meet in Rome on Friday (26 September).",
        {"2031-09-26"},
        {"2031-09-12", "2031-09-19"},
    ),
    (
        "Para menteri luar negeri bertemu di Roma pada Jumat (26 September 2031).",
        {"2031-09-26"},
        {"2031-09-12", "2031-09-19"},
    ),
    # near-misses: the calendar disagrees, a count after the weekday, no date in brackets
    ("The fair runs Monday 5 and Tuesday 7 October.", {"2031-10-07"}, {"2031-10-05"}),
    (
        "On Monday 12 ministers met; on Tuesday 14 October the talks ended.",
        {"2031-10-14"},
        {"2031-10-12", "2031-10-13"},
    ),
    ("The vote is next Friday (local time), the clerk said.", {"2031-09-19"}, set()),
]


@pytest.mark.parametrize(("text", "present", "absent"), DAYS)
def test_weekdays_with_their_own_days(text: str, present: set[str], absent: set[str]) -> None:
    found = _dates(text)
    assert present <= found, found
    assert not absent & found, found


#: text, a meeting that must be found (fields as given), values no meeting may take
FORMS: list[tuple[str, dict[str, Any] | None, dict[str, Any]]] = [
    (
        "GROUP BOOKING\nReference: AB-77\nDate of issue: 1 September 2031\n"
        "Event: Meeting of the coalition's defence ministers\n"
        "Dates: Wednesday 8 and Thursday 9 October 2031\n\n"
        "Dear colleague, we hold 60 rooms for the delegations.",
        {"date": "2031-10-08"},
        {"date": "2031-09-01"},
    ),
    (
        "Subject: Coalition foreign ministers' meeting, Riga, Monday 13 October 2031\n\n"
        "Colleagues, please send your notes by Friday.",
        {"date": "2031-10-13", "place": "Riga"},
        {},
    ),
    (
        "Acara: Rapat para panglima koalisi\nTanggal: Selasa, 14 Oktober 2031\n"
        "Tempat: Tallinn\n\nMohon konfirmasi kehadiran.",
        {"date": "2031-10-14", "place": "Tallinn"},
        {},
    ),
    (
        "Perihal: Pertemuan para menteri pertahanan koalisi di Vilnius, 20 Oktober 2031\n\n"
        "Dengan hormat, bersama ini kami sampaikan laporan singkat.",
        {"date": "2031-10-20", "place": "Vilnius"},
        {},
    ),
    # near-misses: a mail's own date above its subject, an event that is no meeting
    (
        "From: travel desk\nDate: Monday, 1 September 2031\n"
        "Subject: Summit in Oslo, 20 October - hotel list\n\nThe list is attached.",
        {"date": "2031-10-20", "place": "Oslo"},
        {"date": "2031-09-01"},
    ),
    (
        "Event: Charity concert for veterans\nDates: Friday 3 and Saturday 4 October 2031\n\n"
        "Tickets at the door.",
        None,
        {"date": "2031-10-03"},
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), FORMS)
def test_meetings_in_a_forms_lines(
    text: str, present: dict[str, Any] | None, absent: dict[str, Any]
) -> None:
    result = extract(text, published=DAY, model=False)
    if present is not None:
        assert has_meeting(result, present), meetings(result)
    for key, value in absent.items():
        assert all(m.get(key) != value for m in meetings(result)), meetings(result)


#: text, the meeting the size belongs to, the place no meeting of that size may have
SIZES: list[tuple[str, dict[str, Any], str]] = [
    (
        "The coalition works through summits and a headquarters in Kyiv. A summit in Paris "
        "on 3 March 2031 set up the force. Thirty countries attended.",
        {"place": "Paris", "countries_count": 30},
        "Kyiv",
    ),
    (
        "Koalisi bekerja lewat KTT dan markas di Kyiv. KTT di Roma pada 3 Maret 2031 "
        "membentuk pasukan itu. Sebanyak 28 negara hadir.",
        {"place": "Rome", "countries_count": 28},
        "Kyiv",
    ),
]


@pytest.mark.parametrize(("text", "present", "elsewhere"), SIZES)
def test_attendance_after_a_dated_meeting(
    text: str, present: dict[str, Any], elsewhere: str
) -> None:
    found = meetings(extract(text, published=DAY, model=False))
    assert any(all(m.get(k) == v for k, v in present.items()) for m in found), found
    size = present["countries_count"]
    assert not any(m.get("place") == elsewhere and m.get("countries_count") == size for m in found)
