"""`willing report`: the summit read-ahead, one nation's contribution and the
force-generation sheet, as PDF, self-contained HTML or (the sheet) XLSX."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from willing.cli.context import AsOption, DbOption, RoleOption, console, escape, open_registry
from willing.domain.errors import Problem, ValidationFailure
from willing.interchange.atomic import write_whole
from willing.reports.output import render
from willing.sourcing.service import parse_assumptions

report_app = typer.Typer(
    help=(
        "Reports to share: read-ahead, contribution, force-generation (PDF, HTML, XLSX).\n\n"
        "Example: willing report read-ahead --as POL --out read-ahead.pdf"
    ),
    no_args_is_help=True,
)

OutOption = Annotated[
    Path, typer.Option("--out", help="File to write; the format is taken from its suffix.")
]
AssumeOption = Annotated[
    list[str] | None,
    typer.Option("--assume", metavar="CONDITION=STATUS", help="Assume a condition's status."),
]


def _suffix(out: Path, allowed: tuple[str, ...]) -> str:
    suffix = out.suffix.lower().lstrip(".")
    if suffix not in allowed:
        choices = ", ".join(f".{s}" for s in allowed)
        raise ValidationFailure([Problem(str(out), None, f"unknown report format: use {choices}")])
    return suffix


def _write(out: Path, data: bytes) -> None:
    write_whole(out, data)
    console.print(escape(f"Wrote {out}"))


@report_app.command("read-ahead")
def read_ahead(
    out: OutOption,
    assume: AssumeOption = None,
    since: Annotated[
        dt.datetime | None,
        typer.Option("--since", formats=["%Y-%m-%d"], help="Meetings and changes since DATE."),
    ] = None,
    draws: Annotated[int, typer.Option(min=0, help="Monte Carlo draws.")] = 100,
    as_party: AsOption = None,
    role: RoleOption = None,
    db: DbOption = None,
) -> None:
    """The summit read-ahead: the plan in words, gaps, uncertainty, burden, diplomacy, sources.

    \b
    Example:
        willing report read-ahead --as POL --since 2026-01-01 --out read-ahead.pdf
    """
    from willing.reports.readahead import Options, build

    fmt = _suffix(out, ("pdf", "html"))
    registry = open_registry(db, as_party, role)
    options = Options(
        assume=parse_assumptions(assume or []),
        since=since.date() if since else None,
        draws=draws,
    )
    _write(out, render(build(registry, options), fmt))


@report_app.command("contribution")
def contribution(
    party: Annotated[str, typer.Argument(metavar="PARTY", help="The nation (ISO alpha-3).")],
    out: OutOption,
    assume: AssumeOption = None,
    as_party: AsOption = None,
    role: RoleOption = None,
    db: DbOption = None,
) -> None:
    """One nation's pledges, their status and where the plan uses them.

    \b
    Example:
        willing report contribution FRA --as FRA --out fra.pdf
    """
    from willing.reports.contribution import build

    fmt = _suffix(out, ("pdf", "html"))
    registry = open_registry(db, as_party, role)
    _write(out, render(build(registry, party, parse_assumptions(assume or [])), fmt))


@report_app.command("force-generation")
def force_generation(
    out: OutOption,
    assume: AssumeOption = None,
    as_party: AsOption = None,
    role: RoleOption = None,
    db: DbOption = None,
) -> None:
    """The force-generation sheet: every requirement line, the pledges filling it, the gap.

    \b
    Example:
        willing report force-generation --out cjsor.xlsx
    """
    fmt = _suffix(out, ("pdf", "html", "xlsx"))
    registry = open_registry(db, as_party, role)
    assumed = parse_assumptions(assume or [])
    if fmt == "xlsx":
        from willing.reports.xlsx import force_generation as sheet

        _write(out, sheet(registry, assumed))
        return
    from willing.reports.forcegen import build

    _write(out, render(build(registry, assumed), fmt))


def register(app: typer.Typer) -> None:
    """Attach `willing report` to the root command."""
    app.add_typer(report_app, name="report")
