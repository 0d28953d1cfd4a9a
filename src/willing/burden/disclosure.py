"""The one rule deciding whether a viewer may see a total that includes records hidden from it.

Every burden figure is computed over the pledges the viewer may see, except one: the
coalition total including undisclosed contributions. Its hidden part is released only when it
combines at least `min_parties` parties (each with a value above zero) and no single party
makes up more than `max_share` of it — a threshold-and-dominance rule of statistical
disclosure control. Otherwise it is withheld, and a withheld total looks the same whether
nothing or something is hidden, so the viewer cannot tell hidden records exist.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

DEFAULT_MIN_PARTIES = 3
DEFAULT_MAX_SHARE = 0.6


class TotalStatus(StrEnum):
    """How a coalition total relates to what the viewer sees."""

    COMPLETE = "complete"  # the viewer sees every record: nothing is hidden
    INCLUDED = "included"  # undisclosed contributions are included, under the rule
    WITHHELD = "withheld"  # the rule does not protect the hidden part: not shown


@dataclass(frozen=True)
class DisclosureRule:
    """Threshold (at least `min_parties`) and dominance (at most `max_share`) rule."""

    min_parties: int = DEFAULT_MIN_PARTIES
    max_share: float = DEFAULT_MAX_SHARE

    def protects(self, hidden_by_party: Mapping[str, float]) -> bool:
        """True when a sum of these per-party hidden values reveals no single party's value."""
        values = [v for v in hidden_by_party.values() if v > 0]
        if len(values) < self.min_parties:
            return False
        return max(values) <= self.max_share * sum(values)


@dataclass(frozen=True)
class CoalitionTotal:
    """The coalition total a viewer may see: visible part, and the hidden part if released."""

    visible_eur: float
    status: TotalStatus
    hidden_eur: float | None = None
    min_parties: int = DEFAULT_MIN_PARTIES

    @property
    def total_eur(self) -> float | None:
        """Visible plus released hidden value; None when withheld."""
        if self.status is TotalStatus.WITHHELD:
            return None
        return self.visible_eur + (self.hidden_eur or 0.0)


def coalition_total(
    visible_eur: float,
    hidden_by_party: Mapping[str, float] | None,
    rule: DisclosureRule | None = None,
) -> CoalitionTotal:
    """Apply the rule; `hidden_by_party` of None means the viewer sees everything.

    Example: ``coalition_total(10.0, {"A": 1, "B": 1, "C": 1}).total_eur == 13.0``.
    """
    rule = rule or DisclosureRule()
    if hidden_by_party is None:
        return CoalitionTotal(visible_eur, TotalStatus.COMPLETE, 0.0, rule.min_parties)
    if rule.protects(hidden_by_party):
        hidden = sum(v for v in hidden_by_party.values() if v > 0)
        return CoalitionTotal(visible_eur, TotalStatus.INCLUDED, hidden, rule.min_parties)
    return CoalitionTotal(visible_eur, TotalStatus.WITHHELD, None, rule.min_parties)
