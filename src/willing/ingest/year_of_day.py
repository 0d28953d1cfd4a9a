"""The year of a day or a month named without one: the one its weekday fits, else the
closest to the publication in the tense of its clause, but never a year away when the
same day lies a few weeks either side."""

from __future__ import annotations

import datetime as dt


def day_month(
    anchor: dt.date, month: int, day: int, way: int, weekday: int | None = None
) -> dt.date | None:
    """The year of a day and month without one: the one its weekday fits ("Senin (8/9)"),
    else the closest to the anchor in the sentence's tense."""
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    if weekday is not None:
        fitting = [d for d in options if d.weekday() == weekday]
        if fitting:
            return min(fitting, key=lambda d: abs((d - anchor).days))
    near = [d for d in options if abs((d - anchor).days) <= _NEAR_DAYS]
    if way > 0:
        options = [d for d in options if d >= anchor] or options
    elif way < 0:
        options = [d for d in options if d <= anchor] or options
    if near and options and all(abs((d - anchor).days) > _FAR_DAYS for d in options):
        # a tense word does not move a day of a few weeks either side by a year: "the
        # ceasefire that took effect on 1 October" in a notice that says what will happen
        options = near
    return min(options, key=lambda d: (abs((d - anchor).days), d > anchor)) if options else None


#: a day this close to the anchor keeps its year whatever the tense ...
_NEAR_DAYS = 31
#: ... rather than be moved this far
_FAR_DAYS = 300


def month_only(anchor: dt.date, month: int, way: int) -> int:
    """Year of a month named alone: the latest not after the anchor when the clause looks
    back, the next one when it looks ahead, and the nearest when it says neither.

    Without a tense word the month is the nearer of the two, as a day and month is: a
    month gone is mostly told with a past verb, while what is scheduled is told in the
    present ("the battalion sails in March", "building begins in May" said in January).
    """
    ahead = anchor.year if month >= anchor.month else anchor.year + 1
    if way > 0 or (way == 0 and (month - anchor.month) % 12 < 6):
        return ahead
    return anchor.year if month <= anchor.month else anchor.year - 1
