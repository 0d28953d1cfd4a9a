"""The force-generation sheet as a workbook: the requirement lines with the pledges filling
them, the allocation lines and the gaps, one sheet each, typed cells."""

from __future__ import annotations

from collections.abc import Mapping

from willing.domain.enums import ConditionStatus
from willing.interchange.xlsx import Cell, workbook
from willing.present.summary import reason_words
from willing.reports.forcegen import HEADER, sheet
from willing.services.access import Registry
from willing.sourcing.plans import GAP_FIELDS


def _typed(value: str) -> Cell:
    try:
        return float(value.replace(",", "")) if value and value != "-" else value
    except ValueError:
        return value


def force_generation(
    registry: Registry, assume: Mapping[str, ConditionStatus] | None = None
) -> bytes:
    """The XLSX bytes: sheets `requirements`, `lines` and `gaps` for the viewer."""
    shown, rows, data = sheet(registry, assume)
    numeric = {1, 6, 8}
    req_rows = [[_typed(c) if i in numeric else c for i, c in enumerate(r)] for r in rows]
    lines: list[list[Cell]] = [
        [ln["pledge"], ln["party"], ln["requirement"], float(ln["units"])] for ln in data["lines"]
    ]
    gaps: list[list[Cell]] = [
        [
            g["requirement"],
            int(g["priority"]),
            g["capability"],
            g["layer"],
            g["location"],
            g["phase"],
            float(g["demand"]),
            float(g["filled"]),
            float(g["missing"]),
            reason_words(g["reasons"]),
        ]
        for g in data["gaps"]
    ]
    names = ("requirements", "lines", "gaps")
    # every sheet rests on the plan, as sensitive as its most sensitive input
    mark = str(shown.marking())
    return workbook(
        [
            ("requirements", list(HEADER), req_rows),
            ("lines", ["pledge", "party", "requirement", "units"], lines),
            (
                "gaps",
                [*GAP_FIELDS, "why"],
                gaps,
            ),
        ],
        dict.fromkeys(names, mark),
    )
