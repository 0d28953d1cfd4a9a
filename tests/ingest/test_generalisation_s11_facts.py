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
    # a diary's entry: the day of the heading above it, the place its line opens with or
    # lists after a comma
    (
        "diary entry",
        "THURSDAY, JUNE 3\nOSLO - Norway hosts the coalition's naval chiefs; 21 countries are "
        "expected.\n\nFRIDAY, JUNE 4\nKYIV - Parliament debates the budget.",
        {"place": "Oslo", "date": "2027-06-03", "countries_count": 21},
    ),
    (
        "diary entry",
        "Monday 7 June\nWARSAW/VIDEO - Defence ministers of the coalition hold a video call "
        "chaired by Poland.\n\nTuesday 8 June\nPRAGUE - Czech Foreign Minister receives his "
        "Slovak counterpart.",
        {"date": "2027-06-08", "place": "Prague"},
    ),
    (
        "diary entry",
        "Senin, 7 Juni 2027\nJAKARTA - Menlu Sugiono menerima Menlu Ukraina Andrii Sybiha.\n\n"
        "Selasa, 8 Juni 2027\nBANDUNG - Presiden meresmikan pabrik amunisi.",
        {"date": "2027-06-07", "place": "Jakarta"},
    ),
    (
        "diary entry",
        "WEDNESDAY 9 JUNE\n10:00 Meeting of the coalition's chiefs of defence, Tallinn, Song "
        "Festival Grounds. Estonia hosts.\n\nTHURSDAY 10 JUNE\n09:00 Cabinet.",
        {"date": "2027-06-09", "place": "Tallinn"},
    ),
    (
        "diary entry",
        "Agenda\nJune 21 - Coalition defence ministers' meeting, Bucharest (in person).\n"
        "June 24 - Coalition leaders' video summit.",
        {"place": "Bucharest", "date": "2027-06-21"},
    ),
    (
        "diary entry",
        "Rabu, 9 Juni 2027\nPukul 10.00 Rapat para menteri pertahanan koalisi, Roma, Palazzo "
        "Chigi.\n\nKamis, 10 Juni 2027\nPukul 09.00 Sidang kabinet.",
        {"date": "2027-06-09", "place": "Rome"},
    ),
    # a visit of one state's officials to another's city, in any form of the word
    (
        "visit",
        "Ukraine's foreign minister visited Jakarta on 9 June to meet his Indonesian counterpart.",
        {"place": "Jakarta", "date": "2027-06-09", "host": "IDN"},
    ),
    (
        "visit",
        "During his visit to Warsaw on 12 June, the Czech prime minister met President Nawrocki.",
        {"place": "Warsaw", "date": "2027-06-12"},
    ),
    (
        "visit",
        "Menteri Pertahanan Ukraina berkunjung ke Jakarta pada 20 Juni dan bertemu Menhan.",
        {"place": "Jakarta", "date": "2027-06-20"},
    ),
    (
        "visit",
        "Dalam kunjungan ke Canberra pada 14 Juni, Menlu Sugiono bertemu Menlu Australia.",
        {"place": "Canberra", "date": "2027-06-14"},
    ),
    (
        "visit",
        "The Dutch defence minister is visiting Vilnius on 25 June for talks with Lithuania.",
        {"place": "Vilnius", "date": "2027-06-25"},
    ),
    ("visit", "Zelenskyy visits Rome on 30 June.", {"place": "Rome", "date": "2027-06-30"}),
]

NO_MEETING: list[tuple[str, str]] = [
    # the same verbs in senses of no gathering
    ("verb forms trap", "The ministry hosts a website listing every pledge made since 3 April."),
    ("verb forms trap", "Poland receives 40 tanks from Germany on 12 June."),
    ("verb forms trap", "The plan meets the standards agreed on 2 June."),
    # a diary's entries of no meeting; states listed after a comma are no place
    (
        "diary entry trap",
        "MONDAY, JUNE 7\nKYIV - President Zelenskyy addresses parliament.\n\nTUESDAY, JUNE 8\n"
        "BERLIN - The Bundestag votes on the budget.",
    ),
    # an invitation to visit; visits counted on a page
    ("visit trap", "Italy invited Zelenskyy to visit Rome in 2028."),
    (
        "visit trap",
        "Presiden mengundang Perdana Menteri Belanda untuk berkunjung ke Jakarta tahun depan.",
    ),
    ("visit trap", "The website had 40,000 visits on 3 May."),
    ("diary entry trap", "At the summit, Poland, Estonia and Latvia pledged more air defence."),
]


@pytest.mark.parametrize(("label", "text", "expected"), MEETINGS)
def test_meeting(label: str, text: str, expected: dict[str, Any]) -> None:
    result = extract(text.encode(), published=DAY, model=False)
    assert has_meeting(result, expected), (label, meetings(result))


@pytest.mark.parametrize(("label", "text"), NO_MEETING)
def test_no_meeting(label: str, text: str) -> None:
    result = extract(text.encode(), published=DAY, model=False)
    assert meetings(result) == [], (label, meetings(result))


#: the day a year is chosen for is seen from this publication day
AHEAD = dt.date(2027, 6, 4)

DATES: list[tuple[str, str, str]] = [
    # an aside in brackets after a day says nothing of the day's tense: a day named
    # without a year keeps the year its own clause gives it
    (
        "aside",
        "July 9 - Leaders' summit, Madrid (hosted by Spain; 36 countries were invited).",
        "2027-07-09",
    ),
    (
        "aside",
        "The ministers meet on 20 July (the date was agreed at the last meeting).",
        "2027-07-20",
    ),
    ("aside", "KTT 25 Juli di Roma (undangan telah dikirim ke 30 negara).", "2027-07-25"),
    ("aside", "Next: the 2 August session in Riga (Latvia offered to host it).", "2027-08-02"),
    # the clause itself, past, still looks back; so does the tense after the aside
    (
        "aside trap",
        "The ceasefire that took hold on 20 July (after talks in Geneva) has held.",
        "2026-07-20",
    ),
    ("aside trap", "Sidang pada 20 Juli lalu (yang digelar di Oslo) ditunda.", "2026-07-20"),
]


@pytest.mark.parametrize(("label", "text", "expected"), DATES)
def test_date_year(label: str, text: str, expected: str) -> None:
    result = extract(text.encode(), published=AHEAD, model=False)
    found = [i.value["value"] for i in result.of_type("date")]
    assert expected in found, (label, found)
