"""The plan use case shared by every interface: load, solve, explain, store, then show the
viewer aggregates and gaps, and allocation lines only for pledges released to it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from willing.domain.enums import ConditionStatus
from willing.domain.errors import WillingError
from willing.services.access import Registry, Role
from willing.sourcing.explain import explain_gaps
from willing.sourcing.loader import load_problem
from willing.sourcing.plans import (
    allocation_rows,
    gap_rows,
    released_pledges,
    store_plan,
    summary_of,
)
from willing.sourcing.problem import (
    DOMAINS,
    BoolArray,
    FloatArray,
    IntArray,
    SourcingProblem,
    weighted_count,
)
from willing.sourcing.solve import solve

TABLES_SHOWN = ("layer", "domain", "location", "phase")


def parse_assumptions(items: list[str]) -> dict[str, ConditionStatus]:
    """`us-backstop=met` items into a mapping; raise WillingError on a malformed item."""
    out: dict[str, ConditionStatus] = {}
    for item in items:
        key, sep, value = item.partition("=")
        try:
            if not sep or not key:
                raise ValueError
            out[key.strip()] = ConditionStatus(value.strip().lower())
        except ValueError:
            choices = "|".join(s.value for s in ConditionStatus)
            raise WillingError(f"bad assumption '{item}': write CONDITION={choices}") from None
    return out


@dataclass(frozen=True)
class PlanReport:
    """What one viewer may see of a plan, as plain data (the JSON the CLI prints)."""

    data: dict[str, Any]

    @property
    def gaps(self) -> list[dict[str, Any]]:
        return list(self.data["gaps"])


def plan(
    registry: Registry,
    assume: Mapping[str, ConditionStatus] | None = None,
    unknown_as: ConditionStatus = ConditionStatus.FAILED,
    force_share_cap: float | None = None,
    store: bool = True,
) -> PlanReport:
    """Source the force over every stored record and report it as the viewer may see it."""
    try:
        problem, revision = load_problem(registry, assume, unknown_as, force_share_cap)
    except ValueError as exc:
        raise WillingError(str(exc)) from None
    result = solve(problem)
    gaps = explain_gaps(result)
    # plans are the planners' product: other roles see them without saving them
    saves = store and registry.viewer.role in (Role.ADMIN, Role.PLANNER)
    plan_id = (
        store_plan(
            registry,
            result,
            gaps,
            revision,
            {k: v.value for k, v in (assume or {}).items()},
            unknown_as.value,
        )
        if saves
        else None
    )
    released = released_pledges(registry, problem)
    summary = summary_of(result, gaps)
    rows = gap_rows(gaps, registry.tokens)
    contributions = _contributions(problem, result.pledge, result.units, released)
    seen = released[result.pledge]
    data: dict[str, Any] = {
        "plan": plan_id,
        "revision": revision,
        "scenario": {
            "assume": {k: v.value for k, v in (assume or {}).items()},
            "unknown_as": unknown_as.value,
            "met": [c for c, m in zip(problem.conditions, result.met.tolist(), strict=True) if m],
            "force_share_cap": force_share_cap,
        },
        **{k: summary[k] for k in ("method", "status", "objective", "bound", "gap", "coverage")},
        "tables": {by: summary["tables"][by] for by in TABLES_SHOWN},
        "funding": [r for r in summary["tables"]["domain"] if r["name"] == "funding"],
        "gaps": rows,
        "contributions": contributions,
        "lines": allocation_rows(result, released),
        "withheld_lines": int((~seen).sum()),
    }
    return PlanReport(data)


def _contributions(
    problem: SourcingProblem, pledge: IntArray, units: FloatArray, released: BoolArray
) -> list[dict[str, Any]]:
    """Force units and funding (thousands of EUR) each nation gives, from released pledges."""
    n = len(problem.parties)
    funding = problem.capability_domain == DOMAINS.index("funding")
    seen = released[pledge]
    is_fund = funding[problem.pledge_capability[pledge]]
    party = problem.pledge_party[pledge]
    given = weighted_count(party[seen & ~is_fund], units[seen & ~is_fund], n)
    given_eur = weighted_count(party[seen & is_fund], units[seen & is_fund], n)
    offer_fund = funding[problem.pledge_capability]
    own = problem.pledge_party
    offered = weighted_count(
        own[released & ~offer_fund], problem.pledge_units[released & ~offer_fund], n
    )
    offered_eur = weighted_count(
        own[released & offer_fund], problem.pledge_units[released & offer_fund], n
    )
    order = np.lexsort((-given_eur, -given)).tolist()
    return [
        {
            "party": problem.parties[i],
            "units": float(given[i]),
            "offered": float(offered[i]),
            "funding_keur": float(given_eur[i]),
            "funding_offered_keur": float(offered_eur[i]),
        }
        for i in order
        if offered[i] > 0 or offered_eur[i] > 0
    ]
