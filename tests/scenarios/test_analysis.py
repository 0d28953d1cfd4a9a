"""Compare, criticality and sensitivity on `ceasefire_coalition`, with known answers."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from willing.domain.catalog import Dataset
from willing.domain.errors import WillingError
from willing.scenarios import service
from willing.scenarios.criticality import AUTO_PLEDGES, chosen_pledges, criticality
from willing.scenarios.definition import BUILTINS, parse_scenario
from willing.scenarios.engine import candidates, pledge_worth
from willing.scenarios.executors import SerialExecutor
from willing.scenarios.stored import save_scenario
from willing.services.access import Registry, Viewer
from willing.sourcing.synthetic import generate
from willing.storage.store import Store


def test_compare_shows_the_ceasefire_worth_two_thirds_of_the_line(admin: Registry) -> None:
    out = service.compare(admin, ["baseline", "all-met"])
    assert out["coverage"]["baseline"]["overall"] == 0.0
    assert out["coverage"]["all-met"]["overall"] == pytest.approx(2 / 3)
    assert out["coverage"]["all-met"]["layer:reassure"] == pytest.approx(2 / 3)
    assert out["lines"] == [{"requirement": "R-1", "filled": {"baseline": 0.0, "all-met": 2.0}}]


def test_a_stored_scenario_with_a_hypothetical_pledge_closes_the_gap(admin: Registry) -> None:
    extra = parse_scenario(
        {
            "id": "third-bn",
            "others": "met",
            "add_pledges": [
                {
                    "id": "P-X",
                    "party": "POL",
                    "capability": "inf-bn",
                    "quantity": 1,
                    "layers": ["reassure"],
                }
            ],
        }
    )
    save_scenario(admin, extra)
    out = service.compare(admin, ["all-met", "third-bn"])
    assert out["coverage"]["third-bn"]["overall"] == pytest.approx(1.0)


def test_criticality_ranks_france_and_the_ceasefire_first(admin: Registry) -> None:
    out = service.rank(admin, BUILTINS["all-met"])
    top = {(row["kind"], row["id"]): row for row in out["ranking"]}
    assert top[("nation", "FRA")]["figures"]["overall"] == pytest.approx(2 / 3)
    assert top[("condition", "ceasefire")]["figures"]["overall"] == pytest.approx(2 / 3)
    assert top[("pledge", "P-FRA-1")]["lines"] == ["R-1"]
    assert top[("nation", "POL")]["weighted_loss"] == 0.0
    assert top[("condition", "us-backstop")]["lines_affected"] == 0
    assert {row["id"] for row in out["ranking"][:3]} == {"FRA", "ceasefire", "P-FRA-1"}


def test_sensitivity_rises_with_the_ceasefire_probability(admin: Registry) -> None:
    points = service.sweep(admin, BUILTINS["baseline"], "ceasefire", 400, 3, (0.0, 0.5, 1.0))
    means = [p.mean["overall"] for p in points]
    assert means[0] == 0.0
    assert means[2] == pytest.approx(2 / 3)
    assert 0.25 < means[1] < 0.42
    assert points[2].p_reach["0.5"] == 1.0


def test_montecarlo_draws_the_ceasefire_with_its_probability(admin: Registry) -> None:
    _, mc = service.montecarlo(admin, BUILTINS["baseline"], 4000, 1)
    assert mc.distinct == 2
    assert mc.stats()["overall"]["mean"] == pytest.approx(0.4 * 2 / 3, abs=0.02)
    _, fixed = service.montecarlo(admin, BUILTINS["no-backstop"], 100, 1)
    assert fixed.distinct == 1


def test_a_viewer_sees_no_pledge_lines_it_may_not_see(small_store: Store) -> None:
    poland = Registry(small_store, Viewer("POL"))
    out = service.rank(poland, BUILTINS["all-met"])
    ids = {row["id"] for row in out["ranking"] if row["kind"] == "pledge"}
    assert ids == {"P-FRA-1"}  # public; France's national fighter pledge never shows
    assert all(row["id"] != "P-USA-1" for row in out["ranking"])


def test_lines_hidden_from_the_viewer_never_show(
    small_coalition: Dataset, sqlite_url: str, tmp_path: Path
) -> None:
    """In the shared fixture R-2 is France's national line; removing France empties it.
    Poland's figures are those of a registry holding only what Poland may see."""
    store = Store.open(sqlite_url)
    own = Store.open(f"sqlite:///{tmp_path / 'poland-only.db'}")
    try:
        store.write(small_coalition, actor="test")
        as_admin = service.rank(Registry(store, Viewer.admin()), BUILTINS["all-met"])
        as_poland = service.rank(Registry(store, Viewer("POL")), BUILTINS["all-met"])
        own.write(Registry(store, Viewer("POL")).dataset(), actor="test")
        over_own = service.rank(Registry(own, Viewer.admin()), BUILTINS["all-met"])
    finally:
        store.close()
        own.close()
    france = {r["kind"]: r for r in as_admin["ranking"] if r["id"] == "FRA"}["nation"]
    assert france["lines"] == ["R-1", "R-2"]
    seen = {r["kind"]: r for r in as_poland["ranking"] if r["id"] == "FRA"}["nation"]
    assert seen["lines"] == ["R-1"]
    assert seen["lines_affected"] == 1
    alone = {r["kind"]: r for r in over_own["ranking"] if r["id"] == "FRA"}["nation"]
    assert seen["weighted_loss"] == alone["weighted_loss"]  # computed over what POL sees
    assert seen["weighted_loss"] != france["weighted_loss"]  # R-2 is not in it


def test_conditions_hidden_from_the_viewer_are_never_named(
    small_coalition: Dataset, sqlite_url: str
) -> None:
    """In the shared fixture `parliament:FRA` is a condition national to France."""
    store = Store.open(sqlite_url)
    try:
        store.write(small_coalition, actor="test")
        poland = Registry(store, Viewer("POL"))
        france = Registry(store, Viewer("FRA"))
        prep, mc = service.montecarlo(poland, BUILTINS["baseline"], 50, 1)
        assert "parliament:FRA" not in service.summary_for(prep, mc)["condition_met_rate"]
        prep, mc = service.montecarlo(france, BUILTINS["baseline"], 50, 1)
        assert "parliament:FRA" in service.summary_for(prep, mc)["condition_met_rate"]
        ranked = service.rank(poland, BUILTINS["all-met"])["ranking"]
        assert all(r["id"] != "parliament:FRA" for r in ranked)
        with pytest.raises(WillingError, match="unknown condition 'parliament:FRA'"):
            service.sweep(poland, BUILTINS["baseline"], "parliament:FRA", 10, 1, (0.0, 1.0))
    finally:
        store.close()


# --- which pledges criticality withdraws one by one ------------------------------------------


def test_pledges_are_chosen_by_units_used_times_line_weight() -> None:
    used = np.array([5.0, 0.0, 1.0, 3.0, 2.0])
    # pledge 2 serves one unit on a heavy line; pledge 0 five units on light lines
    worth = np.array([5.0, 0.0, 100.0, 30.0, 20.0])
    assert chosen_pledges(used, worth, 2).tolist() == [2, 3]
    assert chosen_pledges(used, worth, 0).tolist() == []
    # by default every used pledge, when there are few; an unused one never
    assert chosen_pledges(used, worth, None).tolist() == [2, 3, 4, 0]
    # ties on worth go to the pledge using more units, then to the first
    assert chosen_pledges(np.array([1.0, 2.0, 2.0]), np.full(3, 10.0), None).tolist() == [1, 2, 0]


def test_by_default_every_used_pledge_is_tested_only_up_to_the_limit() -> None:
    many = AUTO_PLEDGES + 7
    used = np.ones(many)
    worth = np.arange(many, dtype=np.float64)
    chosen = chosen_pledges(used, worth, None)
    assert len(chosen) == AUTO_PLEDGES
    assert chosen.tolist() == list(range(many - 1, 6, -1))  # the ones worth most
    assert len(chosen_pledges(used[:AUTO_PLEDGES], worth[:AUTO_PLEDGES], None)) == AUTO_PLEDGES


def test_criticality_by_default_withdraws_every_used_pledge() -> None:
    problem = generate(200, 20, seed=4, n_conditions=3)
    met = np.ones(len(problem.conditions), bool)
    available = problem.available(met) & candidates(problem)
    used, worth = pledge_worth(problem, available)
    assert 3 < int((used > 1e-9).sum()) <= AUTO_PLEDGES
    _, losses = criticality(problem, met, SerialExecutor())
    tested = {loss.id for loss in losses if loss.kind == "pledge"}
    assert tested == {problem.pledge_ids[p] for p in np.flatnonzero(used > 1e-9)}
    # weights and units agree: a unit on a line counts that line's priority weight
    assert np.all(worth >= used - 1e-9)
    _, three = criticality(problem, met, SerialExecutor(), top_pledges=3)
    first = chosen_pledges(used, worth, 3)
    assert {loss.id for loss in three if loss.kind == "pledge"} == {
        problem.pledge_ids[p] for p in first.tolist()
    }
