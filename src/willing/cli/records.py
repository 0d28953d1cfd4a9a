"""Record commands: add, edit, delete, history, revert — one record at a time, with history."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

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
from willing.domain.catalog import KINDS
from willing.domain.errors import Problem, ValidationFailure
from willing.interchange.yamlio import load_yaml
from willing.services import records as service

KindArgument = Annotated[
    str, typer.Argument(help=f"Kind of record, e.g. pledge; one of: {', '.join(KINDS)}.")
]
IdArgument = Annotated[str, typer.Argument(help="Id of the record.")]
IfVersionOption = Annotated[
    int | None,
    typer.Option(
        "--if-version",
        min=0,
        help="Refuse (nothing written) unless the record is still at this version.",
    ),
]

#: Largest record file `willing add` reads (one record, or a few).
MAX_BYTES = 1 << 20


def _read(source: str) -> Any:
    """The YAML or JSON document in `source` (a file, or - for standard input)."""
    if source == "-":
        text = sys.stdin.read(MAX_BYTES + 1)
    else:
        path = Path(source)
        if not path.is_file():
            raise ValidationFailure([Problem(source, None, "not a regular file")])
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ValidationFailure([Problem(source, None, "not UTF-8 text")]) from None
    if len(text) > MAX_BYTES:
        raise ValidationFailure([Problem(source, None, f"larger than {MAX_BYTES} bytes")])
    return load_yaml(text)


def _print(out: service.RecordPublic, verb: str) -> None:
    console.print(
        escape(f"{verb} {out.kind} {out.id}: version {out.version}, revision {out.revision}.")
    )


def add(
    kind: KindArgument,
    source: Annotated[
        str, typer.Argument(help="YAML or JSON file with one record (or a list), or -.")
    ],
    as_party: AsOption = None,
    role: RoleOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Create records one at a time, each checked like an import and written with history.

    A record made by a party's user is national to that party unless it sets a label the
    user may set. Except for the administrator, the id asked for is put in the user's
    namespace (P-POL-x becomes POL:P-POL-x; public:... for a user without a party), which
    no record hidden from him can hold; the id printed is the record's.

    \b
    Example:
        willing add pledge new-pledge.yaml
        echo '{id: P-POL-x, party: POL, capability: inf-bn, quantity: 1, layers: [support]}' \\
          | willing add pledge - --as POL
    """
    doc = _read(source)
    items = doc if isinstance(doc, list) else [doc]
    registry = open_registry(db, as_party, role)
    made = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            where = f"{source}[{index}]" if isinstance(doc, list) else source
            raise ValidationFailure([Problem(where, None, "a record is a mapping of fields")])
        made.append(service.create(registry, kind, item))
    if json_out:
        print_json([m.model_dump(mode="json") for m in made])
        return
    for m in made:
        _print(m, "Created")


def edit(
    kind: KindArgument,
    record_id: IdArgument,
    changes: Annotated[
        list[str],
        typer.Option("--set", metavar="FIELD=VALUE", help="A field and its new value (YAML)."),
    ],
    if_version: IfVersionOption = None,
    as_party: AsOption = None,
    role: RoleOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Change fields of one record (checked like an import; a stale --if-version is refused).

    \b
    Example:
        willing edit pledge P-POL-1 --set quantity=3 --if-version 1
        willing edit pledge P-POL-1 --set 'layers=[support, reassure]'
    """
    registry = open_registry(db, as_party, role)
    out = service.update(
        registry, kind, record_id, service.parse_changes(changes), if_version=if_version
    )
    if json_out:
        print_json(out.model_dump(mode="json"))
        return
    _print(out, "Edited")


def delete(
    kind: KindArgument,
    record_id: IdArgument,
    if_version: IfVersionOption = None,
    as_party: AsOption = None,
    role: RoleOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Delete one record no other record refers to (its history stays).

    \b
    Example:
        willing delete pledge P-POL-1 --if-version 2
    """
    registry = open_registry(db, as_party, role)
    revision = service.delete(registry, kind, record_id, if_version=if_version)
    if json_out:
        print_json({"deleted": record_id, "revision": revision})
        return
    console.print(escape(f"Deleted {kind} {record_id}: revision {revision}."))


def history(
    kind: KindArgument,
    record_id: IdArgument,
    as_party: AsOption = None,
    role: RoleOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Every version of one record: revision, time, who, what changed.

    \b
    Example:
        willing history pledge P-POL-1
    """
    registry = open_registry(db, as_party, role)
    out = service.history(registry, kind, record_id)
    if json_out:
        print_json(out.model_dump(mode="json"))
        return
    table = Table(title=f"History of {out.kind} {out.id} ({out.count} versions)")
    for col in ("version", "revision", "at", "actor", "op", "changed"):
        table.add_column(col, overflow="fold", no_wrap=col in ("version", "revision"))
    before: dict[str, Any] = {}
    for v in out.data:
        after = v.record or {}
        changed = sorted(k for k in after.keys() | before.keys() if after.get(k) != before.get(k))
        table.add_row(
            str(v.version),
            str(v.revision),
            f"{v.at:%Y-%m-%d %H:%M}",
            v.actor,
            v.op,
            ", ".join(changed) if v.op == "update" else "",
        )
        before = after
    console.print(table)


def revert(
    kind: KindArgument,
    record_id: IdArgument,
    to: Annotated[int, typer.Option("--to", min=0, help="Registry revision to go back to.")],
    if_version: IfVersionOption = None,
    as_party: AsOption = None,
    role: RoleOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Write a record back as it stood at an earlier registry revision (a new version).

    \b
    Example:
        willing revert pledge P-POL-1 --to 3
    """
    registry = open_registry(db, as_party, role)
    out = service.revert(registry, kind, record_id, to, if_version=if_version)
    if json_out:
        print_json(out.model_dump(mode="json"))
        return
    _print(out, f"Reverted to revision {to}:")


def register(app: typer.Typer) -> None:
    """Attach the record commands to the root command."""
    app.command()(add)
    app.command()(edit)
    app.command()(delete)
    app.command()(history)
    app.command()(revert)
