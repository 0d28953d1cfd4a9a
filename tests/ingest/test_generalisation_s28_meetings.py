"""Phrasing classes of meetings found when the twenty-eighth sealed set became development
text.

A meeting moved to another day was dated by the day it was first set for, when that day
stood nearer its meeting word than the new one ("originally 30 January, now 13 February",
"postponed from 12 November to 26 November", "yang semula dijadwalkan pada 14 Mei, diundur
... menjadi 21 Mei"); a meeting put off with no new day kept the day it left. And the
labelled fields of a record of a delegation's own meeting held to prepare for a coalition
meeting ("Rapat Koordinasi Persiapan Delegasi ... pada Pertemuan ...", "Preparatory
meeting ... for the ministers' meeting") were read as the coalition meeting's date and
place. Near-misses: a day after "as originally planned", a meeting kept on its day, and
the minutes of a coalition meeting itself, whose fields are its own. Every text here is
written for these tests, in words of its own.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract

from .phrasing import meetings

DAY = dt.date(2031, 2, 10)

#: text, a meeting that must be found (its fields), a meeting field that no meeting may have
MOVED: list[tuple[str, dict[str, Any] | None, tuple[str, str] | None]] = [
    (
        "The coalition's defence ministers' meeting in Tallinn, originally set for 3 March, "
        "will now take place on 17 March.",
        {"date": "2031-03-17", "place": "Tallinn"},
        ("date", "2031-03-03"),
    ),
    (
        "Officials said the leaders' summit in Lisbon had been pushed back from 9 April to "
        "23 April 2031 because of the floods.",
        {"date": "2031-04-23", "place": "Lisbon"},
        ("date", "2031-04-09"),
    ),
    (
        "Pertemuan para menteri luar negeri koalisi di Praha, yang awalnya dijadwalkan pada "
        "5 Maret 2031, diundur oleh tuan rumah ke 19 Maret 2031.",
        {"date": "2031-03-19", "place": "Prague"},
        ("date", "2031-03-05"),
    ),
    (
        "Rapat para kepala staf pertahanan koalisi di Riga yang semula dijadwalkan 12 Maret "
        "2031 ditunda tanpa tanggal baru.",
        None,
        ("date", "2031-03-12"),
    ),
    # near-misses: the day a meeting keeps
    (
        "The ministers met in Oslo on 4 February, as originally planned, despite the storm.",
        {"date": "2031-02-04", "place": "Oslo"},
        None,
    ),
    (
        "KTT koalisi di Roma tetap digelar pada 12 Maret 2031 sesuai jadwal semula.",
        {"date": "2031-03-12", "place": "Rome"},
        None,
    ),
]

PREPARING: list[tuple[str, dict[str, Any] | None, tuple[str, str] | None]] = [
    (
        "KEMENTERIAN PERTAHANAN\n\nUNDANGAN\nRapat Persiapan Delegasi pada Pertemuan Menteri "
        "Pertahanan Koalisi\n\nHari/tanggal : Selasa, 18 Februari 2031\nTempat : Ruang Rapat "
        "Garuda, Jakarta\nPimpinan rapat : Direktur Jenderal Strategi Pertahanan\n",
        None,
        ("date", "2031-02-18"),
    ),
    (
        "MINISTRY OF DEFENCE\n\nPreparatory meeting of the national delegation to the "
        "coalition defence ministers' meeting\n\nDate: Tuesday 18 February 2031\nVenue: "
        "Main Building, London\nChair: Director of Security Policy\n",
        None,
        ("date", "2031-02-18"),
    ),
    # near-misses: the minutes of the coalition's meeting itself
    (
        "MINUTES\nMeeting of the coalition defence ministers\n\nDate: Tuesday 18 February "
        "2031\nVenue: Lancaster House, London\nChair: United Kingdom\n",
        {"date": "2031-02-18"},
        None,
    ),
    (
        "NOTULEN\nPertemuan Para Menteri Pertahanan Koalisi\n\nHari/tanggal : Selasa, 18 "
        "Februari 2031\nTempat : Vilnius, Lituania (tuan rumah)\nPimpinan rapat : Menteri "
        "Pertahanan Lituania\n",
        {"date": "2031-02-18", "place": "Vilnius"},
        None,
    ),
]


@pytest.mark.parametrize(("text", "meeting", "absent"), MOVED + PREPARING)
def test_a_meeting_moved_or_prepared(
    text: str, meeting: dict[str, Any] | None, absent: tuple[str, str] | None
) -> None:
    found = meetings(extract(text, published=DAY, model=False))
    if meeting is not None:
        assert any(all(m.get(k) == v for k, v in meeting.items()) for m in found), found
    if absent is not None:
        assert all(m.get(absent[0]) != absent[1] for m in found), found
