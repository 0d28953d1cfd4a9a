"""Days written in figures in brackets, alone or as a range: "Senin (14/12)", "(Senin,
14/12/2026)", and a run of days, the way Indonesian texts date a meeting of two or three
days: "Kamis-Jumat (17-18/10/2030)", "Senin s.d. Rabu (5 s.d. 7/8)", "(Selasa dan Rabu,
21 dan 22/11)", "Rabu-Kamis (30/9-1/10)". A range is two days, its first and its last
(the first takes the month and year of the last unless it names its own month); the
weekdays before or inside the brackets belong to the range and are no days of their own
(before, "Kamis-Jumat" read as the Thursday and Friday of the publication's week), and
so are the weekdays of a range written before days in words or figures ("Kamis-Jumat,
9-10 Desember 2027", "Senin-Minggu (6-12 Mei)", "Thursday and Friday, 20 and 21 June").
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from willing.ingest.dates import Found

#: the words and signs that join the ends of a range of days or weekdays
JOIN = r"\s*(?:[-\u2013\u2014]|s\.\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga|dan|and|to|until|&)\s*"


def pattern(wd: str) -> str:
    """The slash form over the weekday names `wd` (an alternation): group `wd` or `wd2` is
    the weekday of the last day, `d0` and `m0` the first day of a range, `d`, `m`, `y` the
    last (or only) day."""
    return (
        rf"(?:\b(?:{wd}){JOIN}(?=(?:{wd})\s+\())?(?:\b(?P<wd>{wd})\s+)?"
        rf"\((?:(?:{wd}){JOIN}(?=(?:{wd})\b))?(?:(?P<wd2>{wd}),?\s+)?"
        rf"(?:(?P<d0>\d{{1,2}})(?:/(?P<m0>\d{{1,2}}))?{JOIN})?"
        rf"(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{2}}|\d{{4}}))?\)"
    )


def spread(last: Found, m: re.Match[str]) -> list[Found]:
    """The day read from a slash match, preceded by the first day of its range if it is
    one: the first spans the text up to its own figures, the last the rest."""
    if last.day is None or "d0" not in m.re.groupindex or m.group("d0") is None:
        return [last]
    end = last.day
    month = int(m.group("m0") or end.month)
    year = end.year - 1 if month > end.month else end.year
    try:
        first = dt.date(year, month, int(m.group("d0")))
    except ValueError:
        return [last]
    if not dt.timedelta(days=1) <= end - first <= dt.timedelta(days=31):
        return [last]  # "(18-17/10)", a span of months: no run of days
    cls = type(last)
    split = m.start("d")
    return [
        cls(
            first.isoformat(),
            "day",
            last.start,
            m.end("m0" if m.group("m0") else "d0"),
            last.confidence,
            first,
        ),
        cls(last.value, last.precision, split, last.end, last.confidence, end),
    ]


@cache
def _weekday_joins(wd: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A weekday and a join before a weekday; a join and a weekday after one; the day in
    figures after a range of weekdays (a comma or a bracket between)."""
    return (
        re.compile(rf"\b(?:{wd}){JOIN}\Z"),
        re.compile(rf"{JOIN}(?:{wd})\b"),
        re.compile(r",?[ \t]*\(?[ \t]*\d{1,2}\b(?![.:]\d)"),
    )


def ranged(text: str, start: int, end: int, wd: str) -> bool:
    """The weekday at start..end is an end of a range of weekdays ("Kamis-Jumat", "Thursday
    and Friday") that days in figures follow: it names those days, not one of its own."""
    before, after, day = _weekday_joins(wd)
    if before.search(text, max(0, start - 24), start):
        return day.match(text, end) is not None
    joined = after.match(text, end)
    return joined is not None and day.match(text, joined.end()) is not None
