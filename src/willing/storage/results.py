"""The `results` table: stored analysis results (plans, comparisons, Monte Carlo runs, ...)
and releases of their figures.

Each row carries the label of the run (or release) that made it in its `label_*` columns,
and `result_labels` holds the label of every stored scenario the run used. Reads take the
viewer's audience and filter in SQL (`storage/visibility.py`): a result is returned only
when the viewer may see its label and each of its scenarios' labels.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, exists, insert, not_, select

from willing.domain.labels import Classification, Label, may_see
from willing.storage import visibility
from willing.storage.engine import require_write
from willing.storage.schema import result_labels as labels_table
from willing.storage.schema import results as table
from willing.storage.visibility import Audience

#: The label of a result stored without one: only an administrator sees it, since nobody
#: knows whose view it was.
UNLABELLED = Label(classification=Classification.NATIONAL)


@dataclass(frozen=True)
class StoredResult:
    """One row, with its summary and body decoded and its label read from its columns."""

    id: str
    kind: str
    created_at: dt.datetime
    revision: int
    scenario: str | None
    inputs_hash: str
    summary: dict[str, Any]
    body: dict[str, Any]
    label: Label


def visible(audience: Audience) -> ColumnElement[bool] | None:
    """SQL condition on `results` selecting what a viewer holding `audience` may see (None
    for one who sees everything): its own label and no scenario label he may not see."""
    if audience is None:
        return None
    hidden_scenario = exists().where(
        labels_table.c.result_id == table.c.id,
        not_(visibility.visible(audience, labels_table.c)),
    )
    return and_(visibility.visible(audience, table.c), not_(hidden_scenario))


def _select(audience: Audience, kinds: Sequence[str] | None) -> Select[Any]:
    stmt = select(table)
    if kinds is not None:
        stmt = stmt.where(table.c.kind.in_(kinds))
    rule = visible(audience)
    return stmt if rule is None else stmt.where(rule)


def read(
    conn: Connection, rid: str, audience: Audience, kinds: Sequence[str] | None = None
) -> StoredResult | None:
    """One stored result by id (of one of `kinds`) the audience may see, or None: a hidden
    result is not told apart from a missing one."""
    row = conn.execute(_select(audience, kinds).where(table.c.id == rid)).mappings().first()
    found = None if row is None else _decoded(row)
    return found if found is not None and may_see(found.label, audience) else None


def listing(
    conn: Connection, kinds: Sequence[str], audience: Audience, *, newest_first: bool = False
) -> list[StoredResult]:
    """Stored results of `kinds` the audience may see, oldest (or newest) first."""
    order = (table.c.created_at, table.c.id)
    stmt = _select(audience, kinds).order_by(*(c.desc() for c in order) if newest_first else order)
    found = [_decoded(r) for r in conn.execute(stmt).mappings()]
    # the SQL is the rule; the pure one, on labels already read, costs nothing
    return [r for r in found if may_see(r.label, audience)]


def _decoded(row: Any) -> StoredResult:
    return StoredResult(
        id=row["id"],
        kind=row["kind"],
        created_at=row["created_at"],
        revision=int(row["revision"]),
        scenario=row["scenario"],
        inputs_hash=row["inputs_hash"],
        summary=json.loads(row["summary"]),
        body=json.loads(row["body"]),
        label=visibility.label_of(row),
    )


def add(
    conn: Connection,
    *,
    rid: str,
    kind: str,
    revision: int,
    scenario: str | None,
    inputs_hash: str,
    summary: dict[str, Any],
    body: dict[str, Any],
    label: Label,
    scenario_labels: Sequence[Label] = (),
    created_at: dt.datetime | None = None,
) -> None:
    """Insert one result labelled `label` (and the labels of the stored scenarios it ran
    over) inside the caller's write transaction (`Store.transaction`)."""
    require_write(conn)
    at = created_at if created_at is not None else dt.datetime.now(dt.UTC).replace(microsecond=0)
    conn.execute(
        insert(table).values(
            id=rid,
            kind=kind,
            created_at=at,
            revision=revision,
            scenario=scenario,
            inputs_hash=inputs_hash,
            summary=json.dumps(summary, default=str),
            body=json.dumps(body, default=str),
            **visibility.columns_of(label),
        )
    )
    if scenario_labels:
        conn.execute(
            insert(labels_table),
            [
                {"result_id": rid, "pos": pos, **visibility.columns_of(one)}
                for pos, one in enumerate(scenario_labels)
            ],
        )
