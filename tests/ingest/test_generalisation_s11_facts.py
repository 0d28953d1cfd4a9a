"""Phrasing classes of meetings, figures and counts found when the eleventh sealed set
became development text, each written as a rule complete for its concept. Every text here
is written for these tests, in words of its own. A meeting case gives the fields a meeting
of the extraction must have; a negative case must give no meeting at all.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract

from .phrasing import has_meeting, meetings

DAY = dt.date(2027, 6, 1)

MEETINGS: list[tuple[str, str, dict[str, Any]]] = [
    # the verbs of meeting in every tense and person: a diary's present, the progressive
    (
        "verb forms",
        "Poland hosts the coalition's defence ministers in Warsaw on 12 June.",
        {"place": "Warsaw", "date": "2027-06-12", "host": "POL"},
    ),
    (
        "verb forms",
        "Spain is hosting the coalition's foreign ministers in Madrid on 14 June.",
        {"place": "Madrid", "date": "2027-06-14"},
    ),
    (
        "verb forms",
        "The Dutch prime minister receives his Ukrainian counterpart in The Hague on 9 June.",
        {"date": "2027-06-09", "host": "NLD"},
    ),
    (
        "verb forms",
        "Finland's president welcomes President Zelenskyy in Helsinki on 20 June.",
        {"place": "Helsinki", "date": "2027-06-20"},
    ),
    (
        "verb forms",
        "Coalition chiefs of defence meet in Oslo on 15 June.",
        {"place": "Oslo", "date": "2027-06-15"},
    ),
    (
        "verb forms",
        "The defence ministers of the coalition are meeting in Riga on 18 June.",
        {"place": "Riga", "date": "2027-06-18"},
    ),
    (
        "verb forms",
        "Greece convenes the coalition's naval planners in Athens on 22 June.",
        {"place": "Athens", "date": "2027-06-22"},
    ),
    (
        "verb forms",
        "Two summits are planned: Lisbon on 3 July and Prague on 10 July.",
        {"date": "2027-07-03"},
    ),
    (
        "verb forms",
        "Para menteri pertahanan koalisi bersidang di Roma pada 16 Juni.",
        {"place": "Rome", "date": "2027-06-16"},
    ),
    (
        "verb forms",
        "Menlu Sugiono menerima Menlu Ukraina Andrii Sybiha di Jakarta pada 9 Juni.",
        {"place": "Jakarta", "date": "2027-06-09"},
    ),
    (
        "verb forms",
        "The Prime Minister attends the coalition summit in Vienna on 25 June.",
        {"place": "Vienna", "date": "2027-06-25"},
    ),
]

NO_MEETING: list[tuple[str, str]] = [
    # the same verbs in senses of no gathering
    ("verb forms trap", "The ministry hosts a website listing every pledge made since 3 April."),
    ("verb forms trap", "Poland receives 40 tanks from Germany on 12 June."),
    ("verb forms trap", "The plan meets the standards agreed on 2 June."),
]


@pytest.mark.parametrize(("label", "text", "expected"), MEETINGS)
def test_meeting(label: str, text: str, expected: dict[str, Any]) -> None:
    result = extract(text.encode(), published=DAY, model=False)
    assert has_meeting(result, expected), (label, meetings(result))


@pytest.mark.parametrize(("label", "text"), NO_MEETING)
def test_no_meeting(label: str, text: str) -> None:
    result = extract(text.encode(), published=DAY, model=False)
    assert meetings(result) == [], (label, meetings(result))
