"""On the shipped data set: no viewer's burden figures reveal a pledge hidden from it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from willing import data
from willing.burden import payload
from willing.burden.disclosure import DisclosureRule
from willing.burden.reference import DEFENCE, GDP
from willing.burden.service import burden, hidden_totals, valuations
from willing.domain.catalog import Dataset
from willing.domain.enums import PartyKind, PartyRole
from willing.domain.forces import Pledge
from willing.domain.labels import may_see
from willing.domain.parties import Indicator, Party
from willing.domain.records import Record
from willing.services.access import Registry, Role, Viewer
from willing.services.registry import read_source
from willing.storage.store import Store

VIEWERS = ["FRA", "DEU", "POL", "USA", "UKR"]


def _seen(store: Store, party: str) -> dict[str, Any]:
    registry = Registry(store, Viewer(party, Role.LIAISON))
    return {
        "report": payload.report(burden(registry)),
        "valuations": [payload.valuation(v) for v in valuations(registry)],
        "hidden": hidden_totals(registry),
    }


def _scaled(ds: Dataset, hidden: set[str], factor: float) -> Dataset:
    """The data set with every pledge in `hidden` worth `factor` times as much."""
    pledges: list[Record] = []
    for p in ds.records["pledges"]:
        if isinstance(p, Pledge) and p.id in hidden:
            value = None if p.value_eur is None else p.value_eur * factor
            p = p.model_copy(update={"value_eur": value, "quantity": p.quantity * factor})
        pledges.append(p)
    return Dataset(name=ds.name, title=ds.title, records={**ds.records, "pledges": pledges})


@pytest.mark.skipif(data.DEFAULT not in data.available(), reason="data set not shipped")
def test_hidden_pledges_move_nothing_but_a_protected_total(tmp_path: Path) -> None:
    ds = read_source(data.DEFAULT)
    base = Store.open(f"sqlite:///{tmp_path / 'base.db'}")
    base.write(ds, actor="test")
    checked = 0
    for party in VIEWERS:
        tokens = Registry(base, Viewer(party, Role.LIAISON)).tokens
        hidden = {p.id for p in ds.records["pledges"] if not may_see(p.label, tokens)}
        if not hidden:
            continue
        checked += 1
        changed = Store.open(f"sqlite:///{tmp_path / f'{party}.db'}")
        changed.write(_scaled(ds, hidden, 7.0), actor="test")
        before, after = _seen(base, party), _seen(changed, party)
        changed.close()
        assert before["valuations"] == after["valuations"]
        moved = {k for k in before["report"] if before["report"][k] != after["report"][k]}
        assert moved <= {"coalition_total"}
        for view in (before, after):
            if view["report"]["coalition_total"]["total_eur"] is not None:
                assert DisclosureRule().protects(view["hidden"])
    base.close()
    assert checked > 0, "the shipped data set hides no pledge from any viewer tried"


@pytest.mark.skipif(data.DEFAULT not in data.available(), reason="data set not shipped")
def test_every_reference_figure_names_its_source_and_year() -> None:
    ds = read_source(data.DEFAULT)
    indicators = [i for i in ds.records["indicators"] if isinstance(i, Indicator)]
    sources = {s.id for s in ds.records["sources"]}
    assert indicators
    for ind in indicators:
        assert ind.evidence, f"{ind.id} has no source"
        assert all(e.source in sources for e in ind.evidence)
        assert 1990 <= ind.year <= 2100
        if ind.value is None:
            assert ind.note, f"{ind.id}: an unknown figure should say why in its note"
    states = {
        p.id
        for p in ds.records["parties"]
        if isinstance(p, Party) and p.role is PartyRole.MEMBER and p.party_kind is PartyKind.STATE
    }
    for metric in (GDP, DEFENCE):
        covered = {i.party for i in indicators if i.metric == metric}
        assert states <= covered, f"{metric} missing for {sorted(states - covered)}"
