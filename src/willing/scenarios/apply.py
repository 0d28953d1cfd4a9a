"""Apply a scenario to the records: the data set the solver sees under its assumptions."""

from __future__ import annotations

from willing.domain.catalog import Dataset
from willing.domain.enums import ConditionStatus, PledgeStatus
from willing.domain.forces import Condition, Pledge, Requirement
from willing.domain.records import Record
from willing.scenarios.definition import Assume, Scenario


def condition_status(condition: Condition, scenario: Scenario) -> ConditionStatus:
    """The status a condition takes under the scenario."""
    assume = scenario.assumption(condition.id)
    if assume is Assume.CURRENT:
        return condition.status
    return ConditionStatus.MET if assume is Assume.MET else ConditionStatus.FAILED


def apply_scenario(dataset: Dataset, scenario: Scenario) -> Dataset:
    """A copy of `dataset` with the scenario's conditions, withdrawals, additions and changes."""
    records: dict[str, list[Record]] = {k: list(v) for k, v in dataset.records.items()}
    conditions: list[Record] = []
    for record in records["conditions"]:
        assert isinstance(record, Condition)
        update: dict[str, object] = {"status": condition_status(record, scenario)}
        if record.id in scenario.probabilities:
            update["probability"] = scenario.probabilities[record.id]
        conditions.append(record.model_copy(update=update))
    records["conditions"] = conditions
    nations = set(scenario.withdraw_nations)
    dropped = set(scenario.withdraw_pledges)
    pledges: list[Record] = []
    for record in records["pledges"]:
        assert isinstance(record, Pledge)
        if record.party in nations or record.id in dropped:
            record = record.model_copy(update={"status": PledgeStatus.WITHDRAWN})
        pledges.append(record)
    pledges += [p.model_copy(update={"notional": True}) for p in scenario.add_pledges]
    records["pledges"] = pledges
    changes = {c.id: c.model_dump(exclude_none=True, exclude={"id"}) for c in scenario.requirements}
    requirements: list[Record] = []
    for record in records["requirements"]:
        assert isinstance(record, Requirement)
        if record.id in changes:
            record = record.model_copy(update=changes[record.id])
        requirements.append(record)
    records["requirements"] = requirements
    return Dataset(name=f"{dataset.name}+{scenario.id}", title=dataset.title, records=records)
