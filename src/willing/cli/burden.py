"""Burden-sharing command: contributions in EUR against GDP and defence budgets."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from willing.burden import payload
from willing.burden import service as burden_service
from willing.burden.disclosure import TotalStatus
from willing.burden.reference import Figure
from willing.burden.report import BurdenReport
from willing.burden.stages import Stage
from willing.burden.valuation import Valuation
from willing.cli.context import (
    AsOption,
    DbOption,
    JsonOption,
    RoleOption,
    Table,
    console,
    open_registry,
    print_json,
)
from willing.domain.enums import Layer
from willing.present.numbers import money, number


def eur(x: float | None) -> str:
    """A EUR amount as every page says it ("€9.8 bn", `present.numbers.money`); '—' when
    unknown."""
    return "—" if x is None else money(x)


def _ratio(x: float | None, fig: Figure | None, digits: int = 2) -> str:
    if fig is None:
        return "no figure"
    if fig.value is None:
        return "not known"
    return "—" if x is None else f"{100 * x:.{digits}f}%"


def _part(part: float, total: float) -> str:
    """Which share of a total is estimated or notional, blank when none."""
    if not part or not total:
        return ""
    share = 100 * part / total
    return "<1%" if share < 0.5 else f"{share:.0f}%"


def _years(rep: BurdenReport) -> str:
    """The years of the GDP and defence figures used, e.g. '2024' (`--json` names sources)."""
    years = {f.year for r in rep.rows for f in (r.gdp, r.defence) if f is not None}
    return ", ".join(str(y) for y in sorted(years)) or "none"


def _main_table(rep: BurdenReport) -> Table:
    table = Table(title="Burden sharing (pledges you may see)", title_justify="left")
    cols = (
        "party",
        "total",
        "est.",
        "notional",
        "share",
        "% GDP",
        "% defence",
        "fair share",
        "committed",
        "allocated",
        "delivered",
        "to allocate",
        "to deliver",
    )
    for col in cols:
        table.add_column(col, justify="left" if col == "party" else "right")
    for r in rep.rows:
        table.add_row(
            f"{r.party} {r.name}",
            eur(r.total_eur),
            _part(r.estimated_eur, r.total_eur),
            _part(r.notional_eur, r.total_eur),
            "—" if r.share is None else f"{100 * r.share:.1f}%",
            _ratio(r.pct_gdp, r.gdp, 3),
            _ratio(r.pct_defence, r.defence, 1),
            "—" if r.fair_share is None else f"{r.fair_share:.2f}",
            eur(r.stages[Stage.COMMITTED]),
            eur(r.stages[Stage.ALLOCATED]),
            eur(r.stages[Stage.DELIVERED]),
            eur(r.to_allocate_eur),
            eur(r.to_deliver_eur),
        )
    table.add_section()
    table.add_row(
        "visible total",
        eur(rep.total_eur),
        _part(sum(r.estimated_eur for r in rep.rows), rep.total_eur),
        _part(sum(r.notional_eur for r in rep.rows), rep.total_eur),
        "100%",
        "",
        "",
        "",
        eur(rep.stages[Stage.COMMITTED]),
        eur(rep.stages[Stage.ALLOCATED]),
        eur(rep.stages[Stage.DELIVERED]),
        eur(rep.stages[Stage.COMMITTED] - rep.stages[Stage.ALLOCATED]),
        eur(rep.stages[Stage.COMMITTED] - rep.stages[Stage.DELIVERED]),
    )
    table.caption = (
        "est., notional: share of the total that is an estimate or a planning assumption; "
        "fair share = share of contributions / share of GDP, over parties with a known GDP; "
        "to allocate = committed − allocated, to deliver = committed − delivered; "
        "'not known': the figure is not publicly known; reference years: " + _years(rep)
    )
    return table


def _layer_table(rep: BurdenReport) -> Table:
    table = Table(title="By layer (first layer each pledge lists)", title_justify="left")
    table.add_column("party")
    for layer in Layer:
        table.add_column(layer.value, justify="right")
    for r in rep.rows:
        if r.total_eur:
            table.add_row(r.party, *(eur(r.by_layer[layer]) for layer in Layer))
    table.add_section()
    table.add_row("total", *(eur(rep.by_layer[layer]) for layer in Layer))
    return table


def _pledge_table(items: list[Valuation]) -> Table:
    table = Table(title="Pledge values", title_justify="left")
    for col in ("pledge", "party", "capability", "quantity", "status", "value", "basis"):
        table.add_column(col, justify="right" if col in ("quantity", "value") else "left")
    for v in items:
        p = v.pledge
        basis = v.basis.value + (" (estimated)" if v.estimated else "")
        basis += " (notional)" if p.notional else ""
        table.add_row(
            p.id, p.party, p.capability, number(p.quantity), p.status.value, eur(v.eur), basis
        )
    return table


def burden(
    at: Annotated[
        dt.datetime | None,
        typer.Option(formats=["%Y-%m-%d"], help="Take pledge stages as of this day."),
    ] = None,
    year: Annotated[
        int | None, typer.Option(help="Use GDP and defence figures of this year or earlier.")
    ] = None,
    pledges: Annotated[
        bool, typer.Option("--pledges", help="Also list each pledge's value and its basis.")
    ] = False,
    as_party: AsOption = None,
    role: RoleOption = None,
    db: DbOption = None,
    json_out: JsonOption = False,
) -> None:
    """Value pledges in EUR and compare each party's share with its GDP and defence budget.

    \b
    Example:
        willing burden
        willing burden --as DEU --pledges
        willing burden --at 2025-09-04 --year 2024 --json
    """
    registry = open_registry(db, as_party, role)
    day = at.date() if at else None
    rep = burden_service.burden(registry, day, year)
    items = burden_service.valuations(registry) if pledges else []
    if json_out:
        out = payload.report(rep)
        if pledges:
            out["pledges"] = [payload.valuation(v) for v in items]
        print_json(out)
        return
    console.print(_main_table(rep))
    console.print(_layer_table(rep))
    c = rep.coalition
    if c.status is TotalStatus.COMPLETE:
        console.print(f"Coalition total: {eur(c.total_eur)} (you see every pledge).")
    elif c.status is TotalStatus.INCLUDED:
        console.print(
            f"Coalition total including undisclosed contributions: {eur(c.total_eur)} "
            f"(undisclosed part {eur(c.hidden_eur)}, from at least {c.min_parties} parties)."
        )
    elif c.status is TotalStatus.WITHHELD:
        console.print(
            "Coalition total including undisclosed contributions: withheld "
            f"(shown only when it combines at least {c.min_parties} parties, none dominating)."
        )
    if pledges:
        console.print(_pledge_table(items))


def register(app: typer.Typer) -> None:
    """Attach the burden-sharing command to the root command."""
    app.command()(burden)
