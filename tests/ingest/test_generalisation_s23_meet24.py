"""Phrasing classes of false meetings found when the twenty-third sealed set became
development text.

A visit names a meeting only where it reaches a place people meet at: a minister "who
visited on Thursday", a visit to a ward, a base, a depot or a sector ("kunjungan ke sektor
selatan", "berkunjung ke markas") is a tour with no meeting in it, and its day lends
itself to no meeting named around it. A visit to a city (Kyiv, Jakarta) still names one,
and so does a visit someone receives ("menerima kunjungan kehormatan").
A council's meeting ("a meeting of the UN Security Council in New York", "rapat Dewan
Keamanan PBB", "the town council's meeting") is another body's, not the coalition's; a
coalition's own council still meets for it.
Every text here is written for these tests, in words of its own.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract

from .phrasing import has_meeting, meetings

DAY = dt.date(2031, 3, 20)

#: text, meetings that must be found, days no meeting may have
CASES: list[tuple[str, list[dict[str, Any]], list[str]]] = [
    (
        "Finland's defence minister, who visited the field hospital on Tuesday 11 March "
        "2031, praised the surgeons.",
        [],
        ["2031-03-11"],
    ),
    (
        "The deputy minister visited the depot on 4 March 2031 and spoke to the drivers.",
        [],
        ["2031-03-04"],
    ),
    (
        "Residents were reassured by the general, who visited on Friday 14 March 2031.",
        [],
        ["2031-03-14"],
    ),
    (
        "Menteri Pertahanan yang berkunjung ke markas batalion pada Senin, 10 Maret 2031, "
        "memuji para prajurit.",
        [],
        ["2031-03-10"],
    ),
    (
        "Ia juga menerjemahkan untuk kunjungan Menteri Luar Negeri ke sektor utara pada "
        "12 Maret 2031.",
        [],
        ["2031-03-12"],
    ),
    (
        "Gubernur yang berkunjung pada Rabu (5/3/2031) meminta warga tetap tenang.",
        [],
        ["2031-03-05"],
    ),
    (
        "The coalition's chiefs of defence met in Riga on 6 March 2031; a day later the "
        "Latvian minister visited the barracks on 7 March 2031.",
        [{"date": "2031-03-06", "place": "Riga"}],
        ["2031-03-07"],
    ),
    (
        "Pertemuan para menteri pertahanan koalisi di Oslo pada 3 Maret 2031 dihadiri 24 "
        "negara; kunjungan ke pangkalan laut menyusul pada 4 Maret 2031.",
        [{"date": "2031-03-03", "place": "Oslo"}],
        ["2031-03-04"],
    ),
    # a council's meeting is another body's
    (
        "At a meeting of the UN Security Council in New York on 18 March 2031, the envoy "
        "asked for more monitors.",
        [],
        ["2031-03-18"],
    ),
    (
        "Dalam rapat Dewan Keamanan PBB di New York, Selasa (18/3/2031), utusan itu meminta "
        "tambahan pemantau.",
        [],
        ["2031-03-18"],
    ),
    (
        "The town council meeting on 17 March 2031 approved the new depot.",
        [],
        ["2031-03-17"],
    ),
    (
        "The coalition's defence council met in Vilnius on 16 March 2031.",
        [{"date": "2031-03-16", "place": "Vilnius"}],
        [],
    ),
    # a visit to a city, or one received, still names a meeting
    (
        "Ukraine's foreign minister visited Jakarta on 9 March 2031 and met his counterpart.",
        [{"date": "2031-03-09"}],
        [],
    ),
    (
        "Menteri Luar Negeri Ukraina berkunjung ke Jakarta pada 9 Maret 2031.",
        [{"date": "2031-03-09", "place": "Jakarta"}],
        [],
    ),
    (
        "Selasa, 11 Maret 2031 - 10.00 WIB: Menlu menerima kunjungan kehormatan Duta Besar "
        "Ukraina.",
        [{"date": "2031-03-11"}],
        [],
    ),
    (
        "The defence secretary's visit to Kyiv on 13 March 2031 ended with a joint statement.",
        [{"date": "2031-03-13", "place": "Kyiv"}],
        [],
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_tours_and_councils_meetings(
    text: str, present: list[dict[str, Any]], absent: list[str]
) -> None:
    result = extract(text, published=DAY, model=False)
    found = meetings(result)
    for expected in present:
        assert has_meeting(result, expected), found
    assert not any(m.get("date") in absent for m in found), found
