"""The force-generation sheet (CJSOR-style): every requirement line the viewer may see,
the pledges filling it, the gap and its reason."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from willing.domain.enums import ConditionStatus
from willing.domain.forces import Requirement
from willing.present.numbers import date, number
from willing.present.summary import reason_words
from willing.reports.document import INPUTS, Para, Report, Section, Shown, Table
from willing.reports.readahead import viewer_text
from willing.services.access import Registry
from willing.sourcing.service import plan

HEADER = (
    "line",
    "prio",
    "capability",
    "layer",
    "location",
    "phase",
    "required",
    "filled by",
    "missing",
    "why",
)


def sheet(
    registry: Registry, assume: Mapping[str, ConditionStatus] | None = None
) -> tuple[Shown, list[tuple[str, ...]], dict[str, Any]]:
    """The rows of the sheet (one per requirement line), the records shown, the plan."""
    shown = Shown(registry)
    # fills and gaps come from the plan, computed over every plan input the viewer may see
    shown.derive(INPUTS)
    data = plan(registry, assume or {}, store=False).data
    filling: dict[str, list[str]] = {}
    for line in data["lines"]:
        shown.add("pledges", line["pledge"])
        filling.setdefault(line["requirement"], []).append(
            f"{line['pledge']} ({line['party']}, {number(float(line['units']))})"
        )
    gaps = {g["requirement"]: g for g in data["gaps"]}
    rows: list[tuple[str, ...]] = []
    lines = sorted(
        (r for r in shown.records("requirements").values() if isinstance(r, Requirement)),
        key=lambda r: (r.priority, r.id),
    )
    for req in lines:
        shown.add("requirements", req.id)
        gap = gaps.get(req.id)
        rows.append(
            (
                req.id,
                str(req.priority),
                req.capability,
                req.layer.value,
                req.location,
                req.phase,
                number(req.quantity),
                "; ".join(filling.get(req.id, [])) or "-",
                "0" if gap is None else number(float(gap["missing"])),
                "" if gap is None else reason_words(gap["reasons"]),
            )
        )
    return shown, rows, data


def build(
    registry: Registry,
    assume: Mapping[str, ConditionStatus] | None = None,
    today: dt.date | None = None,
) -> Report:
    with registry.reading():  # the services share one read of each kind
        return _build(registry, assume, today)


def _build(
    registry: Registry,
    assume: Mapping[str, ConditionStatus] | None = None,
    today: dt.date | None = None,
) -> Report:
    shown, rows, _ = sheet(registry, assume)
    section = Section("Force-generation sheet", page_break=True)
    section.blocks.append(
        Para(
            "Every requirement line you may see, the pledges you may see filling it "
            "(pool units), and what is missing with the reason."
        )
    )
    section.blocks.append(Table(HEADER, tuple(rows), frozenset({1, 6, 8}), frozenset({0, 2, 4})))
    subtitle = f"Prepared for {viewer_text(registry)}, {date(today or dt.date.today())}"
    return Report("Force generation", subtitle, shown.marking(), [section], landscape=True)
