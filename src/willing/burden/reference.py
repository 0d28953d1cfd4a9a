"""Reference figures (GDP, defence spending) per party from `Indicator` records.

A figure whose value is empty is known to be unknown: it is kept as a `Figure` with
``value=None`` so that reports say "not publicly known" instead of showing 0.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from willing.domain.parties import Indicator

GDP = "gdp_eur"
DEFENCE = "defence_spending_eur"


@dataclass(frozen=True)
class Figure:
    """One reference figure of a party with its year and the indicator it came from."""

    party: str
    metric: str
    year: int
    value: float | None
    indicator: str
    sources: tuple[str, ...] = ()


def latest_figures(
    indicators: Iterable[Indicator], metric: str, year: int | None = None
) -> dict[str, Figure]:
    """Per party, the figure of `metric` for the latest year up to `year` (None: any year).

    Among figures of the same year, a known value beats an unknown one, then the greater id.
    """
    best: dict[str, tuple[tuple[int, bool, str], Figure]] = {}
    for ind in indicators:
        if ind.metric != metric or (year is not None and ind.year > year):
            continue
        key = (ind.year, ind.value is not None, ind.id)
        held = best.get(ind.party)
        if held is None or key > held[0]:
            sources = tuple(dict.fromkeys(e.source for e in ind.evidence))
            figure = Figure(ind.party, metric, ind.year, ind.value, ind.id, sources)
            best[ind.party] = (key, figure)
    return {party: fig for party, (_, fig) in best.items()}
