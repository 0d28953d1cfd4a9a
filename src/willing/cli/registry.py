"""Registry commands: init, load, list, show, export, status, audit."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from willing import data
from willing.cli.context import (
    AsOption,
    DbOption,
    JsonOption,
    RoleOption,
    Table,
    console,
    escape,
    open_registry,
    open_store,
    print_json,
)
from willing.domain.catalog import KINDS, kind_named
from willing.domain.fields import fields_of
from willing.domain.records import Record
from willing.interchange.documents import record_to_dict
from willing.interchange.files import FORMATS
from willing.services import filters
from willing.services import registry as registry_service
from willing.services.permissions import Action, require
from willing.services.status import Status, coalition_status
from willing.storage import audit, integrity, signing
from willing.storage.schema import audit as audit_table

HIDDEN_COLUMNS = {"id", "label", "evidence", "notional", "readiness_level", "value_estimated"}
LONG_FIELDS = {"text", "summary", "description", "caveats", "note", "url", "title"}


def init(db: DbOption = None, json_out: JsonOption = False) -> None:
    """Create the database, or upgrade its schema to the latest version.

    \b
    Example:
        willing init
        willing init --db postgresql://user@localhost/willing --json
    """
    store = open_store(db)
    if json_out:
        print_json({"database": store.url, "revision": store.revision()})
        return
    console.print(escape(f"Database ready at {store.url} (revision {store.revision()})."))


def load(
    source: Annotated[str, typer.Argument(help="A shipped data set name or a YAML/JSON/CSV path.")],
    replace: Annotated[
        bool, typer.Option("--replace", help="Remove every stored record first (one transaction).")
    ] = False,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Import a data set in one transaction: it lands whole or not at all.

    \b
    Example:
        willing load cotw-ukraine-2026 --replace
        willing load pledges.yaml
    """
    registry = open_registry(db, None)
    dataset, revision = registry_service.load(registry.store, registry, source, replace=replace)
    counts = {k: v for k, v in dataset.counts().items() if v}
    if json_out:
        print_json({"dataset": dataset.name, "revision": revision, "counts": counts})
        return
    total = sum(counts.values())
    console.print(f"Loaded [bold]{escape(dataset.name)}[/]: {total} records, revision {revision}.")
    console.print(", ".join(f"{k} {v}" for k, v in counts.items()))


def _columns(kind: str) -> list[str]:
    cols = ["id"]
    for spec in fields_of(KINDS[kind]):
        if spec.name in HIDDEN_COLUMNS or spec.shape == "model_list":
            continue
        if spec.name in LONG_FIELDS and kind not in ("meetings", "documents", "issues"):
            continue
        cols.append(spec.name)
    return cols[:7]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"
    if isinstance(value, list):
        return ", ".join(str(getattr(v, "value", v)) for v in value)
    text = str(getattr(value, "value", value))
    return text if len(text) <= 48 else text[:47] + "…"


def records_table(kind: str, records: list[Record]) -> Table:
    """A readable table of records: key fields, the classification, and notional marks."""
    table = Table(title=f"{kind} ({len(records)})", show_lines=False)
    cols = _columns(kind)
    for col in cols:
        table.add_column(col, overflow="fold")
    table.add_column("label")
    for record in records:
        mark = " (notional)" if record.notional else ""
        table.add_row(
            *(_cell(getattr(record, c)) for c in cols),
            record.label.classification.value + mark,
        )
    return table


def list_records(
    kind: Annotated[str, typer.Argument(help=f"One of: {', '.join(KINDS)}.")],
    party: Annotated[str | None, typer.Option(help="Only records of this party.")] = None,
    layer: Annotated[str | None, typer.Option(help="Only records serving this layer.")] = None,
    capability: Annotated[str | None, typer.Option(help="Only this capability.")] = None,
    status: Annotated[str | None, typer.Option(help="Only records with this status.")] = None,
    meeting: Annotated[str | None, typer.Option(help="Only records of this meeting.")] = None,
    as_party: AsOption = None,
    role: RoleOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """List records of one kind that the viewer may see, with optional filters.

    \b
    Example:
        willing list pledges --party FRA --layer reassure
        willing list pledges --as POL --json
    """
    kind = kind_named(kind)
    options = {
        "party": party,
        "layer": layer,
        "capability": capability,
        "status": status,
        "meeting": meeting,
    }
    registry = open_registry(db, as_party, role)
    records = filters.filtered(registry, kind, options)
    if json_out:
        print_json([record_to_dict(r) for r in records])
    else:
        console.print(records_table(kind, records))


def show(
    kind: Annotated[str, typer.Argument(help="Kind of record, singular or plural.")],
    record_id: Annotated[str, typer.Argument(help="Id of the record.")],
    as_party: AsOption = None,
    role: RoleOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Show one record with its label and evidence (hidden records are reported as missing).

    \b
    Example:
        willing show pledge P-GBR-funding-eur-1
        willing show meeting M-2026-01-06-PARIS --json
    """
    registry = open_registry(db, as_party, role)
    record = registry.get(kind, record_id)
    data_out = record.model_dump(mode="json")
    if json_out:
        print_json(data_out)
        return
    table = Table(title=f"{kind_named(kind)} {record.id}", show_header=False)
    table.add_column("field", style="bold")
    table.add_column("value", overflow="fold")
    for key, value in data_out.items():
        if key == "evidence":
            for item in value:
                span = f" [{item['start']}:{item['end']}]" if item.get("start") is not None else ""
                quote = f' "{item["quote"]}"' if item.get("quote") else ""
                table.add_row("evidence", f"{item['source']}{span}{quote}")
        elif key == "label":
            rel = ", ".join(value["releasable_to"])
            table.add_row(
                "label",
                f"{value['policy']} {value['classification']}"
                + (f" owner {value['owner']}" if value["owner"] else "")
                + (f" releasable to {rel}" if rel else ""),
            )
        else:
            table.add_row(key, _cell(value) if not isinstance(value, str) else value)
    console.print(table)


def export(
    target: Annotated[
        Path, typer.Argument(help="File (.yaml/.json/.xlsx) or folder (CSV) to write.")
    ],
    fmt: Annotated[
        str | None,
        typer.Option("--format", help=f"One of {', '.join(FORMATS)}; default: by suffix."),
    ] = None,
    name: Annotated[str, typer.Option(help="Data set name written in the export.")] = "export",
    as_party: AsOption = None,
    role: RoleOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Export every record the viewer may see; export, import and export again gives the same files.

    A spreadsheet (.xlsx) is for reading: one sheet per kind, each sheet's printed pages
    marked with the releasability of its records; it cannot be imported.

    \b
    Example:
        willing export out/coalition.yaml
        willing export out/csv --format csv --as POL
        willing export out/coalition.xlsx --as POL
    """
    if fmt is not None and fmt not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    registry = open_registry(db, as_party, role)
    written = registry_service.export(registry, target, fmt, name)
    if json_out:
        print_json({"files": [str(p) for p in written]})
        return
    console.print(escape(f"Wrote {len(written)} file(s): {', '.join(str(p) for p in written)}"))


def status(
    as_party: AsOption = None,
    role: RoleOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """One screen on the coalition: members, pledges by layer and domain, conditions, meetings.

    \b
    Example:
        willing status
        willing status --as POL --json
    """
    registry = open_registry(db, as_party, role)
    summary = coalition_status(registry)
    if json_out:
        print_json(summary.to_dict())
        return
    print_status(summary)


#: Meetings shown by `willing status`; `willing meetings` has the whole timeline.
STATUS_MEETINGS = 3


def print_status(summary: Status) -> None:
    """The status as one screen of text (about 35 lines at 80 columns)."""
    roles = ", ".join(f"{n} {r}" for r, n in sorted(summary.roles.items()))
    organisations = ", ".join(f"{o} ({r})" for o, r in summary.organisations.items())
    console.print(
        f"[bold]Coalition status[/] (viewer {summary.viewer}, revision {summary.revision})"
    )
    console.print(
        escape(
            f"{len(summary.members)} states in the coalition, the beneficiary included. "
            f"States by role: {roles}. Organisations: {organisations or 'none'}."
        )
    )
    console.print(escape("Members: " + " ".join(summary.members)))
    layers = ["regenerate", "reassure", "support", "backstop"]
    domains = sorted({d for row in summary.by_layer_domain.values() for d in row})
    note = f"; {summary.multi_layer} in several layers count in each" if summary.multi_layer else ""
    grid = Table(  # no outer padding: the grid fits 80 columns without folding
        title=f"Pledges by layer and domain ({summary.pledges} active{note})", pad_edge=False
    )
    grid.add_column("layer", no_wrap=True, min_width=10)
    for d in domains:
        grid.add_column(d, justify="right", no_wrap=True, min_width=len(d))
    grid.add_column("total", justify="right")
    grid.add_column("troops", justify="right")
    for layer in layers:
        row = summary.by_layer_domain.get(layer, {})
        grid.add_row(
            layer,
            *(str(row.get(d, 0)) for d in domains),
            str(summary.by_layer.get(layer, 0)),
            f"{summary.troops_by_layer.get(layer, 0):,}",
        )
    console.print(grid)
    cond = Table(title="Conditions")
    for name in ("condition", "status", "p"):
        cond.add_column(name, no_wrap=True)
    cond.add_column("name", clip=True)
    for c in summary.conditions:
        cond.add_row(c["id"], c["status"], f"{c['probability']:.2f}", c["name"])
    console.print(cond)
    shown = summary.meetings[-STATUS_MEETINGS:]
    meet = Table(
        title=f"Meetings (latest {len(shown)} of {len(summary.meetings)}; "
        "`willing meetings` has them all)"
    )
    for name in ("date", "format", "countries", "heads"):
        meet.add_column(name, no_wrap=True)
    meet.add_column("meeting", clip=True)
    for m in shown:
        meet.add_row(
            m["date"],
            m["format"],
            str(m["countries"] or ""),
            str(m["heads"] or ""),
            f"{m['title']}, {m['place']}" if m["place"] else m["title"],
        )
    console.print(meet)
    if summary.meetings:
        last = summary.meetings[-1]
        console.print(f"Latest meeting: [bold]{escape(last['title'])}[/] on {last['date']}.")


def _anchor(value: str | None) -> tuple[int, str] | None:
    """`SEQ:HASH` as printed by `willing audit --head`."""
    if value is None:
        return None
    seq, _, digest = value.partition(":")
    if not seq.isdigit() or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise typer.BadParameter(
            "give SEQ:HASH as `willing audit --head` prints it", param_hint="--anchor"
        )
    return int(seq), digest


def audit_log(
    verify: Annotated[bool, typer.Option("--verify", help="Check the hash chain.")] = False,
    head: Annotated[
        bool,
        typer.Option(
            "--head", help="Print the newest entry as SEQ:HASH, an anchor to keep elsewhere."
        ),
    ] = False,
    anchor: Annotated[
        str | None,
        typer.Option(
            "--anchor",
            metavar="SEQ:HASH",
            help="With --verify: the chain must still hold this entry (catches deleted ones).",
        ),
    ] = None,
    rotate_key: Annotated[
        bool,
        typer.Option(
            "--rotate-key",
            help="Sign new entries with a new key; the old public key stays to verify old ones.",
        ),
    ] = False,
    as_party: AsOption = None,
    role: RoleOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Show the append-only audit log, or verify that no entry and no record was altered.

    Entries are signed with an Ed25519 key kept outside the database, in
    $WILLING_AUDIT_KEYS (default: the audit-keys folder beside the embedded database);
    back its .pub files up apart from the database.

    --verify checks the hash chain, then recomputes every record's digest from the tables
    against its newest version and the state the log recorded, naming any record edited,
    inserted or deleted outside Willing. The chain alone cannot tell that the newest entries
    were deleted; keep the `--head` anchor somewhere the database's owner cannot edit and
    verify against it.

    \b
    Example:
        willing audit --verify
        willing audit --head                      # e.g. 12:3f5a...; write it in the minutes
        willing audit --verify --anchor 12:3f5a...
        willing audit --rotate-key
    """
    expected = _anchor(anchor)
    if expected is not None and not verify:
        raise typer.BadParameter("--anchor goes with --verify", param_hint="--anchor")
    if head and verify:
        raise typer.BadParameter("give --head or --verify, not both", param_hint="--head")
    registry = open_registry(db, as_party, role)
    require(registry.viewer, Action.READ_AUDIT)
    store = registry.store
    if rotate_key:
        old = signing.signer()
        new = signing.rotate()
        with store.transaction() as conn:
            seq = audit.append(
                conn, registry.viewer.actor, "key-rotation", {"from": old.id, "to": new.id}
            )
        if json_out:
            print_json({"key": new.id, "previous": old.id, "revision": seq})
        else:
            console.print(f"New audit key {new.id} (was {old.id}); entry {seq} records it.")
        return
    with store.engine.connect() as conn:
        if head:
            seq, digest = audit.head(conn)
            if json_out:
                print_json({"seq": seq, "hash": digest, "anchor": f"{seq}:{digest}"})
            else:
                # written whole on one line whatever the terminal's width, to be copied
                sys.stdout.write(f"{seq}:{digest}\n")
            return
        if verify:
            broken = audit.verify(conn, expected)
            findings = integrity.check(conn)
            if json_out:
                print_json(
                    {
                        "intact": broken is None and not findings,
                        "first_broken": broken,
                        "records": [str(f) for f in findings],
                    }
                )
            elif broken is None and not findings:
                anchored = f" and holds entry {expected[0]} as anchored" if expected else ""
                console.print(f"Audit log intact{anchored}; every record matches its history.")
            elif broken is None:
                console.print(f"[red]{len(findings)} record(s) do not match the audit log:[/]")
                for finding in findings:
                    console.print(escape(f"  - {finding}"), highlight=False)
            elif expected is not None and broken == expected[0]:
                console.print(
                    f"[red]Audit log does not hold entry {broken} as anchored: entries were "
                    "deleted or rewritten.[/]"
                )
            else:
                console.print(f"[red]Audit log altered at entry {broken}.[/]")
            if broken is not None or findings:
                raise typer.Exit(1)
            return
        rows = [
            dict(r)
            for r in conn.execute(audit_table.select().order_by(audit_table.c.seq)).mappings()
        ]
    if json_out:
        print_json(rows)
        return
    table = Table(title="Audit log")
    for col in ("seq", "at", "actor", "action", "detail"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(str(r["seq"]), str(r["at"]), r["actor"], r["action"], r["detail"][:80])
    console.print(table)


def datasets(json_out: JsonOption = False) -> None:
    """List the data sets shipped with Willing.

    \b
    Example:
        willing datasets
        willing datasets --json
    """
    if json_out:
        print_json({"datasets": list(data.available())})
        return
    for name in data.available():
        console.print(name)


def register(app: typer.Typer) -> None:
    """Attach the registry commands to the root command."""
    app.command()(init)
    app.command()(load)
    app.command("list")(list_records)
    app.command()(show)
    app.command()(export)
    app.command()(status)
    app.command("audit")(audit_log)
    app.command()(datasets)
