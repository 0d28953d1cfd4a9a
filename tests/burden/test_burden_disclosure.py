"""A viewer cannot deduce a hidden pledge's value from any burden aggregate it can see."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from willing.burden import payload
from willing.burden.disclosure import DisclosureRule, TotalStatus, coalition_total
from willing.burden.report import burden_report
from willing.burden.service import burden, valuations
from willing.burden.valuation import value_pledges
from willing.domain.enums import Layer
from willing.domain.forces import Pledge
from willing.services.access import Registry, Role, Viewer
from willing.storage.store import Store

from .builders import CAPABILITIES, coalition_with_secrets


def seen_by(store: Store, viewer: Viewer) -> dict[str, Any]:
    """Everything the burden command shows the viewer: the table and every valuation."""
    registry = Registry(store, viewer)
    return {
        "report": payload.report(burden(registry)),
        "valuations": [payload.valuation(v) for v in valuations(registry)],
    }


VIEWER = Viewer("VVV", Role.LIAISON)


def test_rule_threshold_and_dominance() -> None:
    rule = DisclosureRule(min_parties=3, max_share=0.6)
    assert rule.protects({"A": 1, "B": 1, "C": 1})
    assert not rule.protects({"A": 1, "B": 1})
    assert not rule.protects({"A": 7, "B": 2, "C": 1})  # A is 70% of the hidden part
    assert not rule.protects({"A": 1, "B": 1, "C": 0})  # a zero hides nothing
    assert not rule.protects({})


def test_complete_included_and_withheld_totals() -> None:
    assert coalition_total(10, None).status is TotalStatus.COMPLETE
    assert coalition_total(10, None).total_eur == 10
    assert coalition_total(10, {"A": 1, "B": 1, "C": 1}).total_eur == 13
    withheld = coalition_total(10, {"A": 5})
    assert withheld.status is TotalStatus.WITHHELD
    assert withheld.total_eur is None
    assert withheld.hidden_eur is None
    # withholding looks the same whether something or nothing is hidden
    assert coalition_total(10, {}) == withheld


def test_one_secret_pledge_changes_nothing_the_viewer_sees(fresh_store: Store) -> None:
    shown = []
    for value in (1.0, 777.0, 5e9):
        fresh_store.write(coalition_with_secrets({"HHH": value}), actor="test", replace=True)
        shown.append(seen_by(fresh_store, VIEWER))
    assert shown[0] == shown[1] == shown[2]
    assert shown[0]["report"]["coalition_total"]["status"] == "withheld"
    # the viewer's own national pledge is part of what it sees
    assert any(v["pledge"] == "PUB-V" for v in shown[0]["valuations"])
    assert all(not v["pledge"].startswith("SECRET") for v in shown[0]["valuations"])


def test_admin_sees_the_complete_total(fresh_store: Store) -> None:
    fresh_store.write(coalition_with_secrets({"HHH": 777.0}), actor="test", replace=True)
    rep = burden(Registry(fresh_store, Viewer.admin()))
    assert rep.coalition.status is TotalStatus.COMPLETE
    assert rep.coalition.total_eur == 200 + 300 + 50 + 777


def _diff(a: dict[str, Any], b: dict[str, Any]) -> set[str]:
    return {k for k in a if a[k] != b[k]}


def test_secrets_of_three_parties_move_only_the_protected_total(fresh_store: Store) -> None:
    views = {}
    for value in (100.0, 130.0, 1000.0):
        secrets = {"HHH": 100.0, "III": 110.0, "JJJ": value}
        fresh_store.write(coalition_with_secrets(secrets), actor="test", replace=True)
        views[value] = seen_by(fresh_store, VIEWER)
    base, moved, dominant = views[100.0], views[130.0], views[1000.0]
    assert base["valuations"] == moved["valuations"] == dominant["valuations"]
    assert _diff(base["report"], moved["report"]) == {"coalition_total"}
    # what moved is a sum over three parties, none above 60%: it pins no single pledge
    assert base["report"]["coalition_total"]["undisclosed_eur"] == 310
    assert moved["report"]["coalition_total"]["undisclosed_eur"] == 340
    # a dominant secret is withheld, and then the view is as if nothing were hidden
    assert dominant["report"]["coalition_total"]["status"] == "withheld"
    fresh_store.write(coalition_with_secrets({}), actor="test", replace=True)
    assert seen_by(fresh_store, VIEWER) == dominant


values = st.floats(min_value=0, max_value=1e9, allow_nan=False, allow_infinity=False)


@settings(max_examples=60, deadline=None)
@given(
    visible=st.lists(st.tuples(st.sampled_from(["AAA", "BBB", "VVV"]), values), max_size=6),
    hidden=st.dictionaries(st.sampled_from(["HHH", "III", "JJJ", "KKK"]), values, max_size=4),
    party=st.sampled_from(["HHH", "III", "JJJ", "KKK"]),
    new_value=values,
)
def test_changing_a_hidden_value_is_invisible_or_protected(
    visible: list[tuple[str, float]], hidden: dict[str, float], party: str, new_value: float
) -> None:
    pledges = [
        Pledge(
            id=f"P{i}", party=who, capability="fund", quantity=max(q, 1.0), layers=[Layer.REASSURE]
        )
        for i, (who, q) in enumerate(visible)
    ]
    vals = value_pledges(pledges, CAPABILITIES)
    changed = {**hidden, party: new_value}
    before = payload.report(burden_report(vals, [], [], hidden))
    after = payload.report(burden_report(vals, [], [], changed))
    moved = _diff(before, after)
    assert moved <= {"coalition_total"}
    rule = DisclosureRule()
    for shown, part in ((before, hidden), (after, changed)):
        if shown["coalition_total"]["total_eur"] is not None:
            assert rule.protects(part)
            named = [v for v in part.values() if v > 0]
            assert len(named) >= rule.min_parties
            assert max(named) <= rule.max_share * sum(named)


@pytest.mark.parametrize("viewer", [Viewer("AAA", Role.ANALYST), Viewer(None, Role.ANALYST)])
def test_other_viewers_never_see_national_pledges(fresh_store: Store, viewer: Viewer) -> None:
    fresh_store.write(coalition_with_secrets({"HHH": 5.0}), actor="test", replace=True)
    shown = seen_by(fresh_store, viewer)
    assert {v["pledge"] for v in shown["valuations"]} == {"PUB-A", "PUB-B"}


def test_past_dates_never_release_undisclosed_parts(fresh_store: Store) -> None:
    secrets = {"HHH": 100.0, "III": 110.0, "JJJ": 120.0}
    fresh_store.write(coalition_with_secrets(secrets), actor="test", replace=True)
    registry = Registry(fresh_store, VIEWER)
    assert burden(registry).coalition.status is TotalStatus.INCLUDED
    past = burden(registry, at=dt.date(2030, 1, 1))
    assert past.coalition.status is TotalStatus.WITHHELD
    assert (
        burden(Registry(fresh_store, Viewer.admin()), at=dt.date(2030, 1, 1)).coalition.status
        is TotalStatus.COMPLETE
    )
