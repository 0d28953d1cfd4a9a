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
    seen_mask,
    shown_allocations,
    store_plan,
    summary_of,
    visible_ids,
)
from willing.sourcing.problem import (
    DOMAINS,
    BoolArray,
    FloatArray,
    IntArray,
    SourcingProblem,
    weighted_count,
)
from willing.sourcing.result import Dimension, SourcingResult
from willing.sourcing.solve import solve

TABLES_SHOWN: tuple[Dimension, ...] = ("layer", "domain", "location", "phase")


def parse_assumptions(items: list[str]) -> dict[str, ConditionStatus]:
    """`us-backstop=met` items into a mapping; raise WillingError on a malformed item."""
    out: dict[str, ConditionStatus] = {}
    for item in items:
        key, sep, value = item.partition("=")
        try:
            if not sep or not key.strip():
                raise ValueError
            status = ConditionStatus(value.strip().lower())
        except ValueError:
            choices = "|".join(s.value for s in ConditionStatus)
            raise WillingError(f"bad assumption '{item}': write CONDITION={choices}") from None
        key = key.strip()
        if key in out and out[key] is not status:
            raise WillingError(
                f"contradictory assumptions for '{key}': "
                f"{out[key].value} and {status.value}; give one status per condition"
            )
        out[key] = status
    return out


def check_assumptions(registry: Registry, assume: Mapping[str, ConditionStatus]) -> None:
    """Refuse assumptions on conditions the viewer may not see with exactly the error an
    unknown condition gets, so the command never confirms that a hidden one exists."""
    seen = visible_ids(registry, "conditions")
    if seen is None:
        return
    hidden = sorted(key for key in assume if key not in seen)
    if hidden:
        raise WillingError(f"unknown condition(s) in assumptions: {', '.join(hidden)}")


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
    """Source the force over every stored record and report it as the viewer may see it.

    The plan is solved over all records; what is shown names only requirement lines,
    locations, phases, capabilities, conditions and pledges the viewer may see (see
    docs/sourcing.md, "What a viewer sees").
    """
    check_assumptions(registry, assume or {})
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
    view = _View.of(registry, problem)
    released = view.pledges
    summary = summary_of(result, gaps)
    if registry.tokens is not None:
        gaps = explain_gaps(result, released=released, conditions_seen=view.conditions)
    shown_lines = view.line_mask(problem)
    rows = gap_rows([g for g in gaps if shown_lines[g.index]], registry.tokens)
    contributions = _contributions(problem, result.pledge, result.units, released)
    seen = shown_allocations(result, released, shown_lines)
    tables = _tables(result, view)
    met = result.met & view.conditions
    data: dict[str, Any] = {
        "plan": plan_id,
        "revision": revision,
        "scenario": {
            "assume": {k: v.value for k, v in (assume or {}).items()},
            "unknown_as": unknown_as.value,
            "met": [c for c, m in zip(problem.conditions, met.tolist(), strict=True) if m],
            "force_share_cap": force_share_cap,
        },
        **{
            k: summary[k]
            for k in ("method", "status", "objective", "bound", "gap", "gap_abs", "coverage")
        },
        "tables": tables,
        "funding": [r for r in tables["domain"] if r["name"] == "funding"],
        "gaps": rows,
        "contributions": contributions,
        "lines": allocation_rows(result, released, shown_lines),
        "withheld_lines": int((~seen).sum()),
    }
    return PlanReport(data)


@dataclass(frozen=True, eq=False)
class _View:
    """Which records of the problem the viewer may see, as masks over its arrays."""

    pledges: BoolArray
    conditions: BoolArray
    locations: BoolArray
    phases: BoolArray
    capabilities: BoolArray
    requirements: BoolArray

    @classmethod
    def of(cls, registry: Registry, problem: SourcingProblem) -> _View:
        def mask(kind: str, ids: tuple[str, ...]) -> BoolArray:
            return seen_mask(ids, visible_ids(registry, kind))

        return cls(
            pledges=mask("pledges", problem.pledge_ids),
            conditions=mask("conditions", problem.conditions),
            locations=mask("locations", problem.locations),
            phases=mask("phases", problem.phases),
            capabilities=mask("capabilities", problem.capabilities),
            requirements=mask("requirements", problem.requirement_ids),
        )

    def line_mask(self, problem: SourcingProblem) -> BoolArray:
        """Lines that may be named: the line, its location, phase and capability are seen."""
        return (
            self.requirements
            & self.locations[problem.requirement_location]
            & self.phases[problem.requirement_phase]
            & self.capabilities[problem.requirement_capability]
        )


def _tables(result: SourcingResult, view: _View) -> dict[str, list[dict[str, Any]]]:
    """Coverage tables as the viewer may see them: by layer and domain over every line
    (aggregates), by location and phase over the lines it may see, rows only for
    locations and phases it may see."""
    p = result.problem
    lines = view.line_mask(p)
    names = {
        "location": set(np.asarray(p.locations)[view.locations].tolist()),
        "phase": set(np.asarray(p.phases)[view.phases].tolist()),
    }
    out: dict[str, list[dict[str, Any]]] = {}
    for by in TABLES_SHOWN:
        scoped = by in names and not lines.all()
        rows = result.coverage_by(by, lines if scoped else None)
        out[by] = [
            {"name": r.name, "demand": r.demand, "filled": r.filled, "share": r.share}
            for r in rows
            if by not in names or r.name in names[by]
        ]
    return out


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
