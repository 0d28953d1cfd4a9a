"""The root `willing` command; each feature registers its commands from its own module."""

from __future__ import annotations

import sys

import typer
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from willing import __version__
from willing.cli import (
    accounts,
    burden,
    diplomacy,
    ingest,
    plan,
    records,
    registry,
    releases,
    report,
    scenario,
    serve,
)
from willing.cli.context import configure, err_console, escape
from willing.domain.errors import WillingError
from willing.domain.text import unencodable, visible

app = typer.Typer(
    name="willing",
    help=(
        "Plan and track a coalition's security guarantees: pledges, force sourcing, "
        "scenarios, diplomacy and burden sharing.\n\n"
        "Example: willing load cotw-ukraine-2026 --replace && willing status"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for module in (
    registry,
    records,
    plan,
    scenario,
    releases,
    diplomacy,
    burden,
    ingest,
    report,
    accounts,
    serve,
):
    module.register(app)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"willing {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
    width: int | None = typer.Option(
        None,
        "--width",
        min=40,
        metavar="N",
        help="Lay tables out in N columns (default: the terminal's, else $COLUMNS; "
        "unlimited when piped).",
    ),
    tsv: bool = typer.Option(
        False,
        "--tsv",
        help="Print tables as tab-separated values (header row, no markup); other text "
        "goes to stderr.",
    ),
) -> None:
    """Willing: plan and track a coalition's security guarantees."""
    configure(width, tsv)
    ctx.call_on_close(lambda: configure(None, False))  # nothing carries over to a next run


def _check_arguments(args: list[str]) -> None:
    """Refuse arguments that are not UTF-8 (Python keeps their bytes as lone surrogates,
    which no database or terminal accepts): before any command runs."""
    for number, arg in enumerate(args, start=1):
        if unencodable(arg) is not None:
            err_console.print(
                f"[red]error:[/] argument {number} ({escape(visible(arg, 60))}) is not valid "
                "UTF-8 text; nothing was done",
                highlight=False,
            )
            sys.exit(2)


def main() -> None:
    """Entry point: run the app and turn domain errors into clear messages, not tracebacks."""
    _check_arguments(sys.argv[1:])
    try:
        app(prog_name="willing")
    except WillingError as exc:
        err_console.print(f"[red]error:[/] {escape(str(exc))}", highlight=False)
        sys.exit(1)
    except DBAPIError as exc:
        err_console.print(f"[red]database error:[/] {escape(str(exc.orig))}", highlight=False)
        sys.exit(1)
    except SQLAlchemyError as exc:
        err_console.print(f"[red]database error:[/] {escape(str(exc))}", highlight=False)
        sys.exit(1)
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        err_console.print(f"[red]error:[/] {escape(str(exc.strerror or exc))}{escape(where)}")
        sys.exit(1)


if __name__ == "__main__":
    main()
