"""Valuation, shares, fair-share index and stages on `fair_share_coalition`, with known answers."""

from __future__ import annotations

import datetime as dt

import pytest

from willing.burden.report import BurdenReport, burden_report
from willing.burden.stages import Stage, stage_of
from willing.burden.valuation import Basis, value_pledges
from willing.domain.catalog import Dataset
from willing.domain.enums import Layer, PledgeStatus
from willing.domain.forces import Capability, Pledge, StatusChange
from willing.domain.parties import Indicator, Party


def build(ds: Dataset, at: dt.date | None = None) -> BurdenReport:
    pledges = [p for p in ds.records["pledges"] if isinstance(p, Pledge)]
    caps = [c for c in ds.records["capabilities"] if isinstance(c, Capability)]
    parties = [p for p in ds.records["parties"] if isinstance(p, Party)]
    inds = [i for i in ds.records["indicators"] if isinstance(i, Indicator)]
    return burden_report(value_pledges(pledges, caps), parties, inds, at=at)


def test_valuation_basis_and_estimate_flag(fair_share_coalition: Dataset) -> None:
    pledges = [p for p in fair_share_coalition.records["pledges"] if isinstance(p, Pledge)]
    caps = [c for c in fair_share_coalition.records["capabilities"] if isinstance(c, Capability)]
    got = {v.pledge.id: (v.eur, v.estimated, v.basis) for v in value_pledges(pledges, caps)}
    assert got["P1"] == (60, False, Basis.FUNDING)
    assert got["P2"] == (100, True, Basis.PRICE_LIST)
    assert got["P3"] == (120, False, Basis.STATED)
    assert got["P4"] == (50, True, Basis.PRICE_LIST)
    assert got["P7"] == (None, False, Basis.UNKNOWN)


def test_totals_shares_and_layers(fair_share_coalition: Dataset) -> None:
    rep = build(fair_share_coalition)
    # UKR (beneficiary) and ORG (organisation) give nothing and are not rows
    assert [r.party for r in rep.rows] == ["AAA", "BBB", "CCC", "DDD"]
    aaa, ccc = rep.row("AAA"), rep.row("CCC")
    assert aaa.total_eur == 160
    assert aaa.estimated_eur == 100
    assert rep.row("BBB").total_eur == 140
    assert ccc.total_eur == 50  # the withdrawn P5 counts nowhere
    assert ccc.unvalued == 1  # P7: a ship with no price is unknown, not 0
    assert rep.total_eur == 350
    assert aaa.share == pytest.approx(160 / 350)
    assert rep.by_layer[Layer.REGENERATE] == 80
    assert rep.by_layer[Layer.REASSURE] == 270  # P3 counts in its first layer only
    assert rep.by_layer[Layer.SUPPORT] == 0


def test_fair_share_known_answers(fair_share_coalition: Dataset) -> None:
    rep = build(fair_share_coalition)
    # group with known GDP: AAA 1000, BBB 3000, DDD 1000 -> 5000; their contributions 300
    assert rep.row("AAA").fair_share == pytest.approx((160 / 300) / (1000 / 5000))
    assert rep.row("BBB").fair_share == pytest.approx((140 / 300) / (3000 / 5000))
    assert rep.row("DDD").fair_share == 0
    assert rep.row("CCC").fair_share is None  # GDP not publicly known


def test_gdp_and_defence_ratios_keep_unknowns_unknown(fair_share_coalition: Dataset) -> None:
    rep = build(fair_share_coalition)
    aaa, bbb, ccc = rep.row("AAA"), rep.row("BBB"), rep.row("CCC")
    assert aaa.gdp is not None
    assert aaa.gdp.year == 2024  # the latest year wins over 2023
    assert aaa.pct_gdp == pytest.approx(0.16)
    assert aaa.pct_defence == pytest.approx(1.6)
    assert bbb.defence is not None
    assert bbb.defence.value is None
    assert bbb.pct_defence is None
    assert ccc.pct_gdp is None


def test_stages_and_gaps(fair_share_coalition: Dataset) -> None:
    rep = build(fair_share_coalition)
    aaa, bbb = rep.row("AAA"), rep.row("BBB")
    assert aaa.stages == {Stage.COMMITTED: 160, Stage.ALLOCATED: 60, Stage.DELIVERED: 60}
    assert aaa.to_deliver_eur == 100
    assert bbb.stages == {Stage.COMMITTED: 140, Stage.ALLOCATED: 120, Stage.DELIVERED: 0}
    assert bbb.to_allocate_eur == 20
    assert rep.stages[Stage.DELIVERED] == 60


def test_stages_as_of_a_past_date(fair_share_coalition: Dataset) -> None:
    rep = build(fair_share_coalition, at=dt.date(2025, 6, 1))
    assert rep.row("AAA").stages[Stage.DELIVERED] == 0  # P1 delivered only on 4 September
    assert rep.row("AAA").stages[Stage.COMMITTED] == 160


def test_stage_before_and_after_withdrawal() -> None:
    steps = [
        StatusChange(status=PledgeStatus.COMMITTED, date=dt.date(2024, 12, 1)),
        StatusChange(status=PledgeStatus.DELIVERED, date=dt.date(2025, 1, 1)),
        StatusChange(status=PledgeStatus.WITHDRAWN, date=dt.date(2025, 2, 1)),
    ]
    p = Pledge(
        id="X",
        party="AAA",
        capability="bn",
        quantity=1,
        layers=[Layer.REASSURE],
        status=PledgeStatus.WITHDRAWN,
        history=steps,
    )
    assert stage_of(p, dt.date(2024, 12, 15)) is Stage.COMMITTED
    assert stage_of(p, dt.date(2025, 1, 15)) is Stage.DELIVERED
    assert stage_of(p, dt.date(2025, 2, 15)) is None
    assert stage_of(p) is None
    assert stage_of(p, dt.date(2024, 1, 1)) is None  # not yet made
