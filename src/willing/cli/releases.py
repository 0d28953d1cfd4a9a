"""Release commands: publish named figures of a stored result to a wider audience."""

from __future__ import annotations

import json
from typing import Annotated

import typer

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
from willing.domain.labels import Classification, Label
from willing.services import releases as service


def release(
    result: Annotated[str, typer.Argument(help="Id of a stored plan or scenario result.")],
    fields: Annotated[
        list[str],
        typer.Option("--field", "-f", help="A figure of the result's summary, e.g. tables.layer."),
    ],
    to: Annotated[
        list[str],
        typer.Option("--to", help="Party or group the figures are released to (repeat)."),
    ],
    classification: Annotated[
        Classification, typer.Option(help="Classification of the release.")
    ] = Classification.COALITION,
    as_party: AsOption = None,
    role: RoleOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Publish named figures of a stored result to a wider audience (audited).

    Every figure a viewer gets is computed over what he may see; a release is how the
    coalition shares a figure computed over more, on purpose.

    \b
    Example:
        willing release plan-1a2b3c4d5e6f7a8b --field coverage --field tables.layer --to COTW
    """
    registry = open_registry(db, as_party, role)
    owner = registry.viewer.party
    label = Label(classification=classification, owner=owner, releasable_to=[c.upper() for c in to])
    out = service.release(registry, result, fields, label)
    if json_out:
        print_json(out.model_dump(mode="json"))
        return
    console.print(escape(f"Released {', '.join(out.fields)} of {out.result} as {out.id}."))


def releases(
    release_id: Annotated[
        str | None, typer.Argument(metavar="ID", help="A release's id; leave out to list them.")
    ] = None,
    as_party: AsOption = None,
    role: RoleOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """List the releases the viewer may see, or show one.

    \b
    Example:
        willing releases --as POL
        willing releases release-1a2b3c4d5e6f --json
    """
    registry = open_registry(db, as_party, role)
    if release_id is not None:
        one = service.get(registry, release_id)
        if json_out:
            print_json(one.model_dump(mode="json"))
            return
        table = Table(title=f"Release {one.id} of {one.result} ({one.result_kind})")
        table.add_column("figure", no_wrap=True)
        table.add_column("value", overflow="fold")
        for name, value in one.fields.items():
            table.add_row(name, json.dumps(value, ensure_ascii=False))
        console.print(table)
        return
    found = service.releases(registry)
    if json_out:
        print_json(found.model_dump(mode="json"))
        return
    table = Table(title=f"Releases ({found.count})")
    for col in ("id", "result", "released by", "to", "figures"):
        table.add_column(col, overflow="fold")
    for r in found.data:
        table.add_row(
            r.id, r.result, r.released_by, ", ".join(r.label.releasable_to), ", ".join(r.fields)
        )
    console.print(table)


def register(app: typer.Typer) -> None:
    """Attach the release commands to the root command."""
    app.command()(release)
    app.command()(releases)
