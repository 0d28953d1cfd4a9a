"""The tables and CSV `willing plan` prints: coverage, gaps with their causes, contributions."""

from __future__ import annotations

import csv
import sys
from enum import StrEnum
from typing import Any, Final

from willing.cli.context import Table
from willing.present.numbers import data_value, money_keur, number, percent
from willing.present.summary import amount, reason_parts
from willing.services.access import Registry
from willing.sourcing.plans import GAP_FIELDS


class CsvTable(StrEnum):
    COVERAGE = "coverage"
    GAPS = "gaps"
    LINES = "lines"
    CONTRIBUTIONS = "contributions"


def figure_text(x: float) -> str:
    """A count as every page prints it (`present.numbers.number`): no float noise."""
    return number(float(x))


def eur_text(thousands: float) -> str:
    """Thousands of EUR as money ("€3.5 bn"); a dash for none."""
    return "—" if thousands == 0 else money_keur(float(thousands))


def funding_capabilities(registry: Registry) -> frozenset[str]:
    """Capabilities the viewer may see that are counted in thousands of EUR, not units."""
    return frozenset(
        c.id for c in registry.list("capabilities") if getattr(c, "domain", None) == "funding"
    )


def covered_text(coverage: float | None) -> str:
    """Coverage as a percentage; "no demand" when no force units are demanded."""
    return "no demand" if coverage is None else f"{coverage:.1%}"


def why_text(reasons: list[dict[str, Any]]) -> str:
    """Reasons on a few lines: unmet conditions folded into one, largest first."""
    return "\n".join(reason_parts(reasons))


def coverage_table(by: str, rows: list[dict[str, Any]]) -> Table:
    note = (
        " (units in the pool; funding in EUR)" if by == "domain" else " (force units, in the pool)"
    )
    table = Table(title=f"Coverage by {by}{note}", title_justify="left")
    for col in (by, "demand", "filled", "covered"):
        table.add_column(col, justify="left" if col == by else "right")
    for row in rows:
        shown = money_keur if by == "domain" and row["name"] == "funding" else figure_text
        table.add_row(
            row["name"],
            shown(float(row["demand"])),
            shown(float(row["filled"])),
            percent(float(row["share"])),
        )
    return table


#: Tables that name records fold their cells onto the next line rather than cutting them
#: short with "…": ids, condition names and amounts print whole at any width.
FOLD: Final = "fold"


def gap_table(gaps: list[dict[str, Any]], top: int, funding: frozenset[str]) -> Table:
    shown = gaps[:top]
    table = Table(
        title=f"Gaps, highest priority first ({len(shown)} of {len(gaps)})",
        title_justify="left",
        show_lines=True,
    )
    for col in ("line", "prio", "capability", "where", "missing", "why"):
        table.add_column(
            col,
            justify="right" if col in ("prio", "missing") else "left",
            overflow=FOLD,
        )
    for g in shown:
        why = why_text(g["reasons"])
        where = f"{g['layer']} / {g['location']} / {g['phase']}"
        capability = g["capability"]
        missing = (
            f"{amount(float(g['missing']), capability, funding)} of "
            f"{amount(float(g['demand']), capability, funding)}"
            if capability in funding
            else f"{figure_text(g['missing'])} of {figure_text(g['demand'])}"
        )
        table.add_row(g["requirement"], str(g["priority"]), g["capability"], where, missing, why)
    return table


def contribution_table(rows: list[dict[str, Any]]) -> Table:
    table = Table(title="Contributions by nation (pledges you may see)", title_justify="left")
    cols = ("party", "units in plan", "units offered", "funding in plan", "funding offered")
    for col in cols:
        table.add_column(col, justify="left" if col == "party" else "right")
    for row in rows:
        table.add_row(
            row["party"],
            figure_text(row["units"]),
            figure_text(row["offered"]),
            eur_text(row["funding_keur"]),
            eur_text(row["funding_offered_keur"]),
        )
    return table


class CsvOut:
    """A CSV writer whose cells carry no float noise and no JSON (`present.numbers.data_value`)."""

    def __init__(self) -> None:
        self._writer = csv.writer(sys.stdout)

    def writerow(self, row: list[Any]) -> None:
        self._writer.writerow([data_value(v) for v in row])


def write_csv(data: dict[str, Any], which: CsvTable) -> None:
    out = CsvOut()
    if which is CsvTable.COVERAGE:
        out.writerow(["by", "name", "demand", "filled", "share"])
        for by, rows in data["tables"].items():
            for r in rows:
                out.writerow([by, r["name"], r["demand"], r["filled"], r["share"]])
    elif which is CsvTable.GAPS:
        out.writerow([*GAP_FIELDS, "reasons"])
        for g in data["gaps"]:
            out.writerow(
                [*(g[f] for f in GAP_FIELDS), "; ".join(r["detail"] for r in g["reasons"])]
            )
    elif which is CsvTable.LINES:
        out.writerow(["pledge", "party", "requirement", "units"])
        for line in data["lines"]:
            out.writerow([line["pledge"], line["party"], line["requirement"], line["units"]])
    else:
        out.writerow(["party", "units", "offered", "funding_keur", "funding_offered_keur"])
        for row in data["contributions"]:
            out.writerow(
                [
                    row["party"],
                    row["units"],
                    row["offered"],
                    row["funding_keur"],
                    row["funding_offered_keur"],
                ]
            )
