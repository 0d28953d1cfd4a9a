"""Turning records into rows of the derived tables and back, in bulk."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Select, func, select

from willing.domain.catalog import KINDS
from willing.domain.fields import fields_of
from willing.domain.labels import Classification, Label
from willing.domain.records import Evidence, Record
from willing.storage.schema import CHILDREN, TABLES

LABEL = "label.releasable_to"


def _dump(value: Any) -> Any:
    return value.value if hasattr(value, "value") and not isinstance(value, str | int) else value


def to_rows(
    kind: str, records: Sequence[Record]
) -> tuple[list[dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """Main-table rows and child-table rows (by field) for `records` of one kind."""
    main: list[dict[str, Any]] = []
    children: dict[str, list[dict[str, Any]]] = defaultdict(list)
    specs = fields_of(KINDS[kind])
    for record in records:
        row: dict[str, Any] = {"id": record.id}
        for spec in specs:
            value = getattr(record, spec.name)
            if spec.name == "id":
                continue
            if spec.shape == "scalar":
                row[spec.name] = _dump(value)
            elif spec.shape == "list":
                children[spec.name].extend(
                    {"record_id": record.id, "pos": i, "value": _dump(v)}
                    for i, v in enumerate(value)
                )
            elif spec.shape == "model_list":
                children[spec.name].extend(
                    {"record_id": record.id, "pos": i, **{k: _dump(x) for k, x in item}}
                    for i, item in enumerate(value)
                )
            else:  # the label
                row["label_policy"] = value.policy
                row["label_classification"] = value.classification.value
                row["label_owner"] = value.owner
                children[LABEL].extend(
                    {"record_id": record.id, "pos": i, "value": v}
                    for i, v in enumerate(value.releasable_to)
                )
        main.append(row)
    return main, children


#: Records turned into rows at a time: a large import never holds all its rows at once.
BATCH = 5_000


def insert(conn: Connection, kind: str, records: Sequence[Record]) -> None:
    """Insert records of one kind with one executemany per table and batch of records."""
    for start in range(0, len(records), BATCH):
        main, children = to_rows(kind, records[start : start + BATCH])
        conn.execute(TABLES[kind].insert(), main)
        for name, rows in children.items():
            if rows:
                conn.execute(CHILDREN[kind][name].insert(), rows)


def _child_values(
    conn: Connection, kind: str, name: str, ids: Select[Any] | None
) -> dict[str, list[Any]]:
    table = CHILDREN[kind][name]
    stmt = select(table)
    if ids is not None:
        stmt = stmt.where(table.c.record_id.in_(ids))
    stmt = stmt.order_by(table.c.record_id, table.c.pos)
    out: dict[str, list[Any]] = defaultdict(list)
    value_cols = [c.name for c in table.columns if c.name not in ("record_id", "pos")]
    single = value_cols == ["value"]
    for row in conn.execute(stmt).mappings():
        out[row["record_id"]].append(row["value"] if single else {c: row[c] for c in value_cols})
    return out


def read(conn: Connection, kind: str, ids: Select[Any] | None = None) -> list[Record]:
    """Records of `kind` whose ids are selected by `ids` (all when None), in id order.

    One query per table, however many records: set-based, never one query per row.
    """
    model = KINDS[kind]
    table = TABLES[kind]
    stmt = select(table)
    if ids is not None:
        stmt = stmt.where(table.c.id.in_(ids))
    order = table.c.id.collate("C") if conn.dialect.name == "postgresql" else table.c.id
    rows = list(conn.execute(stmt.order_by(order)).mappings())
    if not rows:
        return []
    lists = {name: _child_values(conn, kind, name, ids) for name in CHILDREN[kind]}
    records: list[Record] = []
    for row in rows:
        data: dict[str, Any] = {}
        rid = row["id"]
        for spec in fields_of(model):
            if spec.shape == "scalar":
                value = row[spec.name]
                if value is not None or spec.optional:
                    data[spec.name] = value
            elif spec.shape in ("list", "model_list"):
                data[spec.name] = lists[spec.name].get(rid, [])
        data["label"] = {
            "policy": row["label_policy"],
            "classification": row["label_classification"],
            "owner": row["label_owner"],
            "releasable_to": lists[LABEL].get(rid, []),
        }
        data["evidence"] = [_strip_none(e) for e in lists["evidence"].get(rid, [])]
        records.append(model.model_validate(data))
    return records


def _strip_none(item: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if v is not None}


def all_ids(conn: Connection, kinds: Iterable[str] = KINDS) -> dict[str, set[str]]:
    """Every stored id per kind (for reference checks before a write)."""
    return {kind: set(conn.execute(select(TABLES[kind].c.id)).scalars()) for kind in kinds}


def restricted_labels(
    conn: Connection, kinds: Iterable[str] = KINDS
) -> dict[str, dict[str, Label]]:
    """The label of every stored record that is not PUBLIC, per kind (for the audience check)."""
    out: dict[str, dict[str, Label]] = {}
    for kind in kinds:
        table = TABLES[kind]
        restricted = table.c.label_classification != Classification.PUBLIC.value
        heads = conn.execute(
            select(
                table.c.id, table.c.label_policy, table.c.label_classification, table.c.label_owner
            ).where(restricted)
        ).all()
        out[kind] = {}
        if not heads:
            continue
        child = CHILDREN[kind][LABEL]
        codes: dict[str, list[str]] = defaultdict(list)
        for rid, code in conn.execute(
            select(child.c.record_id, child.c.value)
            .where(child.c.record_id.in_(select(table.c.id).where(restricted)))
            .order_by(child.c.record_id, child.c.pos)
        ):
            codes[rid].append(code)
        for rid, policy, classification, owner in heads:
            out[kind][rid] = Label(
                policy=policy,
                classification=classification,
                owner=owner,
                releasable_to=codes.get(rid, []),
            )
    return out


def source_texts(conn: Connection, ids: Iterable[str]) -> dict[str, str | None]:
    """The text of each stored source among `ids` (None when it has none)."""
    table = TABLES["sources"]
    wanted = sorted(set(ids))
    out: dict[str, str | None] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        stmt = select(table.c.id, table.c.text).where(table.c.id.in_(chunk))
        for rid, text in conn.execute(stmt):
            out[rid] = text
    return out


def member_links(conn: Connection) -> dict[str, list[str]]:
    """Every stored party's groups (`member_of`), by party code."""
    child = CHILDREN["parties"]["member_of"]
    out: dict[str, list[str]] = defaultdict(list)
    for rid, group in conn.execute(
        select(child.c.record_id, child.c.value).order_by(child.c.record_id, child.c.pos)
    ):
        out[rid].append(group)
    return dict(out)


def append_evidence(conn: Connection, kind: str, rid: str, evidence: Evidence) -> None:
    """Add one evidence item after the last of a stored record's (a reviewed draft's span
    cited by a record that already exists), inside the caller's write transaction."""
    child = CHILDREN[kind]["evidence"]
    last = conn.execute(
        select(func.coalesce(func.max(child.c.pos), -1)).where(child.c.record_id == rid)
    ).scalar_one()
    conn.execute(child.insert().values(record_id=rid, pos=last + 1, **evidence.model_dump()))
