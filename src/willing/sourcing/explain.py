"""Why each unfilled line stays unfilled: the answers a force sourcing conference asks for.

For every line with units missing, the pledges that could serve its capability are sorted
into: withdrawn; blocked by a named unmet condition; blocked by a layer or location caveat;
too slow for the phase; compatible but held back by a nation's share cap; or compatible
and used by lines of higher, equal or lower priority. Computed per capability over whole
(pledges x lines) arrays.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from willing.sourcing.problem import (
    DOMAINS,
    EUR_SCALE,
    LAYERS,
    BoolArray,
    FloatArray,
    IntArray,
    SourcingProblem,
)
from willing.sourcing.result import SourcingResult

#: Reason codes, in the order they are tested.
REASONS: tuple[str, ...] = (
    "no-pledge",
    "withdrawn",
    "condition",
    "caveat-layer",
    "caveat-location",
    "readiness",
    "share-cap",
    "force-share-cap",
    "higher-priority",
    "equal-priority",
    "lower-priority",
    "no-more-pledged",
)


@dataclass(frozen=True)
class Reason:
    """One cause of a gap and how many pledged units it concerns."""

    code: str
    units: float
    detail: str
    #: Nations the reason concerns (those at a share cap), shown after the detail.
    parties: tuple[str, ...] = ()
    #: The unmet condition a "condition" reason names.
    condition: str | None = None

    def __str__(self) -> str:
        return self.text(self.parties)

    def text(self, parties: tuple[str, ...]) -> str:
        """The detail, naming only `parties` (a viewer may not learn of other nations)."""
        return f"{self.detail} ({', '.join(parties)})" if parties else self.detail


@dataclass(frozen=True)
class Gap:
    """An unfilled (or partly filled) requirement line and why."""

    requirement: str
    index: int
    capability: str
    layer: str
    location: str
    phase: str
    priority: int
    demand: float
    filled: float
    reasons: tuple[Reason, ...]

    @property
    def missing(self) -> float:
        return self.demand - self.filled

    @property
    def primary(self) -> Reason:
        """The reason holding back the most units (the first one on ties)."""
        return max(self.reasons, key=lambda r: r.units) if self.reasons else NO_REASON

    def summary(self) -> str:
        return "; ".join(str(r) for r in self.reasons) or NO_REASON.detail


NO_REASON = Reason("no-pledge", 0.0, "no pledge of this capability")


def _amount(problem: SourcingProblem, line: int, value: float) -> str:
    """Units of the line's capability in words; funding (thousands of EUR) as euros."""
    if DOMAINS[problem.capability_domain[problem.requirement_capability[line]]] != "funding":
        return _units(value)
    euros = value * EUR_SCALE
    for size, unit in ((1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if euros >= size:
            return f"EUR {euros / size:,.1f} {unit}"
    return f"EUR {euros:,.0f}"


def _units(value: float) -> str:
    shown = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    return f"{shown} unit" + ("" if value == 1 else "s")


def sources_of(problem: SourcingProblem, capability: int) -> IntArray:
    """Capabilities whose pledges may serve `capability`: itself and its substitutes."""
    subs = problem.substitution_from[problem.substitution_to == capability]
    return np.unique(np.concatenate([[capability], subs])).astype(np.int64)


def explain_gaps(result: SourcingResult, tolerance: float = 1e-6) -> list[Gap]:
    """A Gap for every line with units missing, highest priority first, then largest."""
    p = result.problem
    missing = result.missing()
    gap_lines = np.flatnonzero(missing > tolerance)
    if len(gap_lines) == 0:
        return []
    unmet = p.pledge_conditions & ~result.met[None, :]
    nation = result.nation_units()
    # units each pledge gives to lines of priority below q (q = 1..6), for "used elsewhere"
    by_priority = np.zeros((p.n_pledges, 6))
    np.add.at(
        by_priority, (result.pledge, p.requirement_priority[result.requirement]), result.units
    )
    before = np.cumsum(by_priority, axis=1)  # before[:, q - 1] = used at priorities < q
    spare = p.pledge_units - result.used
    gaps: dict[int, Gap] = {}
    for capability in np.unique(p.requirement_capability[gap_lines]).tolist():
        lines = gap_lines[p.requirement_capability[gap_lines] == capability]
        candidates = np.flatnonzero(np.isin(p.pledge_capability, sources_of(p, capability)))
        reasons = _explain_capability(
            result, lines, candidates, unmet, nation, before, by_priority, spare
        )
        for line, line_reasons in zip(lines.tolist(), reasons, strict=True):
            gaps[line] = Gap(
                requirement=p.requirement_ids[line],
                index=line,
                capability=p.capabilities[p.requirement_capability[line]],
                layer=LAYERS[p.requirement_layer[line]],
                location=p.locations[p.requirement_location[line]],
                phase=p.phases[p.requirement_phase[line]],
                priority=int(p.requirement_priority[line]),
                demand=float(p.requirement_units[line]),
                filled=float(result.filled[line]),
                reasons=tuple(line_reasons) or (NO_REASON,),
            )
    order = sorted(gaps.values(), key=lambda g: (g.priority, -g.missing, g.requirement))
    return order


def _explain_capability(
    result: SourcingResult,
    lines: IntArray,
    candidates: IntArray,
    unmet: BoolArray,
    nation: FloatArray,
    before: FloatArray,
    by_priority: FloatArray,
    spare: FloatArray,
) -> list[list[Reason]]:
    """Reasons for every gap line of one capability, from (candidates x lines) masks."""
    p = result.problem
    if len(candidates) == 0:
        return [[NO_REASON] for _ in lines]
    units = p.pledge_units[candidates].astype(np.float64)
    active = p.pledge_active[candidates]
    blocked_cond = unmet[candidates].any(axis=1) & active
    open_ = active & ~blocked_cond
    layer_ok = (
        (p.pledge_layers[candidates][:, None] >> p.requirement_layer[lines][None, :]) & 1
    ) == 1
    loc_ok = p.pledge_locations[candidates][:, p.requirement_location[lines]]
    deadline = p.phase_deadline[p.requirement_phase[lines]]
    ready_ok = p.pledge_readiness[candidates][:, None] <= deadline[None, :]
    no_layer = open_[:, None] & ~layer_ok
    no_loc = open_[:, None] & layer_ok & ~loc_ok
    no_ready = open_[:, None] & layer_ok & loc_ok & ~ready_ok
    fits = open_[:, None] & layer_ok & loc_ok & ready_ok
    withdrawn = float(units[~active].sum())
    per_condition = units @ unmet[candidates]  # same for every line of the capability
    parties = p.pledge_party[candidates].astype(np.int64)
    capped = p.requirement_nation_cap[lines] < p.requirement_units[lines]
    at_cap = p.requirement_nation_cap[lines][None, :] - 1e-9 <= nation[lines][:, parties].T
    by_cap = fits & capped[None, :] & at_cap
    free = fits & ~by_cap
    # units each candidate already gives to each gap line
    given = np.zeros((len(candidates), len(lines)))
    mine = np.isin(result.pledge, candidates) & np.isin(result.requirement, lines)
    np.add.at(
        given,
        (
            np.searchsorted(candidates, result.pledge[mine]),
            np.searchsorted(lines, result.requirement[mine]),
        ),
        result.units[mine],
    )
    prio = p.requirement_priority[lines].astype(np.int64)
    f = free.astype(np.float64)
    higher = np.einsum("pl,pl->l", f, before[candidates][:, prio - 1])
    equal = np.einsum("pl,pl->l", f, by_priority[candidates][:, prio] - given)
    lower = f.T @ result.used[candidates] - higher - equal - (f * given).sum(axis=0)
    spare_free = spare[candidates] @ f
    amounts = {
        "caveat-layer": units @ no_layer,
        "caveat-location": units @ no_loc,
        "readiness": units @ no_ready,
        "share-cap": (units[:, None] * by_cap - given * by_cap).sum(axis=0),
        "force-share-cap": spare_free if p.force_share_cap is not None else 0 * spare_free,
        "higher-priority": higher,
        "equal-priority": equal,
        "lower-priority": np.maximum(lower, 0.0),
    }
    out: list[list[Reason]] = []
    for j, line in enumerate(lines.tolist()):
        reasons: list[Reason] = []
        if withdrawn > 0:
            reasons.append(
                Reason("withdrawn", withdrawn, f"{_amount(p, line, withdrawn)} withdrawn")
            )
        for k in np.flatnonzero(per_condition > 0).tolist():
            amount = float(per_condition[k])
            reasons.append(
                Reason(
                    "condition",
                    amount,
                    f"{_amount(p, line, amount)} wait on unmet condition '{p.conditions[k]}'",
                    condition=p.conditions[k],
                )
            )
        for code, values in amounts.items():
            amount = float(values[j])
            if amount <= 1e-9:
                continue
            reasons.append(
                Reason(
                    code,
                    amount,
                    _describe(result, code, amount, line),
                    _at_cap(result, code, j, parties, by_cap),
                )
            )
        if not reasons:
            # every compatible unit already serves this very line: the pledges fall short
            served = float(result.filled[line])
            text = (
                f"no more pledged: all {_amount(p, line, served)} that fit already serve it"
                if served > 0
                else "pledges of this capability come to less than one whole unit"
            )
            reasons.append(Reason("no-more-pledged", served, text))
        out.append(reasons)
    return out


def _at_cap(
    result: SourcingResult, code: str, column: int, parties: IntArray, by_cap: BoolArray
) -> tuple[str, ...]:
    """Nations whose cap on the line holds back units, for a share-cap reason."""
    if code != "share-cap":
        return ()
    names = result.problem.parties
    return tuple(sorted({names[i] for i in parties[by_cap[:, column]].tolist()}))


def _describe(result: SourcingResult, code: str, amount: float, line: int) -> str:
    p = result.problem
    if code == "caveat-layer":
        layer = LAYERS[p.requirement_layer[line]]
        return f"{_amount(p, line, amount)} barred by caveat: not for layer {layer}"
    if code == "caveat-location":
        where = p.locations[p.requirement_location[line]]
        return f"{_amount(p, line, amount)} barred by caveat: not at location {where}"
    if code == "readiness":
        phase = p.phases[p.requirement_phase[line]]
        days = int(p.phase_deadline[p.requirement_phase[line]])
        return f"{_amount(p, line, amount)} not ready within {days} days ({phase})"
    if code == "share-cap":
        cap = int(p.requirement_nation_cap[line])
        return f"{_amount(p, line, amount)} held back by the nation cap of {cap}"
    if code == "force-share-cap":
        return f"{_amount(p, line, amount)} held back by the whole-force share cap"
    label = code.replace("-", " ")
    return f"{_amount(p, line, amount)} used by lines of {label}"
