"""The place of an itinerary's entry: where the traveller last went. A schedule's line of
travel ("Bertolak ke Beijing", "Departs for Ottawa", "Arrival in Rome") sets the place of
the entries after it, until a line of return ("Kembali ke Jakarta", "Returns to London")
or another journey; a meeting entered there with no place of its own ("Kamis 19 Juli -
Pertemuan bilateral Indonesia-Tiongkok") was held there."""

from __future__ import annotations

import re

from willing.ingest.document import Doc
from willing.ingest.gazetteer import Gazetteer

#: a journey or a return at the start of an entry's text (after a time or a bullet)
_TRAVEL = re.compile(
    r"(?im:^[ \t]*(?:[-*\u2022][ \t]*)?(?:\d{1,2}[.:]\d{2}[^:\n]{0,40}:[ \t]*)?"
    r"(?P<way>(?:bertolak|berangkat|terbang|tiba|bertandang)[ \t]+(?:ke|di)"
    r"|(?:departs?|departure|leaves?|flies|fly|flight|travels?|travel)[ \t]+(?:for|to)"
    r"|(?:arrives?|arrival)[ \t]+in"
    r"|(?P<home>kembali[ \t]+ke|returns?[ \t]+to|return[ \t]+flight[ \t]+to))"
    r"[ \t]+(?P<place>[A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+)?))"
)
#: what may come before an entry's meeting word on its line: a bullet, a time, a day
_OPENS = re.compile(
    r"[ \t]*(?:[-*\u2022][ \t]*)?(?:\d{1,2}[.:]\d{2}[^:\n]{0,40}:[ \t]*)?"
    r"(?:[A-Z][a-z]+,?[ \t]+\d{1,2}[ \t]+[A-Z][a-z]+(?:[ \t]+\d{4})?[ \t]*[-:\u2013\u2014][ \t]*)?"
    r"(?:[A-Za-z-]+[ \t]+){0,2}"  # "Bilateral meeting", "Working dinner"
)
#: how far back an itinerary's journey is looked for
_BACK = 2000


def travelled_place(
    doc: Doc, places: Gazetteer[str], t_start: int
) -> tuple[str, int, int, float] | None:
    """The place the itinerary last went to before the meeting word, unless it came home."""
    line = doc.text.rfind("\n", 0, t_start) + 1
    if not _OPENS.fullmatch(doc.text, line, t_start):
        return None  # a meeting word further on in the line is not the entry's own
    low = max(0, t_start - _BACK)
    last = None
    for m in _TRAVEL.finditer(doc.text, low, t_start):
        last = m
    if last is None or last.group("home") is not None:
        return None
    name = last.group("place")
    if places.get(name) is None:
        return None
    return name, last.start("place"), last.end("place"), 0.6
