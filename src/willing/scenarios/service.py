"""Use cases shared by every interface: compare, Monte Carlo, criticality, sensitivity.

Non-interference: every computation runs over the records the viewer may see (an
administrator's over everything), so nothing a viewer receives can change when records
hidden from him change, appear or disappear. A hypothetical pledge is added to the viewer's
own records: its id need only differ from the pledges he sees, so no id can tell him that a
hidden pledge exists.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from willing.domain.catalog import Dataset
from willing.domain.errors import WillingError
from willing.domain.forces import Condition, Pledge
from willing.domain.labels import may_see
from willing.scenarios.apply import apply_scenario
from willing.scenarios.checks import check_scenario
from willing.scenarios.coverage import frame_of
from willing.scenarios.criticality import criticality
from willing.scenarios.definition import Scenario, read_scenario
from willing.scenarios.engine import pack
from willing.scenarios.executors import Executor
from willing.scenarios.montecarlo import THRESHOLDS, MonteCarlo, run_montecarlo
from willing.scenarios.sensitivity import GRID, Point, sensitivity
from willing.scenarios.stored import find_scenario, is_stored
from willing.scenarios.sweep import Cache, Progress, solve_masks
from willing.scenarios.uncertainty import Uncertainty, uncertainty_of
from willing.services.access import Registry
from willing.sourcing.problem import SourcingProblem
from willing.sourcing.records import from_dataset


@dataclass(frozen=True, eq=False)
class Prepared:
    """A scenario applied to the registry: the problem to solve and its uncertainty."""

    scenario: Scenario
    problem: SourcingProblem
    uncertainty: Uncertainty
    visible_pledges: frozenset[str]
    visible_lines: frozenset[str]
    visible_conditions: frozenset[str]
    visible_parties: frozenset[str]

    def shows(self, kind: str, rid: str) -> bool:
        """True when the viewer may see the record a row would name."""
        seen = {
            "pledge": self.visible_pledges,
            "nation": self.visible_parties,
            "condition": self.visible_conditions,
        }
        return rid in seen[kind]


def resolve(registry: Registry, name: str | Scenario, *, files: bool = True) -> Scenario:
    """A scenario by built-in or stored id, or (with `files`, as on the command line) from
    a YAML/JSON file path; a server passes `files=False` and never reads a file a client
    names."""
    if isinstance(name, Scenario):
        return name
    path = Path(name)
    if files and path.suffix.lower() in (".yaml", ".yml", ".json") and path.exists():
        return read_scenario(path)
    return find_scenario(registry, name)


def redactor(registry: Registry) -> Callable[[Scenario], Scenario]:
    """A function giving a scenario as the viewer may be shown it: every entry naming a
    record hidden from it left out, and hypothetical pledges it may not see or that name
    such a record. The viewer's records are read once, for any number of scenarios."""
    if registry.tokens is None:
        return lambda scenario: scenario
    tokens = registry.tokens
    seen = {
        kind: {r.id for r in registry.list(kind)}
        for kind in (
            "pledges",
            "conditions",
            "parties",
            "requirements",
            "capabilities",
            "locations",
        )
    }

    def shown(p: Pledge) -> bool:
        return (
            may_see(p.label, tokens)
            and p.party in seen["parties"]
            and p.capability in seen["capabilities"]
            and set(p.locations) <= seen["locations"]
            and set(p.conditions) <= seen["conditions"]
        )

    def redact(sc: Scenario) -> Scenario:
        conditions = seen["conditions"]
        return sc.model_copy(
            update={
                "conditions": {c: v for c, v in sc.conditions.items() if c in conditions},
                "probabilities": {c: v for c, v in sc.probabilities.items() if c in conditions},
                "withdraw_nations": [n for n in sc.withdraw_nations if n in seen["parties"]],
                "withdraw_pledges": [p for p in sc.withdraw_pledges if p in seen["pledges"]],
                "add_pledges": [p for p in sc.add_pledges if shown(p)],
                "requirements": [r for r in sc.requirements if r.id in seen["requirements"]],
            }
        )

    return redact


def redact(registry: Registry, scenario: Scenario) -> Scenario:
    """`scenario` as the viewer may be shown it (see `redactor`)."""
    return redactor(registry)(scenario)


def prepare(registry: Registry, scenario: Scenario, visible: Dataset | None = None) -> Prepared:
    """Check the scenario against the viewer's records, then apply it to them.

    A reference the viewer cannot resolve is rejected without naming it (see `checks`);
    a hypothetical pledge may reuse no pledge id the viewer sees.
    """
    visible = visible if visible is not None else registry.dataset()
    check_scenario(
        scenario,
        visible,
        {r.id for r in visible.records["pledges"]},
        admin=registry.tokens is None,
        stored=is_stored(registry, scenario),
    )
    applied = apply_scenario(visible, scenario)
    conditions = [c for c in applied.records["conditions"] if isinstance(c, Condition)]
    # statuses already carry the scenario; unknown counts as not met, as in `willing plan`
    problem = from_dataset(applied)
    return Prepared(
        scenario=scenario,
        problem=problem,
        uncertainty=uncertainty_of(conditions, problem.conditions),
        visible_pledges=frozenset(
            [r.id for r in visible.records["pledges"]]
            + [p.id for p in scenario.add_pledges if may_see(p.label, registry.tokens)]
        ),
        visible_lines=frozenset(r.id for r in visible.records["requirements"]),
        visible_conditions=frozenset(r.id for r in visible.records["conditions"]),
        visible_parties=frozenset(r.id for r in visible.records["parties"]),
    )


def compare(
    registry: Registry, names: Sequence[str | Scenario], executor: Executor | None = None
) -> dict[str, Any]:
    """Coverage of each scenario side by side, and the visible lines whose fill differs."""
    visible = registry.dataset()
    prepared = [prepare(registry, resolve(registry, n), visible) for n in names]
    figures: dict[str, dict[str, float]] = {}
    fills: dict[str, dict[str, float]] = {}
    for prep in prepared:
        problem = prep.problem
        solved = solve_masks(problem, [pack(problem.available())], executor)[0]
        frame = frame_of(problem)
        figures[prep.scenario.id] = dict(
            zip(frame.names, frame.of(solved.fills).tolist(), strict=True)
        )
        fills[prep.scenario.id] = dict(
            zip(problem.requirement_ids, solved.fills.tolist(), strict=True)
        )
    ids = sorted(set().union(*(f.keys() for f in fills.values())) & prepared[0].visible_lines)
    lines = []
    for rid in ids:
        row = {s: fills[s].get(rid, 0.0) for s in fills}
        if max(row.values()) - min(row.values()) > 1e-9:
            lines.append({"requirement": rid, "filled": row})
    order = list(dict.fromkeys(name for f in figures.values() for name in f))
    return {
        "scenarios": [p.scenario.id for p in prepared],
        "titles": {p.scenario.id: p.scenario.title for p in prepared},
        "figures": order,
        "coverage": figures,
        "lines": lines,
    }


def montecarlo(
    registry: Registry,
    scenario: Scenario,
    draws: int,
    seed: int,
    executor: Executor | None = None,
    progress: Progress | None = None,
) -> tuple[Prepared, MonteCarlo]:
    """Monte Carlo under `scenario`: its fixed conditions fixed, the others drawn."""
    prep = prepare(registry, scenario)
    mc = run_montecarlo(prep.problem, prep.uncertainty, draws, seed, executor, Cache(), progress)
    return prep, mc


def summary_for(
    prep: Prepared, mc: MonteCarlo, thresholds: tuple[float, ...] = THRESHOLDS
) -> dict[str, Any]:
    """The Monte Carlo summary, naming only conditions the viewer may see."""
    summary = mc.summary(thresholds)
    summary["condition_met_rate"] = {
        c: rate for c, rate in summary["condition_met_rate"].items() if c in prep.visible_conditions
    }
    return summary


def rank(
    registry: Registry,
    scenario: Scenario,
    top_pledges: int | None = None,
    executor: Executor | None = None,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Criticality under `scenario`, with pledges and lines the viewer may not see left out."""
    prep = prepare(registry, scenario)
    problem = prep.problem
    _, losses = criticality(problem, problem.met, executor, top_pledges, Cache(), progress)
    rows = []
    for loss in losses:
        if not prep.shows(loss.kind, loss.id):
            continue
        row = loss.as_dict()
        row["lines"] = [rid for rid in loss.lines if rid in prep.visible_lines]
        row["lines_affected"] = len(row["lines"])  # a count of hidden lines would name them
        rows.append(row)
    return {"scenario": scenario.id, "ranking": rows}


def sweep(
    registry: Registry,
    scenario: Scenario,
    condition: str,
    draws: int,
    seed: int,
    grid: tuple[float, ...] = GRID,
    executor: Executor | None = None,
    thresholds: tuple[float, ...] = THRESHOLDS,
    progress: Progress | None = None,
) -> list[Point]:
    """Sensitivity of coverage to `condition`'s probability under `scenario`."""
    prep = prepare(registry, scenario)
    if condition not in prep.visible_conditions:
        raise WillingError(f"unknown condition '{condition}'")
    return sensitivity(
        prep.problem, prep.uncertainty, condition, draws, seed, grid, executor, thresholds, progress
    )
