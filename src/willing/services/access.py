"""Viewer-scoped reads: the one place that decides which records a viewer may see.

Every interface reads records through a `Registry` bound to a `Viewer`. The rule is
`willing.domain.labels.may_see`; this module applies the same rule in SQL, so large
reads stay set-based, and checks each returned record against the pure rule as well.

Imports refuse a reference from a record to one with a narrower audience
(`willing.domain.audience`), but a store may still hold such references (written before
that rule, or by hand). So every record handed to a viewer other than the administrator
is also *pruned* of what the viewer may not see, in `_prune`:

- a list of references (`conditions`, `member_of`, `label.releasable_to`, ...) loses the
  ids the viewer may not see, and a list of nested items (`evidence`, `substitutes`)
  loses each item that cites one, so no hidden id and no quote from a hidden source
  leaves;
- an optional reference (`announced_at`, `parent`, `label.owner`, ...) to a hidden record
  is emptied;
- a record whose *required* reference (a pledge's `capability`, a clause's `document`)
  names a hidden record is withheld entirely, exactly as if it were hidden itself:
  `visible_ids` leaves it out, `get` reports it missing, and references to it are pruned
  in turn.

The viewer's copy (and so its export) therefore never names a record the viewer may not
see, and loads into an empty store without unknown ids. Pruning is by the viewer's sight,
not by the audience rule: if the store broke that rule among records the viewer may see,
importing the export names those references, as any import would.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum, StrEnum
from functools import cache
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlalchemy import ColumnElement, Connection, Select, and_, select

from willing.domain.catalog import KINDS, Dataset, kind_named
from willing.domain.errors import NotFound, WillingError
from willing.domain.fields import fields_of, refs_of
from willing.domain.labels import PUBLIC, Classification, Label, may_see
from willing.domain.records import Record
from willing.storage.engine import as_viewer
from willing.storage.results import UNLABELLED
from willing.storage.rows import LABEL
from willing.storage.schema import CHILDREN, TABLES
from willing.storage.store import Store
from willing.storage.visibility import rule

M = TypeVar("M", bound=BaseModel)


@cache
def _has_refs(model: type[BaseModel]) -> bool:
    return bool(refs_of(model))


def required_refs(kind: str) -> tuple[tuple[str, str], ...]:
    """(field, target kind) of each reference a record of `kind` cannot do without."""
    return tuple(
        (spec.name, spec.ref)
        for spec in fields_of(KINDS[kind])
        if spec.shape == "scalar" and spec.ref is not None and not spec.optional
    )


class Role(StrEnum):
    ADMIN = "admin"
    PLANNER = "planner"
    LIAISON = "liaison"
    ANALYST = "analyst"


@dataclass(frozen=True)
class Viewer:
    """Who is looking: a party (None for no nation), roles and, when authenticated, a user.

    `role` is the primary role; `roles` holds every role (the primary one included). An
    administrator sees everything. `user` names the authenticated account; it is what the
    audit log records as the actor, so it never comes from a command-line flag.
    """

    party: str | None
    role: Role = Role.ANALYST
    roles: frozenset[Role] = frozenset()
    user: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "roles", frozenset(self.roles) | {self.role})

    @classmethod
    def admin(cls, user: str | None = None) -> Viewer:
        """The local administrator the CLI acts as by default."""
        return cls(None, Role.ADMIN, user=user)

    @classmethod
    def local(cls, as_party: str | None, role: Role | None = None) -> Viewer:
        """The viewer of a local, single-user session: the administrator, unless it views
        the registry as a party (default role liaison) or as a role without a party.

        Local sessions only: on a server the viewer comes from authentication.
        """
        if as_party is None:
            return cls(None, role) if role not in (None, Role.ADMIN) else cls.admin()
        if role is Role.ADMIN:
            raise WillingError("an administrator sees everything: view as a party or as admin")
        return cls(as_party.upper(), role or Role.LIAISON)

    @property
    def is_admin(self) -> bool:
        return Role.ADMIN in self.roles

    def has(self, role: Role) -> bool:
        """True when the viewer holds `role`."""
        return role in self.roles

    @property
    def actor(self) -> str:
        """The name the audit log records: the user when authenticated, else the viewer."""
        return self.user if self.user is not None else f"local:{self}"

    def __str__(self) -> str:
        if self.is_admin:
            return "admin"
        roles = "+".join(sorted(r.value for r in self.roles))
        return f"{self.party or 'public'} ({roles})"


class Registry:
    """Records as one viewer may see them."""

    def __init__(self, store: Store, viewer: Viewer) -> None:
        self.store = store
        self.viewer = viewer
        self.tokens: frozenset[str] | None = None if viewer.is_admin else self._tokens(viewer)
        #: The visible ids read for one registry revision, reused by every call until a
        #: write moves the revision (a loop of `get` would otherwise re-read them each time).
        self._seen: tuple[int, _Seen] | None = None
        #: Whole lists by (kind, revision) while `reading` is active, else None.
        self._memo: dict[tuple[str, int], list[Record]] | None = None

    @contextmanager
    def reading(self) -> Iterator[Registry]:
        """Within this block each kind's whole list is read once per revision and shared.

        For composite reads such as a report, whose services ask for the same records many
        times (a read-ahead asked 63 times for 16 kinds). A write moves the revision, so a
        list read before it is never returned after it. Blocks may nest.
        """
        outer = self._memo is not None
        if not outer:
            self._memo = {}
        try:
            yield self
        finally:
            if not outer:
                self._memo = None

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A connection whose reads run as this viewer: on PostgreSQL the row-level security
        policies (`storage/rls.py`) filter them too, a second wall behind the service's own
        filter. For reads only; writes go through `store.transaction()`."""
        with as_viewer(self.tokens), self.store.engine.connect() as conn:
            yield conn

    def _tokens(self, viewer: Viewer) -> frozenset[str]:
        """The viewer's party and every group it belongs to, transitively."""
        if viewer.party is None:
            return frozenset()
        code = viewer.party.upper()
        member_of = CHILDREN["parties"]["member_of"]
        with self.store.engine.connect() as conn:
            exists = conn.execute(
                select(TABLES["parties"].c.id).where(TABLES["parties"].c.id == code)
            ).first()
            if exists is None:
                raise WillingError(f"unknown party '{viewer.party}': give an ISO 3166 alpha-3 code")
            links = conn.execute(select(member_of.c.record_id, member_of.c.value)).all()
        groups: dict[str, set[str]] = {}
        for rid, group in links:
            groups.setdefault(rid, set()).add(group)
        found, todo = {code}, [code]
        while todo:
            for group in groups.get(todo.pop(), ()):
                if group not in found:
                    found.add(group)
                    todo.append(group)
        return frozenset(found)

    def system(self) -> Registry:
        """An administrator's view of the same store, for computations over all records."""
        return Registry(self.store, Viewer.admin())

    def visible(self, kind: str) -> ColumnElement[bool] | None:
        """SQL condition on the kind's main table selecting what the viewer may see."""
        if self.tokens is None:
            return None
        table = TABLES[kind]
        releasable = CHILDREN[kind][LABEL]
        released = table.c.id.in_(
            select(releasable.c.record_id).where(releasable.c.value.in_(sorted(self.tokens)))
        )
        return rule(self.tokens, table.c.label_classification, table.c.label_owner, released)

    def visible_ids(self, kind: str, **filters: Any) -> Select[Any]:
        """A select of the ids of `kind` the viewer may see, narrowed by field filters.

        A record whose required reference names a record the viewer may not see is left
        out too (see the module's docstring).
        """
        kind = kind_named(kind)
        table = TABLES[kind]
        clauses = [
            c
            for c in (self.visible(kind), self._complete(kind), *self._filters(kind, filters))
            if c is not None
        ]
        stmt = select(table.c.id)
        return stmt.where(and_(*clauses)) if clauses else stmt

    def _complete(
        self, kind: str, within: frozenset[str] = frozenset()
    ) -> ColumnElement[bool] | None:
        """SQL condition: every required reference of a `kind` record names a visible one.

        `within` holds the kinds already being checked, so a cycle of required references
        stops; `_prune` checks each returned record against the materialised ids anyway.
        """
        if self.tokens is None or kind in within:
            return None
        table = TABLES[kind]
        clauses: list[ColumnElement[bool]] = []
        for name, target in required_refs(kind):
            inner = [
                c
                for c in (self.visible(target), self._complete(target, within | {kind}))
                if c is not None
            ]
            ids = select(TABLES[target].c.id)
            clauses.append(table.c[name].in_(ids.where(and_(*inner)) if inner else ids))
        return and_(*clauses) if clauses else None

    def _filters(self, kind: str, filters: dict[str, Any]) -> list[ColumnElement[bool]]:
        specs = {s.name: s for s in fields_of(KINDS[kind])}
        out: list[ColumnElement[bool]] = []
        for name, value in filters.items():
            if value is None:
                continue
            spec = specs.get(name)
            if spec is None or spec.shape in ("model", "model_list"):
                raise WillingError(f"cannot filter {kind} by '{name}'")
            if issubclass(spec.py_type, Enum):
                choices = [str(m.value) for m in spec.py_type]
                if str(value) not in choices:
                    raise WillingError(
                        f"'{value}' is not a {name} value; choose one of: {', '.join(choices)}"
                    )
                value = str(value)
            if spec.shape == "list":
                child = CHILDREN[kind][name]
                out.append(
                    TABLES[kind].c.id.in_(
                        select(child.c.record_id).where(child.c.value == str(value))
                    )
                )
            else:
                out.append(TABLES[kind].c[name] == value)
        return out

    def _checked(self, records: list[Record], seen: _Seen | None = None) -> list[Record]:
        """What leaves for the viewer: the pure rule applied too (a record the SQL let
        through by mistake never leaves), then each record pruned of hidden references.

        `list`, `get` and `dataset` (and so every export) all return through here.
        """
        if self.tokens is None:
            return records
        if seen is None:
            seen = self._current_seen()
        out: list[Record] = []
        for record in records:
            if may_see(record.label, self.tokens):
                pruned = _prune(record, seen)
                if pruned is not None:
                    out.append(pruned)
        return out

    def _current_seen(self) -> _Seen:
        """The visible ids of this revision, read lazily per kind and kept until a write."""
        revision = self.store.revision()
        if self._seen is None or self._seen[0] != revision:
            self._seen = (revision, _Seen(self))
        return self._seen[1]

    def _read(self, kind: str, ids: Select[Any]) -> list[Record]:
        """Rows read as this viewer: on PostgreSQL the row-level security policies apply
        to them too (`storage/rls.py`), a second wall behind the SQL filter."""
        with as_viewer(self.tokens):
            return self.store.read(kind, ids)

    def _list(self, kind: str, seen: _Seen | None, **filters: Any) -> list[Record]:
        ids = self.visible_ids(kind, **filters)
        return self._checked(self._read(kind, ids), seen)

    def list(self, kind: str, **filters: Any) -> list[Record]:
        """Every record of `kind` the viewer may see, optionally filtered by field values."""
        kind = kind_named(kind)
        if self._memo is None or filters:
            return self._list(kind, None, **filters)
        key = (kind, self.store.revision())
        if key not in self._memo:
            self._memo[key] = self._list(kind, None)
        return list(self._memo[key])

    def get(self, kind: str, record_id: str) -> Record:
        """One record; NotFound both when it is missing and when it is hidden from the viewer."""
        kind = kind_named(kind)
        ids = self.visible_ids(kind).where(TABLES[kind].c.id == record_id)
        found = self._checked(self._read(kind, ids))
        if not found:
            raise NotFound(f"no {kind} record '{record_id}'")
        return found[0]

    def dataset(self, name: str = "export") -> Dataset:
        """Every record the viewer may see, of every kind."""
        if self._memo is not None:
            return Dataset(name=name, records={kind: self.list(kind) for kind in KINDS})
        seen = None if self.tokens is None else self._current_seen()
        return Dataset(name=name, records={kind: self._list(kind, seen) for kind in KINDS})


class _Seen:
    """The ids of each kind one viewer may see, read once per kind on first use."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self._ids: dict[str, frozenset[str]] = {}

    def ids(self, kind: str) -> frozenset[str]:
        found = self._ids.get(kind)
        if found is None:
            with (
                as_viewer(self.registry.tokens),
                self.registry.store.engine.connect() as conn,
            ):
                found = frozenset(conn.execute(self.registry.visible_ids(kind)).scalars())
            self._ids[kind] = found
        return found


def _prune(model: M, seen: _Seen) -> M | None:
    """`model` without references to records the viewer may not see; None to withhold it.

    Lists drop hidden ids and nested items that cite one; an optional reference to a hidden
    record is emptied; a hidden required reference withholds the whole model (an evidence
    item, a substitution, a record).
    """
    if not _has_refs(type(model)):
        return model
    changes: dict[str, Any] = {}
    for spec in fields_of(type(model)):
        value = getattr(model, spec.name)
        if value is None:
            continue
        if spec.ref is not None and spec.shape == "scalar":
            if value not in seen.ids(spec.ref):
                if not spec.optional:
                    return None
                changes[spec.name] = None
        elif spec.ref is not None and spec.shape == "list":
            shown = seen.ids(spec.ref)
            kept = [v for v in value if v in shown]
            if len(kept) != len(value):
                changes[spec.name] = kept
        elif spec.shape == "model":
            inner = _prune(value, seen)
            if inner is None and not spec.optional:
                return None
            if inner is not value:
                changes[spec.name] = inner
        elif spec.shape == "model_list":
            items = [_prune(item, seen) for item in value]
            if any(a is not b for a, b in zip(items, value, strict=True)):
                changes[spec.name] = [item for item in items if item is not None]
    return model.model_copy(update=changes) if changes else model


def viewer_label(registry: Registry) -> Label:
    """The label of what one viewer ran or saw (a plan, a result, a saved scenario): only
    the viewer's party may see it; administrators only for an administrator's run; public
    for a viewer without a party (it sees public records only)."""
    party = registry.viewer.party
    if registry.tokens is None:
        return UNLABELLED
    if party is None:
        return PUBLIC
    return Label(classification=Classification.NATIONAL, owner=party, releasable_to=[party])


__all__ = ["UNLABELLED", "Registry", "Role", "Viewer", "viewer_label"]
