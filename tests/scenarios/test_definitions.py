"""Scenario files: parsing, checks against the registry, storage and application."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from willing.domain.catalog import Dataset
from willing.domain.enums import ConditionStatus, PledgeStatus
from willing.domain.errors import NotFound, ValidationFailure
from willing.domain.forces import Condition, Pledge, Requirement
from willing.scenarios.apply import apply_scenario
from willing.scenarios.checks import check_scenario
from willing.scenarios.definition import BUILTINS, Scenario, parse_scenario, read_scenario
from willing.scenarios.stored import count_stored, find_scenario, save_scenario
from willing.services.access import Registry, Viewer
from willing.storage.schema import scenarios as scenarios_table
from willing.storage.store import Store

GOOD = """
id: ceasefire-holds
title: Ceasefire holds, Poland withdraws
conditions: {ceasefire: met}
withdraw_nations: [POL]
add_pledges:
  - {id: P-NEW-1, party: FRA, capability: inf-bn, quantity: 1, layers: [reassure]}
requirements:
  - {id: R-1, quantity: 2, priority: 2}
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "scenario.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_builtins_are_baseline_no_backstop_and_all_met() -> None:
    assert list(BUILTINS) == ["baseline", "no-backstop", "all-met"]
    assert BUILTINS["no-backstop"].assumption("us-backstop").value == "failed"
    assert BUILTINS["no-backstop"].assumption("ceasefire").value == "met"
    assert BUILTINS["baseline"].assumption("ceasefire").value == "current"


def test_apply_fixes_conditions_withdraws_adds_and_changes(
    tmp_path: Path, ceasefire_coalition: Dataset
) -> None:
    scenario = read_scenario(_write(tmp_path, GOOD))
    check_scenario(scenario, ceasefire_coalition)
    applied = apply_scenario(ceasefire_coalition, scenario)
    conditions = {c.id: c for c in applied.records["conditions"] if isinstance(c, Condition)}
    assert conditions["ceasefire"].status is ConditionStatus.MET
    assert conditions["us-backstop"].status is ConditionStatus.UNKNOWN
    pledges = {p.id: p for p in applied.records["pledges"] if isinstance(p, Pledge)}
    assert pledges["P-POL-1"].status is PledgeStatus.WITHDRAWN
    assert pledges["P-FRA-1"].status is not PledgeStatus.WITHDRAWN
    assert pledges["P-NEW-1"].notional
    line = applied.records["requirements"][0]
    assert isinstance(line, Requirement)
    assert (line.quantity, line.priority) == (2, 2)
    # the input is left as it was
    assert ceasefire_coalition.records["pledges"][2].status is PledgeStatus.ANNOUNCED


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("id: x\nconditions: {peace-treaty: met}\n", "unknown condition 'peace-treaty'"),
        ("id: x\nwithdraw_nations: [XYZ]\n", "unknown nation 'XYZ'"),
        ("id: x\nwithdraw_pledges: [P-NOPE]\n", "unknown pledge 'P-NOPE'"),
        ("id: x\nrequirements: [{id: R-9, quantity: 1}]\n", "unknown requirement 'R-9'"),
        (
            "id: x\nadd_pledges: [{id: P-FRA-1, party: FRA, capability: inf-bn, quantity: 1,"
            " layers: [reassure]}]\n",
            "pledge id 'P-FRA-1' is already taken; choose another",
        ),
        (
            "id: x\nadd_pledges: [{id: P-Z, party: FRA, capability: tank, quantity: 1,"
            " layers: [reassure], conditions: [rain]}]\n",
            "unknown capability 'tank'",
        ),
        ("id: x\nwithdraw_nation: [FRA]\n", "unknown field"),
    ],
)
def test_a_bad_scenario_file_is_rejected_by_name_and_nothing_is_stored(
    tmp_path: Path, admin: Registry, text: str, message: str
) -> None:
    before = admin.store.revision()
    with pytest.raises(ValidationFailure) as caught:
        save_scenario(admin, read_scenario(_write(tmp_path, text)))
    assert message in str(caught.value)
    assert count_stored(admin) == 0
    assert admin.store.revision() == before


def test_a_scenario_is_stored_found_and_replaced(tmp_path: Path, admin: Registry) -> None:
    scenario = read_scenario(_write(tmp_path, GOOD))
    save_scenario(admin, scenario)
    save_scenario(admin, scenario.model_copy(update={"title": "second"}))
    found = find_scenario(admin, "ceasefire-holds")
    assert found.title == "second"
    assert found.add_pledges[0].id == "P-NEW-1"
    with admin.store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(scenarios_table)).scalar() == 1
    with pytest.raises(NotFound, match="no scenario 'nope'"):
        find_scenario(admin, "nope")


def test_builtin_ids_cannot_be_overwritten(admin: Registry) -> None:
    with pytest.raises(ValidationFailure, match="built-in"):
        save_scenario(admin, Scenario(id="baseline"))


def test_a_pledge_hidden_from_the_viewer_counts_as_unknown(small_store: Store) -> None:
    poland = Registry(small_store, Viewer("POL"))
    with pytest.raises(ValidationFailure) as caught:
        save_scenario(poland, parse_scenario({"id": "x", "withdraw_pledges": ["P-FRA-2"]}))
    assert "withdraw_pledges[0]" in str(caught.value)
    assert "unknown or not released to you" in str(caught.value)
    assert "P-FRA-2" not in str(caught.value)
    save_scenario(poland, parse_scenario({"id": "y", "withdraw_pledges": ["P-POL-1"]}))
    assert count_stored(poland) == 1


def test_probabilities_must_lie_in_zero_to_one(ceasefire_coalition: Dataset) -> None:
    with pytest.raises(ValidationFailure, match="must lie in 0..1"):
        check_scenario(Scenario(id="x", probabilities={"ceasefire": 1.5}), ceasefire_coalition)
