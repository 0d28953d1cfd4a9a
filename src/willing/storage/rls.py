"""Row-level security on PostgreSQL: the visibility rule enforced by the database too.

The service filters every read in SQL and checks every record against `may_see`; these
policies are a second wall behind it, so that a bug in the service cannot return a hidden
row. Each transaction carries the viewer's codes in the `willing.tokens` setting (see
`engine.as_viewer`; `*` for the system), and a labelled row is visible when the setting is
`*`, or its label passes `_label_rule`: PUBLIC, owned by one of the codes, or releasable to
one (the SQL form of `may_see`, as `storage/visibility.py` writes it for the service).

Record tables keep `releasable_to` in a child table, and the record's other child tables
(lists, evidence) follow their record. Stored results and scenarios keep it comma-joined
in a column; a result is visible only when its own label and the label of every scenario
it ran over (`result_labels`) pass. Writes are not restricted (`WITH CHECK (true)`): the
store writes as the system, after the service has checked the writer's rights.

Two tables stay readable because a rule reads them, and a policy that hid their rows would
let the rule miss what it looks for: a record's `releasable_to` codes and `result_labels`
(the check "no scenario label the viewer fails" must see the labels he fails; a policy on
it that followed its result would also loop back to `results`, which PostgreSQL refuses).
Both hold only ids and label codes, never a record's or a result's content.

Superusers and roles with BYPASSRLS are not subject to policies: run Willing as an ordinary
role (the owner of the tables is subject to them, as they are forced).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from willing.domain.catalog import KINDS
from willing.storage.schema import CHILDREN, TABLES

POLICY = "willing_visible"

_SYSTEM = "coalesce(current_setting('willing.tokens', true), '*') = '*'"
_TOKENS = "string_to_array(current_setting('willing.tokens', true), ',')"

#: The tables of stored results and scenarios, whose `label_releasable_to` is comma-joined.
RESULTS = "results"
RESULT_LABELS = "result_labels"
SCENARIOS = "scenarios"


def _label_rule(row: str, released: str) -> str:
    """`may_see` over the label columns of `row` (a table name or alias), for the viewer
    in the setting; `released` is the condition "releasable to one of his codes". Never
    NULL, so that it may be negated."""
    return (
        f"({row}.label_classification = 'PUBLIC'"
        f" OR ({row}.label_owner IS NOT NULL AND {row}.label_owner = ANY({_TOKENS}))"
        f" OR coalesce({released}, false))"
    )


def _joined_rule(row: str) -> str:
    """`_label_rule` for a row whose `releasable_to` codes are joined by commas."""
    return _label_rule(row, f"string_to_array({row}.label_releasable_to, ',') && {_TOKENS}")


def _record_rule(kind: str) -> str:
    table = TABLES[kind].name
    releasable = CHILDREN[kind]["label.releasable_to"].name
    released = (
        f'"{table}".id IN (SELECT record_id FROM "{releasable}" WHERE value = ANY({_TOKENS}))'
    )
    quoted = f'"{table}"'
    return f"{_SYSTEM} OR {_label_rule(quoted, released)}"


def _result_rule() -> str:
    hidden_scenario = (
        f"EXISTS (SELECT 1 FROM {RESULT_LABELS} AS scenario_label"
        f" WHERE scenario_label.result_id = {RESULTS}.id"
        f" AND NOT {_joined_rule('scenario_label')})"
    )
    return f"{_SYSTEM} OR ({_joined_rule(RESULTS)} AND NOT {hidden_scenario})"


def _policy(table: str, rule: str) -> list[str]:
    return [
        f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY',
        f'ALTER TABLE "{table}" FORCE ROW LEVEL SECURITY',
        f'DROP POLICY IF EXISTS {POLICY} ON "{table}"',
        f'CREATE POLICY {POLICY} ON "{table}" USING ({rule}) WITH CHECK (true)',
    ]


def record_statements() -> list[str]:
    """The DDL that installs the policies on every record table and its child tables."""
    out: list[str] = []
    for kind in KINDS:
        table = TABLES[kind].name
        out += _policy(table, _record_rule(kind))
        for child in CHILDREN[kind].values():
            if child.name == CHILDREN[kind]["label.releasable_to"].name:
                continue  # the rule reads it (see the module's docstring)
            out += _policy(child.name, f'record_id IN (SELECT id FROM "{table}")')
    return out


def result_statements() -> list[str]:
    """The DDL that installs the policies on stored results and scenarios."""
    return [
        *_policy(RESULTS, _result_rule()),
        *_policy(SCENARIOS, f"{_SYSTEM} OR {_joined_rule(SCENARIOS)}"),
    ]


def statements() -> list[str]:
    """The DDL that installs every policy."""
    return [*record_statements(), *result_statements()]


def _record_tables() -> list[str]:
    return [
        t for kind in KINDS for t in (TABLES[kind].name, *(c.name for c in CHILDREN[kind].values()))
    ]


def install(conn: Connection, *, records: bool = True, results: bool = True) -> None:
    """Install (or refresh) the policies of record tables and/or result and scenario
    tables (a migration installs those its schema has); does nothing on other databases."""
    if conn.dialect.name != "postgresql":
        return
    chosen = (record_statements() if records else []) + (result_statements() if results else [])
    for statement in chosen:
        conn.execute(text(statement))


def remove(conn: Connection, *, records: bool = True, results: bool = True) -> None:
    """Drop the policies and switch row-level security off again."""
    if conn.dialect.name != "postgresql":
        return
    tables = (_record_tables() if records else []) + ([RESULTS, SCENARIOS] if results else [])
    for table in tables:
        conn.execute(text(f'DROP POLICY IF EXISTS {POLICY} ON "{table}"'))
        conn.execute(text(f'ALTER TABLE "{table}" NO FORCE ROW LEVEL SECURITY'))
        conn.execute(text(f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY'))
