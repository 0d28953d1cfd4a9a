"""Plain JSON-ready dictionaries of burden results: what `--json` prints and tests compare."""

from __future__ import annotations

from typing import Any

from willing.burden.reference import Figure
from willing.burden.report import BurdenReport, PartyBurden
from willing.burden.valuation import Valuation


def figure(fig: Figure | None) -> dict[str, Any] | None:
    """A reference figure with its year and indicator id; value None means not publicly known."""
    if fig is None:
        return None
    return {
        "value": fig.value,
        "year": fig.year,
        "indicator": fig.indicator,
        "sources": list(fig.sources),
    }


def row(r: PartyBurden) -> dict[str, Any]:
    """One party's row."""
    return {
        "party": r.party,
        "name": r.name,
        "total_eur": r.total_eur,
        "estimated_eur": r.estimated_eur,
        "notional_eur": r.notional_eur,
        "unvalued_pledges": r.unvalued,
        "by_layer": {layer.value: v for layer, v in r.by_layer.items()},
        "share": r.share,
        "gdp": figure(r.gdp),
        "defence_spending": figure(r.defence),
        "pct_gdp": r.pct_gdp,
        "pct_defence": r.pct_defence,
        "fair_share": r.fair_share,
        "stages": {s.name.lower(): v for s, v in r.stages.items()},
        "to_allocate_eur": r.to_allocate_eur,
        "to_deliver_eur": r.to_deliver_eur,
    }


def report(rep: BurdenReport) -> dict[str, Any]:
    """The whole burden-sharing table with totals and the rule-protected coalition total."""
    c = rep.coalition
    return {
        "at": rep.at.isoformat() if rep.at else None,
        "rows": [row(r) for r in rep.rows],
        "visible_total_eur": rep.total_eur,
        "by_layer": {layer.value: v for layer, v in rep.by_layer.items()},
        "stages": {s.name.lower(): v for s, v in rep.stages.items()},
        "coalition_total": {
            "status": c.status.value,
            "total_eur": c.total_eur,
            "undisclosed_eur": c.hidden_eur,
            "rule": f"undisclosed part shown only when it combines at least {c.min_parties} "
            "parties and none dominates",
        },
    }


def valuation(v: Valuation) -> dict[str, Any]:
    """One pledge's value and its basis."""
    p = v.pledge
    return {
        "pledge": p.id,
        "party": p.party,
        "capability": p.capability,
        "quantity": p.quantity,
        "layer": v.layer.value,
        "status": p.status.value,
        "value_eur": v.eur,
        "estimated": v.estimated,
        "notional": p.notional,
        "basis": v.basis.value,
    }
