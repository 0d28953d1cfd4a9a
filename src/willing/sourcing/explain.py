"""Why each unfilled line stays unfilled: the answers a force sourcing conference asks for.

For every line with units missing, the pledges that could serve its capability are sorted
into: withdrawn; blocked by a named unmet condition; blocked by a layer or location caveat;
too slow for the phase; compatible but held back by a nation's share cap; or compatible
and used by lines of higher, equal or lower priority.

Computed per capability without any (pledges x lines) array. A capability's gap lines
sit at few places (layer, location, phase), and its pledges fall into few kinds (alike in
the layers, locations and readiness those places ask for), so every mask is (kinds x
places). A nation matters only where it is at its cap on a line: the pledges of every
other nation are summed together. Amounts are the sums the definitions give, taken in
another order (so equal to the last bit wherever units and ratios are whole numbers).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from willing import collector
from willing.present.numbers import money
from willing.present.numbers import units as unit_words
from willing.sourcing.gap_amounts import CODES, Amounts, PlanArrays, amounts_of, sources_of
from willing.sourcing.problem import (
    DOMAINS,
    EUR_SCALE,
    LAYERS,
    BoolArray,
    IntArray,
    SourcingProblem,
)
from willing.sourcing.result import SourcingResult

#: Reason codes, in the order they are tested.
REASONS: tuple[str, ...] = (
    "no-pledge",
    "withdrawn",
    "condition",
    *CODES,
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


def _in_words(value: float, funding: bool) -> str:
    """Units of a line's capability as every page says them ("21½ units", `present`);
    funding (thousands of EUR) as euros ("€26.4 bn")."""
    return money(value * EUR_SCALE) if funding else unit_words(value)


class _Words:
    """Amounts of one capability's lines in words, each distinct amount rendered once (a
    plan repeats the same few amounts thousands of times)."""

    def __init__(self, problem: SourcingProblem, capability: int) -> None:
        self.funding = DOMAINS[problem.capability_domain[capability]] == "funding"
        self.shown: dict[float, str] = {}

    def __call__(self, value: float) -> str:
        shown = self.shown.get(value)
        if shown is None:
            shown = self.shown[value] = _in_words(value, self.funding)
        return shown


#: The reason every gap shown to a viewer gets when pledges hidden from it could serve the
#: line: no amount, no condition and no nation, so nothing about them is revealed.
NOT_RELEASED = Reason("not-released", 0.0, "other pledges not released to you")

#: Smallest amount a reason is given for (anything below is rounding).
NOISE = 1e-9


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
    with collector.paused():
        return _explain_gaps(result, tolerance, released, conditions_seen)


def _explain_gaps(
    result: SourcingResult,
    tolerance: float,
    released: BoolArray | None,
    conditions_seen: BoolArray | None,
) -> list[Gap]:
    p = result.problem
    gap_lines = np.flatnonzero(result.missing() > tolerance)
    if len(gap_lines) == 0:
        return []
    plan = PlanArrays.of(result, gap_lines)
    seen = (
        np.ones(len(p.conditions), np.bool_)
        if conditions_seen is None
        else np.asarray(conditions_seen, np.bool_)
    )
    gaps: list[Gap] = []
    for capability in np.unique(p.requirement_capability[gap_lines]).tolist():
        lines = gap_lines[p.requirement_capability[gap_lines] == capability]
        member = np.isin(p.pledge_capability, sources_of(p, capability))
        hidden = False
        if released is not None:
            hidden = bool((member & ~released).any())
            member &= released
        reasons = _explain_capability(plan, capability, lines, member, seen, hidden)
        gaps.extend(
            _gap(result, line, line_reasons)
            for line, line_reasons in zip(lines.tolist(), reasons, strict=True)
        )
    return sorted(gaps, key=lambda g: (g.priority, -g.missing, g.requirement))


def _gap(result: SourcingResult, line: int, reasons: list[Reason]) -> Gap:
    p = result.problem
    return Gap(
        requirement=p.requirement_ids[line],
        index=line,
        capability=p.capabilities[p.requirement_capability[line]],
        layer=LAYERS[p.requirement_layer[line]],
        location=p.locations[p.requirement_location[line]],
        phase=p.phases[p.requirement_phase[line]],
        priority=int(p.requirement_priority[line]),
        demand=float(p.requirement_units[line]),
        filled=float(result.filled[line]),
        reasons=tuple(reasons) or (NO_REASON,),
    )


def _explain_capability(
    plan: PlanArrays,
    capability: int,
    lines: IntArray,
    member: BoolArray,
    conditions_seen: BoolArray,
    hidden: bool,
) -> list[list[Reason]]:
    """Reasons for every gap line of one capability, from the candidate pledges (`member`).

    Every amount is in units of the line (pledge units times the substitution gain), and
    counts only candidates that fit the line's layer, location and readiness unless the
    reason is that very mismatch.
    """
    candidates = np.flatnonzero(member)
    if len(candidates) == 0:
        return [[NOT_RELEASED] if hidden else [NO_REASON] for _ in lines]
    amounts = amounts_of(plan, capability, lines, candidates)
    return _reasons(plan.result.problem, lines, amounts, conditions_seen, hidden)


def _reasons(
    p: SourcingProblem,
    lines: IntArray,
    amounts: Amounts,
    conditions_seen: BoolArray,
    hidden: bool,
) -> list[list[Reason]]:
    """The Reason objects of every gap line of one capability, in the order of REASONS."""
    words = _Words(p, int(p.requirement_capability[lines[0]]))
    out: list[list[Reason]] = []
    withdrawn = amounts.withdrawn.tolist()
    waiting = amounts.waiting.tolist()
    table = amounts.table.tolist()
    for j, line in enumerate(lines.tolist()):
        reasons: list[Reason] = []
        gone = withdrawn[j]
        if gone > NOISE:
            reasons.append(Reason("withdrawn", gone, f"{words(gone)} withdrawn"))
        folded = hidden
        for k, amount in enumerate(waiting[j]):
            if amount <= NOISE:
                continue
            if not conditions_seen[k]:
                folded = True
                continue
            condition = p.conditions[k]
            text = f"{words(amount)} wait on unmet condition '{condition}'"
            reasons.append(Reason("condition", amount, text, condition=condition))
        for code, amount in zip(CODES, table[j], strict=True):
            if amount <= NOISE:
                continue
            parties: tuple[str, ...] = ()
            if code == "share-cap":
                parties = tuple(sorted(p.parties[i] for i in np.flatnonzero(amounts.held[j])))
            text = _describe(p, code, words(amount), line)
            reasons.append(Reason(code, amount, text, parties))
        if not reasons and not folded:
            # every compatible unit already serves this very line: the pledges fall short
            served = float(amounts.served[j])
            text = (
                f"no more pledged: all {words(served)} that fit already serve it"
                if served > 0
                else "pledges of this capability come to less than one whole unit"
            )
            reasons.append(Reason("no-more-pledged", served, text))
        if folded:
            reasons.append(NOT_RELEASED)
        out.append(reasons)
    return out


def _describe(p: SourcingProblem, code: str, shown: str, line: int) -> str:
    """The detail of a reason whose amount reads `shown`."""
    if code == "caveat-layer":
        return f"{shown} barred by caveat: not for layer {LAYERS[p.requirement_layer[line]]}"
    if code == "caveat-location":
        return (
            f"{shown} barred by caveat: not at location {p.locations[p.requirement_location[line]]}"
        )
    if code == "readiness":
        phase = p.phases[p.requirement_phase[line]]
        days = int(p.phase_deadline[p.requirement_phase[line]])
        return f"{shown} not ready within {days} days ({phase})"
    if code == "share-cap":
        return f"{shown} held back by the nation cap of {int(p.requirement_nation_cap[line])}"
    if code == "force-share-cap":
        return f"{shown} held back by the whole-force share cap"
    if code == "spare":
        return f"{shown} that fit stay unused (whole pledge units only)"
    return f"{shown} used by lines of {code.replace('-', ' ')}"
