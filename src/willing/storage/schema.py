"""Tables derived from the entity declarations, plus the tables of analysis and review.

Each kind gets a main table (scalar fields as columns, the label flattened into
`label_*` columns) and one child table per list field, `<kind>__<field>`, keyed by
(record_id, pos). Lists of sub-models get one column per sub-field. Nothing here
restates the domain by hand: change an entity and the schema follows (with a migration).
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

from pydantic import BaseModel
from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)
from sqlalchemy.types import TypeEngine

from willing.domain.catalog import KINDS
from willing.domain.fields import FieldSpec, fields_of
from willing.domain.labels import Label
from willing.domain.records import Evidence

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)

#: Scalar fields whose names collide with SQL words are still plain column names:
#: SQLAlchemy quotes them.
_ID = String(120)


def sql_type(spec: FieldSpec) -> TypeEngine[Any]:
    """Column type of a scalar field; long texts get TEXT, enums their longest value."""
    tp = spec.py_type
    if issubclass(tp, Enum):
        return String(max(len(str(m.value)) for m in tp))
    if tp is bool:
        return Boolean()
    if tp is int:
        return Integer()
    if tp is float:
        return Float()
    if tp is dt.date:
        return Date()
    if spec.ref is not None:
        return _ID
    return Text()


def _fk(target: str, **kw: Any) -> ForeignKey:
    """Foreign keys are checked at commit, so an import may hold cycles (sources <-> parties)."""
    return ForeignKey(target, deferrable=True, initially="DEFERRED", **kw)


def _ref_column(name: str, target: str | None, nullable: bool) -> Column[Any]:
    if target is None:
        return Column(name, Text(), nullable=nullable)
    return Column(name, _ID, _fk(f"{target}.id"), nullable=nullable)


def _child_table(kind: str, field: str, value_columns: list[Column[Any]]) -> Table:
    """Child table for a list field: one row per item, ordered by `pos`."""
    table = Table(
        f"{kind}__{field}",
        metadata,
        Column(
            "record_id",
            _ID,
            _fk(f"{kind}.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column("pos", Integer(), primary_key=True, autoincrement=False),
        *value_columns,
    )
    return table


def _submodel_columns(model: type[BaseModel]) -> list[Column[Any]]:
    cols: list[Column[Any]] = []
    for spec in fields_of(model):
        if spec.shape != "scalar":
            raise TypeError(f"{model.__name__}.{spec.name}: nested lists are not stored")
        if spec.ref is not None:
            cols.append(_ref_column(spec.name, spec.ref, spec.optional))
        else:
            cols.append(Column(spec.name, sql_type(spec), nullable=spec.optional))
    return cols


def _build_kind(kind: str) -> tuple[Table, dict[str, Table]]:
    model = KINDS[kind]
    columns: list[Column[Any]] = [Column("id", _ID, primary_key=True)]
    children: dict[str, Table] = {}
    for spec in fields_of(model):
        if spec.name == "id":
            continue
        if spec.shape == "scalar":
            if spec.ref is not None:
                columns.append(_ref_column(spec.name, spec.ref, spec.optional))
            else:
                columns.append(Column(spec.name, sql_type(spec), nullable=spec.optional))
        elif spec.shape == "list":
            value = (
                _ref_column("value", spec.ref, False)
                if spec.ref is not None
                else Column("value", sql_type(spec), nullable=False)
            )
            children[spec.name] = _child_table(kind, spec.name, [value])
        elif spec.shape == "model_list":
            assert spec.model is not None
            children[spec.name] = _child_table(kind, spec.name, _submodel_columns(spec.model))
        elif spec.model is Label:
            columns += [
                Column("label_policy", String(40), nullable=False),
                Column("label_classification", String(20), nullable=False),
                _ref_column("label_owner", "parties", True),
            ]
            children["label.releasable_to"] = _child_table(
                kind, "label_releasable_to", [_ref_column("value", "parties", False)]
            )
        else:
            raise TypeError(f"{kind}.{spec.name}: unsupported nested model {spec.model}")
    table = Table(kind, metadata, *columns)
    return table, children


assert any(s.model is Evidence for s in fields_of(KINDS["pledges"]))

#: Main table of each kind.
TABLES: dict[str, Table] = {}
#: Child tables of each kind, keyed by field name ("label.releasable_to" for the label).
CHILDREN: dict[str, dict[str, Table]] = {}
for _kind in KINDS:
    TABLES[_kind], CHILDREN[_kind] = _build_kind(_kind)

Index("ix_pledges_capability", TABLES["pledges"].c.capability)
Index("ix_pledges_party", TABLES["pledges"].c.party)
Index("ix_requirements_capability", TABLES["requirements"].c.capability)
for _kind, _children in CHILDREN.items():
    for _name, _child in _children.items():
        if "value" in _child.c and _name in ("label.releasable_to", "conditions", "locations"):
            Index(f"ix_{_child.name}_value", _child.c.value)


# --- the registry's own bookkeeping -------------------------------------------------

#: Append-only, hash-chained log: one entry per write transaction.
audit = Table(
    "audit",
    metadata,
    Column("seq", Integer(), primary_key=True, autoincrement=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor", String(120), nullable=False),
    Column("action", String(40), nullable=False),
    Column("detail", Text(), nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Column("changes", String(64), nullable=True, doc="Digest of the versions this write added."),
    Column("state", String(64), nullable=True, doc="Digest of every record after the write."),
    Column("key_id", String(32), nullable=True, doc="Key whose signature the entry carries."),
    Column("signature", Text(), nullable=True, doc="Ed25519 signature of the entry's hash."),
)

#: Every version of every record: the history, and what the audit digests are checked on.
versions = Table(
    "versions",
    metadata,
    Column("kind", String(40), primary_key=True),
    Column("record_id", _ID, primary_key=True),
    Column("version", Integer(), primary_key=True, autoincrement=False),
    Column("revision", Integer(), nullable=False, doc="Audit entry (registry revision)."),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor", String(120), nullable=False),
    Column("op", String(20), nullable=False, doc="create, update or delete."),
    Column("digest", String(64), nullable=True, doc="Digest of the record; none if deleted."),
    Column("body", Text(), nullable=True, doc="The record's canonical JSON; none if deleted."),
)
Index("ix_versions_revision", versions.c.revision)


def label_columns() -> list[Column[Any]]:
    """A label as columns of a stored result or scenario, filtered in SQL
    (`storage/visibility.py`); `releasable_to` holds the codes joined by commas."""
    return [
        Column("label_policy", String(40), nullable=False),
        Column("label_classification", String(20), nullable=False),
        Column("label_owner", String(120), nullable=True),
        Column("label_releasable_to", Text(), nullable=False, doc="Codes joined by commas."),
    ]


#: Stored analysis results (plans, scenario comparisons, Monte Carlo runs, releases, ...),
#: labelled for the audience of the run (or release) that made them.
results = Table(
    "results",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("kind", String(40), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("revision", Integer(), nullable=False, doc="Registry revision (audit seq) used."),
    Column("scenario", String(120), nullable=True),
    Column("inputs_hash", String(64), nullable=False),
    Column("summary", Text(), nullable=False, doc="JSON summary safe to list."),
    Column("body", Text(), nullable=False, doc="JSON body; filtered per viewer on read."),
    *label_columns(),
)

#: The label of each stored scenario a result was computed over: a viewer sees the result
#: only when he may see its own label and every one of these.
result_labels = Table(
    "result_labels",
    metadata,
    Column(
        "result_id",
        String(64),
        ForeignKey("results.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("pos", Integer(), primary_key=True, autoincrement=False),
    *label_columns(),
)

#: Stored scenarios, as validated YAML/JSON documents, with the scenario's label.
scenarios = Table(
    "scenarios",
    metadata,
    Column("id", String(120), primary_key=True),
    Column("title", Text(), nullable=True),
    Column("body", Text(), nullable=False, doc="JSON of the scenario definition."),
    Column("created_at", DateTime(timezone=True), nullable=False),
    *label_columns(),
)

#: Draft records proposed by news ingestion, waiting for review.
drafts = Table(
    "drafts",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("source_id", _ID, _fk("sources.id"), nullable=False),
    Column("item_type", String(40), nullable=False),
    Column("payload", Text(), nullable=False, doc="JSON of the proposed item."),
    Column("span_start", Integer(), nullable=True),
    Column("span_end", Integer(), nullable=True),
    Column("quote", Text(), nullable=True),
    Column("confidence", Float(), nullable=False),
    Column("status", String(20), nullable=False, doc="pending, accepted, rejected, linked."),
    Column("record_kind", String(40), nullable=True),
    Column("record_id", _ID, nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("reviewed_at", DateTime(timezone=True), nullable=True),
    Column("reviewer", String(120), nullable=True),
)
Index("ix_drafts_status", drafts.c.status)

#: Disagreements between sources about one fact.
conflicts = Table(
    "conflicts",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("subject_kind", String(40), nullable=False),
    Column("subject_id", _ID, nullable=False),
    Column("field", String(80), nullable=False),
    Column(
        "claims", Text(), nullable=False, doc="JSON list of {value, source, start, end, quote}."
    ),
    Column("status", String(20), nullable=False, doc="open, resolved, kept_both."),
    Column("resolution", Text(), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("resolved_at", DateTime(timezone=True), nullable=True),
)
Index("ix_conflicts_status", conflicts.c.status)


#: The plan's inputs of one registry state as columns (see `storage/snapshots.py`):
#: written by the first reader after a write, so a fresh process reads one blob instead
#: of every pledge row. Holds every record's plan fields: never shown, only restricted
#: to a viewer's visible ids before use.
plan_inputs = Table(
    "plan_inputs",
    metadata,
    Column("revision", Integer(), primary_key=True, autoincrement=False),
    Column("head_hash", String(64), nullable=False, doc="Audit hash at that revision."),
    Column("format", Integer(), nullable=False, doc="Layout version of `data`."),
    Column("data", LargeBinary(), nullable=False, doc="Raw arrays with a JSON index, no pickles."),
)


#: Long computations (Monte Carlo, criticality, imports...) run as jobs: their state,
#: progress and result, so that any server process on the database can answer for a job
#: another one runs. `owner` identifies the submitting viewer (user, party, roles); only
#: that viewer may read the row, which the service checks.
jobs = Table(
    "jobs",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("kind", String(40), nullable=False),
    Column("owner", String(400), nullable=False, index=True),
    Column("actor", String(200), nullable=False, index=True, doc="For the per-user limit."),
    Column("runner", String(32), nullable=False, doc="The process that runs it."),
    Column("state", String(20), nullable=False),
    Column("progress", Float(), nullable=False),
    Column("message", Text(), nullable=False),
    Column("cancel", Boolean(), nullable=False, doc="Cancellation asked."),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("started_at", DateTime(timezone=True), nullable=True),
    Column("finished_at", DateTime(timezone=True), nullable=True),
    Column("heartbeat_at", DateTime(timezone=True), nullable=False),
    Column("error", Text(), nullable=True),
    Column("result", Text(), nullable=True, doc="JSON of the kind's result model."),
)


# --- accounts: who may sign in, with what ------------------------------------------

#: People who sign in to the server. `roles` is a comma-separated list, the primary role
#: first; `party` is a party's id (not a foreign key: a `load --replace` must not fail
#: or cascade because a user names a party).
users = Table(
    "users",
    metadata,
    Column("name", String(120), primary_key=True),
    Column("party", String(120), nullable=True),
    Column("roles", String(120), nullable=False),
    Column("password_hash", Text(), nullable=True, doc="Argon2id; NULL: tokens only."),
    Column("disabled", Boolean(), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

#: API tokens: only the SHA-256 of the secret is kept, the secret is shown once.
tokens = Table(
    "tokens",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("user_name", String(120), ForeignKey("users.name"), nullable=False),
    Column("secret_hash", String(64), nullable=False, unique=True),
    Column("note", Text(), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=True),
    Column("revoked_at", DateTime(timezone=True), nullable=True),
)
Index("ix_tokens_user_name", tokens.c.user_name)

#: Cookie sessions of the web pages, keyed by the SHA-256 of the cookie's secret.
sessions = Table(
    "sessions",
    metadata,
    Column("secret_hash", String(64), primary_key=True),
    Column("user_name", String(120), ForeignKey("users.name"), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("ended_at", DateTime(timezone=True), nullable=True),
)
Index("ix_sessions_user_name", sessions.c.user_name)
