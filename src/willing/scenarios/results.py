"""Analysis results stored with the scenario and the registry revision they were run on."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from typing import Any

from sqlalchemy import insert, select

from willing.services.access import Registry
from willing.storage.schema import results as table


def inputs_hash(revision: int, scenario: dict[str, Any], parameters: dict[str, Any]) -> str:
    """A digest of everything a result depends on: registry revision, scenario, parameters."""
    text = json.dumps(
        {"revision": revision, "scenario": scenario, "parameters": parameters}, sort_keys=True
    )
    return hashlib.sha256(text.encode()).hexdigest()


def save_result(
    registry: Registry,
    kind: str,
    scenario: dict[str, Any],
    parameters: dict[str, Any],
    summary: dict[str, Any],
    body: dict[str, Any],
) -> str:
    """Store one result; returns its id."""
    revision = registry.store.revision()
    rid = f"{kind}-{uuid.uuid4().hex[:12]}"
    with registry.store.transaction() as conn:
        conn.execute(insert(table).values(
            id=rid,
            kind=kind,
            created_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
            revision=revision,
            scenario=scenario.get("id"),
            inputs_hash=inputs_hash(revision, scenario, parameters),
            summary=json.dumps(summary, default=str),
            body=json.dumps({"parameters": parameters, "scenario": scenario, **body}, default=str),
        ))
    return rid


def read_result(registry: Registry, rid: str) -> dict[str, Any] | None:
    """One stored result's columns, with summary and body decoded."""
    with registry.store.engine.connect() as conn:
        row = conn.execute(select(table).where(table.c.id == rid)).mappings().first()
    if row is None:
        return None
    out = dict(row)
    out["summary"] = json.loads(out["summary"])
    out["body"] = json.loads(out["body"])
    return out
