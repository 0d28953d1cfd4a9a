"""Gapped clauses: a second giver after "and" or a semicolon, its verb left out, takes the
assets named after it ("Belgium offered two minehunters and Portugal a field hospital",
"the Italians pledged air defence; the Dutch, a minehunter", "and the Netherlands a
company"). The article or the semicolon may stand between, in either language."""

from __future__ import annotations

import re

from willing.ingest.document import Doc

_JOINS = frozenset({"and", "dan", "serta"})

#: "; the Dutch", "and the Netherlands", "; Belanda"
_LEAD = re.compile(r"(?i:(?:;|\b(?:and|dan|serta)\s+the)\s+(?:the\s+)?$)")


def gap_lead(doc: Doc, start: int) -> bool:
    """Whether a state starting at `start` opens a gapped clause."""
    return doc.previous_key(start) in _JOINS or bool(
        _LEAD.search(doc.text, max(0, start - 10), start)
    )
