"""Build a SourcingProblem from domain records or from columns read straight from SQL.

Both paths meet in `Columns`: plain per-field sequences plus (row, value) pairs for list
fields, so the database loader never creates a pydantic object per row.
"""

from __future__ import annotations

import operator
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, overload

import numpy as np

from willing.domain.catalog import Dataset
from willing.domain.enums import ConditionStatus, Domain, PledgeStatus, Unit
from willing.domain.forces import (
    MAX_QUANTITY,
    Capability,
    Condition,
    Location,
    Phase,
    Pledge,
    Requirement,
)
from willing.sourcing.problem import (
    COST_LEVELS,
    DOMAINS,
    EUR_SCALE,
    LAYERS,
    IntArray,
    SourcingProblem,
)


class Coded(Sequence[str]):
    """Texts held as int codes into a short vocabulary (many rows, few distinct values):
    read back without a string object per row, and looked up code by code."""

    def __init__(self, codes: np.ndarray, vocab: Sequence[Any]) -> None:
        self.codes = np.asarray(codes, np.int64)
        #: code -1 is the vocabulary's last entry (the snapshot puts None there)
        self.vocab: list[Any] = list(vocab)

    def __len__(self) -> int:
        return len(self.codes)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self.vocab[c] for c in self.codes[index].tolist()]
        value: str = self.vocab[int(self.codes[index])]  # None where the row has none
        return value

    def __iter__(self) -> Iterator[str]:
        return map(self.vocab.__getitem__, self.codes.tolist())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


@dataclass
class Columns:
    """The fields sourcing reads, column by column; list fields as (row, value) pairs
    (rows as a list or an int array)."""

    pledges: Mapping[str, Sequence[Any]]
    pledge_layers: tuple[Sequence[int] | IntArray, Sequence[str]]
    pledge_locations: tuple[Sequence[int] | IntArray, Sequence[str]]
    pledge_conditions: tuple[Sequence[int] | IntArray, Sequence[str]]
    requirements: Mapping[str, Sequence[Any]]
    capabilities: Mapping[str, Sequence[Any]]
    substitutes: tuple[Sequence[int], Sequence[str], Sequence[float]]
    locations: Mapping[str, Sequence[Any]]
    phases: Mapping[str, Sequence[Any]]
    conditions: Mapping[str, Sequence[Any]]


PLEDGE_FIELDS = ("id", "party", "capability", "quantity", "readiness_days", "status", "value_eur")
REQUIREMENT_FIELDS = (
    "id",
    "capability",
    "quantity",
    "layer",
    "location",
    "phase",
    "priority",
    "rotation_factor",
    "max_share_per_nation",
)
CAPABILITY_FIELDS = ("id", "domain", "unit", "personnel_per_unit", "unit_value_eur")


def _value(value: Any) -> Any:
    return value.value if hasattr(value, "value") else value


def columns_of(
    pledges: Sequence[Pledge],
    requirements: Sequence[Requirement],
    capabilities: Sequence[Capability],
    locations: Sequence[Location],
    phases: Sequence[Phase],
    conditions: Sequence[Condition],
) -> Columns:
    """Columns of domain records (the in-memory path)."""

    def table(records: Sequence[Any], names: Sequence[str]) -> dict[str, list[Any]]:
        return {name: [_value(getattr(r, name)) for r in records] for name in names}

    def pairs(records: Sequence[Any], name: str) -> tuple[list[int], list[str]]:
        rows = [i for i, r in enumerate(records) for _ in getattr(r, name)]
        values = [_value(v) for r in records for v in getattr(r, name)]
        return rows, values

    subs = [
        (i, s.for_capability, s.ratio) for i, c in enumerate(capabilities) for s in c.substitutes
    ]
    return Columns(
        pledges=table(pledges, PLEDGE_FIELDS),
        pledge_layers=pairs(pledges, "layers"),
        pledge_locations=pairs(pledges, "locations"),
        pledge_conditions=pairs(pledges, "conditions"),
        requirements=table(requirements, REQUIREMENT_FIELDS),
        capabilities=table(capabilities, CAPABILITY_FIELDS),
        substitutes=([s[0] for s in subs], [s[1] for s in subs], [float(s[2]) for s in subs]),
        locations=table(locations, ("id", "parent")),
        phases=table(phases, ("id", "order", "deadline_days")),
        conditions=table(conditions, ("id", "status")),
    )


def from_records(
    pledges: Sequence[Pledge],
    requirements: Sequence[Requirement],
    capabilities: Sequence[Capability],
    locations: Sequence[Location],
    phases: Sequence[Phase],
    conditions: Sequence[Condition],
    assume: Mapping[str, ConditionStatus] | None = None,
    unknown_as: ConditionStatus = ConditionStatus.FAILED,
    force_share_cap: float | None = None,
) -> SourcingProblem:
    """Problem from domain records; `assume` overrides condition statuses by id."""
    columns = columns_of(pledges, requirements, capabilities, locations, phases, conditions)
    return from_columns(columns, assume, unknown_as, force_share_cap)


def from_dataset(
    dataset: Dataset,
    assume: Mapping[str, ConditionStatus] | None = None,
    unknown_as: ConditionStatus = ConditionStatus.FAILED,
    force_share_cap: float | None = None,
) -> SourcingProblem:
    """Problem from every force record of a Dataset (e.g. a shipped data set read from files)."""
    r = dataset.records
    return from_records(
        [x for x in r["pledges"] if isinstance(x, Pledge)],
        [x for x in r["requirements"] if isinstance(x, Requirement)],
        [x for x in r["capabilities"] if isinstance(x, Capability)],
        [x for x in r["locations"] if isinstance(x, Location)],
        [x for x in r["phases"] if isinstance(x, Phase)],
        [x for x in r["conditions"] if isinstance(x, Condition)],
        assume,
        unknown_as,
        force_share_cap,
    )


#: The most whole units one pledge or line may count (see `MAX_QUANTITY`).
MAX_UNITS = MAX_QUANTITY


def _whole(units: np.ndarray, ids: Sequence[str], what: str) -> IntArray:
    """Whole units as int64; ValueError naming the first record with more than MAX_UNITS
    (or no number at all), which the solver cannot count (a cast would wrap around)."""
    bad = ~np.isfinite(units) | (units > MAX_UNITS)
    if bad.any():
        record = ids[int(np.flatnonzero(bad)[0])]
        raise ValueError(
            f"{what} '{record}' counts more than {MAX_UNITS:.0e} units, more than the "
            "optimiser counts exactly: correct its quantity"
        )
    return units.astype(np.int64)


def _distinct(values: Sequence[Any]) -> set[Any]:
    """The distinct values of a column (from the used codes only when it is Coded)."""
    if isinstance(values, Coded):
        return {values.vocab[c] for c in np.unique(values.codes).tolist()}
    return set(values)


def _equals(values: Sequence[Any], text: str) -> np.ndarray:
    """Rows whose value (as text) is `text` (compared once per code when Coded)."""
    if isinstance(values, Coded):
        same = np.array([str(v) == text for v in values.vocab], np.bool_)
        return np.asarray(same[values.codes], np.bool_)
    return np.fromiter(map(text.__eq__, map(str, values)), np.bool_, len(values))


def _index(names: Sequence[str], values: Sequence[Any], what: str) -> IntArray:
    lookup = {name: i for i, name in enumerate(names)}
    if isinstance(values, Coded):
        rows = np.array([lookup.get(v, -1) for v in values.vocab], np.int64)[values.codes]
        missing = np.flatnonzero(rows < 0)
        if len(missing):
            raise ValueError(f"unknown {what} {values[int(missing[0])]!r}")
        return rows
    try:
        return np.fromiter(map(lookup.__getitem__, values), np.int64, len(values))
    except KeyError as missing:
        raise ValueError(f"unknown {what} {missing}") from None


def cost_level(value: np.ndarray, dearest: np.ndarray) -> np.ndarray:
    """Tie-breaking cost 0..COST_LEVELS of a unit worth `value` in a capability whose
    dearest unit is worth `dearest`: COST_LEVELS x value / dearest rounded half up, a
    value within 1e-9 of a half counting as one (so float noise never decides a tie)."""
    scaled = COST_LEVELS * value / np.maximum(dearest, 1e-300)
    return np.asarray(np.clip(np.floor(scaled + 0.5 + 1e-9), 0, COST_LEVELS), np.float64)


def location_closure(ids: Sequence[str], parents: Sequence[str | None]) -> np.ndarray:
    """(locations x locations): True where the column is the row or nested inside it."""
    lookup = {name: i for i, name in enumerate(ids)}
    closure = np.eye(len(ids), dtype=np.bool_)
    for child, parent in enumerate(parents):
        seen: set[str] = set()
        while parent is not None and parent in lookup and parent not in seen:
            seen.add(parent)
            closure[lookup[parent], child] = True
            parent = parents[lookup[parent]]
    return closure


def condition_met(
    ids: Sequence[str],
    statuses: Sequence[str],
    assume: Mapping[str, ConditionStatus] | None,
    unknown_as: ConditionStatus,
) -> np.ndarray:
    """Which conditions count as met: current status, overridden by `assume`."""
    assume = dict(assume or {})
    unknown = [key for key in assume if key not in set(ids)]
    if unknown:
        raise ValueError(f"unknown condition(s) in assumptions: {', '.join(sorted(unknown))}")
    status = [ConditionStatus(assume.get(i, s)) for i, s in zip(ids, statuses, strict=True)]
    return np.array(
        [
            s is ConditionStatus.MET
            or (s is ConditionStatus.UNKNOWN and unknown_as is ConditionStatus.MET)
            for s in status
        ],
        dtype=np.bool_,
    )


def _pair_matrix(
    rows: Sequence[int] | IntArray,
    values: Sequence[str],
    names: Sequence[str],
    n_rows: int,
    what: str,
) -> np.ndarray:
    matrix = np.zeros((n_rows, len(names)), dtype=np.bool_)
    if len(rows):
        matrix[np.asarray(rows, np.int64), _index(names, values, what)] = True
    return matrix


def _by_id(
    table: Mapping[str, Sequence[Any]],
) -> tuple[dict[str, Sequence[Any]], IntArray]:
    """The table in id order, and where each old row went (so paired rows can follow)."""
    ids = list(table["id"])
    if all(map(operator.lt, ids, ids[1:])):
        return dict(table), np.arange(len(ids))
    order = sorted(range(len(ids)), key=ids.__getitem__)
    moved = np.empty(len(ids), np.int64)
    moved[order] = np.arange(len(ids))
    return {name: [values[i] for i in order] for name, values in table.items()}, moved


def canonical(columns: Columns) -> Columns:
    """Columns with every table in id order, whatever order the source gave them in."""
    pledges, moved = _by_id(columns.pledges)
    capabilities, cap_moved = _by_id(columns.capabilities)

    def follow(
        pairs: tuple[Sequence[int] | IntArray, Sequence[str]],
    ) -> tuple[IntArray, Sequence[str]]:
        return moved[np.asarray(pairs[0], np.int64)], pairs[1]

    subs = sorted(
        zip(
            cap_moved[np.asarray(columns.substitutes[0], np.int64)].tolist(),
            columns.substitutes[1],
            columns.substitutes[2],
            strict=True,
        )
    )
    return Columns(
        pledges=pledges,
        pledge_layers=follow(columns.pledge_layers),
        pledge_locations=follow(columns.pledge_locations),
        pledge_conditions=follow(columns.pledge_conditions),
        requirements=_by_id(columns.requirements)[0],
        capabilities=capabilities,
        substitutes=([s[0] for s in subs], [s[1] for s in subs], [s[2] for s in subs]),
        locations=_by_id(columns.locations)[0],
        phases=_by_id(columns.phases)[0],
        conditions=_by_id(columns.conditions)[0],
    )


def from_columns(
    columns: Columns,
    assume: Mapping[str, ConditionStatus] | None = None,
    unknown_as: ConditionStatus = ConditionStatus.FAILED,
    force_share_cap: float | None = None,
) -> SourcingProblem:
    """The array problem from columns (shared by the record and the SQL paths)."""
    columns = canonical(columns)
    caps, pl, rq = columns.capabilities, columns.pledges, columns.requirements
    cap_ids = list(caps["id"])
    loc_ids = list(columns.locations["id"])
    cond_ids = list(columns.conditions["id"])
    phase_rows = sorted(
        zip(
            columns.phases["deadline_days"],
            columns.phases["order"],
            columns.phases["id"],
            strict=True,
        )
    )
    phase_ids = [row[2] for row in phase_rows]
    n_p, _n_r = len(pl["id"]), len(rq["id"])

    unit = np.array([str(u) for u in caps["unit"]], dtype=object)
    eur = unit == Unit.EUR.value
    scale = np.where(eur, EUR_SCALE, 1.0)
    domain = _index(DOMAINS, [str(d) for d in caps["domain"]], "domain")
    personnel = np.array(caps["personnel_per_unit"], dtype=np.float64)
    force_weight = np.where(
        domain == DOMAINS.index(Domain.FUNDING.value),
        0.0,
        np.where(np.isnan(personnel), 1.0, personnel),
    )
    unit_value = np.array(caps["unit_value_eur"], dtype=np.float64)

    parties = tuple(sorted(_distinct(pl["party"])))
    p_cap = _index(cap_ids, pl["capability"], "capability")
    quantity = np.asarray(pl["quantity"], float)
    p_units = _whole(np.floor(quantity / scale[p_cap] + 1e-9), pl["id"], "pledge")
    value = np.array(pl["value_eur"], dtype=np.float64)
    per_unit = np.where(np.isnan(value), unit_value[p_cap], value / np.maximum(quantity, 1e-12))
    per_unit = np.nan_to_num(per_unit, nan=0.0)
    top = np.zeros(len(cap_ids))
    np.maximum.at(top, p_cap, per_unit)
    cost = np.where(top[p_cap] > 0, cost_level(per_unit, top[p_cap]), 0)

    closure = location_closure(loc_ids, list(columns.locations["parent"]))
    named = _pair_matrix(*columns.pledge_locations, loc_ids, n_p, "location")
    anywhere = ~named.any(axis=1)
    # counts of named locations above each one, exact in float32 (BLAS) below 2**24
    allowed = (named.astype(np.float32) @ closure.astype(np.float32)) > 0
    allowed[anywhere] = True
    layer_pairs = _pair_matrix(*columns.pledge_layers, LAYERS, n_p, "layer")
    layer_mask = (layer_pairs.astype(np.uint8) << np.arange(len(LAYERS), dtype=np.uint8)).sum(
        axis=1, dtype=np.uint8
    )

    r_cap = _index(cap_ids, rq["capability"], "capability")
    rotation = np.asarray(rq["rotation_factor"], float)
    r_units = np.ceil(np.asarray(rq["quantity"], float) * rotation / scale[r_cap] - 1e-9)
    r_units = _whole(np.maximum(r_units, 0), rq["id"], "requirement line")
    share = np.array(rq["max_share_per_nation"], dtype=np.float64)
    nation_cap = np.where(
        np.isnan(share), r_units, np.maximum(1, np.floor(np.nan_to_num(share) * r_units + 1e-9))
    ).astype(np.int64)
    sub_rows, sub_for, sub_ratio = columns.substitutes
    return SourcingProblem(
        parties=parties,
        capabilities=tuple(cap_ids),
        locations=tuple(loc_ids),
        phases=tuple(phase_ids),
        conditions=tuple(cond_ids),
        capability_domain=domain.astype(np.int32),
        capability_force_weight=force_weight,
        phase_deadline=np.array([row[0] for row in phase_rows], np.int32),
        pledge_ids=tuple(pl["id"]),
        pledge_party=_index(parties, pl["party"], "party").astype(np.int32),
        pledge_capability=p_cap.astype(np.int32),
        pledge_units=p_units,
        pledge_layers=layer_mask,
        pledge_locations=allowed,
        pledge_conditions=_pair_matrix(*columns.pledge_conditions, cond_ids, n_p, "condition"),
        pledge_readiness=np.asarray(pl["readiness_days"], np.int32),
        pledge_cost=cost.astype(np.int64),
        pledge_active=~_equals(pl["status"], PledgeStatus.WITHDRAWN.value),
        requirement_ids=tuple(rq["id"]),
        requirement_capability=r_cap.astype(np.int32),
        requirement_units=r_units,
        requirement_layer=_index(LAYERS, list(map(str, rq["layer"])), "layer").astype(np.int32),
        requirement_location=_index(loc_ids, rq["location"], "location").astype(np.int32),
        requirement_phase=_index(phase_ids, rq["phase"], "phase").astype(np.int32),
        requirement_priority=np.asarray(rq["priority"], np.int32),
        requirement_nation_cap=nation_cap,
        substitution_from=np.asarray(sub_rows, np.int32),
        substitution_to=_index(cap_ids, sub_for, "capability").astype(np.int32),
        substitution_ratio=np.asarray(sub_ratio, float),
        met=condition_met(
            cond_ids, [str(s) for s in columns.conditions["status"]], assume, unknown_as
        ),
        force_share_cap=force_share_cap,
    )


__all__ = ["Coded", "Columns", "columns_of", "from_columns", "from_dataset", "from_records"]
