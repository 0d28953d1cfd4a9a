"""Check a scenario against the registry: every id it names must exist and be visible."""

from __future__ import annotations

from willing.domain.catalog import Dataset
from willing.domain.errors import Problem, ValidationFailure
from willing.scenarios.definition import Scenario


def check_scenario(scenario: Scenario, dataset: Dataset) -> None:
    """Raise ValidationFailure naming every unknown condition, nation, pledge or line."""
    ids = {kind: {r.id for r in records} for kind, records in dataset.records.items()}
    where = f"scenario '{scenario.id}'"
    problems: list[Problem] = []

    def expect(kind: str, noun: str, field: str, values: list[str]) -> None:
        for value in values:
            if value not in ids[kind]:
                problems.append(Problem(where, field, f"unknown {noun} '{value}'"))

    expect("conditions", "condition", "conditions", list(scenario.conditions))
    expect("conditions", "condition", "probabilities", list(scenario.probabilities))
    for name, p in scenario.probabilities.items():
        if not 0 <= p <= 1:
            problems.append(Problem(where, "probabilities", f"'{name}' must lie in 0..1"))
    expect("parties", "nation", "withdraw_nations", scenario.withdraw_nations)
    expect("pledges", "pledge", "withdraw_pledges", scenario.withdraw_pledges)
    expect("requirements", "requirement", "requirements", [c.id for c in scenario.requirements])
    for index, pledge in enumerate(scenario.add_pledges):
        at = f"add_pledges[{index}]"
        if pledge.id in ids["pledges"]:
            problems.append(Problem(where, at, f"pledge '{pledge.id}' already exists"))
        expect("parties", "nation", f"{at}.party", [pledge.party])
        expect("capabilities", "capability", f"{at}.capability", [pledge.capability])
        expect("locations", "location", f"{at}.locations", list(pledge.locations))
        expect("conditions", "condition", f"{at}.conditions", list(pledge.conditions))
    added = [p.id for p in scenario.add_pledges]
    for twice in sorted({a for a in added if added.count(a) > 1}):
        problems.append(Problem(where, "add_pledges", f"pledge '{twice}' is added twice"))
    if problems:
        raise ValidationFailure(problems)
