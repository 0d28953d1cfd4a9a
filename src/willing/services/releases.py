"""Releases: named figures of a stored result published to a wider audience, on purpose.

Every derived figure a viewer gets is computed over the records he may see. When the
coalition wants to share a figure computed over more (coverage by layer of the whole plan,
say), a user holding `Action.RELEASE` publishes named fields of a stored result he may see
to an audience he may label for; the release is stored with that label and audited, and the
release — not the result — is what its audience reads.

Example: ``release(registry, "plan-1a2b", ["coverage", "tables.layer"], Label(...COTW))``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from pydantic import BaseModel, Field

from willing.domain.errors import NotFound, Problem, ValidationFailure
from willing.domain.labels import Label
from willing.services.access import Registry
from willing.services.labelling import check_label
from willing.services.permissions import Action, require
from willing.storage import audit
from willing.storage import results as repository

KIND = "release"


class ReleasePublic(BaseModel):
    """Figures released from a stored result, and to whom."""

    id: str
    result: str = Field(description="The stored result the figures come from.")
    result_kind: str
    revision: int = Field(description="Registry revision the result was computed at.")
    released_at: dt.datetime
    released_by: str
    label: Label
    fields: dict[str, Any] = Field(description="The released figures, by their path.")


class ReleasesPublic(BaseModel):
    data: list[ReleasePublic]
    count: int


def _at(data: dict[str, Any], path: str) -> Any:
    value: Any = data
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            raise KeyError(path)
        value = value[part]
    return value


def release(registry: Registry, result_id: str, fields: list[str], label: Label) -> ReleasePublic:
    """Publish `fields` (dotted paths into the result's summary) of a stored result the
    viewer may see, labelled `label`; audited in the same transaction."""
    require(registry.viewer, Action.RELEASE)
    where = f"release of '{result_id}'"
    if not fields:
        raise ValidationFailure([Problem(where, "fields", "name at least one figure")])
    check_label(registry, label, where)
    with registry.connect() as conn:
        found = repository.read(conn, result_id, registry.tokens)
    if found is None or found.kind == KIND:
        raise NotFound(f"no stored result '{result_id}'")
    values: dict[str, Any] = {}
    missing = []
    for path in fields:
        try:
            values[path] = _at(found.summary, path)
        except KeyError:
            missing.append(path)
    if missing:
        known = ", ".join(sorted(found.summary))
        raise ValidationFailure(
            [Problem(where, "fields", f"no figure '{p}'; choose among: {known}") for p in missing]
        )
    rid = f"{KIND}-{uuid.uuid4().hex[:12]}"
    by = registry.viewer.actor
    with registry.store.transaction() as conn:
        repository.add(
            conn,
            rid=rid,
            kind=KIND,
            revision=found.revision,
            scenario=found.scenario,
            inputs_hash=found.inputs_hash,
            summary={"result": found.id, "fields": sorted(values)},
            body={
                "result": found.id,
                "result_kind": found.kind,
                "released_by": by,
                "fields": values,
                "label": label.model_dump(mode="json"),
            },
            label=label,
        )
        audit.append(
            conn,
            by,
            "release",
            {
                "release": rid,
                "result": found.id,
                "fields": sorted(values),
                "label": label.model_dump(mode="json"),
            },
        )
    return get(registry, rid)


def _public(found: repository.StoredResult) -> ReleasePublic:
    body = found.body
    return ReleasePublic(
        id=found.id,
        result=str(body["result"]),
        result_kind=str(body["result_kind"]),
        revision=found.revision,
        released_at=found.created_at,
        released_by=str(body["released_by"]),
        label=found.label,
        fields=dict(body["fields"]),
    )


def get(registry: Registry, release_id: str) -> ReleasePublic:
    """One release the viewer may see; NotFound for a hidden one as for a missing one."""
    with registry.connect() as conn:
        found = repository.read(conn, release_id, registry.tokens, [KIND])
    if found is None:
        raise NotFound(f"no release '{release_id}'")
    return _public(found)


def releases(registry: Registry) -> ReleasesPublic:
    """Every release the viewer may see, oldest first."""
    with registry.connect() as conn:
        found = repository.listing(conn, [KIND], registry.tokens)
    shown = [_public(r) for r in found]
    return ReleasesPublic(data=shown, count=len(shown))
