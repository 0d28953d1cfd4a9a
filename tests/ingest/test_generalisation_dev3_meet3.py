"""Meetings, a third pass over the development set: a call named as the way a message
went is no meeting.

A verb of sending, conveying or thanking, then a call as its medium ("sent his thanks by
video call", "conveyed the news over the phone", "mengirim ucapan terima kasih melalui
panggilan video", "menyampaikan duka cita lewat telepon") reports one person's words
carried to others, not a meeting held. Calls that people held, joined or met in, and a
message's words after a meeting word, keep their meeting.
Every text here is written for these tests, in words of its own. A case gives the
meeting fields that must be found, or that no meeting is found.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract

from .phrasing import has_meeting, meetings

DAY = dt.date(2027, 5, 1)

MESSAGES: list[str] = [
    "The battalion commander sent his thanks by video call on 3 May 2027.",
    "Komandan kontingen mengirim ucapan terima kasih melalui panggilan video pada 3 Mei 2027.",
    "The ambassador conveyed the government's condolences over the phone on 11 June 2027.",
    "Menteri menyampaikan duka cita lewat telepon kepada keluarga pada Selasa (8/6/2027).",
    "NOTE TO FILE - 4 June 2027: the governor relayed the request via a video call.",
    "Q: How did the minister reply?\nA: She passed on her answer by telephone call on 2 June 2027.",
    "Kapten kapal mengirimkan laporan singkat melalui sambungan telepon pada 9 Juni 2027.",
]

HELD: list[tuple[str, dict[str, Any]]] = [
    (
        "Para menteri pertahanan bertemu melalui panggilan video pada 3 Mei 2027.",
        {"date": "2027-05-03", "format": "virtual"},
    ),
    (
        "The defence ministers of 20 countries held a video call on 3 May 2027.",
        {"date": "2027-05-03", "format": "virtual", "countries_count": 20},
    ),
    (
        "The foreign ministers met by video conference on 14 June 2027 and sent a joint"
        " letter to the council.",
        {"date": "2027-06-14", "format": "virtual"},
    ),
    (
        "Leaders of 18 states took part in a video conference on 21 June 2027, and the"
        " chair thanked them afterwards.",
        {"date": "2027-06-21", "format": "virtual", "countries_count": 18},
    ),
    (
        "Menteri luar negeri dari 15 negara mengikuti konferensi video pada 7 Juni 2027.",
        {"date": "2027-06-07", "format": "virtual", "countries_count": 15},
    ),
]


@pytest.mark.parametrize("text", MESSAGES)
def test_dev3_call_as_a_message_is_no_meeting(text: str) -> None:
    assert meetings(extract(text, published=DAY, model=False)) == []


@pytest.mark.parametrize(("text", "expected"), HELD)
def test_dev3_call_held_is_a_meeting(text: str, expected: dict[str, Any]) -> None:
    result = extract(text, published=DAY, model=False)
    assert has_meeting(result, expected), meetings(result)
