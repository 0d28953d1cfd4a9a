"""Where a meeting is when its own words name no place: the place people are said to
have arrived at just before it ("08:00 - Four leaders have arrived in Vilnius by train",
then "09:00 - The four are meeting their host")."""

from __future__ import annotations

import re

from willing.ingest.document import Doc
from willing.ingest.gazetteer import Gazetteer
from willing.ingest.meeting_merge import Meeting

#: arriving somewhere names where a meeting named next is: "leaders have arrived in Kyiv"
_ARRIVED = re.compile(
    r"(?i:\b(?:arrived|arriving|arrive|landed|gathered|gathering|tiba|berdatangan|mendarat|"
    r"berkumpul)\s+(?:\w+\s+){0,2}?(?:in|at|di)\s+)"
)


def arrived(doc: Doc, places: Gazetteer[str], meetings: list[Meeting]) -> None:
    """A meeting without a place, first named right after a sentence (or a live blog's
    line) saying who arrived where, is at that place."""
    for m in meetings:
        if m.get("place") is not None or m.get("format") == "virtual":
            continue
        n = doc.sentence_index(m.triggers[0][0])
        for k in (n, n - 1):
            if k < 0:
                continue
            s, e = doc.sentences[k]
            for found in _ARRIVED.finditer(doc.text, s, e):
                place = places.match_at(doc, doc.token_at(found.end()))
                if place is not None:
                    name = " ".join(doc.words[place.first : place.last + 1])
                    m.fill("place", name, place.start, place.end, 0.6)
                    break
            if m.get("place") is not None:
                break
