"""Read sourcing inputs from the database into arrays with a few set-based queries.

A viewer's plan is computed over the records the viewer may see (an administrator's over
everything), so nothing hidden from the viewer can move any figure it is shown: every
table is cut to the ids `registry.visible_ids` selects (in SQL by `read_columns`, in
numpy from the snapshot by `load_columns`). References from a visible
record to hidden ones are read so that hiding never widens what a pledge may do:

- a condition the viewer may not see stays on the pledge as `HIDDEN_CONDITION`, never
  met (dropping it would make the pledge unconditional);
- hidden locations are dropped from a pledge's list, and a list naming only hidden ones
  becomes `HIDDEN_LOCATION`, where no line is (an empty list means anywhere);
- a hidden parent location counts as none; a substitution naming a hidden capability is
  dropped.

Every record's inputs are read once per registry state and stored as a columnar
snapshot (`snapshot`), so a fresh process reads one blob instead of every row; a
viewer's columns are cut from it by the viewer's visible ids, with the rules above.
Columns are kept in memory per store, registry revision and viewer visibility until a
write moves the revision (`load_columns`). Rows come back as plain DB-API tuples; no
record object is built per row.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import numpy as np
from sqlalchemy import ColumnElement, Connection, Engine, Select, Table, case, func, select
from sqlalchemy.exc import DBAPIError

from willing.domain.enums import ConditionStatus
from willing.services.access import Registry
from willing.sourcing import snapshot
from willing.sourcing.problem import LAYERS, IntArray, SourcingProblem
from willing.sourcing.records import (
    CAPABILITY_FIELDS,
    PLEDGE_FIELDS,
    REQUIREMENT_FIELDS,
    Columns,
    from_columns,
)
from willing.sourcing.snapshot import Arrays
from willing.storage import audit, snapshots
from willing.storage.engine import as_viewer
from willing.storage.schema import CHILDREN, TABLES
from willing.storage.store import Store

#: The condition a visible pledge waits on when the viewer may not see it: never met.
HIDDEN_CONDITION = "(condition not released to you)"
#: Where a pledge may deploy when every location it names is hidden from the viewer.
HIDDEN_LOCATION = "(locations not released to you)"
#: Kinds the plan reads, each filtered to what the viewer may see.
KINDS_READ = ("pledges", "requirements", "capabilities", "locations", "phases", "conditions")


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


def _table(
    conn: Connection,
    table: Table,
    names: Sequence[str],
    where: ColumnElement[bool] | None = None,
) -> dict[str, Sequence[Any]]:
    stmt = select(*(table.c[n] for n in names)).order_by(table.c.id)
    rows = _fetch(conn, stmt if where is None else stmt.where(where))
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in names]
    return dict(zip(names, columns, strict=True))


def _joined(field: str, seen: Seen) -> Select[Any]:
    """Each pledge's items of a list field joined into one comma-separated text (ids never
    hold commas), so one row per pledge comes back instead of one per item."""
    child = CHILDREN["pledges"][field]
    stmt = select(child.c.record_id, func.aggregate_strings(child.c.value, ",")).group_by(
        child.c.record_id
    )
    return stmt if seen is None else stmt.where(child.c.record_id.in_(seen["pledges"]))


def _layer_mask(seen: Seen) -> Select[Any]:
    """Each pledge's layers as a bit mask over LAYERS, summed in SQL."""
    child = CHILDREN["pledges"]["layers"]
    bit = case(*((child.c.value == name, 1 << i) for i, name in enumerate(LAYERS)), else_=0)
    stmt = select(child.c.record_id, func.sum(bit)).group_by(child.c.record_id)
    return stmt if seen is None else stmt.where(child.c.record_id.in_(seen["pledges"]))


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


#: The visible ids of each kind as SQL subqueries (None for an administrator).
Seen = Mapping[str, Select[Any]] | None


def _visible(registry: Registry) -> Seen:
    if registry.tokens is None:
        return None
    return {kind: registry.visible_ids(kind) for kind in KINDS_READ}


def _where(seen: Seen, kind: str) -> ColumnElement[bool] | None:
    return None if seen is None else TABLES[kind].c.id.in_(seen[kind])


def _pledges(
    conn: Connection, seen: Seen, ids_of: Mapping[str, frozenset[str]]
) -> tuple[dict[str, Sequence[Any]], list[tuple[list[int], list[str]]]]:
    """Pledge columns, and their list fields aggregated to one row per pledge in SQL
    (separate queries: cheaper in SQLite than joining the aggregates)."""
    pledges = _table(conn, TABLES["pledges"], PLEDGE_FIELDS, _where(seen, "pledges"))
    ids = pledges["id"]
    pairs: list[tuple[list[int], list[str]]] = []
    for stmt, unpack in (
        (_layer_mask(seen), _mask_pairs),
        (_joined("locations", seen), _split),
        (_joined("conditions", seen), _split),
    ):
        rows = _fetch(conn, stmt)
        if not rows:
            pairs.append(([], []))
            continue
        records, values = zip(*rows, strict=True)
        pairs.append(unpack(_rows_of(ids, records), values))
    if seen is not None:
        layers, locations, conditions = pairs
        pairs = [layers, _seen_locations(locations, ids_of["locations"]), conditions]
        pairs[2] = (
            conditions[0],
            [c if c in ids_of["conditions"] else HIDDEN_CONDITION for c in conditions[1]],
        )
    return pledges, pairs


def _seen_locations(
    pairs: tuple[list[int], list[str]], shown: frozenset[str]
) -> tuple[list[int], list[str]]:
    """A pledge's locations without hidden ones; HIDDEN_LOCATION for a pledge that named
    only hidden ones (so that it deploys nowhere rather than anywhere)."""
    rows, values = pairs
    named = set(rows)
    kept = [(r, v) for r, v in zip(rows, values, strict=True) if v in shown]
    left = {r for r, _ in kept}
    kept += [(r, HIDDEN_LOCATION) for r in sorted(named - left)]
    return [r for r, _ in kept], [v for _, v in kept]


def _ids(conn: Connection, seen: Seen) -> dict[str, frozenset[str]]:
    if seen is None:
        return {}
    return {kind: frozenset(str(row[0]) for row in _fetch(conn, seen[kind])) for kind in KINDS_READ}


def _read(conn: Connection, seen: Seen) -> Columns:
    """Every sourcing input `seen` selects (everything when None), as columns, in SQL."""
    ids_of = _ids(conn, seen)
    pledges, (layers, locations, conditions) = _pledges(conn, seen, ids_of)
    subs = CHILDREN["capabilities"]["substitutes"]
    cap_ids = list(
        _table(conn, TABLES["capabilities"], ("id",), _where(seen, "capabilities"))["id"]
    )
    sub_rows = _fetch(conn, select(subs.c.record_id, subs.c.for_capability, subs.c.ratio))
    lookup = {c: i for i, c in enumerate(cap_ids)}
    # a substitution from or for a capability the viewer may not see is dropped
    sub_rows = [r for r in sub_rows if r[0] in lookup and r[1] in lookup]
    location_table = dict(
        _table(conn, TABLES["locations"], ("id", "parent"), _where(seen, "locations"))
    )
    condition_table = dict(
        _table(conn, TABLES["conditions"], ("id", "status"), _where(seen, "conditions"))
    )
    if seen is not None:
        shown = ids_of["locations"]
        location_table["parent"] = [p if p in shown else None for p in location_table["parent"]]
        if HIDDEN_CONDITION in conditions[1]:
            condition_table = {
                "id": [*condition_table["id"], HIDDEN_CONDITION],
                "status": [*condition_table["status"], ConditionStatus.FAILED.value],
            }
        if HIDDEN_LOCATION in locations[1]:
            location_table = {
                "id": [*location_table["id"], HIDDEN_LOCATION],
                "parent": [*location_table["parent"], None],
            }
    return Columns(
        pledges=pledges,
        pledge_layers=layers,
        pledge_locations=locations,
        pledge_conditions=conditions,
        requirements=_table(
            conn, TABLES["requirements"], REQUIREMENT_FIELDS, _where(seen, "requirements")
        ),
        capabilities=_table(
            conn, TABLES["capabilities"], CAPABILITY_FIELDS, _where(seen, "capabilities")
        ),
        substitutes=(
            [lookup[r[0]] for r in sub_rows],
            [r[1] for r in sub_rows],
            [float(r[2]) for r in sub_rows],
        ),
        locations=location_table,
        phases=_table(
            conn, TABLES["phases"], ("id", "order", "deadline_days"), _where(seen, "phases")
        ),
        conditions=condition_table,
    )


def read_columns(registry: Registry) -> Columns:
    """The viewer's columns read row by row in SQL, every table filtered by
    `registry.visible_ids`: the reference the snapshot path is checked against."""
    with as_viewer(None), _connect(registry.store.engine) as conn:
        return _read(conn, _visible(registry))


@contextmanager
def _connect(engine: Engine) -> Iterator[Connection]:
    """A read connection whose statements all see one state of the registry (SQLite's
    read transaction does; PostgreSQL needs REPEATABLE READ for it)."""
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        yield conn


#: Columns kept per engine, keyed by (revision, viewer visibility); a few entries each.
_CACHE: weakref.WeakKeyDictionary[Engine, OrderedDict[tuple[int, frozenset[str] | None], Columns]]
_CACHE = weakref.WeakKeyDictionary()
_CACHE_ENTRIES = 8
#: The newest snapshot's arrays per engine, with the audit head they were read at.
_ARRAYS: weakref.WeakKeyDictionary[Engine, tuple[tuple[int, str], Arrays]]
_ARRAYS = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def _arrays(store: Store, conn: Connection, head: tuple[int, str]) -> tuple[Arrays, bytes | None]:
    """Every record's plan inputs at `head`: kept in memory, else the stored snapshot,
    else read in SQL (then also returned as an archive for the caller to store)."""
    with _LOCK:
        kept = _ARRAYS.get(store.engine)
    if kept is not None and kept[0] == head:
        return kept[1], None
    found = snapshots.find(conn, head, snapshot.LAYOUT)
    archive = None
    if found is not None:
        arrays = snapshot.loads(found)
    else:
        arrays = snapshot.to_arrays(_read(conn, None))
        archive = snapshot.dumps(arrays)
    with _LOCK:
        _ARRAYS[store.engine] = (head, arrays)
    return arrays, archive


def _keep(store: Store, head: tuple[int, str], archive: bytes) -> None:
    """Store the snapshot for the next process; a database that refuses the write (read
    only, or busy past its timeout) only means the next process reads in SQL again."""
    try:
        with store.transaction() as conn:
            snapshots.keep(conn, head, snapshot.LAYOUT, archive)
    except DBAPIError:
        pass


def load_columns(registry: Registry) -> tuple[Columns, int]:
    """Every sourcing input the viewer may see as columns, with the registry revision they
    were read at.

    Every record's inputs are read once per registry state (the audit head): from the
    snapshot the first reader after a write stored, else in SQL (and the snapshot is
    stored). A viewer's columns are cut from them by `registry.visible_ids`. Columns are
    kept per store (its engine), revision and viewer visibility (`registry.tokens`), so
    two viewers never share an entry and a write, which moves the revision, makes the
    next read fresh. Callers must not change the columns they get.
    """
    store = registry.store
    with as_viewer(None), _connect(store.engine) as conn:
        head = audit.head(conn)
        key = (head[0], registry.tokens)
        with _LOCK:
            kept = _CACHE.setdefault(store.engine, OrderedDict())
            hit = kept.get(key)
            if hit is not None:
                kept.move_to_end(key)
                return hit, head[0]
        arrays, archive = _arrays(store, conn, head)
        seen = _visible(registry)
        if seen is not None:
            arrays = snapshot.restrict(
                arrays,
                _ids(conn, seen),
                HIDDEN_CONDITION,
                HIDDEN_LOCATION,
                ConditionStatus.FAILED.value,
            )
    if archive is not None:
        _keep(store, head, archive)
    columns = snapshot.to_columns(arrays)
    with _LOCK:
        kept[key] = columns
        while len(kept) > _CACHE_ENTRIES:
            kept.popitem(last=False)
    return columns, head[0]


def load_problem(
    registry: Registry,
    assume: Mapping[str, ConditionStatus] | None = None,
    unknown_as: ConditionStatus = ConditionStatus.FAILED,
    force_share_cap: float | None = None,
) -> tuple[SourcingProblem, int]:
    """The sourcing problem over the records the viewer may see, and the revision it
    reflects."""
    columns, revision = load_columns(registry)
    return from_columns(columns, assume, unknown_as, force_share_cap), revision
