"""Readiness of a framework document computed from its clauses, beside the claimed figure.

Computed readiness is the weight of agreed clauses over the weight of every clause that is
not dropped (``Clause.weight``, 1 by default). A dropped clause is no longer part of the
text, so it counts neither for nor against. When a source claims a readiness (e.g. "90
percent ready"), the difference claimed - computed is flagged when it exceeds the threshold.

Who made the claim: the source of the document's *first* evidence entry, dated by that
source's publication date. A source the viewer may not see is shown as withheld.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from willing.diplomacy.redaction import WITHHELD
from willing.domain.diplomacy import Clause, Document, Source
from willing.domain.enums import ClauseStatus

DEFAULT_THRESHOLD = 0.10


def clause_order(clause: Clause) -> tuple[tuple[int, str], ...]:
    """Sort key that puts clause '2' before '10' and '3.b' after '3.a'."""
    return tuple(
        (int(part), "") if part.isdigit() else (1 << 30, part)
        for part in re.findall(r"\d+|[^\d.\s]+", clause.number)
    )


@dataclass(frozen=True)
class Claim:
    """Who claimed a document's readiness: a source (None: not recorded) and its date."""

    source: str | None
    publisher: str | None = None
    title: str | None = None
    published: dt.date | None = None
    quote: str | None = None

    @property
    def withheld(self) -> bool:
        """True when the source is hidden from the viewer."""
        return self.source == WITHHELD


def claim_of(document: Document, sources: Mapping[str, Source]) -> Claim | None:
    """The claim behind `document.claimed_readiness`: its first evidence entry's source.

    `sources` are the sources the viewer may see; `document` is expected redacted, so a
    hidden source reads "withheld". None when the document claims no readiness.
    """
    if document.claimed_readiness is None:
        return None
    if not document.evidence:
        return Claim(None)
    first = document.evidence[0]
    if first.source == WITHHELD:
        return Claim(WITHHELD)
    src = sources.get(first.source)
    if src is None:
        return Claim(first.source, quote=first.quote)
    return Claim(src.id, src.publisher, src.title, src.published, first.quote)


@dataclass(frozen=True)
class Readiness:
    """A document's clause statuses, computed readiness and the claimed figure."""

    document: Document
    clauses: tuple[Clause, ...]
    threshold: float = DEFAULT_THRESHOLD
    claim: Claim | None = None

    @property
    def counts(self) -> dict[ClauseStatus, int]:
        """Number of clauses in each status."""
        found = Counter(c.status for c in self.clauses)
        return {status: found[status] for status in ClauseStatus}

    @property
    def agreed_weight(self) -> float:
        """Weight of the agreed clauses."""
        return sum(c.weight for c in self.clauses if c.status is ClauseStatus.AGREED)

    @property
    def total_weight(self) -> float:
        """Weight of every clause still in the text (dropped ones excluded)."""
        return sum(c.weight for c in self.clauses if c.status is not ClauseStatus.DROPPED)

    @property
    def computed(self) -> float | None:
        """Weighted share of agreed clauses; None when no weighted clause remains."""
        total = self.total_weight
        return self.agreed_weight / total if total > 0 else None

    @property
    def unweighted(self) -> float | None:
        """Share of agreed clauses counting each clause once."""
        kept = [c for c in self.clauses if c.status is not ClauseStatus.DROPPED]
        if not kept:
            return None
        return sum(1 for c in kept if c.status is ClauseStatus.AGREED) / len(kept)

    @property
    def claimed(self) -> float | None:
        """Readiness a source claims for the document, if any."""
        return self.document.claimed_readiness

    @property
    def difference(self) -> float | None:
        """Claimed minus computed readiness; None unless both are known."""
        if self.claimed is None or self.computed is None:
            return None
        return self.claimed - self.computed

    @property
    def flagged(self) -> bool:
        """True when claimed and computed readiness differ by more than the threshold."""
        return self.difference is not None and abs(self.difference) > self.threshold + 1e-12


def readiness(
    document: Document,
    clauses: Iterable[Clause],
    threshold: float = DEFAULT_THRESHOLD,
    sources: Mapping[str, Source] | None = None,
) -> Readiness:
    """The readiness of `document` from those of `clauses` that belong to it; `sources` (the
    visible ones) name who claimed its readiness.

    Example: ``readiness(paris, clauses).computed``.
    """
    own = sorted(
        (c for c in clauses if c.document == document.id), key=lambda c: (clause_order(c), c.id)
    )
    return Readiness(document, tuple(own), threshold, claim_of(document, sources or {}))
