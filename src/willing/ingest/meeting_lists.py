"""Several meetings listed after one meeting word, each with its own place or way and day:
"two were held in person: in Helsinki on 22 May ..., and in Rome on 18 September", "the
ministers meet by video on 3 July, and then in person in Lisbon on 12 September", "di Oslo
pada 4 Mei dan di Riga pada 9 Mei". A segment naming such a list is cut at each joining
word that opens a place or a way and a day of its own, and each part is read as a meeting.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator

from willing.ingest.document import Doc

#: a segment: (start, end, trigger start, trigger end, first in sentence, counted up to)
Segment = tuple[int, int, int, int, bool, int]

#: a joining word, then (past words of time or presence: "and then in person") a place
#: after "in/at/di" or a way of meeting, then a day after "on/pada": the next meeting of
#: a list ("and troops reached Riga on 9 May" is none)
_NEXT = re.compile(
    r"(?:[,;]\s*|\s+)(?:and\s+then|and|then|followed\s+by|dan\s+lalu|lalu|dan|kemudian|serta)"
    r"(?=\s+(?:(?:then|later|again|also|finally|once\s+more|in\s+person|face\s+to\s+face"
    r"|physically|lalu|kemudian|juga|akhirnya|kembali|sekali\s+lagi|secara\s+langsung"
    r"|secara\s+tatap\s+muka|tatap\s+muka|langsung)\s+){0,2}"
    r"(?:(?:in|at|di)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?,?"
    r"|by\s+video|by\s+phone|online|virtually|secara\s+(?:virtual|daring)|melalui\s+video)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:on|pada|tanggal)\s+(?:[A-Z][a-z]+,?\s+)?\d{1,2}\b)"
)


def listed(
    doc: Doc, segments: Iterable[Segment], day_starts: list[int]
) -> Iterator[tuple[Segment, bool]]:
    """The segments, each cut where a list goes on to another meeting with its own day.

    The first part keeps the meeting word when it holds it, else is read from its first
    word; a part after a cut is read from its joining word ("Two were held in person: in
    Helsinki on 22 May ..., and in Rome on 18-19 September, when 36 attended").
    A cut comes only after a day of the segment: a list's first meeting is dated first.
    Each segment comes with whether it is a part of a list (its host is its own part's)."""
    for segment in segments:
        start, end, t_start, t_end, first, counted = segment
        if bisect_left(day_starts, end) - bisect_left(day_starts, start) < 2:
            yield segment, False  # a list of meetings has a day for each
            continue
        cuts = [
            m
            for m in _NEXT.finditer(doc.text, start, end)
            if any(start <= d < m.start() for d in day_starts)
        ]
        if not cuts:
            yield segment, False
            continue
        bounds = [start, *(m.start() for m in cuts), end]
        for k in range(len(bounds) - 1):
            a, b = bounds[k], bounds[k + 1]
            if k == 0 and t_start < b:
                yield (a, b, t_start, t_end, first, min(counted, b)), True
            elif k > 0:
                word = cuts[k - 1]
                lead = doc.starts[doc.token_at(word.start())]
                yield (a, b, lead, word.end(), False, b), True
            else:
                i = doc.token_at(a)
                yield (a, b, doc.starts[i], doc.ends[i], first, b), True
