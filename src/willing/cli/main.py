"""The root `willing` command; each feature registers its commands from its own module.

A command loads only its own module: the root knows each command's module and one-line
help from `COMMANDS`, so `willing --help` and a light command such as `willing status` do
not import the solver, the reports or the server (a test keeps `COMMANDS` equal to what the
modules declare).
"""

from __future__ import annotations

import importlib
import sys
from typing import Any, NamedTuple

import typer
import typer.main
from typer.core import TyperCommand, TyperGroup

from willing import __version__
from willing.cli.console import configure, err_console, escape
from willing.domain.errors import WillingError
from willing.domain.text import unencodable, visible


class Entry(NamedTuple):
    module: str
    help: str


#: Every root command, in the order `--help` lists them: the module under `willing.cli`
#: that declares it (its `register(app)`), and its one-line help.
COMMANDS: dict[str, Entry] = {
    "init": Entry("registry", "Create the database, or upgrade its schema to the latest version."),
    "load": Entry(
        "registry", "Import a data set in one transaction: it lands whole or not at all."
    ),
    "list": Entry(
        "registry", "List records of one kind that the viewer may see, with optional filters."
    ),
    "show": Entry(
        "registry",
        "Show one record with its label and evidence (hidden records are reported as missing).",
    ),
    "export": Entry(
        "registry",
        "Export every record the viewer may see; export, import and export again gives the "
        "same files.",
    ),
    "status": Entry(
        "registry",
        "One screen on the coalition: members, pledges by layer and domain, conditions, meetings.",
    ),
    "audit": Entry(
        "registry",
        "Show the append-only audit log, or verify that no entry and no record was altered.",
    ),
    "datasets": Entry("registry", "List the data sets shipped with Willing."),
    "add": Entry(
        "records",
        "Create records one at a time, each checked like an import and written with history.",
    ),
    "edit": Entry(
        "records",
        "Change fields of one record (checked like an import; a stale --if-version is refused).",
    ),
    "delete": Entry("records", "Delete one record no other record refers to (its history stays)."),
    "history": Entry("records", "Every version of one record: revision, time, who, what changed."),
    "revert": Entry(
        "records",
        "Write a record back as it stood at an earlier registry revision (a new version).",
    ),
    "plan": Entry(
        "plan",
        "Source the force from the pledges: coverage by layer, domain, location and phase, "
        "the gaps and why they stay open, and what each nation contributes.",
    ),
    "scenario": Entry(
        "scenario",
        "Named scenarios: list, show, save and compare them; read stored results.",
    ),
    "montecarlo": Entry(
        "scenario",
        "Monte Carlo over the scenario's uncertain conditions: the distribution of coverage.",
    ),
    "criticality": Entry(
        "scenario", "Rank nations, conditions and pledges by the coverage lost without each."
    ),
    "sensitivity": Entry(
        "scenario",
        "Mean coverage as one condition's probability goes from 0 to 1 (same draws each time).",
    ),
    "release": Entry(
        "releases", "Publish named figures of a stored result to a wider audience (audited)."
    ),
    "releases": Entry("releases", "List the releases the viewer may see, or show one."),
    "meetings": Entry(
        "diplomacy",
        "List meetings in order with format, host, counts, each party's level and outcomes.",
    ),
    "alignment": Entry(
        "diplomacy",
        "Print the party x party alignment on the open issues as of a day, and its change.",
    ),
    "positions": Entry(
        "diplomacy",
        "List each party's positions on each issue over time, with the sources they rest on.",
    ),
    "documents": Entry(
        "diplomacy",
        "List documents with clause counts, computed readiness and the readiness sources claim.",
    ),
    "readiness": Entry(
        "diplomacy",
        "Show a document's clauses with status and parties, and its computed readiness.",
    ),
    "burden": Entry(
        "burden",
        "Value pledges in EUR and compare each party's share with its GDP and defence budget.",
    ),
    "ingest": Entry(
        "ingest",
        "Read news articles (Indonesian or English) and queue the records they propose.",
    ),
    "review": Entry(
        "ingest",
        "List drafts waiting for review; accept, edit or reject them one by one or in bulk.",
    ),
    "conflicts": Entry(
        "ingest",
        "List open conflicts between sources, each claim with its source and span; settle them.",
    ),
    "report": Entry(
        "report", "Reports to share: read-ahead, contribution, force-generation (PDF, HTML, XLSX)."
    ),
    "user": Entry("accounts", "Users of the server: add, list, disable."),
    "token": Entry("accounts", "API tokens: create (the secret is shown once), list, revoke."),
    "serve": Entry(
        "serve",
        "Serve the web application at / and the REST API at /api/v1 (docs at /api/v1/docs), "
        "on the same database as the CLI.",
    ),
}


def load_module_commands(module: str) -> TyperGroup:
    """The commands one `willing.cli` module declares, as a click group."""
    declared = typer.Typer()
    importlib.import_module(f"willing.cli.{module}").register(declared)
    return typer.main.get_group(declared)


class LazyGroup(TyperGroup):
    """The root group: imports a command's module only when that command is run (or its
    own help asked for); the root's help lists `COMMANDS` without importing any."""

    _listing = False

    # contexts and commands are typed loosely: they are the CLI library's own classes
    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        entry = COMMANDS.get(cmd_name)
        if entry is None:
            return None
        if self._listing:  # the root's help: name and one line suffice
            return TyperCommand(cmd_name, help=entry.help)
        if cmd_name not in self.commands:
            self.commands.update(load_module_commands(entry.module).commands)
        return self.commands.get(cmd_name)

    def format_help(self, ctx: Any, formatter: Any) -> None:
        self._listing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self._listing = False


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
    cls=LazyGroup,
)


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


def every_command() -> TyperGroup:
    """The root group with every command loaded (for the generated docs and the tests)."""
    root = typer.main.get_group(app)
    for name in COMMANDS:
        root.get_command(typer.Context(root), name)
    return root


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


def _database_error(exc: Exception) -> bool:
    """Print a database error as a clear message; False for any other error. The database
    library is only imported here when it is already loaded (a command used it)."""
    sqlalchemy_exc: Any = sys.modules.get("sqlalchemy.exc")
    if sqlalchemy_exc is None:
        return False
    if isinstance(exc, sqlalchemy_exc.DBAPIError):
        err_console.print(f"[red]database error:[/] {escape(str(exc.orig))}", highlight=False)
        return True
    if isinstance(exc, sqlalchemy_exc.SQLAlchemyError):
        err_console.print(f"[red]database error:[/] {escape(str(exc))}", highlight=False)
        return True
    return False


def main() -> None:
    """Entry point: run the app and turn domain errors into clear messages, not tracebacks."""
    _check_arguments(sys.argv[1:])
    try:
        app(prog_name="willing")
    except WillingError as exc:
        err_console.print(f"[red]error:[/] {escape(str(exc))}", highlight=False)
        sys.exit(1)
    except OSError as exc:  # before `Exception`, which would catch it first
        where = f" ({exc.filename})" if exc.filename else ""
        err_console.print(f"[red]error:[/] {escape(str(exc.strerror or exc))}{escape(where)}")
        sys.exit(1)
    except Exception as exc:
        if not _database_error(exc):
            raise
        sys.exit(1)


if __name__ == "__main__":
    main()
