"""Analysis results stored with the scenario and the registry revision they were run on.

A result is what one viewer saw, so it is labelled for that run (national to the viewer's
party; administrators only for an administrator's run), and it records the label of the
scenario (or, for a comparison, of every scenario compared). A viewer reads or lists a
result only when it may see the run and every scenario: `storage/results.py` selects such
rows in SQL.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import asdict
from typing import Any

from willing.domain.labels import PUBLIC, Label
from willing.services.access import Registry, viewer_label
from willing.services.permissions import Action, require
from willing.storage import results as repository

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
    label = viewer_label(registry)
    with registry.store.transaction() as conn:
        repository.add(
            conn,
            rid=rid,
            kind=kind,
            revision=revision,
            scenario=scenario_column(scenario),
            inputs_hash=inputs_hash(revision, scenario, parameters),
            summary=summary,
            body={
                **body,
                "parameters": parameters,
                "scenario": scenario,
                "label": label.model_dump(mode="json"),
            },
            label=label,
            scenario_labels=scenario_labels(scenario),
        )
    return rid


#: Kinds this module stores; other kinds in the table (plans) are read elsewhere.
KINDS = ("montecarlo", "criticality", "sensitivity", "compare")


def scenario_labels(scenario: Scenarios) -> list[Label]:
    """The label of each scenario a result ran over, in order; a built-in scenario or the
    viewer's own file carries none and is public."""
    out = []
    for body in _bodies(scenario):
        stored = body.get("label") if isinstance(body, dict) else None
        out.append(Label.model_validate(stored) if isinstance(stored, dict) else PUBLIC)
    return out


def _columns(found: repository.StoredResult) -> dict[str, Any]:
    """A stored result as the dict of its columns, summary and body decoded."""
    out = asdict(found)
    del out["label"]
    return out


def read_result(registry: Registry, rid: str) -> dict[str, Any] | None:
    """One stored result's columns, with summary and body decoded; None when it is missing
    or hidden from the viewer (the two are not told apart)."""
    with registry.connect() as conn:
        found = repository.read(conn, rid, registry.tokens, KINDS)
    return None if found is None else _columns(found)


def list_results(registry: Registry, kind: str | None = None) -> list[dict[str, Any]]:
    """Stored scenario results the viewer may see, oldest first, without their bodies."""
    kinds = KINDS if kind is None else (kind,)
    with registry.connect() as conn:
        found = repository.listing(conn, kinds, registry.tokens)
    out = []
    for result in found:
        item = _columns(result)
        del item["body"]
        out.append(item)
    return out
