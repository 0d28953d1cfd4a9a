"""Splitting a draft that proposes several things at once ("a frigate and two mine
countermeasure vessels" read as one commitment) into drafts a reviewer edits one by one.

The draft keeps its id and becomes the first part; each other part is a copy with the same
source, span, quote and confidence, numbered after it (``src-…:005-2``), pending. One
transaction, one audit entry; only a pending draft can be split.
"""

from __future__ import annotations

from willing.domain.errors import NotFound, WillingError
from willing.ingest.drafts import PENDING, Draft, now
from willing.ingest.queue import require_reviewer
from willing.ingest.review import listing
from willing.services.access import Registry
from willing.storage import audit
from willing.storage import drafts as stored

#: Most parts one split may make.
MAX_PARTS = 20


def split(registry: Registry, draft_id: str, parts: int) -> list[Draft]:
    """Split a pending draft into `parts` drafts (itself first); return them in order."""
    require_reviewer(registry)
    if not 2 <= parts <= MAX_PARTS:
        raise WillingError(f"split a draft into 2 to {MAX_PARTS} parts, not {parts}")
    found = listing(registry, status=None, ids=[draft_id])
    if not found:
        raise NotFound(f"no draft '{draft_id}'")
    if found[0].status != PENDING:
        raise WillingError(f"draft '{draft_id}' is {found[0].status}; only pending drafts split")
    with registry.store.transaction() as conn:
        current = stored.read(conn, draft_id)
        if current is None or current.status != PENDING:  # reviewed meanwhile by someone else
            raise WillingError(f"already reviewed: {draft_id}; nothing was changed")
        taken = stored.ids_starting(conn, f"{draft_id}-")
        made: list[str] = []
        number = 2
        while len(made) < parts - 1:
            new_id = f"{draft_id}-{number}"
            number += 1
            if new_id not in taken:
                made.append(new_id)
        stored.copy(conn, draft_id, made, now())
        audit.append(conn, registry.viewer.actor, "draft-split", {"draft": draft_id, "into": made})
    by_id = {d.id: d for d in listing(registry, status=None, ids=[draft_id, *made])}
    return [by_id[i] for i in [draft_id, *made]]
