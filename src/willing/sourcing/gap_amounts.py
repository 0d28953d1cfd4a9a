"""The amounts behind each reason a line stays unfilled, per capability, as arrays.

Computed without any (pledges x lines) array: a capability's gap lines sit at few places
(layer, location, phase) and its pledges fall into few kinds (alike in what those places
ask for), so every mask is (kinds x places); a nation matters only where it is at its
cap on a line (`willing.sourcing.explain` turns the amounts into reasons).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from willing.sourcing.problem import (
    LAYERS,
    BoolArray,
    FloatArray,
    IntArray,
    SourcingProblem,
    weighted_count,
)
from willing.sourcing.result import SourcingResult


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


#: Columns of `PlanArrays.values` (pledge units of each pledge): 1 (to count pledges), units
#: offered, units used at priorities below 1..5, used at priority 1..5, used, spare.
_COUNT, _UNITS, _BEFORE, _AT, _USED, _SPARE = 0, 1, 2, 7, 12, 13


@dataclass(frozen=True, eq=False)
class PlanArrays:
    """Per-pledge arrays of the whole plan, computed once for all capabilities."""

    result: SourcingResult
    gains: FloatArray  # (capabilities x capabilities), see gain_matrix
    unmet: BoolArray  # (pledges x conditions)
    open_: BoolArray  # active, with every condition met
    layer_ok: BoolArray  # (pledges x layers)
    ready_ok: BoolArray  # (pledges x phases)
    values: FloatArray  # (pledges x 14), columns _COUNT.._SPARE
    nation: FloatArray  # (lines x nations), line units given
    rows: IntArray  # allocation rows that serve gap lines
    line_units: FloatArray  # per row in `rows`, units of the line it fills

    @classmethod
    def of(cls, result: SourcingResult, gap_lines: IntArray) -> PlanArrays:
        p = result.problem
        gains = gain_matrix(p)
        line_units = (
            result.units
            * gains[
                p.pledge_capability[result.pledge], p.requirement_capability[result.requirement]
            ]
        )
        nation = np.zeros((p.n_requirements, len(p.parties)))
        np.add.at(nation, (result.requirement, p.pledge_party[result.pledge]), line_units)
        by_priority = np.zeros((p.n_pledges, 6))
        np.add.at(
            by_priority, (result.pledge, p.requirement_priority[result.requirement]), result.units
        )
        before = np.cumsum(by_priority, axis=1)  # before[:, q - 1] = used at priorities < q
        values = np.column_stack(
            [
                np.ones(p.n_pledges),
                p.pledge_units.astype(np.float64),
                before[:, :5],
                by_priority[:, 1:],
                result.used,
                p.pledge_units - result.used,
            ]
        )
        unmet = p.pledge_conditions & ~result.met[None, :]
        is_gap = np.zeros(p.n_requirements, np.bool_)
        is_gap[gap_lines] = True
        rows = np.flatnonzero(is_gap[result.requirement])
        return cls(
            result=result,
            gains=gains,
            unmet=unmet,
            open_=p.pledge_active & ~unmet.any(axis=1),
            layer_ok=((p.pledge_layers[:, None] >> np.arange(len(LAYERS))) & 1) == 1,
            ready_ok=p.pledge_readiness[:, None] <= p.phase_deadline[None, :],
            values=values,
            nation=nation,
            rows=rows,
            line_units=line_units[rows],
        )


@dataclass(frozen=True, eq=False)
class Places:
    """The distinct (layer, location, phase) of a capability's gap lines, and the kinds of
    candidate pledge: alike in the layers, locations and phases those places ask for.

    Lines at one place share every mask and pledges of one kind fit the same places, so
    masks are (kinds x places): far smaller than (pledges x lines).
    """

    of_line: IntArray  # place of each gap line
    kind: IntArray  # kind of each candidate
    layer_ok: BoolArray  # (kinds x places)
    loc_ok: BoolArray
    fits: BoolArray  # layer, location and readiness all fit

    @classmethod
    def of(cls, plan: PlanArrays, lines: IntArray, candidates: IntArray) -> Places:
        p = plan.result.problem
        n_loc, n_phase = len(p.locations), len(p.phases)
        code = (
            p.requirement_layer[lines].astype(np.int64) * n_loc + p.requirement_location[lines]
        ) * n_phase + p.requirement_phase[lines]
        places, of_line = np.unique(code, return_inverse=True)
        layer, rest = np.divmod(places, n_loc * n_phase)
        location, phase = np.divmod(rest, n_phase)
        asked = np.hstack(
            [
                plan.layer_ok[candidates][:, np.unique(layer)],
                p.pledge_locations[candidates][:, np.unique(location)],
                plan.ready_ok[candidates][:, np.unique(phase)],
            ]
        )
        kind, first = _kinds(asked)
        one = candidates[first]  # a pledge of each kind
        layer_ok = plan.layer_ok[one][:, layer]
        loc_ok = p.pledge_locations[one][:, location]
        fits = layer_ok & loc_ok & plan.ready_ok[one][:, phase]
        return cls(of_line.reshape(-1), kind, layer_ok, loc_ok, fits)


def _kinds(bits: BoolArray) -> tuple[IntArray, IntArray]:
    """Rank of each row of a (rows x columns) bool matrix among its distinct rows, and
    the first row of each. Columns are packed 32 to an integer and ranked chunk by
    chunk, so any width works without sorting whole rows."""
    kind = np.zeros(len(bits), np.int64)
    first = np.zeros(min(len(bits), 1), np.int64)
    for start in range(0, bits.shape[1], 32):
        chunk = bits[:, start : start + 32].astype(np.int64)
        word = chunk @ (1 << np.arange(chunk.shape[1], dtype=np.int64))
        _, first, kind = np.unique(kind << 32 | word, return_index=True, return_inverse=True)
    return kind.reshape(-1), first


def _sum_by(group: IntArray, values: FloatArray, n: int) -> FloatArray:
    """(n x columns): the rows of `values` summed per group 0..n-1, every group present."""
    if n == 0:
        return np.zeros((0, values.shape[1]))
    order = np.argsort(group, kind="stable")
    starts = np.searchsorted(group[order], np.arange(n))
    return np.add.reduceat(values[order], starts, axis=0)


@dataclass(frozen=True, eq=False)
class Caps:
    """Nations at their cap on each gap line of a capability. Only those at a cap on some
    line (`nations`) need sums of their own; the other nations' pledges are pooled."""

    held: BoolArray  # (lines x nations), True where the line is capped and the nation at it
    nations: IntArray  # nations holding a cap on some line

    @classmethod
    def of(cls, plan: PlanArrays, lines: IntArray) -> Caps:
        p = plan.result.problem
        cap = p.requirement_nation_cap[lines]
        capped = cap < p.requirement_units[lines]
        held = capped[:, None] & (cap[:, None] - 1e-9 <= plan.nation[lines])
        return cls(held, np.flatnonzero(held.any(axis=0)))


@dataclass(frozen=True, eq=False)
class Given:
    """Line units the candidates already give each gap line: all of them, and those from
    pledges that fit and sit under, or at, their nation's cap on the line."""

    served: FloatArray
    free: FloatArray
    held: FloatArray

    @classmethod
    def of(
        cls,
        plan: PlanArrays,
        lines: IntArray,
        candidates: IntArray,
        places: Places,
        caps: Caps,
    ) -> Given:
        result = plan.result
        p = result.problem
        pledge, line = result.pledge[plan.rows], result.requirement[plan.rows]
        keep = np.isin(line, lines) & np.isin(pledge, candidates)
        # repeated (pledge, line) rows are summed first, in row order, into one cell
        cells, cell = np.unique(pledge[keep] * p.n_requirements + line[keep], return_inverse=True)
        given = np.zeros(len(cells))
        np.add.at(given, cell.reshape(-1), plan.line_units[keep])
        pledge, line = np.divmod(cells, p.n_requirements)
        j = np.searchsorted(lines, line)
        kind = places.kind[np.searchsorted(candidates, pledge)]
        fits = plan.open_[pledge] & places.fits[kind, places.of_line[j]]
        held = fits & caps.held[j, p.pledge_party[pledge]]
        n = len(lines)
        return cls(
            served=weighted_count(j, given, n),
            free=weighted_count(j, given * (fits & ~held), n),
            held=weighted_count(j, given * held, n),
        )


#: Reasons after "withdrawn" and "condition", in the order they are listed.
CODES: tuple[str, ...] = (
    "caveat-layer",
    "caveat-location",
    "readiness",
    "share-cap",
    "force-share-cap",
    "spare",
    "higher-priority",
    "equal-priority",
    "lower-priority",
)


@dataclass(frozen=True, eq=False)
class Amounts:
    """Line units behind each reason, for every gap line of one capability."""

    withdrawn: FloatArray  # per line
    waiting: FloatArray  # (lines x conditions)
    table: FloatArray  # (lines x CODES)
    served: FloatArray  # per line, given already
    held: BoolArray  # (lines x nations) at their cap with pledges that fit the line


def amounts_of(plan: PlanArrays, capability: int, lines: IntArray, candidates: IntArray) -> Amounts:
    """Each reason's amount per gap line, from sums per kind of pledge and per place.

    No BLAS product is used: the (kinds x places) products are small, and a threaded BLAS
    on a busy machine took seconds over them.
    """
    p = plan.result.problem
    gain = plan.gains[p.pledge_capability[candidates], capability]
    places = Places.of(plan, lines, candidates)
    caps = Caps.of(plan, lines)
    withdrawn, barred, waiting = _held_back(plan, places, candidates, gain)
    # open pledges that fit, per line: those of nations at the line's cap, and the others
    pools = _pools(plan, places, candidates, gain, caps.nations)[:, places.of_line]
    at_cap = np.zeros((len(lines), len(caps.nations) + 1), np.bool_)
    at_cap[:, :-1] = caps.held[:, caps.nations]
    held = np.einsum("klv,lk->lv", pools, at_cap)
    free = np.einsum("klv,lk->lv", pools, ~at_cap)
    given = Given.of(plan, lines, candidates, places, caps)
    every = np.arange(len(lines))
    q = p.requirement_priority[lines].astype(np.int64) - 1
    higher = free[every, _BEFORE + q]
    equal = free[every, _AT + q] - given.free
    lower = free[:, _USED] - higher - equal - given.free
    spare = free[:, _SPARE]
    forced = p.force_share_cap is not None
    table = np.column_stack(
        [
            barred[:, places.of_line].T,
            held[:, _UNITS] - given.held,
            spare if forced else 0 * spare,
            0 * spare if forced else spare,
            higher,
            equal,
            np.maximum(lower, 0.0),
        ]
    )
    counted = pools[:-1, :, _COUNT].T > 0  # (lines x capped nations) with a fitting pledge
    holding = np.zeros((len(lines), len(p.parties)), np.bool_)
    holding[:, caps.nations] = at_cap[:, :-1] & counted
    return Amounts(
        withdrawn[places.of_line], waiting[:, places.of_line].T, table, given.served, holding
    )


def _held_back(
    plan: PlanArrays, places: Places, candidates: IntArray, gain: FloatArray
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Line units per place, whatever the nation: withdrawn though fitting; barred by a
    layer caveat, a location caveat or readiness (3 x places); and, of active fitting
    pledges, waiting on each unmet condition (conditions x places)."""
    p = plan.result.problem
    units = p.pledge_units[candidates].astype(np.float64) * gain
    active = p.pledge_active[candidates]
    waits = (plan.unmet[candidates] & active[:, None]) * units[:, None]
    per_kind = _sum_by(
        places.kind, np.column_stack([units * ~active, units, waits]), len(places.fits)
    )
    layer_ok, loc_ok, fits = places.layer_ok, places.loc_ok, places.fits
    caveats = np.stack([~layer_ok, layer_ok & ~loc_ok, layer_ok & loc_ok & ~fits])
    withdrawn = np.einsum("u,uk->k", per_kind[:, 0], fits)
    barred = np.einsum("u,cuk->ck", per_kind[:, 1], caveats)
    waiting = np.einsum("uc,uk->ck", per_kind[:, 2:], fits)
    return withdrawn, barred, waiting


def _pools(
    plan: PlanArrays, places: Places, candidates: IntArray, gain: FloatArray, nations: IntArray
) -> FloatArray:
    """(pools x places x 14): plan.values (in line units) summed over the open candidates
    that fit each place; one pool per nation in `nations`, the last for all the others."""
    p = plan.result.problem
    open_ = plan.open_[candidates]
    values = plan.values[candidates[open_]] * gain[open_, None]
    values[:, _COUNT] = 1.0
    pool_of = np.full(len(p.parties), len(nations))
    pool_of[nations] = np.arange(len(nations))
    n_kinds = len(places.fits)
    groups, group = np.unique(
        pool_of[p.pledge_party[candidates[open_]]] * n_kinds + places.kind[open_],
        return_inverse=True,
    )
    sums = _sum_by(group.reshape(-1), values, len(groups))
    pool, kind = np.divmod(groups, n_kinds)
    bounds = np.searchsorted(pool, np.arange(len(nations) + 2))
    return np.stack(
        [
            np.einsum("gk,gv->kv", places.fits[kind[a:b]], sums[a:b])
            for a, b in zip(bounds[:-1], bounds[1:], strict=True)
        ]
    )
