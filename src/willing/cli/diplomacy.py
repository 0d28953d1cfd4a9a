"""Diplomacy commands: meetings, alignment, positions, documents, readiness."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from willing.cli import diplomacy_tables as tables
from willing.cli.context import (
    AsOption,
    DbOption,
    JsonOption,
    RoleOption,
    console,
    open_registry,
    print_json,
)
from willing.diplomacy import payload
from willing.diplomacy import service as diplomacy
from willing.diplomacy.attendance import DEFAULT_DRIFT_THRESHOLD, DEFAULT_PLENARY, DEFAULT_WINDOW
from willing.diplomacy.readiness import DEFAULT_THRESHOLD
from willing.services.access import Registry

DAY = ["%Y-%m-%d"]


def _day(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value is not None else None


def _in_order(first: dt.date | None, last: dt.date | None, hint: str, names: str) -> None:
    """Refuse a period whose first day comes after its last (exit code 2)."""
    if first is not None and last is not None and first > last:
        raise typer.BadParameter(f"{first} is after {last}: {names}", param_hint=hint)


def _known_parties(registry: Registry, codes: list[str], hint: str) -> None:
    """Refuse party codes naming no party the viewer may see (exit code 2).

    A hidden party gets the same message as one that does not exist.
    """
    unknown = diplomacy.unknown_parties(registry, codes)
    if unknown:
        listed = ", ".join(f"'{c}'" for c in unknown)
        raise typer.BadParameter(
            f"unknown party {listed}: give ISO 3166 alpha-3 codes (e.g. FRA)", param_hint=hint
        )


def meetings(
    start: Annotated[
        dt.datetime | None, typer.Option("--from", formats=DAY, help="First day, YYYY-MM-DD.")
    ] = None,
    end: Annotated[
        dt.datetime | None, typer.Option("--to", formats=DAY, help="Last day, YYYY-MM-DD.")
    ] = None,
    show_attendance: Annotated[
        bool, typer.Option("--attendance", help="Add per-party attendance and drift.")
    ] = False,
    window: Annotated[
        int, typer.Option(min=1, help="Recent meetings the drift score compares.")
    ] = DEFAULT_WINDOW,
    threshold: Annotated[
        float, typer.Option(help="Drift score from which a party is flagged.")
    ] = DEFAULT_DRIFT_THRESHOLD,
    plenary: Annotated[
        float,
        typer.Option(
            min=0,
            max=1,
            help="Absence counts only at meetings attended by more than this share of the "
            "largest attendance.",
        ),
    ] = DEFAULT_PLENARY,
    as_party: AsOption = None,
    role: RoleOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """List meetings in order with format, host, counts, each party's level and outcomes.

    \b
    Example:
        willing meetings --from 2025-03-02 --to 2026-01-06
        willing meetings --attendance --window 3 --json
    """
    _in_order(_day(start), _day(end), "'--from' / '--to'", "give --from on or before --to")
    view = diplomacy.meetings(
        open_registry(db, as_party, role), _day(start), _day(end), window, plenary
    )
    if json_out:
        out = {"meetings": [payload.entry(e) for e in view.entries]}
        if show_attendance:
            out["attendance"] = [payload.attendance_row(r, threshold) for r in view.attendance]
        print_json(out)
        return
    console.print(tables.timeline_table(view.entries))
    console.print(tables.levels_table(view.entries))
    if not show_attendance:
        return
    console.print(tables.attendance_table(view.attendance, window, threshold))


def _blocs(specs: list[str] | None) -> dict[str, list[str]]:
    """Parse `NAME=P1,P2` options into named groups of party codes."""
    out: dict[str, list[str]] = {}
    for spec in specs or []:
        name, sep, codes = spec.partition("=")
        members = [c.strip().upper() for c in codes.split(",") if c.strip()]
        if not sep or not name.strip() or not members:
            raise typer.BadParameter(f"'{spec}': write a bloc as NAME=P1,P2 (e.g. Kyiv=UKR)")
        out[name.strip()] = members
    return out


def alignment(
    at: Annotated[dt.datetime, typer.Option(formats=DAY, help="Day of the matrix, YYYY-MM-DD.")],
    compare_to: Annotated[
        dt.datetime | None,
        typer.Option("--compare", formats=DAY, help="Earlier day to compare with, YYYY-MM-DD."),
    ] = None,
    party: Annotated[
        list[str] | None, typer.Option("--party", help="Limit to these parties (repeatable).")
    ] = None,
    bloc: Annotated[
        list[str] | None,
        typer.Option(
            "--bloc", metavar="NAME=P1,P2", help="Also show alignment between named groups."
        ),
    ] = None,
    detail: Annotated[
        bool,
        typer.Option("--detail", help="Also show how many shared issues each score rests on."),
    ] = False,
    as_party: AsOption = None,
    role: RoleOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Print the party x party alignment on the open issues as of a day, and its change.

    Agreement of two stances: equal 1, one step apart 0.5, two 0.25, support vs oppose 0.
    The caption says how many of the positions are notional; --detail (and --json) give
    the number of shared issues each score rests on.

    \b
    Example:
        willing alignment --at 2026-01-06
        willing alignment --at 2026-01-06 --compare 2025-09-04 --party USA --party UKR --json
        willing alignment --at 2026-01-06 --bloc Washington=USA --bloc Kyiv=UKR \\
            --bloc Europe=FRA,DEU,GBR,ITA,POL
        willing alignment --at 2026-01-06 --detail
    """
    if compare_to is not None:
        _in_order(compare_to.date(), at.date(), "'--compare'", "compare with an earlier day")
    parties = [p.upper() for p in party] if party else None
    blocs = _blocs(bloc)
    registry = open_registry(db, as_party, role)
    _known_parties(registry, parties or [], "'--party'")
    _known_parties(registry, [c for g in blocs.values() for c in g], "'--bloc'")
    if compare_to is None:
        m = diplomacy.alignment_at(registry, at.date(), parties)
        if json_out:
            print_json({**payload.matrix(m), "blocs": payload.blocs(m, blocs)})
            return
        console.print(tables.matrix_table(m, f"Alignment at {at.date()}"))
        if detail:
            console.print(tables.shared_table(m, f"Shared issues per pair at {at.date()}"))
        if blocs:
            console.print(tables.bloc_table(blocs, None, m))
        return
    change = diplomacy.alignment_change(registry, compare_to.date(), at.date(), parties)
    if json_out:
        out = payload.change(change)
        out["before"]["blocs"] = payload.blocs(change.before, blocs)
        out["after"]["blocs"] = payload.blocs(change.after, blocs)
        print_json(out)
        return
    console.print(tables.matrix_table(change.before, f"Alignment at {compare_to.date()}"))
    console.print(tables.matrix_table(change.after, f"Alignment at {at.date()}"))
    console.print(tables.change_table(change))
    if detail:
        for m in (change.before, change.after):
            console.print(tables.shared_table(m, f"Shared issues per pair at {m.at}"))
    if blocs:
        console.print(tables.bloc_table(blocs, change.before, change.after))


def positions(
    issue: Annotated[str | None, typer.Option(help="Only this issue (id).")] = None,
    at: Annotated[
        dt.datetime | None,
        typer.Option(formats=DAY, help="Only positions stated on or before this day."),
    ] = None,
    as_party: AsOption = None,
    role: RoleOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """List each party's positions on each issue over time, with the sources they rest on.

    \b
    Example:
        willing positions --issue ISS-TERRITORY
        willing positions --at 2025-09-04 --json
    """
    found = diplomacy.positions_by_issue(open_registry(db, as_party, role), issue, _day(at))
    if json_out:
        print_json([payload.issue_positions(i, ps) for i, ps in found])
        return
    for item, history in found:
        console.print(tables.positions_table(item, history))


def documents(
    threshold: Annotated[
        float, typer.Option(help="Flag when claimed and computed readiness differ by more.")
    ] = DEFAULT_THRESHOLD,
    as_party: AsOption = None,
    role: RoleOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """List documents with clause counts, computed readiness and the readiness sources claim.

    \b
    Example:
        willing documents
        willing documents --as POL --json
    """
    registry = open_registry(db, as_party, role)
    found = diplomacy.documents(registry, threshold)
    if json_out:
        print_json([payload.readiness(r) for r in found])
        return
    console.print(tables.documents_table(found))
    _partial_note(registry)


def readiness(
    document: Annotated[str, typer.Argument(help="Document id.")],
    threshold: Annotated[
        float, typer.Option(help="Flag when claimed and computed readiness differ by more.")
    ] = DEFAULT_THRESHOLD,
    as_party: AsOption = None,
    role: RoleOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Show a document's clauses with status and parties, and its computed readiness.

    \b
    Example:
        willing readiness DOC-SG-FRAMEWORK
        willing readiness DOC-PARIS-DECLARATION --as POL --json
    """
    registry = open_registry(db, as_party, role)
    r = diplomacy.document_readiness(registry, document, threshold)
    if json_out:
        print_json(payload.readiness(r))
        return
    console.print(tables.clauses_table(r))
    console.print(tables.readiness_line(r))
    _partial_note(registry)


def _partial_note(registry: Registry) -> None:
    """Say, to every viewer but the administrator, that readiness counts released clauses only.

    The note is shown whether or not anything is hidden, so it reveals nothing itself.
    """
    if not registry.viewer.is_admin:
        console.print("Readiness is computed over the clauses released to you.", style="dim")


def register(app: typer.Typer) -> None:
    """Attach the diplomacy commands to the root command."""
    app.command()(meetings)
    app.command()(alignment)
    app.command()(positions)
    app.command()(documents)
    app.command()(readiness)
