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
    "spare",
    "higher-priority",
    "equal-priority",
    "lower-priority",
    "no-more-pledged",
    "not-released",
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


def gain_matrix(problem: SourcingProblem) -> FloatArray:
    """(capabilities x capabilities): line units of `to` one pledge unit of `from` fills
    (1 on the diagonal, 1 / ratio for a substitution, 0 where it cannot serve)."""
    n = len(problem.capabilities)
    gain = np.eye(n)
    for a, b, ratio in zip(
        problem.substitution_from.tolist(),
        problem.substitution_to.tolist(),
        problem.substitution_ratio.tolist(),
        strict=True,
    ):
        if a != b:
            gain[a, b] = max(gain[a, b], 1.0 / ratio)
    return gain


#: The reason every gap shown to a viewer gets when pledges hidden from it could serve the
#: line: no amount, no condition and no nation, so nothing about them is revealed.
NOT_RELEASED = Reason("not-released", 0.0, "other pledges not released to you")


def explain_gaps(
    result: SourcingResult,
    tolerance: float = 1e-6,
    released: BoolArray | None = None,
    conditions_seen: BoolArray | None = None,
) -> list[Gap]:
    """A Gap for every line with units missing, highest priority first, then largest.

    With `released` (pledges the viewer may see) every amount and named condition comes
    from released pledges only; other pledges that could serve a line are folded into
    the generic NOT_RELEASED reason. A condition outside `conditions_seen` is never named.
    """
    p = result.problem
    missing = result.missing()
    gap_lines = np.flatnonzero(missing > tolerance)
    if len(gap_lines) == 0:
        return []
    unmet = p.pledge_conditions & ~result.met[None, :]
    gains = gain_matrix(p)
    # allocation lines in units of the line they fill
    line_units = (
        result.units
        * gains[p.pledge_capability[result.pledge], p.requirement_capability[result.requirement]]
    )
    nation = np.zeros((p.n_requirements, len(p.parties)))
    np.add.at(nation, (result.requirement, p.pledge_party[result.pledge]), line_units)
    # pledge units each pledge gives to lines of priority q (column q), for "used elsewhere"
    by_priority = np.zeros((p.n_pledges, 6))
    np.add.at(
        by_priority, (result.pledge, p.requirement_priority[result.requirement]), result.units
    )
    before = np.cumsum(by_priority, axis=1)  # before[:, q - 1] = used at priorities < q
    spare = p.pledge_units - result.used
    context = _Context(result, unmet, nation, before, by_priority, spare, line_units)
    seen_cond = (
        np.ones(len(p.conditions), np.bool_)
        if conditions_seen is None
        else np.asarray(conditions_seen, np.bool_)
    )
    gaps: dict[int, Gap] = {}
    for capability in np.unique(p.requirement_capability[gap_lines]).tolist():
        lines = gap_lines[p.requirement_capability[gap_lines] == capability]
        candidates = np.flatnonzero(np.isin(p.pledge_capability, sources_of(p, capability)))
        hidden = False
        if released is not None:
            hidden = bool((~released[candidates]).any())
            candidates = candidates[released[candidates]]
        gain = gains[p.pledge_capability[candidates], capability]
        reasons = _explain_capability(context, lines, candidates, gain, seen_cond, hidden)
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


@dataclass(frozen=True, eq=False)
class _Context:
    """Arrays over the whole plan that every capability's explanation reads."""

    result: SourcingResult
    unmet: BoolArray
    nation: FloatArray  # (lines x nations), line units
    before: FloatArray  # (pledges x 6), pledge units
    by_priority: FloatArray  # (pledges x 6), pledge units
    spare: FloatArray  # per pledge, pledge units
    line_units: FloatArray  # per allocation line, units of the line it fills


def _explain_capability(
    ctx: _Context,
    lines: IntArray,
    candidates: IntArray,
    gain: FloatArray,
    conditions_seen: BoolArray,
    hidden: bool,
) -> list[list[Reason]]:
    """Reasons for every gap line of one capability, from (candidates x lines) masks.

    Every amount is in units of the line (pledge units times the substitution gain), and
    counts only candidates that fit the line's layer, location and readiness unless the
    reason is that very mismatch.
    """
    result = ctx.result
    p = result.problem
    if len(candidates) == 0:
        if hidden:
            return [[NOT_RELEASED] for _ in lines]
        return [[NO_REASON] for _ in lines]
    units = p.pledge_units[candidates].astype(np.float64) * gain
    active = p.pledge_active[candidates]
    unmet = ctx.unmet[candidates]
    blocked_cond = unmet.any(axis=1) & active
    open_ = active & ~blocked_cond
    layer_ok = (
        (p.pledge_layers[candidates][:, None] >> p.requirement_layer[lines][None, :]) & 1
    ) == 1
    loc_ok = p.pledge_locations[candidates][:, p.requirement_location[lines]]
    deadline = p.phase_deadline[p.requirement_phase[lines]]
    ready_ok = p.pledge_readiness[candidates][:, None] <= deadline[None, :]
    could_fit = layer_ok & loc_ok & ready_ok
    # a pledge that cannot fit the line is explained by the mismatch, whatever else holds it
    no_layer = ~layer_ok
    no_loc = layer_ok & ~loc_ok
    no_ready = layer_ok & loc_ok & ~ready_ok
    fits = open_[:, None] & could_fit
    withdrawn = units @ (~active[:, None] & could_fit)
    # (conditions x lines): units of active, fitting pledges waiting on each condition
    waiting = (unmet * units[:, None]).T @ (active[:, None] & could_fit).astype(np.float64)
    parties = p.pledge_party[candidates].astype(np.int64)
    capped = p.requirement_nation_cap[lines] < p.requirement_units[lines]
    at_cap = p.requirement_nation_cap[lines][None, :] - 1e-9 <= ctx.nation[lines][:, parties].T
    by_cap = fits & capped[None, :] & at_cap
    free = fits & ~by_cap
    # line units each candidate already gives to each gap line
    given = np.zeros((len(candidates), len(lines)))
    mine = np.isin(result.pledge, candidates) & np.isin(result.requirement, lines)
    np.add.at(
        given,
        (
            np.searchsorted(candidates, result.pledge[mine]),
            np.searchsorted(lines, result.requirement[mine]),
        ),
        ctx.line_units[mine],
    )
    prio = p.requirement_priority[lines].astype(np.int64)
    f = free.astype(np.float64)
    g = gain[:, None]
    higher = np.einsum("pl,pl->l", f, ctx.before[candidates][:, prio - 1] * g)
    equal = np.einsum("pl,pl->l", f, ctx.by_priority[candidates][:, prio] * g - given)
    lower = f.T @ (result.used[candidates] * gain) - higher - equal - (f * given).sum(axis=0)
    spare_free = (ctx.spare[candidates] * gain) @ f
    capped_force = p.force_share_cap is not None
    amounts = {
        "caveat-layer": units @ no_layer,
        "caveat-location": units @ no_loc,
        "readiness": units @ no_ready,
        "share-cap": (units[:, None] * by_cap - given * by_cap).sum(axis=0),
        "force-share-cap": spare_free if capped_force else 0 * spare_free,
        "spare": 0 * spare_free if capped_force else spare_free,
        "higher-priority": higher,
        "equal-priority": equal,
        "lower-priority": np.maximum(lower, 0.0),
    }
    out: list[list[Reason]] = []
    for j, line in enumerate(lines.tolist()):
        reasons: list[Reason] = []
        gone = float(withdrawn[j])
        if gone > 1e-9:
            reasons.append(Reason("withdrawn", gone, f"{_amount(p, line, gone)} withdrawn"))
        folded = hidden
        for k in np.flatnonzero(waiting[:, j] > 1e-9).tolist():
            if not conditions_seen[k]:
                folded = True
                continue
            amount = float(waiting[k, j])
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
        if not reasons and not folded:
            # every compatible unit already serves this very line: the pledges fall short
            served = float((given[:, j]).sum())
            text = (
                f"no more pledged: all {_amount(p, line, served)} that fit already serve it"
                if served > 0
                else "pledges of this capability come to less than one whole unit"
            )
            reasons.append(Reason("no-more-pledged", served, text))
        if folded:
            reasons.append(NOT_RELEASED)
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
    if code == "spare":
        return f"{_amount(p, line, amount)} that fit stay unused (whole pledge units only)"
    label = code.replace("-", " ")
    return f"{_amount(p, line, amount)} used by lines of {label}"
