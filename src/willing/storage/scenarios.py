"""The `scenarios` table: scenario documents stored beside the built-in ones, each with its
label in columns, so that a viewer's read selects only what he may see, in SQL
(`storage/visibility.py`). What a scenario means, its key and namespace, are decided by
`willing.scenarios.stored`; this module only keeps the rows."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select

from willing.domain.labels import Label
from willing.storage import visibility
from willing.storage.engine import require_write
from willing.storage.schema import scenarios as table
from willing.storage.visibility import Audience


@dataclass(frozen=True)
class StoredScenario:
    """One row: its key, its decoded JSON document and the label its columns hold."""

    key: str
    body: Any
    label: Label


def listing(conn: Connection, audience: Audience) -> list[StoredScenario]:
    """Every stored scenario a viewer holding `audience` may see, by key."""
    stmt = select(table).order_by(table.c.id)
    if audience is not None:
        stmt = stmt.where(visibility.visible(audience, table.c))
    return [
        StoredScenario(str(row["id"]), json.loads(row["body"]), visibility.label_of(row))
        for row in conn.execute(stmt).mappings()
    ]


def replace(
    conn: Connection,
    *,
    remove: Sequence[str],
    key: str,
    title: str | None,
    body: dict[str, Any],
    label: Label,
) -> None:
    """Delete the rows keyed `remove` and store one scenario, inside the caller's write
    transaction (`Store.transaction`)."""
    require_write(conn)
    if remove:
        conn.execute(delete(table).where(table.c.id.in_(remove)))
    conn.execute(
        insert(table).values(
            id=key,
            title=title,
            body=json.dumps(body),
            created_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
            **visibility.columns_of(label),
        )
    )


def count(conn: Connection) -> int:
    """How many scenarios are stored, whoever may see them."""
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())
