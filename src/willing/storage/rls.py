"""Row-level security on PostgreSQL: the visibility rule enforced by the database too.

The service filters every read in SQL and checks every record against `may_see`; these
policies are a second wall behind it, so that a bug in the service cannot return a hidden
row. Each transaction carries the viewer's codes in the `willing.tokens` setting (see
`engine.as_viewer`; `*` for the system), and a row of a record's table is visible when the
setting is `*`, the record is PUBLIC, its owner is one of the codes, or its
`releasable_to` list names one. A child table's rows (lists, evidence) follow their record.

Superusers and roles with BYPASSRLS are not subject to policies: run Willing as an ordinary
role (the owner of the tables is subject to them, as they are forced).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from willing.domain.catalog import KINDS
from willing.storage.schema import CHILDREN, TABLES

POLICY = "willing_visible"

_TOKENS = "string_to_array(current_setting('willing.tokens', true), ',')"


def _record_rule(kind: str) -> str:
    releasable = CHILDREN[kind]["label.releasable_to"].name
    return (
        "coalesce(current_setting('willing.tokens', true), '*') = '*'"
        " OR label_classification = 'PUBLIC'"
        f" OR label_owner = ANY({_TOKENS})"
        f' OR id IN (SELECT record_id FROM "{releasable}" WHERE value = ANY({_TOKENS}))'
    )


def statements() -> list[str]:
    """The DDL that installs the policies on every labelled table and its child tables."""
    out: list[str] = []
    for kind in KINDS:
        table = TABLES[kind].name
        out += [
            f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY',
            f'ALTER TABLE "{table}" FORCE ROW LEVEL SECURITY',
            f'DROP POLICY IF EXISTS {POLICY} ON "{table}"',
            f'CREATE POLICY {POLICY} ON "{table}" USING ({_record_rule(kind)}) WITH CHECK (true)',
        ]
        for child in CHILDREN[kind].values():
            if child.name == CHILDREN[kind]["label.releasable_to"].name:
                # the rule itself reads this table: keep it readable, it holds only codes
                continue
            out += [
                f'ALTER TABLE "{child.name}" ENABLE ROW LEVEL SECURITY',
                f'ALTER TABLE "{child.name}" FORCE ROW LEVEL SECURITY',
                f'DROP POLICY IF EXISTS {POLICY} ON "{child.name}"',
                f'CREATE POLICY {POLICY} ON "{child.name}" USING '
                f'(record_id IN (SELECT id FROM "{table}")) WITH CHECK (true)',
            ]
    return out


def install(conn: Connection) -> None:
    """Install (or refresh) the policies; does nothing on other databases."""
    if conn.dialect.name != "postgresql":
        return
    for statement in statements():
        conn.execute(text(statement))


def remove(conn: Connection) -> None:
    """Drop the policies and switch row-level security off again."""
    if conn.dialect.name != "postgresql":
        return
    for kind in KINDS:
        for table in (TABLES[kind].name, *(c.name for c in CHILDREN[kind].values())):
            conn.execute(text(f'DROP POLICY IF EXISTS {POLICY} ON "{table}"'))
            conn.execute(text(f'ALTER TABLE "{table}" NO FORCE ROW LEVEL SECURITY'))
            conn.execute(text(f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY'))
