"""The scenario use cases every interface calls: run an analysis for a viewer, store it if
asked, and return a typed result; list and show stored scenarios and results as the viewer
may see them. The CLI and the API only parse input and render these results."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from willing.domain.errors import NotFound
from willing.scenarios import service
from willing.scenarios.bound import screening_bound
from willing.scenarios.definition import BUILTINS, Scenario, parse_scenario
from willing.scenarios.executors import Executor
from willing.scenarios.montecarlo import THRESHOLDS
from willing.scenarios.public import (
    ComparisonPublic,
    CriticalityPublic,
    MonteCarloPublic,
    ScenarioEntryPublic,
    ScenariosPublic,
    SensitivityPoint,
    SensitivityPublic,
    StoredResultEntryPublic,
    StoredResultPublic,
    StoredResultsPublic,
)
from willing.scenarios.results import list_results, read_result, save_result
from willing.scenarios.stored import all_scenarios
from willing.scenarios.sweep import Progress
from willing.services.access import Registry
from willing.services.permissions import Action, require


def compare(
    registry: Registry,
    names: Sequence[str | Scenario],
    store: bool = False,
    executor: Executor | None = None,
    *,
    files: bool = True,
) -> ComparisonPublic:
    """Scenarios side by side; with `store`, every compared scenario is kept with the result
    (in its body, its inputs hash and its scenario column). `files`: whether a name may be
    a scenario file's path (the command line) or only an id (a server)."""
    require(registry.viewer, Action.ANALYSE)
    resolved = [service.resolve(registry, name, files=files) for name in names]
    out = ComparisonPublic.model_validate(service.compare(registry, resolved, executor))
    if store:
        bodies = [sc.body() for sc in resolved]
        out.result = save_result(
            registry,
            "compare",
            bodies,
            {"scenarios": out.scenarios},
            {"coverage": out.coverage},
            out.to_json(),
        )
    return out


def _scenario(registry: Registry, scenario: Scenario | str) -> Scenario:
    """A scenario given as such, or by id (built-in or stored) or file path, for a viewer
    who may run analyses."""
    require(registry.viewer, Action.ANALYSE)
    return service.resolve(registry, scenario)


def montecarlo(
    registry: Registry,
    scenario: Scenario | str,
    draws: int,
    seed: int,
    thresholds: tuple[float, ...] = THRESHOLDS,
    bound: bool = False,
    store: bool = True,
    executor: Executor | None = None,
    progress: Progress | None = None,
) -> MonteCarloPublic:
    """Monte Carlo under a scenario (by id or file), with the screening bound if asked."""
    sc = _scenario(registry, scenario)
    prep, mc = service.montecarlo(registry, sc, draws, seed, executor, progress)
    summary = service.summary_for(prep, mc, thresholds)
    if bound:
        upper = screening_bound(prep.problem, mc.met)
        summary["screening_bound_mean"] = dict(
            zip(mc.names, upper.mean(axis=0).tolist(), strict=True)
        )
    summary["scenario"] = sc.id
    out = MonteCarloPublic.model_validate(summary)
    if store:
        params = {"draws": draws, "seed": seed, "thresholds": list(thresholds)}
        out.result = save_result(registry, "montecarlo", sc.body(), params, out.to_json(), {})
    return out


def criticality(
    registry: Registry,
    scenario: Scenario | str,
    pledges: int | None = None,
    store: bool = True,
    executor: Executor | None = None,
    progress: Progress | None = None,
) -> CriticalityPublic:
    """Criticality ranking under a scenario (by id or file)."""
    sc = _scenario(registry, scenario)
    out = CriticalityPublic.model_validate(service.rank(registry, sc, pledges, executor, progress))
    if store:
        ranking = [r.model_dump(mode="json") for r in out.ranking]
        head = {"top": [(r.kind, r.id, r.weighted_loss) for r in out.ranking[:10]]}
        out.result = save_result(
            registry,
            "criticality",
            sc.body(),
            {"pledges": "auto" if pledges is None else pledges},
            head,
            {"ranking": ranking},
        )
    return out


def sensitivity(
    registry: Registry,
    scenario: Scenario | str,
    condition: str,
    draws: int,
    seed: int,
    steps: int,
    store: bool = True,
    executor: Executor | None = None,
    progress: Progress | None = None,
) -> SensitivityPublic:
    """Mean coverage over `steps` probabilities of `condition`, from 0 to 1."""
    sc = _scenario(registry, scenario)
    grid = tuple(round(i / (steps - 1), 6) for i in range(steps))
    points = service.sweep(
        registry, sc, condition, draws, seed, grid, executor, THRESHOLDS, progress
    )
    out = SensitivityPublic(
        scenario=sc.id,
        condition=condition,
        points=[SensitivityPoint.model_validate(p.as_dict()) for p in points],
    )
    if store:
        params = {"condition": condition, "draws": draws, "seed": seed, "grid": list(grid)}
        out.result = save_result(
            registry,
            "sensitivity",
            sc.body(),
            params,
            {"condition": condition},
            {"points": [p.model_dump(mode="json") for p in out.points]},
        )
    return out


def scenarios(registry: Registry) -> list[dict[str, Any]]:
    """Built-in and stored scenarios as the viewer may be shown them."""
    shown = service.redactor(registry)
    return [{**shown(s).body(), "builtin": s.id in BUILTINS} for s in all_scenarios(registry)]


def scenarios_public(registry: Registry) -> ScenariosPublic:
    """`scenarios`, typed: each entry dumps (defaults left out) as the command prints it."""
    rows = [ScenarioEntryPublic.model_validate(row) for row in scenarios(registry)]
    return ScenariosPublic(data=rows, count=len(rows))


def scenario(registry: Registry, name: str, *, files: bool = True) -> Scenario:
    """One scenario (id, or with `files` a file) as the viewer may be shown it."""
    return service.redact(registry, service.resolve(registry, name, files=files))


def _redacted(registry: Registry, scenario: Any) -> Any:
    """A stored result's scenario body (or bodies) as the viewer may be shown it."""
    if registry.tokens is None:
        return scenario
    shown = service.redactor(registry)
    bodies = scenario if isinstance(scenario, list) else [scenario]
    out = [
        shown(parse_scenario(b, where="stored result")).body() if isinstance(b, dict) else b
        for b in bodies
    ]
    return out if isinstance(scenario, list) else out[0]


def stored_results(registry: Registry, kind: str | None = None) -> list[dict[str, Any]]:
    """Stored results the viewer may see, newest first, without their bodies."""
    return list(reversed(list_results(registry, kind)))


def stored_result(registry: Registry, rid: str) -> dict[str, Any]:
    """One stored result with its scenario as the viewer may see it.

    A result hidden from the viewer is not told apart from a missing one, and a viewer is
    not told back the id it gave.
    """
    found = read_result(registry, rid)
    if found is None:
        admin = registry.tokens is None
        raise NotFound(f"no stored result '{rid}'" if admin else "no stored result with that id")
    found["body"]["scenario"] = _redacted(registry, found["body"].get("scenario"))
    return found


def stored_results_public(registry: Registry, kind: str | None = None) -> StoredResultsPublic:
    """`stored_results`, typed."""
    rows = [StoredResultEntryPublic.model_validate(r) for r in stored_results(registry, kind)]
    return StoredResultsPublic(data=rows, count=len(rows))


def stored_result_public(registry: Registry, rid: str) -> StoredResultPublic:
    """`stored_result`, typed."""
    return StoredResultPublic.model_validate(stored_result(registry, rid))
