"""Burden sharing read through a viewer's Registry, with the disclosure rule applied."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from willing.burden.disclosure import DisclosureRule
from willing.burden.report import BurdenReport, burden_report, party_totals
from willing.burden.valuation import Valuation, value_pledges
from willing.domain.forces import Capability, Pledge
from willing.domain.parties import Indicator, Party
from willing.domain.records import Record
from willing.services.access import Registry

R = TypeVar("R", bound=Record)


def _of(registry: Registry, cls: type[R]) -> list[R]:
    return [r for r in registry.list(cls.kind) if isinstance(r, cls)]


def valuations(registry: Registry) -> list[Valuation]:
    """Visible pledges valued with the visible price list."""
    return value_pledges(_of(registry, Pledge), _of(registry, Capability))


def hidden_totals(registry: Registry) -> dict[str, float] | None:
    """Per party, the current value of pledges hidden from the viewer; None if it sees all.

    Computed on the system view; the result only ever feeds the disclosure rule.
    """
    if registry.tokens is None:
        return None
    seen = {p.id for p in _of(registry, Pledge)}
    system = registry.system()
    hidden = [p for p in _of(system, Pledge) if p.id not in seen]
    return party_totals(value_pledges(hidden, _of(system, Capability)))


def burden(
    registry: Registry,
    at: dt.date | None = None,
    year: int | None = None,
    rule: DisclosureRule | None = None,
) -> BurdenReport:
    """The burden-sharing table as the viewer may see it.

    Undisclosed contributions reach only the current coalition total: as of a past date
    (`at`) that total is withheld, since totals at two dates could be subtracted.

    Example: ``burden(Registry(store, Viewer("FRA", Role.LIAISON))).row("FRA").total_eur``.
    """
    hidden = hidden_totals(registry)
    if at is not None and hidden is not None:
        hidden = {}
    return burden_report(
        valuations(registry),
        _of(registry, Party),
        _of(registry, Indicator),
        hidden,
        at,
        year,
        rule,
    )
