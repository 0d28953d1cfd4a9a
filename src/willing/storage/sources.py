"""The text of stored sources, as ingestion looks it up: is an article already stored
(and visible to the one ingesting), and is a source id free."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Select, select

from willing.storage.schema import TABLES

table = TABLES["sources"]


def with_text(conn: Connection, text: str, among: Select[Any]) -> str | None:
    """The id of a source among `among` (a select of ids) whose text is exactly `text`."""
    stmt = select(table.c.id).where(table.c.text == text, table.c.id.in_(among))
    found = conn.execute(stmt).first()
    return None if found is None else str(found[0])


def texts(conn: Connection, among: Select[Any]) -> Iterator[tuple[str, str]]:
    """(id, text) of every source among `among` that has a text."""
    stmt = select(table.c.id, table.c.text).where(table.c.text.is_not(None), table.c.id.in_(among))
    for sid, body in conn.execute(stmt):
        yield str(sid), str(body)


def text_of(conn: Connection, source: str) -> str | None:
    """The text of one stored source (None when it has none or is not stored)."""
    found = conn.execute(select(table.c.text).where(table.c.id == source)).first()
    return None if found is None or found[0] is None else str(found[0])


def exists(conn: Connection, source: str) -> bool:
    """Whether a source of that id is stored (seen by the one asking or not)."""
    return conn.execute(select(table.c.id).where(table.c.id == source)).first() is not None
