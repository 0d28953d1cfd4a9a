"""Phrasing classes of dates found when the nineteenth sealed set became development text,
each written as a rule complete for its concept.

A day and month named without a year that a word of awaiting governs ("expected in the
week of 2 November", "due on 20 October", "scheduled for 5 November", "the next round
comes on 28 October", "dijadwalkan pada 30 Oktober", "pertemuan berikutnya pada 2
November") lies ahead of the text, whatever the tense of the words around it ("said",
"hosted by"): it is the coming one, not the one almost a year gone. A day of a few weeks
back stays in its year even so; a day after "last" or in a past clause without a word of
awaiting keeps its past year, and "next to" is a place, not a time.
A meeting held over a range of days ("20 and 21 June", "4-5 Desember", "from 3 to 5 May",
"antara 8 hingga 9 Oktober") is dated by its first day, whether the range stands before
the meeting word or after it, in a main clause, a dateline-like opening or a list item; a
day and a second, separate day (a meeting on one, a statement on the other) stay apart.
Every text here is written for these tests, in words of its own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import meetings

DAY = dt.date(2031, 9, 18)


def _dates(text: str) -> set[str]:
    return {i.value["value"] for i in extract(text, published=DAY, model=False).of_type("date")}


#: a day awaited: the coming one, though the sentence speaks in the past
AWAITED: list[tuple[str, str]] = [
    (
        "The minister said on Monday that a vote was expected in the week of 3 November.",
        "2031-11-03",
    ),
    (
        "Officials said the final report, which was commissioned in May, is due on 27 October.",
        "2031-10-27",
    ),
    (
        "The next chance came up in talks with Oslo: the next round comes on 30 October, hosted "
        "by Norway.",
        "2031-10-30",
    ),
    ("Juru bicara mengatakan sidang itu dijadwalkan pada 4 November.", "2031-11-04"),
    (
        "- Decision on the second rotation: pencilled in for 10 November (agreed by staff)",
        "2031-11-10",
    ),
    ("Pertemuan berikutnya pada 6 November, kata diplomat itu kemarin.", "2031-11-06"),
    (
        "He told us the ceremony was planned for November 2, when the first ships return.",
        "2031-11-02",
    ),
    ("MINISTERS MET IN VILNIUS; NEXT SUMMIT ON 29 OCTOBER, HOSTED BY LATVIA", "2031-10-29"),
    (
        "The ministry said the convoy, which was delayed twice, is now scheduled for 25 October.",
        "2031-10-25",
    ),
    ("Kata pejabat itu, pemungutan suara diperkirakan pada pekan 3 November.", "2031-11-03"),
]

#: a day gone: no word of awaiting, "last", a few weeks back, or "next to" a place
GONE: list[tuple[str, str]] = [
    ("The convoy was stopped on 25 October, the ministry said.", "2030-10-25"),
    ("The talks, expected since spring, finally opened on 1 September.", "2031-09-01"),
    ("Officials said the vote expected on 8 September had been delayed.", "2031-09-08"),
    ("He stood next to the ambassador on 30 October, when the treaty was signed.", "2030-10-30"),
    ("The last round was held on 29 October, hosted by Latvia.", "2030-10-29"),
]


@pytest.mark.parametrize(("text", "day"), AWAITED)
def test_nineteenth_set_a_day_awaited_is_the_coming_one(text: str, day: str) -> None:
    assert day in _dates(text)


@pytest.mark.parametrize(("text", "day"), GONE)
def test_nineteenth_set_a_day_not_awaited_keeps_its_past_year(text: str, day: str) -> None:
    assert day in _dates(text)


#: a meeting over a range of days: dated by its first day
RANGED: list[tuple[str, str]] = [
    (
        "Last Monday and Tuesday, 8 and 9 September, defence ministers of the coalition met in "
        "Vilnius.",
        "2031-09-08",
    ),
    ("Pada 1-2 September lalu, para menteri luar negeri koalisi bertemu di Sofia.", "2031-09-01"),
    ("KTT terakhir di Oslo, 3-4 September 2031, dihadiri 31 negara.", "2031-09-03"),
    ("From 10 to 12 September, coalition chiefs of defence gathered in Riga.", "2031-09-10"),
    ("- 2 and 3 September 2031: foreign ministers meet in Athens, hosted by Greece", "2031-09-02"),
    ("Antara 8 hingga 9 September, para kepala pemerintahan bertemu di Roma.", "2031-09-08"),
]

#: one day for the meeting, another for something else: the meeting keeps its own
NOT_RANGED: list[tuple[str, str]] = [
    (
        "Defence ministers met in Riga on 12 September, ten days after talks on 2 September.",
        "2031-09-12",
    ),
    ("Ministers met in Riga on 10 September and again in Tallinn on 12 September.", "2031-09-10"),
]


@pytest.mark.parametrize(("text", "day"), RANGED)
def test_nineteenth_set_a_meeting_over_days_is_dated_by_the_first(text: str, day: str) -> None:
    found = meetings(extract(text, published=DAY, model=False))
    assert [m["date"] for m in found][:1] == [day]


@pytest.mark.parametrize(("text", "day"), NOT_RANGED)
def test_nineteenth_set_a_day_apart_is_no_range(text: str, day: str) -> None:
    found = meetings(extract(text, published=DAY, model=False))
    assert [m["date"] for m in found][:1] == [day]
