"""The sourcing problem as whole numpy arrays: pledges, requirement lines and substitutions.

Everything the optimiser needs is an array indexed by pledge, requirement, party,
capability, location, phase or condition; names live in tuples beside them. No Python
object per pledge or per variable is created anywhere downstream of this module.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
import numpy.typing as npt

from willing.domain.enums import Domain, Layer

IntArray = npt.NDArray[np.int64]
SmallArray = npt.NDArray[np.int32]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

#: Layers in a fixed order; a pledge's allowed layers are a bit mask over it.
LAYERS: tuple[str, ...] = tuple(layer.value for layer in Layer)
#: Domains in a fixed order, indexed by `SourcingProblem.capability_domain`.
DOMAINS: tuple[str, ...] = tuple(domain.value for domain in Domain)

#: Funding lines (unit EUR) are counted in thousands of euros so units stay integers.
EUR_SCALE = 1_000.0
#: The tie-breaking cost of one unit lies in 0..COST_LEVELS.
COST_LEVELS = 10
#: One unit of priority p is worth PRIORITY_BASE units of priority p + 1.
PRIORITY_BASE = 10


def weighted_count(index: npt.ArrayLike, weights: npt.ArrayLike, size: int) -> FloatArray:
    """Sum of `weights` per index value 0..size-1 (np.bincount, typed as floats)."""
    return np.bincount(np.asarray(index), weights=np.asarray(weights), minlength=size).astype(
        np.float64
    )


def cost_factor(max_ratio: float = 1.0) -> int:
    """Most tie-breaking cost one filled unit can carry, plus one.

    A unit filled by a substitute at ratio r uses r pledge units, each costing up to
    COST_LEVELS, so the factor is ceil(COST_LEVELS * max(1, r)) + 1.
    """
    return int(np.ceil(COST_LEVELS * max(1.0, float(max_ratio)) - 1e-9)) + 1


def priority_weights(priority: npt.NDArray[np.integer], max_ratio: float = 1.0) -> IntArray:
    """Value of one filled unit at each priority: cost_factor(max_ratio) * 10 ** (5 - p).

    The factor makes the smallest coverage step larger than any tie-breaking cost a
    single augmenting path or cycle can save, even through a substitution at the largest
    ratio `max_ratio`, so coverage is never traded for cost (all costs sit on the pledge
    arcs, in pledge units; see docs/sourcing.md).
    """
    p = np.asarray(priority, dtype=np.int64)
    return cost_factor(max_ratio) * PRIORITY_BASE ** (5 - p)


@dataclass(frozen=True, eq=False)
class SourcingProblem:
    """Pledges, requirement lines, substitutions and the default scenario, as arrays."""

    parties: tuple[str, ...]
    capabilities: tuple[str, ...]
    locations: tuple[str, ...]
    phases: tuple[str, ...]
    conditions: tuple[str, ...]
    #: Domain index (into DOMAINS) of each capability.
    capability_domain: SmallArray
    #: Weight of one unit of each capability in the whole-force share (0: not counted).
    capability_force_weight: FloatArray
    #: Days after the trigger by which each phase's forces must deploy.
    phase_deadline: SmallArray

    pledge_ids: tuple[str, ...]
    pledge_party: SmallArray
    pledge_capability: SmallArray
    #: Whole units offered (funding in EUR / EUR_SCALE, rounded down).
    pledge_units: IntArray
    #: Bit i set when the pledge may serve LAYERS[i].
    pledge_layers: npt.NDArray[np.uint8]
    #: (pledges x locations): True where the pledge may deploy, parents already expanded.
    pledge_locations: BoolArray
    #: (pledges x conditions): True where the pledge depends on the condition.
    pledge_conditions: BoolArray
    pledge_readiness: SmallArray
    #: Tie-breaking cost of one unit, 0..COST_LEVELS.
    pledge_cost: IntArray
    #: False for withdrawn pledges, which never serve.
    pledge_active: BoolArray

    requirement_ids: tuple[str, ...]
    requirement_capability: SmallArray
    #: Units needed in the pool: ceil(quantity x rotation factor).
    requirement_units: IntArray
    requirement_layer: SmallArray
    requirement_location: SmallArray
    requirement_phase: SmallArray
    requirement_priority: SmallArray
    #: Most units one nation may give to the line (equal to the demand when uncapped).
    requirement_nation_cap: IntArray

    #: Capability substitution: `ratio` units of `from` stand in for one unit of `to`.
    substitution_from: SmallArray = field(default_factory=lambda: np.zeros(0, np.int32))
    substitution_to: SmallArray = field(default_factory=lambda: np.zeros(0, np.int32))
    substitution_ratio: FloatArray = field(default_factory=lambda: np.zeros(0, np.float64))

    #: Default scenario: which conditions count as met.
    met: BoolArray = field(default_factory=lambda: np.zeros(0, np.bool_))
    #: Optional cap on one nation's share of the whole force (breaks the network structure).
    force_share_cap: float | None = None

    def __post_init__(self) -> None:
        check_shapes(self)

    @property
    def n_pledges(self) -> int:
        return len(self.pledge_ids)

    @property
    def n_requirements(self) -> int:
        return len(self.requirement_ids)

    def with_scenario(
        self, met: BoolArray | None = None, force_share_cap: float | None = None
    ) -> SourcingProblem:
        """A copy with other met conditions or another whole-force share cap."""
        return replace(
            self,
            met=self.met if met is None else np.asarray(met, dtype=np.bool_),
            force_share_cap=force_share_cap,
        )

    def available(self, met: BoolArray | None = None) -> BoolArray:
        """Pledges that can serve: active, with every condition met and at least one unit."""
        met = self.met if met is None else met
        unmet = self.pledge_conditions & ~np.asarray(met, dtype=np.bool_)[None, :]
        return self.pledge_active & ~unmet.any(axis=1) & (self.pledge_units > 0)

    def requirement_weight(self) -> IntArray:
        """Objective weight of one unit filled on each line."""
        return priority_weights(self.requirement_priority, self.max_ratio)

    @property
    def max_ratio(self) -> float:
        """Largest substitution ratio declared (1 without substitutions)."""
        return max(1.0, float(self.substitution_ratio.max(initial=1.0)))


def check_shapes(problem: SourcingProblem) -> None:
    """Raise ValueError when arrays disagree in length or indices fall out of range."""
    p, r = problem.n_pledges, problem.n_requirements
    n_loc, n_cond = len(problem.locations), len(problem.conditions)
    expect = {
        "pledge_party": p,
        "pledge_capability": p,
        "pledge_units": p,
        "pledge_layers": p,
        "pledge_readiness": p,
        "pledge_cost": p,
        "pledge_active": p,
        "requirement_capability": r,
        "requirement_units": r,
        "requirement_layer": r,
        "requirement_location": r,
        "requirement_phase": r,
        "requirement_priority": r,
        "requirement_nation_cap": r,
        "capability_domain": len(problem.capabilities),
        "capability_force_weight": len(problem.capabilities),
        "phase_deadline": len(problem.phases),
        "met": n_cond,
    }
    for name, length in expect.items():
        if len(getattr(problem, name)) != length:
            raise ValueError(f"{name} has {len(getattr(problem, name))} entries, expected {length}")
    if problem.pledge_locations.shape != (p, n_loc):
        raise ValueError(f"pledge_locations must be {(p, n_loc)}")
    if problem.pledge_conditions.shape != (p, n_cond):
        raise ValueError(f"pledge_conditions must be {(p, n_cond)}")
    bounds = {
        "pledge_party": len(problem.parties),
        "pledge_capability": len(problem.capabilities),
        "requirement_capability": len(problem.capabilities),
        "requirement_layer": len(LAYERS),
        "requirement_location": n_loc,
        "requirement_phase": len(problem.phases),
        "substitution_from": len(problem.capabilities),
        "substitution_to": len(problem.capabilities),
    }
    for name, upper in bounds.items():
        values = getattr(problem, name)
        if len(values) and (values.min() < 0 or values.max() >= upper):
            raise ValueError(f"{name} holds an index outside 0..{upper - 1}")
    if len(problem.requirement_priority) and (
        problem.requirement_priority.min() < 1 or problem.requirement_priority.max() > 5
    ):
        raise ValueError("priorities must lie in 1..5")
    if len(problem.pledge_cost) and (
        problem.pledge_cost.min() < 0 or problem.pledge_cost.max() > COST_LEVELS
    ):
        raise ValueError(f"pledge costs must lie in 0..{COST_LEVELS}")
    if np.any(np.diff(problem.phase_deadline) < 0):
        raise ValueError("phases must be ordered by deadline")
    if np.any(problem.substitution_ratio <= 0):
        raise ValueError("substitution ratios must be positive")
