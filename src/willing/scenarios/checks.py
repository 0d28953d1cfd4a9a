"""Check a scenario against the registry: every id it names must exist and be visible.

An administrator sees every record, so an id missing from its view is unknown and is named.
Any other viewer cannot tell a record that does not exist from one not released to it, and
neither may an error: such a reference is reported by its place in the document ("field
'withdraw_pledges[1]'"), never by its id, with the same words whether the record is missing
or hidden. For a stored scenario the viewer did not necessarily write, even places are left
out: the error only says how many references could not be resolved.
"""

from __future__ import annotations

from collections.abc import Collection

from willing.domain.catalog import Dataset
from willing.domain.errors import Problem, ValidationFailure
from willing.scenarios.definition import Scenario

UNRESOLVED = "unknown or not released to you"


def taken_message(pledge: str) -> str:
    """The words for a hypothetical pledge reusing the id of a pledge the viewer sees."""
    return f"pledge id '{pledge}' is already taken; choose another"


def check_scenario(
    scenario: Scenario,
    dataset: Dataset,
    taken_pledges: Collection[str] | None = None,
    *,
    admin: bool = True,
    stored: bool = False,
) -> None:
    """Raise ValidationFailure on every reference `dataset` (the viewer's records) lacks.

    `taken_pledges` holds the pledge ids a hypothetical pledge may not reuse (by default
    those in `dataset`, the viewer's records: a hidden pledge never clashes). `admin` says
    the viewer sees everything, so unknown ids may be named; `stored` says the scenario
    came from the database rather than from the viewer's own file, so not even the places
    of unresolved references are given.
    """
    ids = {kind: {r.id for r in records} for kind, records in dataset.records.items()}
    taken = set(taken_pledges) if taken_pledges is not None else ids["pledges"]
    where = f"scenario '{scenario.id}'"
    problems: list[Problem] = []
    unresolved = 0

    def expect(
        kind: str, noun: str, field: str, values: list[str], keyed: bool = False, one: bool = False
    ) -> None:
        nonlocal unresolved
        for index, value in enumerate(values):
            if value in ids[kind]:
                continue
            unresolved += 1
            if admin:
                problems.append(Problem(where, field, f"unknown {noun} '{value}'"))
            elif not stored:
                place = (
                    field
                    if one
                    else f"{field} (entry {index + 1})"
                    if keyed
                    else f"{field}[{index}]"
                )
                problems.append(Problem(where, place, UNRESOLVED))

    expect("conditions", "condition", "conditions", list(scenario.conditions), keyed=True)
    expect("conditions", "condition", "probabilities", list(scenario.probabilities), keyed=True)
    for index, (name, p) in enumerate(scenario.probabilities.items()):
        if not 0 <= p <= 1:
            shown = f"'{name}'" if admin or name in ids["conditions"] else f"entry {index + 1}"
            problems.append(Problem(where, "probabilities", f"{shown} must lie in 0..1"))
    expect("parties", "nation", "withdraw_nations", scenario.withdraw_nations)
    expect("pledges", "pledge", "withdraw_pledges", scenario.withdraw_pledges)
    expect("requirements", "requirement", "requirements", [c.id for c in scenario.requirements])
    clashes = 0
    for index, pledge in enumerate(scenario.add_pledges):
        at = f"add_pledges[{index}]"
        if pledge.id in taken:
            clashes += 1
            if admin or not stored:
                problems.append(Problem(where, f"{at}.id", taken_message(pledge.id)))
        expect("parties", "nation", f"{at}.party", [pledge.party], one=True)
        expect("capabilities", "capability", f"{at}.capability", [pledge.capability], one=True)
        expect("locations", "location", f"{at}.locations", list(pledge.locations))
        expect("conditions", "condition", f"{at}.conditions", list(pledge.conditions))
    added = [p.id for p in scenario.add_pledges]
    for twice in sorted({a for a in added if added.count(a) > 1}):
        problems.append(Problem(where, "add_pledges", f"pledge '{twice}' is added twice"))
    if not admin and unresolved:
        records = "record that is" if unresolved == 1 else "records that are"
        problems.insert(0, Problem(where, None, f"refers to {unresolved} {records} {UNRESOLVED}"))
    if not admin and stored and clashes:
        problems.append(Problem(where, "add_pledges", "adds a pledge whose id is now taken"))
    if problems:
        raise ValidationFailure(problems)
