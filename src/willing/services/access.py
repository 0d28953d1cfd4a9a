"""Viewer-scoped reads: the one place that decides which records a viewer may see.

Every interface reads records through a `Registry` bound to a `Viewer`. The rule is
`willing.domain.labels.may_see`; this module applies the same rule in SQL, so large
reads stay set-based, and checks each returned record against the pure rule as well.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, or_, select

from willing.domain.catalog import KINDS, Dataset, kind_named
from willing.domain.errors import NotFound, WillingError
from willing.domain.fields import fields_of
from willing.domain.labels import Classification, may_see
from willing.domain.records import Record
from willing.storage.rows import LABEL
from willing.storage.schema import CHILDREN, TABLES
from willing.storage.store import Store


class Role(StrEnum):
    ADMIN = "admin"
    PLANNER = "planner"
    LIAISON = "liaison"
    ANALYST = "analyst"


@dataclass(frozen=True)
class Viewer:
    """Who is looking: a party (None for no nation) and a role. Admins see everything."""

    party: str | None
    role: Role = Role.ANALYST

    @classmethod
    def admin(cls) -> Viewer:
        """The local administrator the CLI acts as by default."""
        return cls(None, Role.ADMIN)

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN

    def __str__(self) -> str:
        return "admin" if self.is_admin else f"{self.party or 'public'} ({self.role.value})"


class Registry:
    """Records as one viewer may see them."""

    def __init__(self, store: Store, viewer: Viewer) -> None:
        self.store = store
        self.viewer = viewer
        self.tokens: frozenset[str] | None = None if viewer.is_admin else self._tokens(viewer)

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
        tokens = sorted(self.tokens)
        return or_(
            table.c.label_classification == Classification.PUBLIC.value,
            table.c.label_owner.in_(tokens),
            table.c.id.in_(select(releasable.c.record_id).where(releasable.c.value.in_(tokens))),
        )

    def visible_ids(self, kind: str, **filters: Any) -> Select[Any]:
        """A select of the ids of `kind` the viewer may see, narrowed by field filters."""
        kind = kind_named(kind)
        table = TABLES[kind]
        clauses = [c for c in (self.visible(kind), *self._filters(kind, filters)) if c is not None]
        stmt = select(table.c.id)
        return stmt.where(and_(*clauses)) if clauses else stmt

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

    def _checked(self, records: list[Record]) -> list[Record]:
        """Apply the pure rule too: a record the SQL let through by mistake never leaves."""
        return [r for r in records if may_see(r.label, self.tokens)]

    def list(self, kind: str, **filters: Any) -> list[Record]:
        """Every record of `kind` the viewer may see, optionally filtered by field values."""
        kind = kind_named(kind)
        ids = self.visible_ids(kind, **filters)
        return self._checked(self.store.read(kind, ids))

    def get(self, kind: str, record_id: str) -> Record:
        """One record; NotFound both when it is missing and when it is hidden from the viewer."""
        kind = kind_named(kind)
        ids = self.visible_ids(kind).where(TABLES[kind].c.id == record_id)
        found = self._checked(self.store.read(kind, ids))
        if not found:
            raise NotFound(f"no {kind} record '{record_id}'")
        return found[0]

    def dataset(self, name: str = "export") -> Dataset:
        """Every record the viewer may see, of every kind."""
        return Dataset(name=name, records={kind: self.list(kind) for kind in KINDS})
