"""Record-by-record writes and history: create, edit, delete, revert, each checked like an
import (types, references, the audience rule), permitted by the permission table, and
written in one transaction with one audit entry and one new version per record.

Example: ``update(registry, "pledges", "P-POL-1", {"quantity": 3}, if_version=2)``.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import yaml
from pydantic import BaseModel, Field, ValidationError
from sqlalchemy import select

from willing.domain.audience import Groups, uncovered
from willing.domain.catalog import KINDS, kind_named
from willing.domain.errors import (
    AccessDenied,
    NotFound,
    Problem,
    ValidationFailure,
    WillingError,
)
from willing.domain.fields import refs_of, values_at
from willing.domain.labels import Classification, Label, may_see
from willing.domain.namespaces import in_namespace
from willing.domain.records import Record
from willing.interchange.documents import record_to_dict
from willing.services.access import Registry
from willing.services.labelling import check_label
from willing.services.permissions import Action, allowed, require
from willing.storage import rows, versions, writes
from willing.storage.schema import TABLES


class RecordPublic(BaseModel):
    """One record as a viewer may see it, with the version an edit must name (the ETag)."""

    kind: str
    id: str
    version: int = Field(description="Newest version; name it to edit (If-Match).")
    revision: int = Field(description="Registry revision of the newest version.")
    record: dict[str, Any] = Field(description="The record's fields.")


class VersionPublic(BaseModel):
    """One version of a record in its history."""

    version: int
    revision: int
    at: dt.datetime
    actor: str
    op: str = Field(description="create, update or delete.")
    digest: str | None
    record: dict[str, Any] | None = Field(description="The record as it was; none if deleted.")


class HistoryPublic(BaseModel):
    """Every version of one record the viewer may see, oldest first."""

    kind: str
    id: str
    data: list[VersionPublic]
    count: int


def _validate(kind: str, data: dict[str, Any], where: str) -> Record:
    """A record of `kind` from plain data, or ValidationFailure naming each field."""
    try:
        return KINDS[kind].model_validate(data)
    except ValidationError as exc:
        problems = [
            Problem(where, ".".join(str(p) for p in e["loc"]) or None, e["msg"])
            for e in exc.errors()
        ]
        raise ValidationFailure(problems) from None


def _public(registry: Registry, kind: str, record_id: str) -> RecordPublic:
    record = registry.get(kind, record_id)
    with registry.store.engine.connect() as conn:
        newest = versions.current(conn, kind, record_id)
    return RecordPublic(
        kind=kind,
        id=record.id,
        version=newest.version if newest else 0,
        revision=newest.revision if newest else 0,
        record=record_to_dict(record),
    )


def get(registry: Registry, kind: str, record_id: str) -> RecordPublic:
    """One record with its version; NotFound when missing or hidden from the viewer."""
    return _public(registry, kind_named(kind), record_id)


def _default_label(registry: Registry) -> Label:
    """A party user's new record is national to his party; others' are public."""
    party = registry.viewer.party
    if party is None or registry.viewer.is_admin:
        return Label()
    return Label(classification=Classification.NATIONAL, owner=party, releasable_to=[party])


def _check_label(registry: Registry, record: Record, where: str) -> None:
    """Records are labelled by the one rule every labelled write follows."""
    check_label(registry, record.label, where)


def _widens(registry: Registry, before: Label, after: Label) -> bool:
    """True when someone may see the record with its new label who could not before."""
    with registry.store.engine.connect() as conn:
        groups = Groups(rows.member_links(conn))
    return uncovered(after, before, groups) is not None


def new_id(registry: Registry, requested: str) -> str:
    """The id a new record the viewer asks to call `requested` gets: as asked for the
    administrator, else in the viewer's namespace (`POL:P-9`; see `domain.namespaces`)."""
    if registry.viewer.is_admin:
        return requested
    return in_namespace(requested, registry.viewer.party)


def create(registry: Registry, kind: str, data: dict[str, Any]) -> RecordPublic:
    """Create one record; a party user's record is national to his party unless he sets a
    label he may set.

    A writer other than the administrator gets his id in his namespace (`P-9` becomes
    `POL:P-9`), where no record hidden from him can be, and a reference to a record hidden
    from him is refused exactly as one to a missing record: the outcome is the same whether
    or not hidden records hold the id or the ids it names. An id already taken is refused,
    never overwritten.
    """
    kind = kind_named(kind)
    where = f"new {kind} record"
    data = dict(data)
    if isinstance(data.get("id"), str):
        data["id"] = new_id(registry, data["id"])
    if "label" not in data:
        data["label"] = _default_label(registry).model_dump(mode="json")
    record = _validate(kind, data, where)
    require(registry.viewer, Action.CREATE, kind, record)
    _check_label(registry, record, where)
    registry.store.change(
        kind,
        [record],
        actor=registry.viewer.actor,
        action="create",
        where=where,
        absent=_hidden_references(registry, record),
    )
    return _public(registry, kind, record.id)


def _hidden_references(registry: Registry, record: Record) -> dict[str, set[str]]:
    """Stored ids, by kind, that `record` names and the viewer may not see: the write
    checks its references as if they were absent, so naming a hidden record is refused
    with the very words naming a missing one gets."""
    if registry.tokens is None:
        return {}
    named: dict[str, set[str]] = {}
    for path, target in refs_of(type(record)):
        for value in values_at(record, path):
            if not (target == record.kind and value == record.id):
                named.setdefault(target, set()).add(value)
    hidden: dict[str, set[str]] = {}
    with registry.store.engine.connect() as conn:
        for target, values in named.items():
            table = TABLES[target]
            stored = set(conn.execute(select(table.c.id).where(table.c.id.in_(values))).scalars())
            seen = set(
                conn.execute(registry.visible_ids(target).where(table.c.id.in_(values))).scalars()
            )
            if stored - seen:
                hidden[target] = stored - seen
    return hidden


def _apply(current: Record, changes: dict[str, Any]) -> dict[str, Any]:
    """The record's data with `changes` applied; a dotted key sets a nested field
    (`label.classification`)."""
    data = record_to_dict(current)
    for key, value in changes.items():
        head, _, rest = key.partition(".")
        if rest:
            inner = data.get(head)
            if not isinstance(inner, dict):
                inner = {}
            data[head] = {**inner, rest: value}
        else:
            data[head] = value
    return data


def update(
    registry: Registry,
    kind: str,
    record_id: str,
    changes: dict[str, Any],
    if_version: int | None = None,
) -> RecordPublic:
    """Change fields of one record the viewer may see and write (`id` may not change)."""
    kind = kind_named(kind)
    current = registry.get(kind, record_id)
    if "id" in changes and changes["id"] != record_id:
        raise ValidationFailure([Problem(f"{kind} '{record_id}'", "id", "an id cannot change")])
    record = _validate(kind, _apply(current, changes), f"{kind} '{record_id}'")
    return _replace(registry, kind, current, record, if_version, "update")


def _replace(
    registry: Registry,
    kind: str,
    current: Record,
    record: Record,
    if_version: int | None,
    action: str,
) -> RecordPublic:
    where = f"{kind} '{current.id}'"
    require(registry.viewer, Action.UPDATE, kind, current)
    require(registry.viewer, Action.UPDATE, kind, record)
    _check_label(registry, record, where)
    if _widens(registry, current.label, record.label):
        require(registry.viewer, Action.WIDEN_LABEL, kind, record)
    expect = None if if_version is None else {current.id: if_version}
    registry.store.change(
        kind,
        [record],
        actor=registry.viewer.actor,
        action=action,
        expect=expect,
        where=where,
        absent=_hidden_references(registry, record),
    )
    return _public(registry, kind, record.id)


def delete(registry: Registry, kind: str, record_id: str, if_version: int | None = None) -> int:
    """Delete one record the viewer may see and write; returns the new revision."""
    kind = kind_named(kind)
    current = registry.get(kind, record_id)
    require(registry.viewer, Action.DELETE, kind, current)
    _refuse_if_referred(registry, kind, record_id)
    expect = None if if_version is None else {record_id: if_version}
    return registry.store.change(
        kind,
        deletes=[record_id],
        actor=registry.viewer.actor,
        action="delete",
        expect=expect,
        where=f"{kind} '{record_id}'",
    )


def _refuse_if_referred(registry: Registry, kind: str, record_id: str) -> None:
    """Name the records the viewer may see that still refer to the one he deletes."""
    with registry.store.engine.connect() as conn:
        found = writes.referrers(conn, kind, {record_id})
    problems = []
    for other, rids in sorted(found.items()):
        seen = sorted(r.id for r in registry.list(other) if r.id in rids and r.id != record_id)
        if seen:
            more = ", ..." if len(seen) > 5 else ""
            problems.append(
                Problem(
                    f"{kind} '{record_id}'",
                    None,
                    f"cannot delete while {other} refer to it ({', '.join(seen[:5])}{more})",
                )
            )
    if problems:
        raise ValidationFailure(problems)


def _shown(registry: Registry, kind: str, body: str | None) -> dict[str, Any] | None:
    """A stored version as the viewer may see it: None when its label hides it then."""
    if body is None:
        return None
    record = KINDS[kind].model_validate(json.loads(body))
    return record_to_dict(record) if may_see(record.label, registry.tokens) else None


def history(registry: Registry, kind: str, record_id: str) -> HistoryPublic:
    """Every version of a record the viewer may see now or saw then; a record the viewer
    may see in no version behaves as a missing one."""
    kind = kind_named(kind)
    with registry.store.engine.connect() as conn:
        found = versions.history(conn, kind, record_id)
    out: list[VersionPublic] = []
    for v in found:
        shown = _shown(registry, kind, v.body)
        if v.body is not None and shown is None:
            continue
        out.append(
            VersionPublic(
                version=v.version,
                revision=v.revision,
                at=v.at,
                actor=v.actor,
                op=v.op,
                digest=v.digest,
                record=shown,
            )
        )
    if not any(v.record is not None for v in out):
        raise NotFound(f"no {kind} record '{record_id}'")
    return HistoryPublic(kind=kind, id=record_id, data=out, count=len(out))


class ChangePublic(BaseModel):
    """A recent change to a record the viewer may see."""

    kind: str
    id: str
    version: int
    revision: int
    at: dt.datetime
    actor: str
    op: str


def recent(registry: Registry, limit: int = 8) -> list[ChangePublic]:
    """The newest changes to records the viewer may see now, in versions he may see, newest
    first. Each kind is filtered in SQL by what the viewer sees, so changes to hidden records
    never take a place in the list."""
    found = []
    with registry.store.engine.connect() as conn:
        for kind in KINDS:
            for v in versions.newest_of(conn, kind, registry.visible_ids(kind), limit * 2):
                if _shown(registry, kind, v.body) is not None:
                    found.append(v)
    found.sort(key=lambda v: (-v.revision, v.kind, v.record_id))
    return [
        ChangePublic(
            kind=v.kind,
            id=v.record_id,
            version=v.version,
            revision=v.revision,
            at=v.at,
            actor=v.actor,
            op=v.op,
        )
        for v in found[:limit]
    ]


def revert(
    registry: Registry,
    kind: str,
    record_id: str,
    to_revision: int,
    if_version: int | None = None,
) -> RecordPublic:
    """Write back the record as it stood at registry revision `to_revision`, as a new version
    (the record must still exist; a deleted one is created again with `create`)."""
    kind = kind_named(kind)
    current = registry.get(kind, record_id)
    with registry.store.engine.connect() as conn:
        found = [v for v in versions.history(conn, kind, record_id) if v.revision <= to_revision]
    if not found or found[-1].body is None:
        raise WillingError(f"{kind} '{record_id}' did not exist at revision {to_revision}")
    old = KINDS[kind].model_validate(json.loads(found[-1].body))
    if not may_see(old.label, registry.tokens):
        raise WillingError(f"{kind} '{record_id}' did not exist at revision {to_revision}")
    return _replace(registry, kind, current, old, if_version, "revert")


def parse_value(text: str) -> Any:
    """A `--set` value as YAML: `3` is a number, `[a, b]` a list, `null` nothing."""
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise WillingError(f"cannot read value {text!r}: {exc}") from None


def parse_changes(items: list[str]) -> dict[str, Any]:
    """`field=value` items into changes; AccessDenied never, WillingError on a bad item."""
    out: dict[str, Any] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise WillingError(f"bad change '{item}': write FIELD=VALUE")
        out[key.strip()] = parse_value(value)
    return out


def may_write(registry: Registry, kind: str, record: Record) -> bool:
    """True when the viewer may edit `record` (for pages that show an edit button)."""
    return allowed(registry.viewer, Action.UPDATE, kind_named(kind), record)


__all__ = [
    "AccessDenied",
    "HistoryPublic",
    "RecordPublic",
    "VersionPublic",
    "create",
    "delete",
    "get",
    "history",
    "revert",
    "update",
]
