"""Weekdays written with their own day, which they name instead of a day of the
publication's week:

- two or more days each with its weekday, the month named once after the last: "Monday 13
  and Tuesday 14 May 2030", "Sunday 7 to Thursday 11 April", "Sabtu 18 dan Minggu 19 Mei".
  The last day reads whole ("Tuesday 14 May 2030"); the first weekday, followed by a bare
  figure, was read as a day of the publication's week (a meeting on 13 May dated to the
  Monday of the week of the notice). The first weekday names the day of its figure, in the
  month of the last day (or the month before, "Sunday 30 to Tuesday 2 July"), and only
  when the weekday is that day's own: the calendar checks the reading.
- a weekday glossed by its date in brackets: "meet in Rome on Friday (March 16)", "pada
  Jumat (16 Maret)". The bracket reads whole; the weekday, read alone, could fall a week
  off ("meet ... on Friday" in a text of Wednesday read as the Friday before).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING

from willing.ingest.slash_ranges import JOIN

if TYPE_CHECKING:
    from willing.ingest.dates import Found

#: the longest span a pair or range of weekdays with their days may cover
_SPAN = 14


@cache
def _forms(wd: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """After a weekday: its own day in figures, a join and another weekday with a day;
    before a day read whole: a weekday, its figure and a join."""
    day = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
    return (
        re.compile(rf",?[ \t]+(?:the[ \t]+)?{day}{JOIN}(?:{wd}),?[ \t]+(?:the[ \t]+)?\d{{1,2}}\b"),
        re.compile(rf"\b(?P<wd>{wd}),?[ \t]+(?:the[ \t]+)?{day}{JOIN}\Z"),
    )


@cache
def _gloss(months: str) -> re.Pattern[str]:
    """A day and month in brackets right after a weekday: "(March 16)", "(16 Maret 2029)"."""
    return re.compile(
        rf",?[ \t]*\((?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:{months})\.?"
        rf"|(?:{months})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?[ \t]+\d{{4}})?\)"
    )


def own_day(text: str, end: int, wd: str, months: str) -> bool:
    """The weekday ending at `end` is followed by its own day: a figure and the next
    weekday with its day ("Monday 13 and Tuesday 14 May"), or a date in brackets ("Friday
    (March 16)"). It names that day, not one of the publication's week."""
    return _forms(wd)[0].match(text, end) is not None or _gloss(months).match(text, end) is not None


def pair_starts(
    text: str, found: list[Found], taken: bytearray, wd: str, weekdays: Mapping[str, int]
) -> list[Found]:
    """`found` with the first day of each pair of weekdays with their days added."""
    out = list(found)
    before = _forms(wd)[1]
    for f in found:
        if f.day is None or f.precision != "day" or not text[f.start : f.start + 1].isalpha():
            continue  # the last day must open with its weekday ("Tuesday 14 May")
        m = before.search(text, max(0, f.start - 40), f.start)
        if m is None or any(taken[m.start() : m.end()]):
            continue
        first = _first(f.day, int(m.group("d")))
        if first is None or first.weekday() != weekdays.get(m.group("wd")):
            continue  # "Monday 12 and Tuesday 14 May": the calendar disagrees, no reading
        cls = type(f)
        out.append(cls(first.isoformat(), "day", m.start(), m.end("d"), f.confidence - 0.1, first))
    out.sort(key=lambda f: f.start)
    return out


def _first(last: dt.date, dom: int) -> dt.date | None:
    """The day `dom` on or before `last`, in its month or the one before, within the span."""
    try:
        if dom < last.day:
            first = last.replace(day=dom)
        else:
            prior = last.replace(day=1) - dt.timedelta(days=1)
            first = prior.replace(day=dom)
    except ValueError:
        return None
    return first if 1 <= (last - first).days <= _SPAN else None
