"""Analysis results stored with the scenario and the registry revision they were run on.

A result is what one viewer saw, so its body carries the label of that run (national to
the viewer's party; administrators only for an administrator's run) beside the scenario
and its label. A viewer reads or lists a result only when it may see both.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from typing import Any

from sqlalchemy import insert, select

from willing.domain.labels import PUBLIC, Label, may_see
from willing.scenarios.stored import UNLABELLED, viewer_label
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
        conn.execute(
            insert(table).values(
                id=rid,
                kind=kind,
                created_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
                revision=revision,
                scenario=scenario.get("id"),
                inputs_hash=inputs_hash(revision, scenario, parameters),
                summary=json.dumps(summary, default=str),
                body=json.dumps(
                    {
                        **body,
                        "parameters": parameters,
                        "scenario": scenario,
                        "label": viewer_label(registry).model_dump(mode="json"),
                    },
                    default=str,
                ),
            )
        )
    return rid


#: Kinds this module stores; other kinds in the table (plans) are read elsewhere.
KINDS = ("montecarlo", "criticality", "sensitivity", "compare")


def result_visible(registry: Registry, body: dict[str, Any]) -> bool:
    """True when the viewer may see both the run and the scenario a result body records."""
    run = body.get("label")
    run_label = Label.model_validate(run) if isinstance(run, dict) else UNLABELLED
    scenario = body.get("scenario")
    stored = scenario.get("label") if isinstance(scenario, dict) else None
    # a built-in scenario or the viewer's own file carries no label
    scenario_label = Label.model_validate(stored) if isinstance(stored, dict) else PUBLIC
    return may_see(run_label, registry.tokens) and may_see(scenario_label, registry.tokens)


def read_result(registry: Registry, rid: str) -> dict[str, Any] | None:
    """One stored result's columns, with summary and body decoded; None when it is missing
    or hidden from the viewer (the two are not told apart)."""
    with registry.store.engine.connect() as conn:
        row = (
            conn.execute(select(table).where(table.c.id == rid, table.c.kind.in_(KINDS)))
            .mappings()
            .first()
        )
    if row is None:
        return None
    out = dict(row)
    out["summary"] = json.loads(out["summary"])
    out["body"] = json.loads(out["body"])
    return out if result_visible(registry, out["body"]) else None


def list_results(registry: Registry, kind: str | None = None) -> list[dict[str, Any]]:
    """Stored scenario results the viewer may see, oldest first, without their bodies."""
    kinds = KINDS if kind is None else (kind,)
    with registry.store.engine.connect() as conn:
        rows = (
            conn.execute(
                select(table)
                .where(table.c.kind.in_(kinds))
                .order_by(table.c.created_at, table.c.id)
            )
            .mappings()
            .all()
        )
    out = []
    for row in rows:
        if not result_visible(registry, json.loads(row["body"])):
            continue
        item = {k: v for k, v in row.items() if k != "body"}
        item["summary"] = json.loads(item["summary"])
        out.append(item)
    return out
