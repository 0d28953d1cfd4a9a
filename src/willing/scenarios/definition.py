"""A scenario: what a planner assumes about conditions, nations, pledges and requirements."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any

import yaml
from pydantic import Field, ValidationError

from willing.domain.base import Model
from willing.domain.consistency import owner_message
from willing.domain.errors import Problem, ValidationFailure
from willing.domain.forces import Pledge
from willing.domain.labels import Label
from willing.domain.records import RecordId
from willing.domain.text import visible
from willing.interchange.inputs import check_utf8_start, open_input, read_text_from
from willing.interchange.jsonio import JsonInputError, load_json
from willing.interchange.yamlio import YamlInputError, load_yaml


class Assume(StrEnum):
    """What a scenario assumes about a condition."""

    MET = "met"
    FAILED = "failed"
    CURRENT = "current"


class RequirementChange(Model):
    """New values for some fields of one requirement line."""

    id: str = Field(description="Requirement line to change.")
    quantity: float | None = Field(default=None, ge=0, description="Units to deploy at once.")
    priority: int | None = Field(default=None, ge=1, le=5, description="1 is most important.")
    rotation_factor: float | None = Field(default=None, ge=1, description="Pool units per unit.")
    max_share_per_nation: float | None = Field(
        default=None, gt=0, le=1, description="Cap on one nation's share of the line."
    )


class Scenario(Model):
    """A named set of assumptions; every id it names must exist in the registry."""

    id: RecordId
    title: str = Field(default="", description="Readable name.")
    description: str = Field(default="", description="What the scenario stands for.")
    conditions: dict[str, Assume] = Field(
        default_factory=dict, description="Conditions fixed as met or failed."
    )
    others: Assume = Field(
        default=Assume.CURRENT,
        description="Conditions not named: at their current status, or all met, or all failed.",
    )
    probabilities: dict[str, float] = Field(
        default_factory=dict, description="Probabilities replacing the registry's, for sweeps."
    )
    withdraw_nations: list[str] = Field(
        default_factory=list, description="Parties whose pledges are all withdrawn."
    )
    withdraw_pledges: list[str] = Field(default_factory=list, description="Pledges withdrawn.")
    add_pledges: list[Pledge] = Field(
        default_factory=list, description="Hypothetical pledges, counted as notional."
    )
    requirements: list[RequirementChange] = Field(
        default_factory=list, description="Changes to requirement lines."
    )
    label: Label | None = Field(
        default=None,
        description=(
            "Who may see the stored scenario. When saved without one: national to the saving "
            "viewer's party, or public when an administrator saves it."
        ),
    )

    def assumption(self, condition: str) -> Assume:
        """What the scenario assumes about `condition`."""
        return self.conditions.get(condition, self.others)

    def body(self) -> dict[str, Any]:
        """The JSON-ready document, defaults left out."""
        return self.model_dump(mode="json", exclude_defaults=True)


BUILTINS: dict[str, Scenario] = {
    s.id: s
    for s in (
        Scenario(
            id="baseline",
            title="Baseline",
            description="Every condition at its current status; unknown counts as not met.",
        ),
        Scenario(
            id="no-backstop",
            title="No US backstop",
            description="The US backstop fails; every other condition is met.",
            conditions={"us-backstop": Assume.FAILED},
            others=Assume.MET,
        ),
        Scenario(
            id="all-met",
            title="All conditions met",
            description="Every condition is met: the most the pledges can give.",
            others=Assume.MET,
        ),
    )
}


#: The largest scenario file read: scenarios are short documents.
MAX_SCENARIO_BYTES = 4 * 1024 * 1024


def parse_scenario(raw: Any, where: str = "scenario") -> Scenario:
    """Validate a raw document; raise ValidationFailure naming each bad field."""
    if not isinstance(raw, dict):
        raise ValidationFailure([Problem(where, None, "expected a mapping")])
    try:
        scenario = Scenario.model_validate(raw)
    except ValidationError as exc:
        problems = []
        for err in exc.errors(include_url=False, include_input=False):
            loc = ".".join(visible(str(p), 60) for p in err["loc"]) or None
            message = "unknown field" if err["type"] == "extra_forbidden" else err["msg"]
            problems.append(Problem(where, loc, visible(message, 300)))
        raise ValidationFailure(problems) from None
    owners = [
        Problem(where, f"add_pledges[{index}].label.owner", wrong)
        for index, pledge in enumerate(scenario.add_pledges)
        if (wrong := owner_message(pledge)) is not None
    ]
    if owners:
        raise ValidationFailure(owners)
    return scenario


def read_scenario(path: Path) -> Scenario:
    """Read a scenario from a YAML or JSON file (a regular file of at most 4 MiB)."""
    where = visible(path.name)
    try:
        with open_input(path, MAX_SCENARIO_BYTES) as stream:
            if path.suffix.lower() == ".json":
                raw = load_json(read_text_from(stream, path))
            else:
                check_utf8_start(path, stream.peek(4)[:4])  # type: ignore[attr-defined]
                raw = load_yaml(stream)
    except (YamlInputError, JsonInputError) as exc:
        line = f":{exc.line}" if exc.line is not None else ""
        raise ValidationFailure(
            [Problem(f"{where}{line}", None, f"cannot read: {visible(exc.message)}")]
        ) from None
    except OSError as exc:
        raise ValidationFailure(
            [Problem(where, None, f"cannot read: {exc.strerror or exc}")]
        ) from None
    return parse_scenario(raw, where=where)


def dump_scenario(scenario: Scenario) -> str:
    """A scenario as YAML, in field order."""
    return yaml.safe_dump(scenario.body(), sort_keys=False, allow_unicode=True)
