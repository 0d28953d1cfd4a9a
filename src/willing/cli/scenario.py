"""Scenario commands: scenario list|show|save|compare|results, montecarlo, criticality,
sensitivity."""

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


#: Affected line ids a criticality row names before "…" (the JSON has them all).
SHOWN_LINES = 3


def _pct(value: float) -> str:
    return f"{100 * value:5.1f}%"


def _num(value: float) -> str:
    """A share as a percent without the sign, for wide tables whose title says "percent"."""
    return f"{100 * value:.1f}"


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
    _print_compare(out)
    if result.result:
        console.print(f"Stored as {result.result}.", highlight=False)


def _print_compare(out: dict[str, Any]) -> None:
    """The comparison tables: coverage side by side, then the lines whose fill changes."""
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
    with _executor(executor, address, workers) as runner, _progress(json_out) as progress:
        result = runs.montecarlo(
            registry, scenario, draws, seed, thresholds, bound, store, runner, progress
        )
    summary = result.to_json()
    if json_out:
        print_json(summary)
        return
    _print_montecarlo(summary)
    if result.result:
        console.print(f"Stored as {result.result}.", highlight=False)


def _print_montecarlo(summary: dict[str, Any]) -> None:
    """The Monte Carlo tables, narrow enough for 80 columns: the distribution of each
    figure and the chance of reaching each threshold, then the screening bound (if any)
    in a table of its own."""
    stats: dict[str, dict[str, Any]] = summary.get("coverage", {})
    reach = list(next(iter(stats.values()))["p_reach"]) if stats else []
    table = Table(
        title=(
            f"Monte Carlo, scenario {summary.get('scenario', '?')}: "
            f"{summary.get('draws', 0)} draws, seed {summary.get('seed', 0)}, "
            f"{summary.get('distinct_solves', 0)} distinct plans solved (percent)"
        )
    )
    table.add_column("coverage", no_wrap=True)
    for column in ("mean", "p5", "p50", "p95", *(f"≥{t}" for t in reach)):
        table.add_column(column, justify="right", no_wrap=True)
    for name, s in stats.items():
        table.add_row(
            name,
            _num(s["mean"]),
            _num(s["percentiles"]["p5"]),
            _num(s["percentiles"]["p50"]),
            _num(s["percentiles"]["p95"]),
            *(_num(v) for v in s["p_reach"].values()),
        )
    console.print(table)
    console.print(
        "mean, p5, p50, p95: coverage in percent of demand; "
        "≥t: percent of draws whose coverage reaches t.",
        highlight=False,
    )
    met_rate: dict[str, float] = summary.get("condition_met_rate", {})
    rates = ", ".join(f"{c} {_pct(r).strip()}" for c, r in met_rate.items())
    console.print(f"Conditions met in the draws: {rates}", highlight=False)
    upper: dict[str, float] | None = summary.get("screening_bound_mean")
    if upper is None:
        return
    bound = Table(title="Screening bound: an upper bound for screening, not a plan")
    bound.add_column("coverage", no_wrap=True)
    for column in ("mean", "bound (mean)", "gap"):
        bound.add_column(column, justify="right", no_wrap=True)
    for name, s in stats.items():
        if name in upper:
            gap = max(0.0, upper[name] - s["mean"])  # never below: only rounding noise
            bound.add_row(name, _pct(s["mean"]), _pct(upper[name]), _pct(gap))
    console.print(bound)


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
    _print_criticality(out["ranking"], f"Criticality under scenario {result.scenario}", top)
    if result.result:
        console.print(f"Stored as {result.result}.", highlight=False)


def _first_lines(lines: list[str]) -> str:
    """The first few line ids a row affects (already only those the viewer may see)."""
    if not lines:
        return "no line"
    more = ", …" if len(lines) > SHOWN_LINES else ""
    return ", ".join(lines[:SHOWN_LINES]) + more


def _print_criticality(ranking: list[dict[str, Any]], title: str, top: int) -> None:
    """The ranking's first `top` rows, each id over the first lines it affects; rows and
    line ids hidden from the viewer were left out when the ranking was made (see
    `service.rank`), so the count and the ids name only lines it may see."""
    table = Table(title=f"{title}: coverage lost without each")
    table.add_column("#", justify="right")
    table.add_column("kind")
    table.add_column("id / first lines affected")
    table.add_column("weighted", justify="right")
    table.add_column("overall", justify="right")
    table.add_column("lines", justify="right")
    for i, row in enumerate(ranking[:top], start=1):
        lines = list(row.get("lines", []))
        cell = Text(row["id"])
        cell.append("\n" + _first_lines(lines), style="dim")
        table.add_row(
            str(i),
            row["kind"],
            cell,
            _pct(row["weighted_loss"]),
            _pct(row["figures"].get("overall", 0.0)),
            str(len(lines)),
        )
    console.print(table)
    if len(ranking) > top:
        console.print(f"{len(ranking) - top} more rows: --top or --json.", highlight=False)


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
    _print_sensitivity(out["points"], title)
    if result.result:
        console.print(f"Stored as {result.result}.", highlight=False)


def _print_sensitivity(points: list[dict[str, Any]], title: str) -> None:
    """One row per probability: mean overall, weighted and layer coverage, P(≥t)."""
    names = list(points[0]["mean"]) if points else []
    reach = list(points[0]["p_reach"]) if points else []
    shown = [n for n in names if n == "overall" or n == "weighted" or n.startswith("layer:")]
    table = Table(title=title)
    for column in ["p", *(n.removeprefix("layer:") for n in shown), *(f"P(≥{t})" for t in reach)]:
        table.add_column(column, justify="right", no_wrap=True)
    for p in points:
        table.add_row(
            f"{p['probability']:.2f}",
            *(_pct(p["mean"][n]) for n in shown),
            *(_pct(v) for v in p["p_reach"].values()),
        )
    console.print(table)
    console.print(
        "p: probability of the condition; P(≥t): probability that overall coverage reaches t.",
        highlight=False,
    )


def _when(value: Any) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if hasattr(value, "strftime") else str(value)


def _one_line(kind: str, summary: dict[str, Any]) -> str:
    """A stored result's summary in one line (its figures were already filtered for the
    viewer of the run, who is the only party that may read it)."""
    if kind == "montecarlo":
        overall = summary.get("coverage", {}).get("overall", {})
        mean = f", overall mean {_pct(overall['mean']).strip()}" if "mean" in overall else ""
        return f"{summary.get('draws', '?')} draws, seed {summary.get('seed', '?')}{mean}"
    if kind == "criticality":
        top = summary.get("top") or []
        if not top:
            return "nothing ranked"
        first_kind, first_id, loss = top[0]
        return f"first: {first_kind} {first_id} ({_pct(loss).strip()} weighted)"
    if kind == "sensitivity":
        return f"to {summary.get('condition', '?')}"
    if kind == "compare":
        by = summary.get("coverage", {})
        return "overall: " + ", ".join(
            f"{sid} {_pct(figures.get('overall', 0.0)).strip()}" for sid, figures in by.items()
        )
    return ""


def _print_result(found: dict[str, Any]) -> None:
    """A stored result rendered as the command that made it prints it."""
    kind, summary, body = found["kind"], found["summary"], found["body"]
    parameters = body.get("parameters", {})
    head = Table(title=f"Stored result {found['id']}", show_header=False)
    head.add_column("field", style="bold")
    head.add_column("value", overflow="fold")
    for field, value in (
        ("kind", kind),
        ("created", _when(found["created_at"])),
        ("revision", str(found["revision"])),
        ("scenario", found["scenario"] or ""),
        ("parameters", ", ".join(f"{k}={v}" for k, v in parameters.items())),
        ("inputs hash", found["inputs_hash"]),
    ):
        head.add_row(field, value)
    console.print(head)
    if kind == "montecarlo":
        _print_montecarlo(summary)
    elif kind == "criticality":
        ranking = body.get("ranking", [])
        _print_criticality(ranking, f"Criticality under scenario {found['scenario']}", len(ranking))
    elif kind == "sensitivity":
        title = f"Sensitivity to {parameters.get('condition', summary.get('condition'))}"
        _print_sensitivity(body.get("points", []), f"{title} (scenario {found['scenario']})")
    elif kind == "compare":
        _print_compare(body)


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
            when = _when(row["created_at"]).split(" ", 1)
            about = Text(row["scenario"] or "")
            about.append("\n" + _one_line(row["kind"], row["summary"]), style="dim")
            table.add_row(
                Text(row["id"]).append("\n" + row["kind"], style="dim"),
                "\n".join(when),
                str(row["revision"]),
                about,
            )
        console.print(table)
        return
    found = runs.stored_result(registry, rid)
    if json_out:
        print_json(found)
        return
    _print_result(found)


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
