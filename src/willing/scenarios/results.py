"""Analysis results stored with the scenario and the registry revision they were run on.

A result is what one viewer saw, so its body carries the label of that run (national to
the viewer's party; administrators only for an administrator's run) beside the scenario
(or, for a comparison, every scenario compared) and its label. A viewer reads or lists a
result only when it may see the run and every scenario.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from typing import Any

from sqlalchemy import insert, select

from willing.domain.labels import PUBLIC, Label, may_see
from willing.services.access import UNLABELLED, Registry, viewer_label
from willing.services.permissions import Action, require
from willing.storage.schema import results as table

#: One scenario's body, or the bodies of every scenario a comparison ran, in order.
Scenarios = dict[str, Any] | list[dict[str, Any]]

#: Room for the scenario column (`results.scenario`, 120 characters).
SCENARIO_COLUMN = 120


def inputs_hash(revision: int, scenario: Scenarios, parameters: dict[str, Any]) -> str:
    """A digest of everything a result depends on: registry revision, scenario(s), parameters."""
    text = json.dumps(
        {"revision": revision, "scenario": scenario, "parameters": parameters}, sort_keys=True
    )
    return hashlib.sha256(text.encode()).hexdigest()


def _bodies(scenario: Any) -> list[Any]:
    return list(scenario) if isinstance(scenario, list) else [scenario]


def scenario_column(scenario: Scenarios) -> str | None:
    """What the scenario column holds: the id, or every id compared joined by commas
    (cut to fit the column, ending in an ellipsis)."""
    ids = [str(b.get("id")) for b in _bodies(scenario) if isinstance(b, dict) and b.get("id")]
    if not ids:
        return None
    text = ", ".join(ids)
    return text if len(text) <= SCENARIO_COLUMN else text[: SCENARIO_COLUMN - 1] + "…"


def save_result(
    registry: Registry,
    kind: str,
    scenario: Scenarios,
    parameters: dict[str, Any],
    summary: dict[str, Any],
    body: dict[str, Any],
) -> str:
    """Store one result; returns its id.

    `scenario` is the body of the scenario run, or the list of every scenario a comparison
    ran: all of them go into the body and the inputs hash, and the scenario column names all.
    """
    require(registry.viewer, Action.STORE_RESULT)
    revision = registry.store.revision()
    rid = f"{kind}-{uuid.uuid4().hex[:12]}"
    with registry.store.transaction() as conn:
        conn.execute(
            insert(table).values(
                id=rid,
                kind=kind,
                created_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
                revision=revision,
                scenario=scenario_column(scenario),
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
    """True when the viewer may see the run and every scenario a result body records."""
    run = body.get("label")
    run_label = Label.model_validate(run) if isinstance(run, dict) else UNLABELLED
    labels = [run_label]
    for scenario in _bodies(body.get("scenario")):
        stored = scenario.get("label") if isinstance(scenario, dict) else None
        # a built-in scenario or the viewer's own file carries no label
        labels.append(Label.model_validate(stored) if isinstance(stored, dict) else PUBLIC)
    return all(may_see(label, registry.tokens) for label in labels)


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
