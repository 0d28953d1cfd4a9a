"""The plans a report compares, all solved for the report's viewer and never stored (a
report reads, it does not write): the baseline, with the US backstop, every condition met."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from willing.domain.enums import ConditionStatus
from willing.reports.document import Shown
from willing.services.access import Registry
from willing.sourcing.service import plan

BACKSTOP = "us-backstop"


@dataclass(frozen=True)
class Variant:
    """One plan of the comparison: its name, the assumptions, the viewer's plan data."""

    name: str
    assume: dict[str, ConditionStatus]
    data: dict[str, Any]


def variants(registry: Registry, assume: Mapping[str, ConditionStatus]) -> list[Variant]:
    """The baseline (the given assumptions), with the US backstop when the viewer may see
    that condition, and with every condition it may see met."""
    seen = sorted(c.id for c in registry.list("conditions"))
    chosen = [("baseline", dict(assume))]
    if BACKSTOP in seen and assume.get(BACKSTOP) is not ConditionStatus.MET:
        chosen.append(("with the US backstop", {**assume, BACKSTOP: ConditionStatus.MET}))
    chosen.append(("every condition met", dict.fromkeys(seen, ConditionStatus.MET)))
    return [Variant(name, a, plan(registry, a, store=False).data) for name, a in chosen]


def by_country(shown: Shown, data: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Demand and fill of a plan's deployment locations summed by country (a location's
    `country`, or the location itself when it is a party); sea areas have none. Every
    location counted is marked as shown."""
    locations = shown.records("locations")
    parties = shown.records("parties")
    sums: dict[str, list[float]] = {}
    for row in data["tables"].get("location", []):
        found = locations.get(row["name"])
        country = getattr(found, "country", None) or (
            row["name"] if row["name"] in parties else None
        )
        if country is None:
            continue
        shown.add("locations", row["name"])
        total = sums.setdefault(country, [0.0, 0.0])
        total[0] += float(row["demand"])
        total[1] += float(row["filled"])
    return [
        {"country": c, "demand": d, "filled": f, "share": f / d if d else 1.0}
        for c, (d, f) in sorted(sums.items())
    ]
