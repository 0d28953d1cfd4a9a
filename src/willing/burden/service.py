"""Burden sharing read through a viewer's Registry, with the disclosure rule applied.

Records are read through the diplomacy `Redactor`: a visible pledge's reference to a hidden
capability or party reads "withheld" (such pledges of hidden parties make one "withheld"
row), an indicator about a hidden party is left out, and evidence from a hidden source
names no source.
"""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from willing.burden.disclosure import DisclosureRule
from willing.burden.report import BurdenReport, burden_report, party_totals
from willing.burden.valuation import Valuation, value_pledges
from willing.diplomacy.redaction import Redactor
from willing.domain.forces import Capability, Pledge
from willing.domain.parties import Indicator, Party
from willing.domain.records import Record
from willing.services.access import Registry

R = TypeVar("R", bound=Record)


def _of(registry: Registry, cls: type[R]) -> list[R]:
    return [r for r in registry.list(cls.kind) if isinstance(r, cls)]


def _shown(registry: Registry, cls: type[R], redactor: Redactor) -> list[R]:
    """Visible records as the viewer may be shown them (see `Redactor`)."""
    about = ("party",) if cls is Indicator else ()
    return redactor.records(_of(registry, cls), about)


def valuations(registry: Registry, redactor: Redactor | None = None) -> list[Valuation]:
    """Visible pledges valued with the visible price list."""
    shown = redactor or Redactor(registry)
    return value_pledges(_shown(registry, Pledge, shown), _shown(registry, Capability, shown))


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
    shown = Redactor(registry)
    return burden_report(
        valuations(registry, shown),
        _shown(registry, Party, shown),
        _shown(registry, Indicator, shown),
        hidden,
        at,
        year,
        rule,
    )
