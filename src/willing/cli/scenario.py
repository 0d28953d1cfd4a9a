"""Scenario commands: scenario list|show|save|compare, montecarlo, criticality, sensitivity."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn
from rich.text import Text

from willing.cli.context import (
    AsOption,
    DbOption,
    JsonOption,
    RoleOption,
    Table,
    console,
    escape,
    open_registry,
    print_json,
)
from willing.scenarios import service
from willing.scenarios.bound import screening_bound
from willing.scenarios.definition import BUILTINS, dump_scenario, read_scenario
from willing.scenarios.executors import Executor, executor_named
from willing.scenarios.montecarlo import THRESHOLDS
from willing.scenarios.results import save_result
from willing.scenarios.stored import all_scenarios, save_scenario
from willing.services.access import Registry

scenario_app = typer.Typer(
    help=(
        "Named scenarios: list, show, save and compare them.\n\n"
        "Example: willing scenario compare baseline no-backstop all-met"
    ),
    no_args_is_help=True,
)

ScenarioOption = Annotated[
    str, typer.Option("--scenario", "-s", help="Scenario id (built-in or stored) or file.")
]
ExecutorOption = Annotated[
    str, typer.Option("--executor", help="Where solves run: local (all cores), serial, ray, dask.")
]
AddressOption = Annotated[
    str | None, typer.Option("--address", help="Ray or Dask scheduler address; default: local.")
]
WorkersOption = Annotated[
    int | None, typer.Option("--workers", min=1, help="Worker processes (default: all cores).")
]
StoreOption = Annotated[
    bool, typer.Option("--store/--no-store", help="Keep the result in the database.")
]
SeedOption = Annotated[int, typer.Option("--seed", help="Random seed; same seed, same result.")]


def _pct(value: float) -> str:
    return f"{100 * value:5.1f}%"


@contextmanager
def _progress(quiet: bool) -> Iterator[Callable[[int, int], None] | None]:
    """A rich progress bar over solves, hidden for --json or when there is little to do."""
    if quiet:
        yield None
        return
    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task("solving", total=0)

        def advance(done: int, planned: int) -> None:
            total = bar.tasks[0].total or 0
            bar.update(task, total=total + planned, advance=done)

        yield advance


@contextmanager
def _executor(name: str, address: str | None, workers: int | None) -> Iterator[Executor]:
    """The executor for the options, released when the command ends."""
    executor = executor_named(name, address, workers)
    try:
        yield executor
    finally:
        executor.close()


def _store(
    registry: Registry,
    kind: str,
    scenario: str,
    parameters: dict[str, Any],
    summary: dict[str, Any],
    body: dict[str, Any],
) -> str:
    sc = service.resolve(registry, scenario)
    return save_result(registry, kind, sc.body(), parameters, summary, body)


def list_scenarios(
    db: DbOption = None,
    as_party: AsOption = None,
    role: RoleOption = None,
    json_out: JsonOption = False,
) -> None:
    """List built-in and stored scenarios.

    \b
    Example:
        willing scenario list
    """
    registry = open_registry(db, as_party, role)
    shown = service.redactor(registry)
    found = [shown(s) for s in all_scenarios(registry)]
    if json_out:
        print_json([{**s.body(), "builtin": s.id in BUILTINS} for s in found])
        return
    table = Table("id", "title", "kind", "description", title="Scenarios")
    for s in found:
        table.add_row(s.id, s.title, "built-in" if s.id in BUILTINS else "stored", s.description)
    console.print(table)


def show_scenario(
    name: Annotated[str, typer.Argument(help="Scenario id or file.")],
    db: DbOption = None,
    as_party: AsOption = None,
    role: RoleOption = None,
    json_out: JsonOption = False,
) -> None:
    """Show one scenario's assumptions (records hidden from the viewer are left out).

    \b
    Example:
        willing scenario show no-backstop
    """
    registry = open_registry(db, as_party, role)
    sc = service.redact(registry, service.resolve(registry, name))
    if json_out:
        print_json(sc.body())
        return
    console.print(dump_scenario(sc), highlight=False)


def save(
    path: Annotated[Path, typer.Argument(help="YAML or JSON scenario file.", exists=True)],
    db: DbOption = None,
    as_party: AsOption = None,
    role: RoleOption = None,
    json_out: JsonOption = False,
) -> None:
    """Check a scenario file against the registry and store it; a bad file changes nothing.

    \b
    Example:
        willing scenario save ceasefire-slips.yaml
    """
    registry = open_registry(db, as_party, role)
    sc = read_scenario(path)
    save_scenario(registry, sc)
    if json_out:
        print_json({"saved": sc.id})
        return
    console.print(f"Saved scenario [bold]{escape(sc.id)}[/].")


def compare(
    names: Annotated[list[str], typer.Argument(help="Two or more scenario ids or files.")],
    db: DbOption = None,
    as_party: AsOption = None,
    role: RoleOption = None,
    store: StoreOption = False,
    json_out: JsonOption = False,
) -> None:
    """Coverage by layer and domain of scenarios side by side, and the lines that change.

    \b
    Example:
        willing scenario compare baseline no-backstop all-met
    """
    registry = open_registry(db, as_party, role)
    out = service.compare(registry, names)
    if store:
        out["result"] = _store(
            registry, "compare", names[0], {"scenarios": names}, {"coverage": out["coverage"]}, out
        )
    if json_out:
        print_json(out)
        return
    ids = out["scenarios"]
    table = Table(title="Coverage by scenario (share of each line's demand met)")
    table.add_column("coverage", no_wrap=True)
    for column in [*ids, *(f"Δ {s}" for s in ids[1:])]:
        table.add_column(column, justify="right")
    for fig in out["figures"]:
        values = [out["coverage"][s].get(fig, 0.0) for s in ids]
        deltas: list[Text] = []
        for v in values[1:]:
            d = v - values[0]
            style = "green" if d > 1e-9 else "red" if d < -1e-9 else "dim"
            deltas.append(Text(f"{100 * d:+.1f}", style=style))
        table.add_row(fig, *(_pct(v) for v in values), *deltas)
    console.print(table)
    lines = Table("requirement", *ids, title=f"Lines whose fill changes ({len(out['lines'])})")
    for row in out["lines"]:
        lines.add_row(row["requirement"], *(f"{row['filled'][s]:g}" for s in ids))
    console.print(lines)


def montecarlo(
    scenario: ScenarioOption = "baseline",
    draws: Annotated[int, typer.Option("--draws", "-n", min=1, help="Number of draws.")] = 10_000,
    seed: SeedOption = 0,
    threshold: Annotated[
        list[float] | None, typer.Option("--threshold", help="Report P(coverage >= t).")
    ] = None,
    bound: Annotated[
        bool, typer.Option("--bound", help="Also print the fast screening upper bound.")
    ] = False,
    executor: ExecutorOption = "local",
    address: AddressOption = None,
    workers: WorkersOption = None,
    store: StoreOption = True,
    db: DbOption = None,
    as_party: AsOption = None,
    role: RoleOption = None,
    json_out: JsonOption = False,
) -> None:
    """Monte Carlo over the scenario's uncertain conditions: the distribution of coverage.

    Conditions the scenario or the registry fixes stay fixed; the others are drawn with
    their probabilities (a dependent condition with its parent's outcome).

    \b
    Example:
        willing montecarlo --draws 10000 --seed 1
        willing montecarlo --scenario no-backstop --executor dask --address tcp://host:8786
    """
    registry = open_registry(db, as_party, role)
    thresholds = tuple(threshold) if threshold else THRESHOLDS
    sc = service.resolve(registry, scenario)
    with _executor(executor, address, workers) as runner, _progress(json_out) as progress:
        prep, mc = service.montecarlo(registry, sc, draws, seed, runner, progress)
    summary = service.summary_for(prep, mc, thresholds)
    if bound:
        upper = screening_bound(prep.problem, mc.met)
        summary["screening_bound_mean"] = dict(
            zip(mc.names, upper.mean(axis=0).tolist(), strict=True)
        )
    summary["scenario"] = sc.id
    if store:
        params = {"draws": draws, "seed": seed, "thresholds": list(thresholds)}
        summary["result"] = save_result(registry, "montecarlo", sc.body(), params, summary, {})
    if json_out:
        print_json(summary)
        return
    stats = summary["coverage"]
    cols = ["mean", "p5", "p50", "p95", *(f"P(≥{t:g})" for t in thresholds)]
    if bound:
        cols.append("bound (mean)")
    table = Table(
        title=(
            f"Monte Carlo, scenario {sc.id}: {draws} draws, seed {seed}, "
            f"{mc.distinct} distinct plans solved"
        )
    )
    table.add_column("coverage", no_wrap=True)
    for column in cols:
        table.add_column(column, justify="right")
    for name, s in stats.items():
        row = [
            name,
            _pct(s["mean"]),
            _pct(s["percentiles"]["p5"]),
            _pct(s["percentiles"]["p50"]),
            _pct(s["percentiles"]["p95"]),
            *(_pct(v) for v in s["p_reach"].values()),
        ]
        if bound:
            row.append(_pct(summary["screening_bound_mean"][name]))
        table.add_row(*row)
    console.print(table)
    rates = ", ".join(f"{c} {_pct(r).strip()}" for c, r in summary["condition_met_rate"].items())
    console.print(f"Conditions met in the draws: {rates}", highlight=False)
    if bound:
        console.print("The bound column is an upper bound for screening, not a plan.")
    if store:
        console.print(f"Stored as {summary['result']}.", highlight=False)


def criticality(
    scenario: ScenarioOption = "all-met",
    pledges: Annotated[
        int, typer.Option("--pledges", min=0, help="Most used pledges to test one by one.")
    ] = 20,
    top: Annotated[int, typer.Option("--top", min=1, help="Rows to print.")] = 25,
    executor: ExecutorOption = "local",
    address: AddressOption = None,
    workers: WorkersOption = None,
    store: StoreOption = True,
    db: DbOption = None,
    as_party: AsOption = None,
    role: RoleOption = None,
    json_out: JsonOption = False,
) -> None:
    """Rank nations, conditions and pledges by the coverage lost without each.

    A condition's loss is the difference between it met and failed under the scenario.

    \b
    Example:
        willing criticality
        willing criticality --scenario baseline --pledges 50
    """
    registry = open_registry(db, as_party, role)
    sc = service.resolve(registry, scenario)
    with _executor(executor, address, workers) as runner, _progress(json_out) as progress:
        out = service.rank(registry, sc, pledges, runner, progress)
    if store:
        head = {"top": [(r["kind"], r["id"], r["weighted_loss"]) for r in out["ranking"][:10]]}
        out["result"] = save_result(
            registry,
            "criticality",
            sc.body(),
            {"pledges": pledges},
            head,
            {"ranking": out["ranking"]},
        )
    if json_out:
        print_json(out)
        return
    table = Table(title=f"Criticality under scenario {sc.id}")
    for column in ("rank", "kind", "id", "weighted loss", "overall loss", "lines affected"):
        right = column in ("rank", "weighted loss", "overall loss", "lines affected")
        table.add_column(column, justify="right" if right else "left", no_wrap=column == "id")
    for i, row in enumerate(out["ranking"][:top], start=1):
        table.add_row(
            str(i),
            row["kind"],
            row["id"],
            _pct(row["weighted_loss"]),
            _pct(row["figures"].get("overall", 0.0)),
            str(row["lines_affected"]),
        )
    console.print(table)
    if store:
        console.print(f"Stored as {out['result']}.", highlight=False)


def sensitivity(
    condition: Annotated[str, typer.Argument(help="Condition whose probability varies.")],
    scenario: ScenarioOption = "baseline",
    draws: Annotated[int, typer.Option("--draws", "-n", min=1, help="Draws per point.")] = 2_000,
    seed: SeedOption = 0,
    steps: Annotated[int, typer.Option("--steps", min=2, help="Probabilities from 0 to 1.")] = 11,
    executor: ExecutorOption = "local",
    address: AddressOption = None,
    workers: WorkersOption = None,
    store: StoreOption = True,
    db: DbOption = None,
    as_party: AsOption = None,
    role: RoleOption = None,
    json_out: JsonOption = False,
) -> None:
    """Mean coverage as one condition's probability goes from 0 to 1 (same draws each time).

    \b
    Example:
        willing sensitivity us-backstop --draws 2000
    """
    registry = open_registry(db, as_party, role)
    sc = service.resolve(registry, scenario)
    grid = tuple(round(i / (steps - 1), 6) for i in range(steps))
    with _executor(executor, address, workers) as runner, _progress(json_out) as progress:
        points = service.sweep(
            registry, sc, condition, draws, seed, grid, runner, THRESHOLDS, progress
        )
    out: dict[str, Any] = {
        "scenario": sc.id,
        "condition": condition,
        "points": [p.as_dict() for p in points],
    }
    if store:
        params = {"condition": condition, "draws": draws, "seed": seed, "grid": list(grid)}
        out["result"] = save_result(
            registry,
            "sensitivity",
            sc.body(),
            params,
            {"condition": condition},
            {"points": out["points"]},
        )
    if json_out:
        print_json(out)
        return
    names = list(points[0].mean) if points else []
    shown = [n for n in names if n == "overall" or n == "weighted" or n.startswith("layer:")]
    table = Table(title=f"Sensitivity to {condition} (scenario {sc.id}, {draws} draws each)")
    for column in [
        "p",
        *(n.removeprefix("layer:") for n in shown),
        *(f"P(≥{t:g})" for t in THRESHOLDS),
    ]:
        table.add_column(column, justify="right", no_wrap=True)
    for p in points:
        table.add_row(
            f"{p.probability:.2f}",
            *(_pct(p.mean[n]) for n in shown),
            *(_pct(v) for v in p.p_reach.values()),
        )
    console.print(table)
    console.print(
        "p: probability of the condition; P(≥t): probability that overall coverage reaches t.",
        highlight=False,
    )


def register(app: typer.Typer) -> None:
    """Attach the scenario commands to the root command."""
    scenario_app.command("list")(list_scenarios)
    scenario_app.command("show")(show_scenario)
    scenario_app.command("save")(save)
    scenario_app.command("compare")(compare)
    app.add_typer(scenario_app, name="scenario")
    app.command()(montecarlo)
    app.command()(criticality)
    app.command()(sensitivity)
