"""Read sourcing inputs from the database into arrays with a few set-based queries.

A plan must use every record (a viewer's plan is the coalition's plan, shown through
the viewer's eyes), so the loader reads through `registry.system()`. Rows come back as
plain DB-API tuples; no record object is built per row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from sqlalchemy import Connection, Select, Table, case, func, select

from willing.domain.enums import ConditionStatus
from willing.services.access import Registry
from willing.sourcing.problem import LAYERS, IntArray, SourcingProblem
from willing.sourcing.records import (
    CAPABILITY_FIELDS,
    PLEDGE_FIELDS,
    REQUIREMENT_FIELDS,
    Columns,
    from_columns,
)
from willing.storage import audit
from willing.storage.schema import CHILDREN, TABLES


def _fetch(conn: Connection, stmt: Select[Any]) -> list[tuple[Any, ...]]:
    """Rows of `stmt` straight from the DB-API cursor (the fast path for large reads)."""
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    positional = compiled.positiontup
    raw = conn.connection.dbapi_connection
    assert raw is not None
    cursor = raw.cursor()
    try:
        if positional is not None:
            cursor.execute(str(compiled), tuple(params[name] for name in positional))
        else:
            cursor.execute(str(compiled), params)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _table(conn: Connection, table: Table, names: Sequence[str]) -> dict[str, Sequence[Any]]:
    rows = _fetch(conn, select(*(table.c[n] for n in names)).order_by(table.c.id))
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in names]
    return dict(zip(names, columns, strict=True))


def _joined(field: str) -> Select[Any]:
    """Each pledge's items of a list field joined into one comma-separated text (ids never
    hold commas), so one row per pledge comes back instead of one per item."""
    child = CHILDREN["pledges"][field]
    return select(child.c.record_id, func.aggregate_strings(child.c.value, ",")).group_by(
        child.c.record_id
    )


def _layer_mask() -> Select[Any]:
    """Each pledge's layers as a bit mask over LAYERS, summed in SQL."""
    child = CHILDREN["pledges"]["layers"]
    bit = case(*((child.c.value == name, 1 << i) for i, name in enumerate(LAYERS)), else_=0)
    return select(child.c.record_id, func.sum(bit)).group_by(child.c.record_id)


def _rows_of(ids: Sequence[str], records: Sequence[str]) -> IntArray:
    """Row of each record id among `ids`, in numpy (the database's collation may differ)."""
    names = np.asarray(ids)
    order = np.argsort(names, kind="stable")
    return np.asarray(order[np.searchsorted(names[order], np.asarray(records))], np.int64)


def _split(rows: IntArray, texts: Sequence[str]) -> tuple[list[int], list[str]]:
    """(row, item) pairs from comma-joined texts."""
    out_rows: list[int] = []
    values: list[str] = []
    for row, text in zip(rows.tolist(), texts, strict=True):
        items = text.split(",")
        out_rows.extend([row] * len(items))
        values.extend(items)
    return out_rows, values


def _mask_pairs(rows: IntArray, masks: Sequence[int]) -> tuple[list[int], list[str]]:
    """(row, layer) pairs from per-row bit masks."""
    mask = np.asarray(masks, np.int64)
    at, bits = np.nonzero((mask[:, None] >> np.arange(len(LAYERS))) & 1)
    return rows[at].tolist(), [LAYERS[b] for b in bits.tolist()]


def _pledges(
    conn: Connection,
) -> tuple[dict[str, Sequence[Any]], list[tuple[list[int], list[str]]]]:
    """Pledge columns, and their list fields aggregated to one row per pledge in SQL
    (separate queries: cheaper in SQLite than joining the aggregates)."""
    pledges = _table(conn, TABLES["pledges"], PLEDGE_FIELDS)
    ids = pledges["id"]
    pairs: list[tuple[list[int], list[str]]] = []
    for stmt, unpack in (
        (_layer_mask(), _mask_pairs),
        (_joined("locations"), _split),
        (_joined("conditions"), _split),
    ):
        rows = _fetch(conn, stmt)
        if not rows:
            pairs.append(([], []))
            continue
        records, values = zip(*rows, strict=True)
        pairs.append(unpack(_rows_of(ids, records), values))
    return pledges, pairs


def load_columns(registry: Registry) -> tuple[Columns, int]:
    """Every sourcing input as columns, with the registry revision they were read at."""
    engine = registry.system().store.engine
    with engine.connect() as conn:
        revision = audit.revision(conn)
        pledges, (layers, locations, conditions) = _pledges(conn)
        subs = CHILDREN["capabilities"]["substitutes"]
        cap_ids = list(_table(conn, TABLES["capabilities"], ("id",))["id"])
        sub_rows = _fetch(conn, select(subs.c.record_id, subs.c.for_capability, subs.c.ratio))
        lookup = {c: i for i, c in enumerate(cap_ids)}
        columns = Columns(
            pledges=pledges,
            pledge_layers=layers,
            pledge_locations=locations,
            pledge_conditions=conditions,
            requirements=_table(conn, TABLES["requirements"], REQUIREMENT_FIELDS),
            capabilities=_table(conn, TABLES["capabilities"], CAPABILITY_FIELDS),
            substitutes=(
                [lookup[r[0]] for r in sub_rows],
                [r[1] for r in sub_rows],
                [float(r[2]) for r in sub_rows],
            ),
            locations=_table(conn, TABLES["locations"], ("id", "parent")),
            phases=_table(conn, TABLES["phases"], ("id", "order", "deadline_days")),
            conditions=_table(conn, TABLES["conditions"], ("id", "status")),
        )
    return columns, revision


def load_problem(
    registry: Registry,
    assume: Mapping[str, ConditionStatus] | None = None,
    unknown_as: ConditionStatus = ConditionStatus.FAILED,
    force_share_cap: float | None = None,
) -> tuple[SourcingProblem, int]:
    """The sourcing problem over every stored record, and the revision it reflects."""
    columns, revision = load_columns(registry)
    return from_columns(columns, assume, unknown_as, force_share_cap), revision
