"""Readiness of a framework document computed from its clauses, beside the claimed figure.

Computed readiness is the weight of agreed clauses over the weight of every clause that is
not dropped (``Clause.weight``, 1 by default). A dropped clause is no longer part of the
text, so it counts neither for nor against. When a source claims a readiness (e.g. "90
percent ready"), the difference claimed - computed is flagged when it exceeds the threshold.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from willing.domain.diplomacy import Clause, Document
from willing.domain.enums import ClauseStatus

DEFAULT_THRESHOLD = 0.10


def clause_order(clause: Clause) -> tuple[tuple[int, str], ...]:
    """Sort key that puts clause '2' before '10' and '3.b' after '3.a'."""
    return tuple(
        (int(part), "") if part.isdigit() else (1 << 30, part)
        for part in re.findall(r"\d+|[^\d.\s]+", clause.number)
    )


@dataclass(frozen=True)
class Readiness:
    """A document's clause statuses, computed readiness and the claimed figure."""

    document: Document
    clauses: tuple[Clause, ...]
    threshold: float = DEFAULT_THRESHOLD

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
    document: Document, clauses: Iterable[Clause], threshold: float = DEFAULT_THRESHOLD
) -> Readiness:
    """The readiness of `document` from those of `clauses` that belong to it.

    Example: ``readiness(paris, clauses).computed``.
    """
    own = sorted(
        (c for c in clauses if c.document == document.id), key=lambda c: (clause_order(c), c.id)
    )
    return Readiness(document, tuple(own), threshold)
