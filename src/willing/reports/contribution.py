"""One nation's contribution: its pledges the viewer may see, their status and where the
plan uses them (what a liaison officer sends home)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from willing.domain.enums import ConditionStatus
from willing.domain.errors import NotFound
from willing.domain.forces import Pledge
from willing.present.numbers import date, number, units
from willing.reports.document import INPUTS, Bullets, Para, Report, Section, Shown, Table
from willing.reports.readahead import viewer_text
from willing.reports.sources import sources_section
from willing.services.access import Registry
from willing.sourcing.service import plan


def build(
    registry: Registry,
    party: str,
    assume: Mapping[str, ConditionStatus] | None = None,
    today: dt.date | None = None,
) -> Report:
    """The contribution report of `party`; NotFound when the viewer may not see it."""
    with registry.reading():  # the services share one read of each kind
        return _build(registry, party, assume, today)


def _build(
    registry: Registry,
    party: str,
    assume: Mapping[str, ConditionStatus] | None = None,
    today: dt.date | None = None,
) -> Report:
    code = party.upper()
    shown = Shown(registry)
    shown.begin()
    # "used for" comes from the plan, computed over every plan input the viewer may see
    shown.derive(INPUTS)
    found = shown.add("parties", code)
    if found is None:
        raise NotFound(f"no parties record '{party}'")
    name = str(getattr(found, "name", code))
    pledges = sorted(
        (p for p in shown.records("pledges").values() if isinstance(p, Pledge) and p.party == code),
        key=lambda p: p.id,
    )
    data = plan(registry, assume or {}, store=False).data
    uses: dict[str, list[str]] = {}
    for line in data["lines"]:
        if line["party"] == code:
            shown.add("requirements", line["requirement"])
            uses.setdefault(line["pledge"], []).append(
                f"{line['requirement']} ({units(float(line['units']))})"
            )
    rows = []
    for p in pledges:
        shown.add("pledges", p.id)
        shown.add("capabilities", p.capability)
        rows.append(
            (
                p.id,
                p.capability,
                number(p.quantity),
                p.status.value,
                ", ".join(p.conditions) or "none",
                "; ".join(uses.get(p.id, [])) or "not used",
            )
        )
    section = Section(f"Pledges of {name} ({code})", page_break=True)
    used = sum(1 for p in pledges if p.id in uses)
    section.blocks.append(
        Para(
            f"{len(pledges)} pledge{'s' if len(pledges) != 1 else ''} you may see; "
            f"the plan uses {used} of them."
        )
    )
    section.blocks.append(
        Table(
            ("pledge", "capability", "quantity", "status", "conditions", "used for"),
            tuple(rows),
            frozenset({2}),
            frozenset({0, 1}),
        )
    )
    caveats = [f"{p.id}: {p.caveats}" for p in pledges if p.caveats]
    if caveats:
        section.blocks.append(Para("National caveats:"))
        section.blocks.append(Bullets(tuple(caveats)))
    subtitle = f"Prepared for {viewer_text(registry)}, {date(today or dt.date.today())}"
    shown.begin()
    sections = [section, sources_section(shown)]
    return Report(f"Contribution of {name}", subtitle, shown.marking(), sections, shown.runs())
