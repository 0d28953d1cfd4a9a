"""Reports built once per viewer over the shipped data set (building one solves several
plans, a Monte Carlo and a criticality ranking: too slow to repeat per test)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from willing.reports import html, pdf
from willing.reports.document import Report
from willing.reports.readahead import Options, build
from willing.services.access import Registry, Role, Viewer
from willing.services.registry import read_source
from willing.storage.store import Store

SHIPPED = "cotw-ukraine-2026"
#: Small Monte Carlo: the figures are checked, not their statistics.
OPTIONS = Options(since=dt.date(2025, 9, 1), today=dt.date(2026, 6, 1), draws=40)
VIEWERS = {
    "admin": Viewer.admin(),
    "POL": Viewer("POL", Role.LIAISON),
    "FRA": Viewer("FRA", Role.LIAISON),
    "none": Viewer(None, Role.ANALYST),
}


@dataclass(frozen=True)
class Built:
    viewer: Viewer
    report: Report
    pdf: bytes
    html: str


def shipped_db(folder: Path) -> str:
    url = f"sqlite:///{folder / 'willing.db'}"
    store = Store.open(url)
    store.write(read_source(SHIPPED), actor="test")
    store.close()
    return url


@pytest.fixture(scope="session")
def reports_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return shipped_db(tmp_path_factory.mktemp("reports"))


@pytest.fixture(scope="session")
def read_aheads(reports_db: str) -> dict[str, Built]:
    store = Store.open(reports_db)
    out = {}
    for name, viewer in VIEWERS.items():
        report = build(Registry(store, viewer), OPTIONS)
        out[name] = Built(viewer, report, pdf.render(report), html.render(report))
    store.close()
    return out
