"""The burden-sharing table: per party contributions, shares, GDP ratios and stages.

Fair-share index of a party = its share of contributions / its share of GDP, both taken over
the same group: the parties in the table whose GDP is known. An index of 1 means the party
gives in proportion to its economy, above 1 more, below 1 less. A party whose GDP is not
publicly known has no index (None), and is left out of both denominators.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from willing.burden.disclosure import CoalitionTotal, DisclosureRule, coalition_total
from willing.burden.reference import DEFENCE, GDP, Figure, latest_figures
from willing.burden.stages import Stage, stage_of
from willing.burden.valuation import Valuation
from willing.domain.enums import Layer, PartyKind, PartyRole
from willing.domain.parties import Indicator, Party


def _ratio(num: float, den: float | None) -> float | None:
    return num / den if den else None


@dataclass(frozen=True)
class PartyBurden:
    """One row of the burden-sharing table."""

    party: str
    name: str
    total_eur: float
    estimated_eur: float
    notional_eur: float
    unvalued: int
    by_layer: dict[Layer, float]
    stages: dict[Stage, float]
    gdp: Figure | None
    defence: Figure | None
    share: float | None = None
    fair_share: float | None = None

    @property
    def pct_gdp(self) -> float | None:
        """Contributions as a fraction of GDP; None when GDP is not known."""
        return _ratio(self.total_eur, self.gdp.value if self.gdp else None)

    @property
    def pct_defence(self) -> float | None:
        """Contributions as a fraction of the defence budget; None when it is not known."""
        return _ratio(self.total_eur, self.defence.value if self.defence else None)

    @property
    def to_allocate_eur(self) -> float:
        """Committed but not yet allocated."""
        return self.stages[Stage.COMMITTED] - self.stages[Stage.ALLOCATED]

    @property
    def to_deliver_eur(self) -> float:
        """Committed but not yet delivered."""
        return self.stages[Stage.COMMITTED] - self.stages[Stage.DELIVERED]


@dataclass(frozen=True)
class BurdenReport:
    """The table, its totals and the coalition total under the disclosure rule."""

    rows: tuple[PartyBurden, ...]
    by_layer: dict[Layer, float]
    stages: dict[Stage, float]
    coalition: CoalitionTotal
    at: dt.date | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def total_eur(self) -> float:
        """Sum of the visible contributions."""
        return sum(r.total_eur for r in self.rows)

    def row(self, party: str) -> PartyBurden:
        """The row of `party`; KeyError if it is not in the table."""
        for r in self.rows:
            if r.party == party:
                return r
        raise KeyError(party)


def _row(
    party: str,
    name: str,
    items: list[Valuation],
    at: dt.date | None,
    gdp: Figure | None,
    defence: Figure | None,
) -> PartyBurden:
    by_layer = dict.fromkeys(Layer, 0.0)
    stages = dict.fromkeys(Stage, 0.0)
    total = estimated = notional = 0.0
    unvalued = 0
    for v in items:
        stage = stage_of(v.pledge, at)
        if stage is None:
            continue
        if v.eur is None:
            unvalued += 1
            continue
        for s in Stage:
            if stage >= s:
                stages[s] += v.eur
        total += v.eur
        estimated += v.eur if v.estimated else 0.0
        notional += v.eur if v.pledge.notional else 0.0
        by_layer[v.layer] += v.eur
    return PartyBurden(
        party, name, total, estimated, notional, unvalued, by_layer, stages, gdp, defence
    )


def party_totals(valuations: Iterable[Valuation], at: dt.date | None = None) -> dict[str, float]:
    """Per party, the EUR value of its pledges counted as of `at` (as the table counts them)."""
    out: dict[str, float] = {}
    for v in valuations:
        if v.eur is not None and stage_of(v.pledge, at) is not None:
            out[v.party] = out.get(v.party, 0.0) + v.eur
    return out


def burden_report(
    valuations: Iterable[Valuation],
    parties: Iterable[Party],
    indicators: Iterable[Indicator],
    hidden_by_party: Mapping[str, float] | None = None,
    at: dt.date | None = None,
    year: int | None = None,
    rule: DisclosureRule | None = None,
) -> BurdenReport:
    """Build the table over the given (visible) valuations; member states with no pledge show 0.

    `at` takes pledge stages as of a date (None: now); `year` caps the reference figures'
    year. `hidden_by_party` is the value per party of pledges the viewer may not see (None:
    the viewer sees everything); it only ever reaches the rule-protected coalition total.

    Example: ``burden_report(value_pledges(ps, caps), parties, inds).row("FRA").fair_share``.
    """
    by_party: dict[str, list[Valuation]] = {}
    for v in valuations:
        by_party.setdefault(v.party, []).append(v)
    names = {p.id: p.name for p in parties}
    members = {
        p.id for p in parties if p.role is PartyRole.MEMBER and p.party_kind is PartyKind.STATE
    }
    gdp, defence = latest_figures(indicators, GDP, year), latest_figures(indicators, DEFENCE, year)
    rows = [
        _row(pid, names.get(pid, pid), by_party.get(pid, []), at, gdp.get(pid), defence.get(pid))
        for pid in sorted(members | set(by_party))
    ]
    visible = sum(r.total_eur for r in rows)
    group = [r for r in rows if r.gdp is not None and r.gdp.value]
    in_group = {r.party for r in group}
    group_eur = sum(r.total_eur for r in group)
    group_gdp = sum(r.gdp.value for r in group if r.gdp and r.gdp.value)
    finished = []
    for r in rows:
        fair = None
        if r.party in in_group and group_eur > 0 and r.gdp and r.gdp.value:
            fair = (r.total_eur / group_eur) / (r.gdp.value / group_gdp)
        finished.append(replace(r, share=_ratio(r.total_eur, visible), fair_share=fair))
    finished.sort(key=lambda r: (-r.total_eur, r.party))
    layer_totals = {layer: sum(r.by_layer[layer] for r in rows) for layer in Layer}
    stage_totals = {s: sum(r.stages[s] for r in rows) for s in Stage}
    return BurdenReport(
        tuple(finished),
        layer_totals,
        stage_totals,
        coalition_total(visible, hidden_by_party, rule),
        at,
    )
