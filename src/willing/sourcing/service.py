"""The plan use case shared by every interface: load, solve, explain, store and show.

A viewer's plan is computed over the records it may see (an administrator's over
everything), so whatever it is shown is the same whatever the records hidden from it hold,
and whether they exist (see docs/sourcing.md, "What a viewer sees"). A stored plan is what
one viewer saw: it carries the label of that run, and another viewer lists, reads or
verifies it only when it may see that label.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from willing.domain.enums import ConditionStatus
from willing.domain.errors import WillingError
from willing.domain.labels import Classification
from willing.services.access import Registry, Viewer, viewer_label
from willing.services.permissions import Action, allowed
from willing.sourcing.explain import Gap, explain_gaps
from willing.sourcing.loader import HIDDEN_CONDITION, load_problem
from willing.sourcing.plans import (
    Assumptions,
    StoredPlan,
    allocation_rows,
    gap_rows,
    problem_digest,
    read_plan,
    shared_units,
    store_plan,
    stored_plans,
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
    """Source the force over the records the viewer may see, and report it.

    Every figure (coverage, gaps and their reasons, contributions) comes from the
    viewer's records only (see docs/sourcing.md, "What a viewer sees").
    """
    check_assumptions(registry, assume or {})
    try:
        problem, revision = load_problem(registry, assume, unknown_as, force_share_cap)
        result = solve(problem)
    except ValueError as exc:
        raise WillingError(str(exc)) from None
    gaps = explain_gaps(result, conditions_seen=_View.of(problem).conditions)
    assumed = {k: v.value for k, v in (assume or {}).items()}
    # plans are the planners' product: other roles see them without saving them
    saves = store and allowed(registry.viewer, Action.STORE_PLAN)
    plan_id = (
        store_plan(
            registry, result, gaps, revision, assumed, unknown_as.value, viewer_label(registry)
        )
        if saves
        else None
    )
    scenario = Assumptions(assumed, unknown_as.value, force_share_cap)
    return PlanReport(view_of(registry, result, gaps, revision, scenario, plan_id))


def view_of(
    registry: Registry,
    result: SourcingResult,
    gaps: Sequence[Gap],
    revision: int,
    scenario: Assumptions,
    plan_id: str | None = None,
) -> dict[str, Any]:
    """A solved plan as the data `willing plan` prints (and `--json` shows), for a fresh
    plan and a stored one alike. The plan is computed over what its viewer may see, so
    everything in it may be shown; a condition hidden from the viewer (on a pledge it may
    see) is never named."""
    problem = result.problem
    view = _View.of(problem)
    summary = summary_of(result, gaps)
    rows = gap_rows(list(gaps), registry.tokens)
    contributions = _contributions(problem, result.pledge, result.units, view.pledges)
    tables = _tables(result)
    met = result.met & view.conditions
    assume, withheld = shown_assumptions(registry, scenario.assume)
    data: dict[str, Any] = {
        "plan": plan_id,
        "revision": revision,
        "scenario": {
            "assume": assume,
            "unknown_as": scenario.unknown_as,
            "met": [c for c, m in zip(problem.conditions, met.tolist(), strict=True) if m],
            "force_share_cap": scenario.force_share_cap,
            **({"assumptions_withheld": True} if withheld else {}),
        },
        **{
            k: summary[k]
            for k in ("method", "status", "objective", "bound", "gap", "gap_abs", "coverage")
        },
        "tables": tables,
        "funding": [r for r in tables["domain"] if r["name"] == "funding"],
        "gaps": rows,
        "contributions": contributions,
        "lines": allocation_rows(result),
        "withheld_lines": 0,
        "shared_units": shared_units(result),
    }
    return data


WITHHELD = "(includes assumptions not released to you)"


def shown_assumptions(registry: Registry, assume: Mapping[str, str]) -> tuple[dict[str, str], bool]:
    """The assumptions on conditions the viewer may see, and whether any were left out
    (a condition hidden from the viewer and one since removed are treated alike)."""
    seen = visible_ids(registry, "conditions")
    shown = {k: v for k, v in assume.items() if seen is None or k in seen}
    return shown, len(shown) < len(assume)


def _shown_label(registry: Registry, stored: StoredPlan) -> tuple[dict[str, Any], bool]:
    """The stored plan's scenario as the viewer may see it: fields and label, with any
    assumption on a condition it may not see withheld (and the label with it)."""
    scenario = stored.assumptions
    if scenario is None:  # a label cut short, from before assumptions were recorded
        unread = {"assume": None, "unknown_as": None, "force_share_cap": None}
        if registry.tokens is None:
            return {"label": stored.scenario, **unread}, False
        return {"label": WITHHELD, **unread}, True
    assume, withheld = shown_assumptions(registry, scenario.assume)
    return {
        "label": WITHHELD if withheld else scenario.label,
        "assume": assume,
        "unknown_as": scenario.unknown_as,
        "force_share_cap": scenario.force_share_cap,
    }, withheld


def plan_entry(registry: Registry, stored: StoredPlan) -> dict[str, Any]:
    """What any viewer may see of a stored plan in a list: when and at which revision it
    was made, its scenario (no condition hidden from the viewer), and the aggregates that
    are the same for every viewer."""
    scenario, withheld = _shown_label(registry, stored)
    summary = stored.summary
    return {
        "id": stored.id,
        "created": stored.created_at.isoformat(timespec="seconds"),
        "revision": stored.revision,
        "scenario": scenario.pop("label"),
        **scenario,
        "assumptions_withheld": withheld,
        "coverage": summary.get("coverage"),
        "method": summary.get("method"),
        "status": summary.get("status"),
        "objective": summary.get("objective"),
        "bound": summary.get("bound"),
    }


def list_plans(registry: Registry) -> list[dict[str, Any]]:
    """Every stored plan, newest first, as the viewer may see it (`plan_entry`)."""
    return [plan_entry(registry, stored) for stored in stored_plans(registry)]


@dataclass(frozen=True)
class PlanCheck:
    """A stored plan solved again from the current registry with its assumptions.

    `outcome` is "identical" (same inputs, same allocation), "different" (same inputs,
    another allocation; `differences` says how) or "drift" (the inputs changed since: the
    plan cannot be reproduced, and `report` is None). Everything here is what the viewer
    may see: `report` is the same view `plan` gives; `tables` are the stored plan's
    coverage by layer and by domain (aggregates, the same for every viewer).
    """

    entry: dict[str, Any]
    revision_now: int
    outcome: str
    message: str
    differences: dict[str, Any] | None
    report: PlanReport | None
    tables: dict[str, list[dict[str, Any]]]

    @property
    def reproduced(self) -> bool:
        return self.outcome == "identical"

    @property
    def data(self) -> dict[str, Any]:
        return {
            **self.entry,
            "revision_now": self.revision_now,
            "reproduced": self.outcome,
            "message": self.message,
            "differences": self.differences,
            "stored_tables": self.tables,
            "plan": None if self.report is None else self.report.data,
        }


def run_registry(registry: Registry, stored: StoredPlan) -> Registry:
    """The registry as the viewer that stored the plan saw it: the plan is rebuilt over
    the records that viewer may see. Whoever may read the plan may see all of them (the
    same party, or an administrator). Raises WillingError when that party is gone."""
    label = stored.label
    if label.classification is Classification.PUBLIC:
        return Registry(registry.store, Viewer(None))
    if label.owner is None:
        return registry.system()
    return Registry(registry.store, Viewer(label.owner))


def check_plan(registry: Registry, plan_id: str) -> PlanCheck:
    """Rebuild a stored plan's problem from the current registry, over the records the
    viewer that stored it may see, with its assumptions; if the inputs digest still
    matches, solve it again and compare the allocation lines.

    Raises NotFound for an id that is no stored plan the viewer may see.
    """
    stored = read_plan(registry, plan_id)
    entry = plan_entry(registry, stored)
    tables = {by: stored.summary["tables"][by] for by in ("layer", "domain")}
    now = registry.store.revision()
    scenario = stored.assumptions
    changed = (
        f"registry revision {stored.revision} when stored, {now} now"
        if now != stored.revision
        else f"registry revision {now} then and now"
    )

    def drift(why: str) -> PlanCheck:
        message = f"{plan_id} cannot be reproduced: {why} ({changed})."
        return PlanCheck(entry, now, "drift", message, None, None, tables)

    if scenario is None:
        return drift("its assumptions were not recorded and its label was cut short")
    try:
        problem, now = load_problem(
            run_registry(registry, stored),
            {k: ConditionStatus(v) for k, v in scenario.assume.items()},
            ConditionStatus(scenario.unknown_as),
            scenario.force_share_cap,
        )
    except (ValueError, WillingError):
        # e.g. an assumed condition was removed; not named, it may be hidden from the viewer
        return drift("the registry changed since it was stored and its inputs cannot be rebuilt")
    if problem_digest(problem) != stored.inputs_hash:
        if now != stored.revision:
            return drift("the registry changed since it was stored; its inputs differ")
        return drift("its inputs differ from those stored")
    try:
        result = solve(problem)
    except ValueError as exc:
        raise WillingError(str(exc)) from None
    gaps = explain_gaps(result, conditions_seen=_View.of(problem).conditions)
    data = view_of(registry, result, gaps, stored.revision, scenario, plan_id)
    differences = _differences(problem, stored.lines, result)
    same_revision = now == stored.revision
    where = (
        f"registry revision {now}"
        if same_revision
        else f"registry revision {now}, stored at {stored.revision}: the changes since "
        "do not touch its inputs"
    )
    if differences is None:
        message = f"{plan_id} reproduced: identical ({where})."
        return PlanCheck(entry, now, "identical", message, None, PlanReport(data), tables)
    message = (
        f"{plan_id} solved again from the same inputs ({where}) gives another allocation: "
        f"{_describe(differences)}."
    )
    return PlanCheck(entry, now, "different", message, differences, PlanReport(data), tables)


def _differences(
    problem: SourcingProblem,
    stored: list[tuple[str, str, float]],
    result: SourcingResult,
) -> dict[str, Any] | None:
    """How the stored allocation lines differ from the new solve's (None when they are the
    same). The plan is over records its viewers may see, so every line is named."""
    before: dict[tuple[str, str], float] = {}
    for pledge, line, units in stored:
        before[pledge, line] = before.get((pledge, line), 0.0) + units
    after: dict[tuple[str, str], float] = {}
    for i, r, u in zip(
        result.pledge.tolist(), result.requirement.tolist(), result.units.tolist(), strict=True
    ):
        key = (problem.pledge_ids[i], problem.requirement_ids[r])
        after[key] = after.get(key, 0.0) + u
    differ = sorted(
        k
        for k in before.keys() | after.keys()
        if abs(before.get(k, 0.0) - after.get(k, 0.0)) > 1e-9
    )
    if not differ:
        return None
    return {
        "lines": [
            {
                "pledge": pledge,
                "requirement": line,
                "stored": before.get((pledge, line), 0.0),
                "now": after.get((pledge, line), 0.0),
            }
            for pledge, line in differ
        ],
        "withheld": 0,
    }


def _describe(differences: dict[str, Any]) -> str:
    """The differences in one phrase: how many pledge-line pairs changed, and how."""
    rows = differences["lines"]
    stored_only = sum(1 for d in rows if d["now"] == 0)
    new_only = sum(1 for d in rows if d["stored"] == 0)
    counts = (
        (stored_only, "only in the stored plan"),
        (new_only, "only in the new solve"),
        (len(rows) - stored_only - new_only, "with other units"),
    )
    return f"{len(rows)} pledge-line pair(s) differ: " + ", ".join(
        f"{n} {what}" for n, what in counts if n
    )


@dataclass(frozen=True, eq=False)
class _View:
    """What of a viewer's problem may be named: every record in it (it holds only what
    the viewer may see) but the stand-in for conditions hidden from it."""

    pledges: BoolArray
    conditions: BoolArray

    @classmethod
    def of(cls, problem: SourcingProblem) -> _View:
        return cls(
            pledges=np.ones(problem.n_pledges, np.bool_),
            conditions=np.array([c != HIDDEN_CONDITION for c in problem.conditions], np.bool_),
        )


def _tables(result: SourcingResult) -> dict[str, list[dict[str, Any]]]:
    """Coverage tables by layer, domain, location and phase."""
    return {
        by: [
            {"name": r.name, "demand": r.demand, "filled": r.filled, "share": r.share}
            for r in result.coverage_by(by)
        ]
        for by in TABLES_SHOWN
    }


def _contributions(
    problem: SourcingProblem, pledge: IntArray, units: FloatArray, released: BoolArray
) -> list[dict[str, Any]]:
    """Force units and funding (thousands of EUR) each nation gives."""
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
