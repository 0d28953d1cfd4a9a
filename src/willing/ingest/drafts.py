"""Drafts: what ingestion proposed, waiting for a reviewer.

A draft is not a record: it lives in the `drafts` table (`storage/drafts.py`, which also
declares `Draft` and its statuses) with its source and span, and becomes a record (or a
link to one) only when accepted. Nothing here is shown as fact.
"""

from __future__ import annotations

from willing.storage.drafts import ACCEPTED as ACCEPTED
from willing.storage.drafts import LINKED as LINKED
from willing.storage.drafts import PENDING as PENDING
from willing.storage.drafts import REJECTED as REJECTED
from willing.storage.drafts import Draft as Draft
from willing.storage.drafts import now as now

#: Item types that become drafts; dates and counts travel inside the meeting draft.
DRAFT_TYPES = (
    "party",
    "condition",
    "person",
    "meeting",
    "position",
    "commitment",
    "figure",
    "claim",
)


#: Where a sentence ends, for showing a span in its sentence.
_SENTENCE_END = (". ", "! ", "? ", "\n")


def sentence_around(text: str, start: int, end: int, limit: int = 400) -> tuple[str, str, str]:
    """The sentence holding the span [start, end) of `text`, as (before, span, after), each
    part cut to `limit` characters at most (a reviewer reads the span in its context)."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    end = max(start, end)
    left = max((text.rfind(mark, 0, start) for mark in _SENTENCE_END), default=-1)
    left = 0 if left < 0 else left + 1
    rights = [i for i in (text.find(mark, end) for mark in _SENTENCE_END) if i >= 0]
    right = min(rights) + 1 if rights else len(text)
    before = text[max(left, start - limit) : start].lstrip()
    after = text[end : min(right, end + limit)].rstrip()
    return before, text[start:end], after
