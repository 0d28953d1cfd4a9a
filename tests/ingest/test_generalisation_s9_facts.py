"""Phrasing classes from the ninth sealed set (now `gold/s9-*`), for meetings, people,
figures, counts and dates: each class is probed with sentences written for the concept, in
other words than any article's (see docs/ingest.md, "Phrasing classes from the ninth
sealed set: meetings, people and figures")."""

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


def _people(text: str) -> set[tuple[Any, ...]]:
    return phrasing.people(_run(text))


def _has_meeting(text: str, expected: dict[str, Any]) -> bool:
    return phrasing.has_meeting(_run(text), expected)


# --- meetings: a timeline's entries, each under a line holding only its day -------------

_VIENNA_OSLO = (
    "Ringkasan dua pekan.\n\nSelasa, 9 Maret 2027\nMenteri luar negeri dari 12 negara "
    "bertemu di Wina. Austria menjadi tuan rumah.\n\nRabu, 17 Maret 2027\nPresiden Finlandia "
    "menyatakan dukungan.\n\nJumat, 19 Maret 2027\nPara kepala staf berkumpul di Oslo untuk "
    "membahas logistik.\n"
)
_VILNIUS_CALL = (
    "How we got here.\n\nMonday 8 February 2027\nDefence ministers met in Vilnius and agreed "
    "a plan.\n\nThursday 11 February 2027\nLeaders held a video conference; 27 countries took "
    "part.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_VIENNA_OSLO, {"date": "2027-03-09", "place": "Vienna", "countries_count": 12}),
        (_VIENNA_OSLO, {"date": "2027-03-19", "place": "Oslo"}),
        (_VILNIUS_CALL, {"date": "2027-02-08", "place": "Vilnius"}),
        (_VILNIUS_CALL, {"date": "2027-02-11", "format": "virtual", "countries_count": 27}),
        (
            "Kronologi.\n\n22 April 2027\nKTT koalisi digelar di Roma dan dihadiri 30 negara."
            "\n\n2 Mei 2027\nRusia menolak rencana itu.\n",
            {"date": "2027-04-22", "place": "Rome"},
        ),
        (
            "Timeline.\n\nWednesday, 14 April 2027\nRussia rejected the plan.\n\nFriday, 16 "
            "April 2027\nThe coalition's chiefs of defence gathered at Northwood to review it.\n",
            {"date": "2027-04-16", "place": "Northwood"},
        ),
        (
            "Agenda. Pertemuan para pemimpin secara virtual: September 2027. Sesudahnya, rapat "
            "para menteri di Brussel.",
            {"date": "2027-09", "format": "virtual"},
        ),
    ],
)
def test_an_entry_takes_the_day_heading_it(text: str, expected: dict[str, Any]) -> None:
    assert _has_meeting(text, expected)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a meeting to come, named in an entry, did not take place on the entry's day
        (
            "Timeline.\n\nWednesday, 14 April 2027\nLeaders agreed that the next summit will "
            "be held in Rome.\n\nFriday, 16 April 2027\nRussia rejected the plan.\n",
            "2027-04-14",
        ),
        # negotiations called for, held nowhere and in no way, are no meeting of the day
        (
            "Kronologi.\n\nJumat, 2 April 2027\nTiongkok menyerukan semua pihak kembali ke meja "
            "perundingan.\n\nSenin, 5 April 2027\nRusia menolak rencana itu.\n",
            "2027-04-02",
        ),
    ],
)
def test_no_entry_day_for_a_meeting_to_come_or_a_call_for_talks(text: str, day: str) -> None:
    assert not _has_meeting(text, {"date": day})
