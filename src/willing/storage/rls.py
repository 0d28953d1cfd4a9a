"""Row-level security on PostgreSQL: the visibility rule enforced by the database too.

The service filters every read in SQL and checks every record against `may_see`; these
policies are a second wall behind it, so that a bug in the service cannot return a hidden
row. Each transaction carries the viewer's codes in the `willing.tokens` setting (see
`engine.as_viewer`; `*` for the system), and a labelled row is visible when the setting is
`*`, or its label passes `_label_rule`: PUBLIC, owned by one of the codes, or releasable to
one (the SQL form of `may_see`, as `storage/visibility.py` writes it for the service).

Record tables keep `releasable_to` in a child table, and every child table (the
`releasable_to` codes, lists, evidence) follows its record. Stored results and scenarios
keep it comma-joined in a column; a result is visible only when its own label and the label
of every scenario it ran over (`result_labels`, which follows its result) pass. Writes are
not restricted (`WITH CHECK (true)`): the store writes as the system, after the service has
checked the writer's rights.

The rules of records and results must read child rows the viewer may not see (a record's
`releasable_to` codes decide whether he sees it; "no scenario label he fails" must find the
label he fails), while those child rows are hidden by policies that look back at the parent:
read directly, that would loop (PostgreSQL refuses the cycle, or recurses without end). So
the rules read them through functions (`_released`, one per record kind, and `_seen`), and
this is why that is sound:

- no recursion: a function keeps the viewer's codes, switches the setting to `*` for its
  reads (every policy then passes each row on its first test, without reading another
  table) and sets the codes back before it returns; the rule it applies to the rows is
  `_label_rule` over those kept codes, the one declaration of the rule;
- nothing to fool it with: it takes the viewer from the transaction's setting, never from
  an argument, and answers only about what that viewer may see. `_released` lists the
  records released to him (which he sees anyway); `_seen(id)` says whether he sees that
  one result, no alike for a hidden and a missing one, so calling either directly shows
  no more than reading the tables does (no hidden id, no code of a hidden row);
- no borrowed rights: it runs with the caller's (no SECURITY DEFINER; the table owner's
  FORCE and `row_security = off`, which raises instead of bypassing, need no getting
  round), names its tables with their schema and runs under a fixed `search_path`, so a
  caller's own objects (a temporary table of the same name) cannot stand in for them;
- the `*` never outlives it: if a read fails, the statement fails with it, and a rollback
  (to a savepoint too) restores the setting.

A function that changes a setting may not run in a parallel worker, so the functions are
left parallel-unsafe (the default) and reads of these tables run without parallel workers.

Superusers and roles with BYPASSRLS are not subject to policies: run Willing as an ordinary
role (the owner of the tables is subject to them, as they are forced). Migrations 0003 and
0007 installed the first form, in which the rules read the child tables directly and those
two tables therefore had no policy (`sealed=False`); 0009 installs this one.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from willing.domain.catalog import KINDS
from willing.storage.engine import SETTING
from willing.storage.schema import CHILDREN, TABLES

POLICY = "willing_visible"

_SYSTEM = f"coalesce(current_setting('{SETTING}', true), '*') = '*'"
_TOKENS = f"string_to_array(current_setting('{SETTING}', true), ',')"
#: The viewer's codes inside a rule function, which keeps them in `viewer`.
_KEPT = "string_to_array(viewer, ',')"

#: The tables of stored results and scenarios, whose `label_releasable_to` is comma-joined.
RESULTS = "results"
RESULT_LABELS = "result_labels"
SCENARIOS = "scenarios"


def _label_rule(row: str, released: str, tokens: str = _TOKENS) -> str:
    """`may_see` over the label columns of `row` (a table name or alias), for a viewer
    holding `tokens` (by default the one in the setting); `released` is the condition
    "releasable to one of his codes". Never NULL, so that it may be negated."""
    return (
        f"({row}.label_classification = 'PUBLIC'"
        f" OR ({row}.label_owner IS NOT NULL AND {row}.label_owner = ANY({tokens}))"
        f" OR coalesce({released}, false))"
    )


def _joined_rule(row: str, tokens: str = _TOKENS) -> str:
    """`_label_rule` for a row whose `releasable_to` codes are joined by commas."""
    released = f"string_to_array({row}.label_releasable_to, ',') && {tokens}"
    return _label_rule(row, released, tokens)


def _releasable(kind: str) -> str:
    return CHILDREN[kind]["label.releasable_to"].name


def _released_function(kind: str) -> str:
    return f"willing_released_{TABLES[kind].name}"


def _seen_function() -> str:
    return "willing_sees_result"


def _function(schema: str, head: str, compute: str, finish: str = "") -> str:
    """A rule function (see the module's docstring): `compute` reads as the system, with
    the viewer's codes kept in `viewer`; `finish` runs once they are set back."""
    return f"""
CREATE OR REPLACE FUNCTION "{schema}".{head}
LANGUAGE plpgsql STABLE SECURITY INVOKER SET search_path = pg_catalog, pg_temp
AS $rule$
DECLARE
    viewer text := coalesce(current_setting('{SETTING}', true), '*');
    seen boolean;
BEGIN
    PERFORM set_config('{SETTING}', '*', true);
    {compute};
    PERFORM set_config('{SETTING}', viewer, true);
    {finish}
END
$rule$"""


def _released(schema: str, kind: str) -> str:
    """The function listing the ids of records of `kind` releasable to one of the
    viewer's codes (records he sees, by the rule)."""
    releasable = f'"{schema}"."{_releasable(kind)}"'
    query = f"SELECT record_id::text FROM {releasable} WHERE value = ANY({_KEPT})"
    head = f"{_released_function(kind)}() RETURNS SETOF text"
    return _function(schema, head, f"RETURN QUERY {query}")


def _seen(schema: str) -> str:
    """The function telling whether the viewer sees the result `wanted`: it exists, he
    passes its own label and no label of a scenario it ran over is one he fails. It says
    no alike for a hidden and a missing result, so it tells him nothing he could not
    learn by reading the result."""
    own = (
        f'EXISTS (SELECT 1 FROM "{schema}".{RESULTS} AS result'
        f" WHERE result.id = wanted AND {_joined_rule('result', _KEPT)})"
    )
    failed = (
        f'EXISTS (SELECT 1 FROM "{schema}".{RESULT_LABELS} AS scenario_label'
        f" WHERE scenario_label.result_id = wanted"
        f" AND NOT {_joined_rule('scenario_label', _KEPT)})"
    )
    head = f"{_seen_function()}(wanted text) RETURNS boolean"
    return _function(schema, head, f"seen := {own} AND NOT {failed}", "RETURN seen;")


def _record_rule(schema: str, kind: str, *, sealed: bool) -> str:
    table = f'"{TABLES[kind].name}"'
    if sealed:
        source = f'SELECT "{schema}".{_released_function(kind)}()'
    else:
        source = f'SELECT record_id FROM "{_releasable(kind)}" WHERE value = ANY({_TOKENS})'
    return f"{_SYSTEM} OR {_label_rule(table, f'{table}.id IN ({source})')}"


def _result_rule(schema: str, *, sealed: bool) -> str:
    if sealed:  # the function repeats the own label's check, after this cheaper one
        return (
            f"{_SYSTEM} OR ({_joined_rule(RESULTS)}"
            f' AND "{schema}".{_seen_function()}({RESULTS}.id))'
        )
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


def _unpolicy(table: str) -> list[str]:
    return [
        f'DROP POLICY IF EXISTS {POLICY} ON "{table}"',
        f'ALTER TABLE "{table}" NO FORCE ROW LEVEL SECURITY',
        f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY',
    ]


def _follows(parent: str, key: str, *, sealed: bool) -> str:
    """The rule of a child row: its parent is visible (read through the parent's policy)."""
    follows = f'{key} IN (SELECT id FROM "{parent}")'
    return f"{_SYSTEM} OR {follows}" if sealed else follows


def record_statements(schema: str, *, sealed: bool = True) -> list[str]:
    """The DDL that installs the policies on every record table and its child tables."""
    out = [_released(schema, kind) for kind in KINDS] if sealed else []
    for kind in KINDS:
        table = TABLES[kind].name
        out += _policy(table, _record_rule(schema, kind, sealed=sealed))
        for child in CHILDREN[kind].values():
            if child.name == _releasable(kind) and not sealed:
                out += _unpolicy(child.name)  # the first form's rule read it directly
                continue
            out += _policy(child.name, _follows(table, "record_id", sealed=sealed))
    return out


def result_statements(schema: str, *, sealed: bool = True) -> list[str]:
    """The DDL that installs the policies on stored results and scenarios."""
    if sealed:
        follows = _follows(RESULTS, "result_id", sealed=True)
        labels = [_seen(schema), *_policy(RESULT_LABELS, follows)]
    else:
        labels = _unpolicy(RESULT_LABELS)
    return [
        *labels,
        *_policy(RESULTS, _result_rule(schema, sealed=sealed)),
        *_policy(SCENARIOS, f"{_SYSTEM} OR {_joined_rule(SCENARIOS)}"),
    ]


def statements(schema: str, *, sealed: bool = True) -> list[str]:
    """The DDL that installs every policy (and the rule functions they call)."""
    return [
        *record_statements(schema, sealed=sealed),
        *result_statements(schema, sealed=sealed),
    ]


def _functions(schema: str, *, records: bool, results: bool) -> list[str]:
    names = [_released_function(kind) for kind in KINDS] if records else []
    names = [f"{name}()" for name in names]
    names += [f"{_seen_function()}(text)"] if results else []
    return [f'DROP FUNCTION IF EXISTS "{schema}".{name}' for name in names]


def _record_tables() -> list[str]:
    return [
        t for kind in KINDS for t in (TABLES[kind].name, *(c.name for c in CHILDREN[kind].values()))
    ]


def _schema(conn: Connection) -> str:
    schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    return str(schema)


def install(
    conn: Connection, *, records: bool = True, results: bool = True, sealed: bool = True
) -> None:
    """Install (or refresh) the policies of record tables and/or result and scenario
    tables (a migration installs those its schema has); `sealed=False` installs the first
    form, in which `releasable_to` and `result_labels` had no policy, and drops the rule
    functions it does not call. Does nothing on other databases."""
    if conn.dialect.name != "postgresql":
        return
    schema = _schema(conn)
    chosen = (record_statements(schema, sealed=sealed) if records else []) + (
        result_statements(schema, sealed=sealed) if results else []
    )
    if not sealed:  # after the policies that called them are replaced
        chosen += _functions(schema, records=records, results=results)
    for statement in chosen:
        conn.execute(text(statement))


def remove(conn: Connection, *, records: bool = True, results: bool = True) -> None:
    """Drop the policies and rule functions and switch row-level security off again."""
    if conn.dialect.name != "postgresql":
        return
    tables = (_record_tables() if records else []) + (
        [RESULTS, RESULT_LABELS, SCENARIOS] if results else []
    )
    chosen = [s for table in tables for s in _unpolicy(table)]
    chosen += _functions(_schema(conn), records=records, results=results)
    for statement in chosen:
        conn.execute(text(statement))
