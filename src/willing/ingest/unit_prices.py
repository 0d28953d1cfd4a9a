"""A sum per person is a price, not a sum given: "EUR 4,800 per student", "USD 2,000 per
participant", "Rp 15 juta per peserta", "EUR 300 per soldier per day". A sum per year or
per month ("EUR 50 million per year") is still one given, at a rate."""

from __future__ import annotations

import re

from willing.ingest.document import Doc
from willing.ingest.items import Item

#: the person a sum is counted by, right after the sum
_PER_HEAD = re.compile(
    r"(?i:[ \t]*(?:per|a|each|for each|setiap|tiap|untuk setiap|per orang)[ \t]+"
    r"(?:student|participant|person|head|soldier|troop|officer|trainee|place|seat|cadet"
    r"|delegate|monitor|peserta|orang|prajurit|personel|siswa|pemantau|kursi|kepala)s?\b)"
)


def per_head(doc: Doc, item: Item) -> bool:
    """Whether the sum at the item is counted by a person right after it."""
    return _PER_HEAD.match(doc.text, item.end) is not None
