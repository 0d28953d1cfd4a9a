"""What a viewer may be shown of the references that records it may see hold.

A record released to a viewer can point at records that are not: a document at a hidden
meeting, a participation at a person, a pledge at a capability, evidence at a source (with
a quoted span of its text). The registry never returns the hidden records themselves, but
their ids (and quotes) sit inside the visible ones. `Redactor.record` is the one place that
removes them: every reference the viewer may not see becomes ``"withheld"`` (a list loses
the hidden items), and evidence from a hidden source keeps neither its span nor its quote.
For a viewer a missing record and a hidden one look the same, so a dangling reference is
withheld too. An administrator sees everything and gets records unchanged.

The diplomacy and burden services read every record through `Redactor.records`, so every
table and every `--json` payload is built from redacted records only.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from pydantic import BaseModel

from willing.domain.catalog import kind_named
from willing.domain.fields import FieldSpec, fields_of
from willing.domain.records import Evidence, Record
from willing.services.access import Registry

WITHHELD = "withheld"

M = TypeVar("M", bound=BaseModel)
R = TypeVar("R", bound=Record)

#: Fields never rewritten: the label decides visibility and is not shown by these commands.
_KEEP = frozenset({"label"})


class Redactor:
    """Rewrites records so that they name only what the viewer of `registry` may see.

    Example: ``Redactor(registry).record(document).meeting  # id, or "withheld"``.
    """

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self._seen: dict[str, frozenset[str]] = {}

    @property
    def sees_everything(self) -> bool:
        """True for an administrator: nothing is rewritten."""
        return self.registry.tokens is None

    def ids(self, kind: str) -> frozenset[str]:
        """Ids of the records of `kind` the viewer may see (read once per kind)."""
        kind = kind_named(kind)
        if kind not in self._seen:
            self._seen[kind] = frozenset(r.id for r in self.registry.list(kind))
        return self._seen[kind]

    def sees(self, kind: str, record_id: str) -> bool:
        """True when the viewer may see record `record_id` of `kind`."""
        return self.sees_everything or record_id in self.ids(kind)

    def ref(self, kind: str, record_id: str | None) -> str | None:
        """The id itself when the viewer may see it, else "withheld"; None stays None."""
        if record_id is None or self.sees(kind, record_id):
            return record_id
        return WITHHELD

    def evidence(self, item: Evidence) -> Evidence:
        """Evidence as shown: from a hidden source, neither the source, the span nor the quote."""
        if self.sees("sources", item.source):
            return item
        return Evidence(source=WITHHELD)

    def record(self, model: M) -> M:
        """`model` with every reference the viewer may not see withheld, nested ones included."""
        if self.sees_everything:
            return model
        update: dict[str, Any] = {}
        for spec in fields_of(type(model)):
            if spec.name in _KEEP:
                continue
            value = getattr(model, spec.name)
            new: Any = value
            if value is None:
                continue
            if spec.shape == "scalar" and spec.ref is not None:
                new = self.ref(spec.ref, value)
            elif spec.shape == "list" and spec.ref is not None:
                ref = spec.ref
                new = [v for v in value if self.sees(ref, v)]
            elif spec.shape == "model":
                new = self._nested(value)
            elif spec.shape == "model_list":
                new = [self._nested(v) for v in value]
            if new != value:
                update[spec.name] = new
        return model.model_copy(update=update) if update else model

    def _nested(self, value: Any) -> Any:
        if isinstance(value, Evidence):
            return self.evidence(value)
        return self.record(value) if isinstance(value, BaseModel) else value

    def records(self, records: Iterable[R], about: tuple[str, ...] = ()) -> list[R]:
        """`records` redacted; those whose `about` references (their subject) are hidden are
        left out, since they cannot be shown without naming it.

        Example: ``redactor.records(participations, about=("meeting", "party"))``.
        """
        specs: dict[str, FieldSpec] = {}
        out: list[R] = []
        for rec in records:
            if about:
                specs = specs or {s.name: s for s in fields_of(type(rec))}
                if any(
                    (ref := specs[name].ref) is not None
                    and (value := getattr(rec, name)) is not None
                    and not self.sees(ref, value)
                    for name in about
                ):
                    continue
            out.append(self.record(rec))
        return out
