"""Phrasing classes from the seventh sealed set (now `gold/s7-*`), for meetings, people,
figures, counts and dates: each class is probed with sentences written for the concept, in
other words than any article's (see docs/ingest.md, "Phrasing classes from the seventh
sealed set: meetings, people and figures")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract
from willing.ingest.items import Extraction

DAY = dt.date(2026, 12, 6)


def _run(text: str, published: dt.date = DAY) -> Extraction:
    return extract(text, published=published)


def _meetings(text: str, published: dt.date = DAY) -> list[dict[str, Any]]:
    return [i.value for i in _run(text, published).of_type("meeting")]


def _has_meeting(text: str, expected: dict[str, Any], published: dt.date = DAY) -> bool:
    return any(all(m.get(k) == v for k, v in expected.items()) for m in _meetings(text, published))


def _dates(text: str, published: dt.date = DAY) -> set[str]:
    return {i.value["value"] for i in _run(text, published).of_type("date")}


# --- dates: a day in a heading set in capitals ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SENIN, 7 DESEMBER - Kelompok kerja pemantauan bertemu secara virtual.", "2026-12-07"),
        ("JUMAT, 11 DESEMBER: Para menteri bertemu di Roma.", "2026-12-11"),
        ("TUESDAY, 8 DECEMBER - Ministers meet in Rome.", "2026-12-08"),
        ("RABU 9 DESEMBER 2026 — Parlemen memungut suara.", "2026-12-09"),
        ("THURSDAY, DECEMBER 10: envoys meet in Vienna.", "2026-12-10"),
    ],
)
def test_a_day_in_capitals(text: str, expected: str) -> None:
    assert expected in _dates(text)


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised modal is no month: "MAY" needs a day or a year by it
        "PUTIN MAY MEET TRUMP, SAYS KREMLIN.",
        "Leaders may decide later.",
    ],
)
def test_no_day_from_capitals_alone(text: str) -> None:
    assert not _dates(text)
