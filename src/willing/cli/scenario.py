"""Scenario commands: scenario list|show|save|compare|results, montecarlo, criticality,
sensitivity."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

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
from willing.cli.scenario_tables import (
    one_line,
    print_compare,
    print_criticality,
    print_montecarlo,
    print_result,
    print_sensitivity,
    stamp,
)
from willing.scenarios import runs
from willing.scenarios.criticality import AUTO_PLEDGES
from willing.scenarios.definition import dump_scenario, read_scenario
from willing.scenarios.executors import Executor, executor_named
from willing.scenarios.montecarlo import THRESHOLDS
from willing.scenarios.results import KINDS
from willing.scenarios.stored import save_scenario

scenario_app = typer.Typer(
    help=(
        "Named scenarios: list, show, save and compare them; read stored results.\n\n"
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
    found = runs.scenarios(open_registry(db, as_party, role))
    if json_out:
        print_json(found)
        return
    table = Table("id", "title", "kind", "description", title="Scenarios")
    for s in found:
        kind = "built-in" if s["builtin"] else "stored"
        table.add_row(s["id"], s.get("title", ""), kind, s.get("description", ""))
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
    sc = runs.scenario(open_registry(db, as_party, role), name)
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
    result = runs.compare(open_registry(db, as_party, role), names, store)
    out = result.to_json()
    if json_out:
        print_json(out)
        return
    print_compare(out)
    if result.result:
        console.print(f"Stored as {result.result}.", highlight=False)


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
    with _executor(executor, address, workers) as runner, _progress(json_out) as progress:
        result = runs.montecarlo(
            registry, scenario, draws, seed, thresholds, bound, store, runner, progress
        )
    summary = result.to_json()
    if json_out:
        print_json(summary)
        return
    print_montecarlo(summary)
    if result.result:
        console.print(f"Stored as {result.result}.", highlight=False)


def criticality(
    scenario: ScenarioOption = "all-met",
    pledges: Annotated[
        int | None,
        typer.Option(
            "--pledges",
            min=0,
            help=(
                "Used pledges to withdraw one by one, those worth most to the plan first "
                "(units used x line weight); default: every used pledge, or the "
                f"{AUTO_PLEDGES} worth most when more are used; 0: none."
            ),
        ),
    ] = None,
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

    A condition's loss is the difference between it met and failed under the scenario (a
    condition that depends on it keeps its status; see `willing sensitivity` for that).

    \b
    Example:
        willing criticality
        willing criticality --scenario baseline --pledges 50
    """
    registry = open_registry(db, as_party, role)
    with _executor(executor, address, workers) as runner, _progress(json_out) as progress:
        result = runs.criticality(registry, scenario, pledges, store, runner, progress)
    out = result.to_json()
    if json_out:
        print_json(out)
        return
    print_criticality(out["ranking"], f"Criticality under scenario {result.scenario}", top)
    if result.result:
        console.print(f"Stored as {result.result}.", highlight=False)


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

    Conditions that depend on it are drawn with its outcome, so the curve includes their
    effect (criticality keeps them as they are).

    \b
    Example:
        willing sensitivity us-backstop --draws 2000
    """
    registry = open_registry(db, as_party, role)
    with _executor(executor, address, workers) as runner, _progress(json_out) as progress:
        result = runs.sensitivity(
            registry, scenario, condition, draws, seed, steps, store, runner, progress
        )
    out = result.to_json()
    if json_out:
        print_json(out)
        return
    title = f"Sensitivity to {condition} (scenario {result.scenario}, {draws} draws each)"
    print_sensitivity(out["points"], title)
    if result.result:
        console.print(f"Stored as {result.result}.", highlight=False)


def results(
    rid: Annotated[
        str | None,
        typer.Argument(metavar="ID", help="A stored result's id; leave out to list them."),
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option("--kind", help=f"List only one kind: {', '.join(KINDS)}."),
    ] = None,
    db: DbOption = None,
    as_party: AsOption = None,
    role: RoleOption = None,
    json_out: JsonOption = False,
) -> None:
    """List stored results (newest first), or show one by id.

    Results are stored by montecarlo, criticality and sensitivity (unless --no-store) and
    by scenario compare --store. A viewer sees a result only when it may see the run and
    every scenario it used; any other result behaves as one that does not exist.

    \b
    Example:
        willing scenario results
        willing scenario results --kind montecarlo --json
        willing scenario results montecarlo-1a2b3c4d5e6f
    """
    registry = open_registry(db, as_party, role)
    if rid is None:
        if kind is not None and kind not in KINDS:
            raise typer.BadParameter(f"choose one of: {', '.join(KINDS)}", param_hint="--kind")
        listed = runs.stored_results(registry, kind)
        if json_out:
            print_json(listed)
            return
        table = Table(title=f"Stored results, newest first ({len(listed)})")
        table.add_column("id / kind", no_wrap=True)
        table.add_column("created")
        table.add_column("rev", justify="right")
        table.add_column("scenario / summary")
        for row in listed:
            created = stamp(row["created_at"]).split(" ", 1)
            about = Text(row["scenario"] or "")
            about.append("\n" + one_line(row["kind"], row["summary"]), style="dim")
            table.add_row(
                Text(row["id"]).append("\n" + row["kind"], style="dim"),
                "\n".join(created),
                str(row["revision"]),
                about,
            )
        console.print(table)
        return
    found = runs.stored_result(registry, rid)
    if json_out:
        print_json(found)
        return
    print_result(found)


def register(app: typer.Typer) -> None:
    """Attach the scenario commands to the root command."""
    scenario_app.command("list")(list_scenarios)
    scenario_app.command("show")(show_scenario)
    scenario_app.command("save")(save)
    scenario_app.command("compare")(compare)
    scenario_app.command("results")(results)
    app.add_typer(scenario_app, name="scenario")
    app.command()(montecarlo)
    app.command()(criticality)
    app.command()(sensitivity)
