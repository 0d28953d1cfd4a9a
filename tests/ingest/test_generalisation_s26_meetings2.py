"""Phrasing classes of meetings' formats found when the twenty-sixth sealed set became
development text.

A meeting held in a room is hybrid when part of those present took part from afar, and
the part is told in more shapes than the rules read: a link called secure ("another four
followed on a secure link", "by secure video"), a part with an aside naming who is in it
("a few, among them the Canadian prime minister, by video"), a counted part attached by
"with" and no verb ("in person, with three envoys by secure video"), or named people
joining on screen ("with Japan's minister and the Australian envoy joining on screen").
A screen or a secure line that no one present joins through leaves the meeting in person.
Every text here is written for these tests, in words of its own.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract

from .phrasing import has_meeting

DAY = dt.date(2031, 3, 20)

#: text, a meeting that must be found, a meeting that must not
CASES: list[tuple[str, dict[str, Any], dict[str, Any] | None]] = [
    (
        "The defence ministers met in Riga on Tuesday 18 March 2031. Nineteen sat around "
        "the table in the castle and another four followed on a secure link.",
        {"date": "2031-03-18", "format": "hybrid"},
        None,
    ),
    (
        "The chiefs of staff met in Vilnius on 17 March 2031, with Japan's defence minister "
        "and the Australian envoy joining on screen.",
        {"date": "2031-03-17", "format": "hybrid"},
        None,
    ),
    (
        "Leaders met in Tallinn on 14 March 2031. Twenty-two of them took part, most in the "
        "hall and a few, among them the Canadian prime minister, by video.",
        {"date": "2031-03-14", "format": "hybrid"},
        None,
    ),
    (
        "The foreign ministers met in Oslo on 12 March 2031 in person, with three envoys by "
        "secure video.",
        {"date": "2031-03-12", "format": "hybrid"},
        None,
    ),
    (
        "Para kepala negara bertemu di Tallinn pada 14 Maret 2031. Sebanyak 22 pemimpin "
        "hadir, sebagian besar di aula dan segelintir, termasuk Perdana Menteri Kanada, "
        "melalui video.",
        {"date": "2031-03-14", "format": "hybrid"},
        None,
    ),
    (
        "Para menteri luar negeri bertemu di Oslo pada 12 Maret 2031 secara langsung, dengan "
        "tiga utusan melalui konferensi video.",
        {"date": "2031-03-12", "format": "hybrid"},
        None,
    ),
    # near-misses: no one present joins from afar
    (
        "The defence ministers met in Riga on 18 March 2031. Journalists followed the press "
        "conference on screens in the hall.",
        {"date": "2031-03-18", "format": "in_person"},
        {"format": "hybrid"},
    ),
    (
        "The leaders met in Riga on 18 March 2031, with crowds following on screens in the "
        "old town square.",
        {"date": "2031-03-18", "format": "in_person"},
        {"format": "hybrid"},
    ),
    (
        "The ministers met in Riga on 18 March 2031, with two new members at the table for "
        "the first time.",
        {"date": "2031-03-18", "format": "in_person"},
        {"format": "hybrid"},
    ),
    (
        "The ministers met in Riga on 18 March 2031. Their staff sent the minutes to the "
        "capitals over a secure link the next day.",
        {"date": "2031-03-18", "format": "in_person"},
        {"format": "hybrid"},
    ),
    (
        "Para menteri bertemu di Riga pada 18 Maret 2031, dengan dua anggota baru di meja "
        "untuk pertama kalinya.",
        {"date": "2031-03-18"},
        {"format": "hybrid"},
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_parts_of_a_meeting_from_afar(
    text: str, present: dict[str, Any], absent: dict[str, Any] | None
) -> None:
    result = extract(text, published=DAY, model=False)
    assert has_meeting(result, present)
    if absent is not None:
        assert not has_meeting(result, absent)
