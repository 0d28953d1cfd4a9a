"""`willing plan`: source the force, print coverage, gaps with their causes and contributions."""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from enum import StrEnum
from typing import Annotated, Any, Final

import typer

from willing.cli.context import (
    AsOption,
    DbOption,
    JsonOption,
    RoleOption,
    Table,
    Text,
    console,
    escape,
    open_registry,
    print_json,
)
from willing.cli.plan_tables import (
    FOLD,
    CsvTable,
    contribution_table,
    coverage_table,
    covered_text,
    figure_text,
    funding_capabilities,
    gap_table,
    write_csv,
)
from willing.domain.enums import ConditionStatus
from willing.present.summary import fraction_note, summarise
from willing.sourcing.service import PlanCheck, check_plan, list_plans, parse_assumptions
from willing.sourcing.service import plan as make_plan


class Unknown(StrEnum):
    MET = "met"
    FAILED = "failed"


plan_app = typer.Typer(no_args_is_help=False)


@plan_app.callback(invoke_without_command=True)
def plan(
    ctx: typer.Context,
    assume: Annotated[
        list[str] | None,
        typer.Option(
            "--assume",
            metavar="CONDITION=STATUS",
            help="Take a condition as met, failed or unknown (repeatable).",
        ),
    ] = None,
    unknown_as: Annotated[
        Unknown, typer.Option("--unknown-as", help="How to count conditions still unknown.")
    ] = Unknown.FAILED,
    force_cap: Annotated[
        float | None,
        typer.Option(
            "--force-cap",
            min=0.0,
            max=1.0,
            help="Cap on one nation's share of the whole force (solved as a MILP).",
        ),
    ] = None,
    top: Annotated[int, typer.Option(help="Gaps to show in the table (all with --json).")] = 10,
    lines: Annotated[
        bool, typer.Option("--lines", help="Also list which pledge fills which line.")
    ] = False,
    csv_table: Annotated[
        CsvTable | None, typer.Option("--csv", help="Print one table as CSV for scripts.")
    ] = None,
    store: Annotated[
        bool, typer.Option("--store/--no-store", help="Save the plan with its inputs' revision.")
    ] = True,
    as_party: AsOption = None,
    role: RoleOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Source the force from the pledges: coverage by layer, domain, location and phase,
    the gaps and why they stay open, and what each nation contributes.

    The plan is optimal, and says so in words (the objective and the bound it is
    proven against are in --json). A viewer's plan
    is computed over the records released to it, so nothing hidden from it moves any
    figure it is shown.
    Stored plans: `willing plan list` lists them, `willing plan show PLAN_ID`
    reproduces one and prints it, `willing plan verify PLAN_ID` only checks it.

    \b
    Example:
        willing plan
        willing plan --assume us-backstop=met --assume ceasefire=met
        willing plan --unknown-as met --top 20
        willing plan --as POL --lines
        willing plan --csv gaps > gaps.csv
        willing plan --force-cap 0.25 --json
        willing plan list
        willing plan show plan-3f9c2a1b7d4e5f60
    """
    if ctx.invoked_subcommand is not None:
        _no_plan_options(ctx)
        return
    registry = open_registry(db, as_party, role)
    report = make_plan(
        registry,
        parse_assumptions(assume or []),
        ConditionStatus(unknown_as.value),
        force_share_cap=force_cap,
        store=store,
    )
    data = report.data
    if json_out:
        print_json(data)
        return
    if csv_table is not None:
        write_csv(data, csv_table)
        return
    _print_plan(data, top, lines, funding_capabilities(registry))
    if data["plan"]:
        console.print(f"Stored as {data['plan']} (registry revision {data['revision']}).")


def _no_plan_options(ctx: typer.Context) -> None:
    """Refuse `willing plan --as POL list`: the options of a new plan mean nothing to a
    subcommand, which takes its own after its name."""
    given = []
    for param in ctx.command.params:
        source = ctx.get_parameter_source(param.name) if param.name else None
        if source is not None and source.name == "COMMANDLINE":
            given.append(param.opts[0])
    if given:
        sub = ctx.invoked_subcommand
        raise typer.BadParameter(
            f"these are options of a new plan; give options after the subcommand "
            f"(willing plan {sub} --help lists them)",
            ctx=ctx,
            param_hint=", ".join(given),
        )


#: A money figure's number and scale ("€3.6 bn"), kept on one line when a sentence wraps.
_MONEY_SPACE: Final = re.compile(r"(€[\d.,]+) (bn|m|k)\b")


def _say(text: str) -> None:
    """A paragraph wrapped to the console's width between words, never inside a figure
    (rich would break "€26 bn" after "€26")."""
    glued = _MONEY_SPACE.sub("\\1\0\\2", text)
    width = max(console.width, 20)
    for line in textwrap.wrap(glued, width, break_long_words=False, break_on_hyphens=False):
        console.print(escape(line.replace("\0", " ")), highlight=False, soft_wrap=True)


def _print_plan(
    data: dict[str, Any], top: int, lines: bool, funding: frozenset[str] = frozenset()
) -> None:
    """The plan as `willing plan` prints it, from the data one viewer may see: what the
    optimiser achieved in words (the raw objective and bound are in `--json`), then the
    tables. `funding` names the funding capabilities, whose figures are money."""
    scenario = data["scenario"]
    met = ", ".join(scenario["met"]) or "none"
    words = summarise(data, funding=funding)
    console.print(
        escape(f"Sourcing plan ({data['method']}, {data['status']}): {words.headline}."),
        highlight=False,
    )
    _say(" ".join(words.sentences))
    console.print(
        escape(f"Conditions taken as met: {met}. Unknown counts as {scenario['unknown_as']}.")
    )
    for by, rows in data["tables"].items():
        console.print(coverage_table(by, rows))
    console.print(gap_table(data["gaps"], top, funding))
    note = fraction_note(data["gaps"][:top], funding)
    if note:
        _say(note)
    console.print(contribution_table(data["contributions"]))
    if lines:
        table = Table(title="Allocation (pledges you may see)", title_justify="left")
        for col in ("pledge", "party", "requirement", "units"):
            table.add_column(
                col,
                justify="right" if col == "units" else "left",
                overflow=FOLD,
            )
        for line in data["lines"]:
            table.add_row(
                line["pledge"], line["party"], line["requirement"], figure_text(line["units"])
            )
        console.print(table)
    if data.get("shared_units"):
        console.print(
            f"{data['shared_units']} allocation line(s) hold part of a pledge unit: whole "
            "units go to each place, and the lines of a place may share one."
        )
    if data["withheld_lines"]:
        console.print(
            f"{data['withheld_lines']} allocation line(s) use pledges or serve lines not "
            "released to you and are not shown; overall coverage includes them."
        )


PlanIdArgument = Annotated[
    str, typer.Argument(metavar="PLAN_ID", help="A stored plan's id (see `willing plan list`).")
]


def _created(iso: str) -> str:
    """A stored plan's creation time, to the minute, in UTC."""
    return dt.datetime.fromisoformat(iso).astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M")


@plan_app.command("list")
def list_command(
    as_party: AsOption = None,
    role: RoleOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """List the stored plans, newest first: id, when, registry revision, scenario,
    overall coverage and how it was solved.

    A stored plan is what one viewer saw: it is listed only to viewers who may
    see that run (the same party, or an administrator).

    \b
    Example:
        willing plan list
        willing plan list --as POL --json
    """
    registry = open_registry(db, as_party, role)
    rows = list_plans(registry)
    if json_out:
        print_json(rows)
        return
    if not rows:
        console.print("No stored plans: `willing plan` stores one (planners and administrators).")
        return
    table = Table(title="Stored plans, newest first (times in UTC)", title_justify="left")
    for col in ("id", "created", "rev", "scenario", "covered", "solved"):
        table.add_column(
            col,
            justify="right" if col in ("rev", "covered") else "left",
            overflow=FOLD,
            no_wrap=col == "id",  # ids are copied into `willing plan show`
        )
    for row in rows:
        table.add_row(
            row["id"],
            _created(row["created"]),
            str(row["revision"]),
            row["scenario"].replace(",", ", "),
            covered_text(row["coverage"]),
            f"{row['method']}, {row['status']}",
        )
    console.print(table)


def _print_check(check: PlanCheck) -> None:
    """The verdict on a stored plan: reproduced, different (and how) or drifted."""
    entry = check.entry
    console.print(
        Text(
            f"Plan {entry['id']}, stored {_created(entry['created'])} UTC at registry revision "
            f"{entry['revision']}; scenario: {entry['scenario']}."
        )
    )
    style = "green" if check.reproduced else "red"
    console.print(Text(check.message, style=style))
    differences = check.differences
    if differences and differences["lines"]:
        table = Table(title="Allocation lines that differ (units)", title_justify="left")
        for col in ("pledge", "requirement", "stored", "now"):
            table.add_column(
                col,
                justify="right" if col in ("stored", "now") else "left",
                overflow=FOLD,
            )
        for d in differences["lines"]:
            table.add_row(
                d["pledge"], d["requirement"], figure_text(d["stored"]), figure_text(d["now"])
            )
        console.print(table)


def _print_stored(check: PlanCheck) -> None:
    """What is left to show of a plan whose inputs changed: its stored aggregates."""
    entry = check.entry
    console.print(
        escape(
            f"Stored plan ({entry['method']}, {entry['status']}). "
            f"Force units covered: {covered_text(entry['coverage'])}."
        ),
        highlight=False,
    )
    for by, rows in check.tables.items():
        console.print(coverage_table(by, rows))
    console.print(
        "Gaps, contributions and allocation lines are shown only for a plan reproduced from "
        "its inputs; `willing plan` with the same options plans on the current registry."
    )


@plan_app.command("show")
def show_command(
    plan_id: PlanIdArgument,
    top: Annotated[int, typer.Option(help="Gaps to show in the table (all with --json).")] = 10,
    lines: Annotated[
        bool, typer.Option("--lines", help="Also list which pledge fills which line.")
    ] = False,
    as_party: AsOption = None,
    role: RoleOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Reproduce a stored plan and print it as `willing plan` does.

    The problem is rebuilt from the current registry with the plan's stored
    assumptions. When its inputs digest matches the stored one, it is solved again
    and the allocation lines compared ("reproduced: identical", or which lines
    differ); then the plan is printed as this viewer may see it. When the registry
    changed the plan's inputs since, the plan cannot be reproduced: that is said,
    with the stored and current revisions and the stored coverage by layer and
    domain. Exit code 1 unless reproduced identically.

    \b
    Example:
        willing plan show plan-3f9c2a1b7d4e5f60
        willing plan show plan-3f9c2a1b7d4e5f60 --as POL --lines
        willing plan show plan-3f9c2a1b7d4e5f60 --json
    """
    registry = open_registry(db, as_party, role)
    check = check_plan(registry, plan_id)
    if json_out:
        print_json(check.data)
    else:
        _print_check(check)
        if check.report is None:
            _print_stored(check)
        else:
            _print_plan(check.report.data, top, lines, funding_capabilities(registry))
    if not check.reproduced:
        raise typer.Exit(1)


@plan_app.command("verify")
def verify_command(
    plan_id: PlanIdArgument,
    as_party: AsOption = None,
    role: RoleOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Check that a stored plan is reproduced from the current registry, as
    `willing plan show` does, and print only the verdict.

    Exit code 1 unless reproduced identically (for scripts).

    \b
    Example:
        willing plan verify plan-3f9c2a1b7d4e5f60
        willing plan verify plan-3f9c2a1b7d4e5f60 --json
    """
    check = check_plan(open_registry(db, as_party, role), plan_id)
    if json_out:
        data = check.data
        print_json({k: v for k, v in data.items() if k not in ("plan", "stored_tables")})
    else:
        _print_check(check)
    if not check.reproduced:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Attach `willing plan` (and its list, show and verify subcommands) to the root."""
    app.add_typer(plan_app, name="plan")
