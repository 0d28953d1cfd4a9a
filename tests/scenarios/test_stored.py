"""Scenarios and results in the database, on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select

from willing.domain.catalog import Dataset
from willing.domain.errors import ValidationFailure
from willing.domain.labels import PUBLIC
from willing.scenarios.definition import BUILTINS, parse_scenario
from willing.scenarios.results import (
    SCENARIO_COLUMN,
    inputs_hash,
    list_results,
    read_result,
    save_result,
    scenario_column,
)
from willing.scenarios.stored import all_scenarios, find_scenario, save_scenario
from willing.services.access import Registry, Role, Viewer
from willing.storage import audit
from willing.storage.schema import audit as audit_table
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


def _entries(store: Store) -> list[dict[str, Any]]:
    with store.engine.connect() as conn:
        rows = conn.execute(select(audit_table).order_by(audit_table.c.seq)).mappings().all()
    return [dict(r) for r in rows]


def test_saving_a_scenario_writes_an_audit_entry_and_moves_the_revision(
    store: Store, ceasefire_coalition: Dataset
) -> None:
    store.write(ceasefire_coalition, actor="test")
    admin = Registry(store, Viewer.admin())
    poland = Registry(store, Viewer("POL", Role.PLANNER))
    france = Registry(store, Viewer("FRA", Role.PLANNER))
    first = store.revision()
    scenario = parse_scenario({"id": "no-poland", "withdraw_nations": ["POL"]})
    save_scenario(poland, scenario)
    assert store.revision() == first + 1
    entry = _entries(store)[-1]
    assert (entry["seq"], entry["actor"], entry["action"]) == (
        first + 1,
        "local:POL (planner)",  # no user: the local viewer
        "scenario-save",
    )
    assert json.loads(entry["detail"]) == {"scenario": "no-poland", "replaced": False}

    # a result stored after the edit records the new revision, and another edit moves it on
    before = save_result(admin, "montecarlo", scenario.body(), {"draws": 1}, {}, {})
    save_scenario(poland, scenario.model_copy(update={"title": "edited"}))
    after = save_result(admin, "montecarlo", scenario.body(), {"draws": 1}, {}, {})
    stored = [read_result(admin, rid) for rid in (before, after)]
    assert [r["revision"] for r in stored if r is not None] == [first + 1, first + 2]
    assert stored[0] is not None
    assert stored[1] is not None
    assert stored[0]["inputs_hash"] != stored[1]["inputs_hash"]
    assert json.loads(_entries(store)[-1]["detail"])["replaced"] is True

    # France's scenario of the same id (Poland's is hidden from it) is stored beside it
    save_scenario(france, parse_scenario({"id": "no-poland", "title": "French"}))
    assert store.revision() == first + 3
    assert json.loads(_entries(store)[-1]["detail"])["replaced"] is False
    assert find_scenario(poland, "no-poland").title == "edited"
    assert find_scenario(france, "no-poland").title == "French"

    # a refused save changes nothing, the audit log included
    with pytest.raises(ValidationFailure):
        save_scenario(poland, parse_scenario({"id": "bad", "withdraw_nations": ["ATL"]}))
    assert store.revision() == first + 3
    with store.engine.connect() as conn:
        assert audit.verify(conn) is None


def test_a_result_of_several_scenarios_keeps_them_all(
    store: Store, ceasefire_coalition: Dataset
) -> None:
    store.write(ceasefire_coalition, actor="test")
    nobody = Registry(store, Viewer(None, Role.ANALYST))  # runs are public for it
    fra_only = {
        "id": "fra-view",
        "label": {"classification": "NATIONAL", "owner": "FRA", "releasable_to": ["FRA"]},
    }
    bodies = [BUILTINS["baseline"].body(), BUILTINS["all-met"].body(), fra_only]
    rid = save_result(nobody, "compare", bodies, {"scenarios": ["x"]}, {}, {})
    admin = Registry(store, Viewer.admin())
    stored = read_result(admin, rid)
    assert stored is not None
    assert stored["scenario"] == "baseline, all-met, fra-view"
    assert stored["body"]["scenario"] == bodies
    assert stored["inputs_hash"] == inputs_hash(store.revision(), bodies, {"scenarios": ["x"]})
    assert stored["inputs_hash"] != inputs_hash(store.revision(), bodies[:2], {"scenarios": ["x"]})
    # the run is public, but one scenario is French: only France (and admins) see the result
    assert read_result(Registry(store, Viewer("FRA", Role.LIAISON)), rid) is not None
    poland = Registry(store, Viewer("POL", Role.LIAISON))
    assert read_result(poland, rid) is None
    assert rid not in {r["id"] for r in list_results(poland)}


def test_the_scenario_column_fits_many_ids() -> None:
    bodies = [{"id": f"scenario-number-{i:03d}"} for i in range(20)]
    text = scenario_column(bodies)
    assert text is not None
    assert len(text) == SCENARIO_COLUMN
    assert text.startswith("scenario-number-000, scenario-number-001")
    assert text.endswith("…")
    assert scenario_column({"id": "one"}) == "one"
