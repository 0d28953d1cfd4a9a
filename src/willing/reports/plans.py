"""The plans a report compares, all solved for the report's viewer and never stored (a
report reads, it does not write): the baseline, with the US backstop, every condition met."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from willing.domain.enums import ConditionStatus
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
