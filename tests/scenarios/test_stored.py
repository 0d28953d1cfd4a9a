"""Scenarios and results in the database, on SQLite and on PostgreSQL."""

from __future__ import annotations

from willing.domain.catalog import Dataset
from willing.domain.labels import PUBLIC
from willing.scenarios.definition import parse_scenario
from willing.scenarios.results import inputs_hash, read_result, save_result
from willing.scenarios.stored import all_scenarios, find_scenario, save_scenario
from willing.services.access import Registry, Viewer
from willing.storage.store import Store


def test_scenarios_and_results_round_trip(store: Store, ceasefire_coalition: Dataset) -> None:
    store.write(ceasefire_coalition, actor="test")
    registry = Registry(store, Viewer.admin())
    scenario = parse_scenario(
        {
            "id": "no-poland",
            "title": "Poland out",
            "withdraw_nations": ["POL"],
            "conditions": {"ceasefire": "met"},
        }
    )
    save_scenario(registry, scenario)
    # saved by an administrator without a label: public
    assert find_scenario(registry, "no-poland") == scenario.model_copy(update={"label": PUBLIC})
    assert [s.id for s in all_scenarios(registry)][-1] == "no-poland"

    rid = save_result(
        registry,
        "montecarlo",
        scenario.body(),
        {"draws": 10, "seed": 1},
        {"mean": 0.5},
        {"points": [1, 2]},
    )
    stored = read_result(registry, rid)
    assert stored is not None
    assert stored["kind"] == "montecarlo"
    assert stored["scenario"] == "no-poland"
    assert stored["revision"] == store.revision()
    assert stored["summary"] == {"mean": 0.5}
    assert stored["body"]["points"] == [1, 2]
    assert stored["inputs_hash"] == inputs_hash(
        store.revision(), scenario.body(), {"draws": 10, "seed": 1}
    )
    assert stored["inputs_hash"] != inputs_hash(
        store.revision(), scenario.body(), {"draws": 10, "seed": 2}
    )
    assert read_result(registry, "missing") is None
