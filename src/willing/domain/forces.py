"""The force side: capabilities, locations, phases, conditions, pledges and requirements."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Annotated, ClassVar

from pydantic import Field, field_validator, model_validator

from willing.domain.base import Model
from willing.domain.enums import (
    ConditionStatus,
    Domain,
    Layer,
    PledgeStatus,
    ReadinessLevel,
    Unit,
)
from willing.domain.records import Record, Ref

#: The most units a pledge or a line may count (quantity, times rotation for a line):
#: the optimiser counts whole units exactly up to here (EUR 10^13 for funding).
MAX_QUANTITY = 1e13
#: A substitution ratio is a fraction a/b with whole a and b up to this.
MAX_RATIO_TERM = 1_000


def ratio_fraction(ratio: float) -> Fraction | None:
    """`ratio` as a/b with a and b at most MAX_RATIO_TERM, or None when no such fraction
    equals it (to 1e-12 relative): 1.5 is 3/2 and 0.1 is 1/10; 0.333 is no such ratio."""
    if not ratio > 0 or ratio == float("inf"):
        return None
    fraction = Fraction(ratio).limit_denominator(MAX_RATIO_TERM)
    if fraction.numerator == 0 or fraction.numerator > MAX_RATIO_TERM:
        return None
    if abs(float(fraction) - ratio) > 1e-12 * ratio:
        return None
    return fraction


class Substitution(Model):
    """This capability may stand in for `for_capability`: `ratio` units replace one.

    Substitution is not transitive: a substitute for a substitute is not one."""

    for_capability: Annotated[str, Ref("capabilities")] = Field(
        description="Capability that may be replaced (not the capability itself)."
    )
    ratio: float = Field(
        gt=0,
        le=MAX_RATIO_TERM,
        description="Units of this capability per unit replaced: a fraction a/b of whole "
        f"numbers up to {MAX_RATIO_TERM} (1.5, 2, 2.5, 0.5).",
    )

    @field_validator("ratio")
    @classmethod
    def _whole_fraction(cls, ratio: float) -> float:
        if ratio_fraction(ratio) is None:
            raise ValueError(
                f"a ratio must be a fraction a/b of whole numbers up to {MAX_RATIO_TERM} "
                "(1.5 is 3/2): the optimiser counts substitutes in whole units"
            )
        return ratio


class Capability(Record):
    """A unit type in the catalogue, e.g. a mechanised infantry battalion."""

    kind: ClassVar[str] = "capabilities"

    name: str = Field(description="Readable name.")
    domain: Domain = Field(description="Land, sea, air, support, training or funding.")
    unit: Unit = Field(description="Unit of measure of quantities of this capability.")
    personnel_per_unit: int | None = Field(
        default=None, ge=0, description="Typical troops per unit, to count troops."
    )
    unit_value_eur: float | None = Field(
        default=None, ge=0, description="Price-list value of one unit per year, in EUR."
    )
    substitutes: list[Substitution] = Field(
        default_factory=list,
        description="Capabilities this one may stand in for (not itself, each at most once).",
    )

    @model_validator(mode="after")
    def _substitutes_other_capabilities(self) -> Capability:
        targets = [s.for_capability for s in self.substitutes]
        if self.id in targets:
            raise ValueError("a capability cannot substitute for itself")
        if len(set(targets)) != len(targets):
            raise ValueError("a capability may substitute for another at one ratio only")
        return self


class Location(Record):
    """A place forces can be assigned to; locations nest (a region within a country)."""

    kind: ClassVar[str] = "locations"

    name: str = Field(description="Readable name.")
    country: Annotated[str, Ref("parties")] | None = Field(
        default=None, description="State the location lies in, if any."
    )
    parent: Annotated[str, Ref("locations")] | None = Field(
        default=None, description="Enclosing location; a caveat on it covers this one."
    )


class Phase(Record):
    """A phase of the operation; forces must be ready within its deadline."""

    kind: ClassVar[str] = "phases"

    name: str = Field(description="Readable name.")
    order: int = Field(ge=0, description="Position in the sequence of phases.")
    deadline_days: int = Field(
        ge=0, description="Days after the trigger (e.g. a ceasefire) by which forces must deploy."
    )


class Condition(Record):
    """Something contributions depend on, e.g. `ceasefire`, `us-backstop`, `parliament:DEU`."""

    kind: ClassVar[str] = "conditions"

    name: str = Field(description="Readable name.")
    status: ConditionStatus = Field(default=ConditionStatus.UNKNOWN, description="Current status.")
    probability: float = Field(
        default=0.5, ge=0, le=1, description="Probability the condition is met."
    )
    depends_on: Annotated[str, Ref("conditions")] | None = Field(
        default=None, description="Condition this one is drawn conditionally on."
    )
    probability_if_parent_failed: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="Probability when `depends_on` fails; `probability` applies when it is met.",
    )


#: The pledge lifecycle: announced -> committed -> allocated -> delivered or deployed;
#: a pledge may be withdrawn at any point, and a step may be skipped forwards.
_ORDER = [
    PledgeStatus.ANNOUNCED,
    PledgeStatus.COMMITTED,
    PledgeStatus.ALLOCATED,
    PledgeStatus.DELIVERED,
    PledgeStatus.DEPLOYED,
]
NEXT_STATUS: dict[PledgeStatus, frozenset[PledgeStatus]] = {
    status: frozenset(_ORDER[i + 1 :]) | {PledgeStatus.WITHDRAWN} for i, status in enumerate(_ORDER)
}
NEXT_STATUS[PledgeStatus.DELIVERED] = frozenset({PledgeStatus.DEPLOYED, PledgeStatus.WITHDRAWN})
NEXT_STATUS[PledgeStatus.DEPLOYED] = frozenset({PledgeStatus.WITHDRAWN})
NEXT_STATUS[PledgeStatus.WITHDRAWN] = frozenset()


class StatusChange(Model):
    """One step of a pledge's lifecycle."""

    status: PledgeStatus = Field(description="Status entered.")
    date: dt.date = Field(description="Day it was entered.")


class Pledge(Record):
    """A party's offer of a capability, with its caveats, conditions and readiness."""

    kind: ClassVar[str] = "pledges"
    party_owns: ClassVar[bool] = True

    party: Annotated[str, Ref("parties")] = Field(description="Contributing party.")
    capability: Annotated[str, Ref("capabilities")] = Field(description="What is offered.")
    quantity: float = Field(
        gt=0, le=MAX_QUANTITY, description="How many units (or EUR for funding)."
    )
    layers: list[Layer] = Field(min_length=1, description="Layers the pledge may serve.")
    locations: list[Annotated[str, Ref("locations")]] = Field(
        default_factory=list,
        description="Locations it may deploy to (with their sub-locations); empty: anywhere.",
    )
    caveats: str | None = Field(default=None, description="National caveats in words.")
    conditions: list[Annotated[str, Ref("conditions")]] = Field(
        default_factory=list, description="Conditions that must all be met."
    )
    readiness_days: int = Field(
        default=30,
        ge=0,
        description="Days needed to deploy; 30 when not given (a typical high-readiness "
        "notice), so a pledge without it serves phases with a deadline of 30 days or more.",
    )
    readiness_level: ReadinessLevel | None = Field(
        default=None, description="PCRS-style readiness level."
    )
    status: PledgeStatus = Field(default=PledgeStatus.ANNOUNCED, description="Current status.")
    history: list[StatusChange] = Field(
        default_factory=list, description="Dated lifecycle steps, oldest first."
    )
    value_eur: float | None = Field(default=None, ge=0, description="Value in EUR, if known.")
    value_estimated: bool = Field(
        default=False, description="True when value_eur is an estimate, not a stated figure."
    )
    announced_at: Annotated[str, Ref("meetings")] | None = Field(
        default=None, description="Meeting at which the pledge was made."
    )

    @model_validator(mode="after")
    def _history_in_order(self) -> Pledge:
        dates = [step.date for step in self.history]
        if dates != sorted(dates):
            raise ValueError("history must be in date order")
        steps = [step.status for step in self.history]
        for before, after in zip(steps, steps[1:], strict=False):
            if after not in NEXT_STATUS[before]:
                raise ValueError(f"history may not go from {before.value} to {after.value}")
        if steps and steps[-1] is not self.status:
            raise ValueError(f"status {self.status.value} differs from the last history step")
        return self


class Requirement(Record):
    """A line of the force plan (CJSOR-like). It names no nation."""

    kind: ClassVar[str] = "requirements"

    capability: Annotated[str, Ref("capabilities")] = Field(description="What is needed.")
    quantity: float = Field(gt=0, le=MAX_QUANTITY, description="Units to deploy at once.")
    layer: Layer = Field(description="Layer the line belongs to.")
    location: Annotated[str, Ref("locations")] = Field(description="Where it is needed.")
    phase: Annotated[str, Ref("phases")] = Field(description="Phase it is needed in.")
    priority: int = Field(ge=1, le=5, description="1 is the most important.")
    rotation_factor: float = Field(
        default=1.0, ge=1, description="Units needed in the pool per unit deployed (3: thirds)."
    )
    max_share_per_nation: float | None = Field(
        default=None, gt=0, le=1, description="Cap on one nation's share of this line."
    )
    title: str | None = Field(default=None, description="Readable description of the line.")

    @model_validator(mode="after")
    def _countable(self) -> Requirement:
        if self.quantity * self.rotation_factor > MAX_QUANTITY:
            raise ValueError(
                f"quantity x rotation_factor is above {MAX_QUANTITY:.0e} units, more than "
                "the optimiser counts exactly"
            )
        return self
