"""Hand-built coalitions with answers worked out on paper."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from willing.domain.enums import ConditionStatus, Domain, Layer, Unit
from willing.domain.forces import (
    Capability,
    Condition,
    Location,
    Phase,
    Pledge,
    Requirement,
)
from willing.sourcing import SourcingProblem, from_records, priority_weights

W = {p: int(priority_weights(p)) for p in range(1, 6)}  # type: ignore[arg-type]


@dataclass
class Scenario:
    """Records of a small coalition plus the optimum worked out by hand."""

    capabilities: list[Capability]
    locations: list[Location]
    phases: list[Phase]
    conditions: list[Condition]
    pledges: list[Pledge]
    requirements: list[Requirement]
    optimum: float
    filled: dict[str, float] = field(default_factory=dict)

    def problem(self, **kwargs: Any) -> SourcingProblem:
        return from_records(
            self.pledges,
            self.requirements,
            self.capabilities,
            self.locations,
            self.phases,
            self.conditions,
            **kwargs,
        )


CAPABILITIES = [
    Capability(id="inf", name="Infantry battalion", domain=Domain.LAND, unit=Unit.BATTALION),
    Capability(id="air", name="Fighter squadron", domain=Domain.AIR, unit=Unit.SQUADRON),
    Capability(id="fund", name="Funding", domain=Domain.FUNDING, unit=Unit.EUR),
]
LOCATIONS = [
    Location(id="UKR", name="Ukraine"),
    Location(id="UKR-W", name="Western Ukraine", parent="UKR"),
    Location(id="POL", name="Poland"),
]
PHASES = [
    Phase(id="sustain", name="Sustain", order=1, deadline_days=180),
    Phase(id="entry", name="Entry", order=0, deadline_days=30),
]


def small_coalition(backstop: ConditionStatus = ConditionStatus.UNKNOWN) -> Scenario:
    """Three nations, caveats, conditions, readiness and a nation cap (see docs/sourcing.md)."""
    conditions = [
        Condition(id="ceasefire", name="Ceasefire", status=ConditionStatus.MET),
        Condition(id="us-backstop", name="US backstop", status=backstop),
    ]
    pledges = [
        Pledge(
            id="FRA-inf",
            party="FRA",
            capability="inf",
            quantity=3,
            layers=[Layer.REASSURE],
            locations=["UKR"],
            conditions=["ceasefire"],
            readiness_days=20,
        ),
        Pledge(
            id="GBR-inf",
            party="GBR",
            capability="inf",
            quantity=2,
            layers=[Layer.REASSURE, Layer.SUPPORT],
            readiness_days=60,
        ),
        Pledge(
            id="DEU-inf",
            party="DEU",
            capability="inf",
            quantity=4.7,
            layers=[Layer.SUPPORT],
            locations=["POL"],
            conditions=["us-backstop"],
            readiness_days=10,
        ),
        Pledge(
            id="POL-air",
            party="POL",
            capability="air",
            quantity=2,
            layers=[Layer.SUPPORT],
            locations=["POL"],
            readiness_days=5,
        ),
        Pledge(
            id="FRA-air",
            party="FRA",
            capability="air",
            quantity=1,
            layers=[Layer.REASSURE],
            readiness_days=100,
        ),
    ]
    requirements = [
        Requirement(
            id="R1",
            capability="inf",
            quantity=2,
            layer=Layer.REASSURE,
            location="UKR-W",
            phase="entry",
            priority=1,
            max_share_per_nation=0.5,
        ),
        Requirement(
            id="R2",
            capability="inf",
            quantity=1,
            rotation_factor=3,
            layer=Layer.REASSURE,
            location="UKR",
            phase="sustain",
            priority=2,
        ),
        Requirement(
            id="R3",
            capability="inf",
            quantity=2,
            layer=Layer.SUPPORT,
            location="POL",
            phase="entry",
            priority=3,
        ),
        Requirement(
            id="R4",
            capability="air",
            quantity=2,
            layer=Layer.SUPPORT,
            location="POL",
            phase="entry",
            priority=1,
        ),
        Requirement(
            id="R5",
            capability="air",
            quantity=1,
            layer=Layer.REASSURE,
            location="UKR",
            phase="entry",
            priority=2,
        ),
        Requirement(
            id="R6",
            capability="fund",
            quantity=1e6,
            layer=Layer.REGENERATE,
            location="UKR",
            phase="entry",
            priority=1,
        ),
    ]
    # R1: only FRA is ready in 30 days and may give 1 of 2 (cap 0.5); R2 (3 in the pool)
    # takes FRA's other 2 and 1 of GBR's; R3 needs DEU (backstop) as GBR is too slow;
    # R4 is POL's; R5 has only a slow French squadron; R6 has no pledge at all.
    filled: dict[str, float] = {"R1": 1, "R2": 3, "R3": 0, "R4": 2, "R5": 0, "R6": 0}
    optimum = 1 * W[1] + 3 * W[2] + 2 * W[1]
    if backstop is ConditionStatus.MET:
        filled["R3"] = 2
        optimum += 2 * W[3]
    return Scenario(
        CAPABILITIES, LOCATIONS, PHASES, conditions, pledges, requirements, optimum, filled
    )


def greedy_trap() -> Scenario:
    """Two nations: the cheaper, flexible pledge is better kept for the second line."""
    pledges = [
        Pledge(
            id="A",
            party="AAA",
            capability="inf",
            quantity=2,
            layers=[Layer.REASSURE],
            value_eur=0.0,
        ),
        Pledge(
            id="B",
            party="BBB",
            capability="inf",
            quantity=2,
            layers=[Layer.REASSURE],
            locations=["UKR"],
            value_eur=2e6,
        ),
    ]
    requirements = [
        Requirement(
            id="R1",
            capability="inf",
            quantity=2,
            layer=Layer.REASSURE,
            location="UKR",
            phase="sustain",
            priority=1,
        ),
        Requirement(
            id="R2",
            capability="inf",
            quantity=2,
            layer=Layer.REASSURE,
            location="POL",
            phase="sustain",
            priority=2,
        ),
    ]
    # optimum: B (UKR only) fills R1, A fills R2; B's units cost 10 each (the dearest level)
    optimum = 2 * W[1] + 2 * W[2] - 2 * 10
    return Scenario(
        CAPABILITIES, LOCATIONS, PHASES, [], pledges, requirements, optimum, {"R1": 2, "R2": 2}
    )
