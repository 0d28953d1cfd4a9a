"""Phrasing classes of meetings' dates found when the twenty-seventh sealed set became
development text.

A meeting (or any event) to come given only by its month took the past year when its
sentence said no tense: what is scheduled is told in the present ("the ministers meet in
Vilnius in February", "the rotation leaves in January") and a past word earlier in the
sentence outweighed "are to meet". Without a tense word a month named alone in English is
now the nearer of the one to come and the one gone, as a day and month already was, and
"is to" / "are to" before a verb look ahead. A month told with a past verb or "since",
nearer gone than to come, or in Indonesian (whose verbs carry no tense), keeps the past
year. Every text here is written for these tests, in words of its
own.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract

from .phrasing import has_meeting

DAY = dt.date(2031, 11, 10)

#: text, a meeting that must be found, a month date that must be found, one that must not
CASES: list[tuple[str, dict[str, Any] | None, str, str]] = [
    (
        "The defence ministers meet in Vilnius in February to agree the rotation plan.",
        {"date": "2032-02", "place": "Vilnius", "host": "LTU"},
        "2032-02",
        "2031-02",
    ),
    (
        "Canada confirmed its share of the cost, and the foreign ministers are to meet in "
        "Rome in March to settle the rest.",
        {"date": "2032-03"},
        "2032-03",
        "2031-03",
    ),
    (
        "The engineers say the next rotation of the battalion leaves for the front in January.",
        None,
        "2032-01",
        "2031-01",
    ),
    # near-misses: a month gone, by its verb or by being nearer gone than to come; in
    # Indonesian, whose verbs carry no tense, a month without a word of tense stays gone
    (
        "Para menteri pertahanan bertemu di Vilnius pada Februari untuk menyepakati rencana "
        "rotasi.",
        {"date": "2031-02"},
        "2031-02",
        "2032-02",
    ),
    (
        "The coalition has kept its monitors in Kherson since April.",
        None,
        "2031-04",
        "2032-04",
    ),
    (
        "The defence ministers met in Vilnius in February to agree the rotation plan.",
        {"date": "2031-02"},
        "2031-02",
        "2032-02",
    ),
    (
        "Para menteri pertahanan bertemu di Vilnius pada Februari lalu.",
        {"date": "2031-02"},
        "2031-02",
        "2032-02",
    ),
    (
        "The leaders' summit in Lisbon in June set the force at its present strength.",
        {"date": "2031-06"},
        "2031-06",
        "2032-06",
    ),
]


@pytest.mark.parametrize(("text", "meeting", "present", "absent"), CASES)
def test_a_month_alone_to_come(
    text: str, meeting: dict[str, Any] | None, present: str, absent: str
) -> None:
    result = extract(text, published=DAY, model=False)
    months = {i.value["value"] for i in result.items if i.type == "date"}
    assert present in months
    assert absent not in months
    if meeting is not None:
        assert has_meeting(result, meeting)
