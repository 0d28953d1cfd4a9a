"""Options every command shares (viewer, database, output) and how they open the registry."""

from __future__ import annotations

from typing import Annotated

import typer

from willing.cli.console import (
    PIPED_WIDTH,
    Output,
    SafeConsole,
    Table,
    Text,
    configure,
    console,
    err_console,
    escape,
    output,
    print_json,
    safe_text,
)
from willing.domain.errors import WillingError
from willing.services.access import Registry, Role, Viewer
from willing.storage.store import Store

__all__ = [
    "PIPED_WIDTH",
    "Output",
    "SafeConsole",
    "Table",
    "Text",
    "configure",
    "console",
    "err_console",
    "escape",
    "output",
    "print_json",
    "safe_text",
]


AsOption = Annotated[
    str | None,
    typer.Option(
        "--as",
        metavar="PARTY",
        help=(
            "View as this party (ISO 3166 alpha-3, e.g. FRA), as its liaison officer sees "
            "the registry; an administrator's check of what is released to whom, so the "
            "code must name a party record; default: local administrator."
        ),
    ),
]
RoleOption = Annotated[
    Role | None,
    typer.Option("--role", help="Role of the viewer given by --as (default: liaison)."),
]
DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        metavar="URL",
        help="Database URL or SQLite file; default: $WILLING_DATABASE_URL or the user data dir.",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


def viewer_for(as_party: str | None, role: Role | None = None) -> Viewer:
    """The viewer the options describe (the rule is `Viewer.local`)."""
    try:
        return Viewer.local(as_party, role)
    except WillingError:
        raise typer.BadParameter(
            "an administrator sees everything: drop --as", param_hint="--role"
        ) from None


def open_store(db: str | None) -> Store:
    """Open (creating or upgrading) the database."""
    return Store.open(db)


def open_registry(db: str | None, as_party: str | None, role: Role | None = None) -> Registry:
    """The registry as the viewer given on the command line sees it."""
    return Registry(open_store(db), viewer_for(as_party, role))
