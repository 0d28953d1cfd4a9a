"""Where a meeting was held: a listed place after "di"/"in"/"at", or right by the meeting
word; a city after its venue ("di Gedung Pancasila, Jakarta") counts as after "di"."""

from __future__ import annotations

from willing.ingest.document import Doc
from willing.ingest.gazetteer import Gazetteer


def segment_place(
    doc: Doc, places: Gazetteer[str], start: int, end: int, t_start: int, t_end: int
) -> tuple[str, int, int, float] | None:
    earlier = None
    for m in places.within(doc, start, end):
        before = _locative(doc, m.first)
        adjacent = 0 <= m.start - t_end <= 8 or 0 <= t_start - m.end <= 2
        name = " ".join(doc.words[m.first : m.last + 1])
        if (m.start >= t_start and before in ("di", "in", "at")) or adjacent:
            return name, m.start, m.end, 0.85
        if earlier is None and before in ("di", "in", "at"):
            earlier = (name, m.start, m.end, 0.7)
    # "Leaders are arriving at Lancaster House for today's meeting": a place stated
    # before the meeting word in its own segment, when none follows it
    return earlier


def _locative(doc: Doc, first: int) -> str:
    """The word before a place; "di" also for a city after its venue ("di Hotel X, Jakarta",
    "at the Palace of Culture, Helsinki")."""
    k = first - 1
    if k < 1 or doc.gap(k) != ", ":
        return doc.keys[k] if k >= 0 else ""
    while k > 0 and first - k <= 5 and (doc.words[k][:1].isupper() or doc.keys[k] in _OF_THE):
        if doc.keys[k - 1] in ("di", "in", "at"):
            return "di"
        k -= 1
    return ""


_OF_THE = frozenset({"of", "the", "de", "la"})
