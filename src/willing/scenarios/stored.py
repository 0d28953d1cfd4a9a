"""Scenarios kept in the database, beside the built-in ones.

A stored scenario carries a releasability label inside its JSON body (the `scenarios`
table has no label columns). Every read filters by `may_see`: a scenario the viewer may not
see behaves exactly as one that does not exist.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import delete, insert, select

from willing.domain.errors import NotFound, Problem, ValidationFailure
from willing.domain.labels import PUBLIC, Label, may_see
from willing.scenarios.checks import UNRESOLVED, check_scenario
from willing.scenarios.definition import BUILTINS, Scenario, parse_scenario
from willing.services.access import UNLABELLED, Registry, viewer_label
from willing.services.permissions import Action, require
from willing.storage import audit
from willing.storage.schema import scenarios as table


def label_of(scenario: Scenario) -> Label:
    """Who may see a stored scenario."""
    return scenario.label if scenario.label is not None else UNLABELLED


def _label_for_save(registry: Registry, scenario: Scenario, where: str) -> Label:
    """The label to store: the file's (checked), else national to the saver's party, or
    public for an administrator."""
    admin = registry.tokens is None
    party = registry.viewer.party
    label = scenario.label
    if label is None:
        return PUBLIC if admin else viewer_label(registry)
    problems: list[Problem] = []
    parties = {r.id for r in registry.list("parties")}

    def known(field: str, code: str) -> None:
        if code not in parties:
            message = f"unknown party '{code}'" if admin else UNRESOLVED
            problems.append(Problem(where, field, message))

    if admin:
        if label.owner is not None:
            known("label.owner", label.owner)
    elif label.owner is None and party is not None:
        label = label.model_copy(update={"owner": party})
    elif label.owner != party:
        problems.append(Problem(where, "label.owner", "must be your own party"))
    for index, code in enumerate(label.releasable_to):
        known(f"label.releasable_to[{index}]", code)
    if not problems and not may_see(label, registry.tokens):
        problems.append(Problem(where, "label", "you could not see a scenario with this label"))
    if problems:
        raise ValidationFailure(problems)
    return label


def _may_replace(registry: Registry, existing: Scenario) -> bool:
    """An administrator may replace any stored scenario; others only their party's own."""
    if registry.tokens is None:
        return True
    label = label_of(existing)
    party = registry.viewer.party
    return party is not None and label.owner == party and may_see(label, registry.tokens)


def _parse(sid: str, body: str) -> Scenario:
    return parse_scenario(json.loads(body), where=f"stored scenario '{sid}'")


def save_scenario(registry: Registry, scenario: Scenario) -> None:
    """Check the scenario against what the viewer sees, then store it (replacing its id).

    An id already used by a stored scenario the viewer may not replace (another party's, or
    one hidden from it) is refused with the same words either way. The save writes an audit
    entry in the same transaction, so the registry revision (which stored results record)
    moves with every scenario edit.
    """
    require(registry.viewer, Action.STORE_SCENARIO)
    where = f"scenario '{scenario.id}'"
    if scenario.id in BUILTINS:
        raise ValidationFailure([Problem(where, "id", "is a built-in scenario; choose another id")])
    admin = registry.tokens is None
    # hypothetical pledges join the viewer's own records (see `service`): only the pledges
    # he sees can clash, so no id tells him that a hidden pledge exists
    check_scenario(scenario, registry.dataset(), admin=admin)
    labelled = scenario.model_copy(update={"label": _label_for_save(registry, scenario, where)})
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with registry.store.transaction() as conn:
        old = conn.execute(select(table.c.body).where(table.c.id == scenario.id)).scalar()
        if old is not None and not _may_replace(registry, _parse(scenario.id, old)):
            message = f"scenario id '{scenario.id}' is already taken; choose another"
            raise ValidationFailure([Problem(where, "id", message)])
        conn.execute(delete(table).where(table.c.id == scenario.id))
        conn.execute(
            insert(table).values(
                id=scenario.id,
                title=scenario.title,
                body=json.dumps(labelled.body()),
                created_at=now,
            )
        )
        audit.append(
            conn,
            str(registry.viewer),
            "scenario-save",
            {"scenario": scenario.id, "replaced": old is not None},
        )


def stored_scenarios(registry: Registry) -> list[Scenario]:
    """Every stored scenario the viewer may see, in id order."""
    with registry.store.engine.connect() as conn:
        rows = conn.execute(select(table.c.id, table.c.body).order_by(table.c.id)).all()
    found = [_parse(sid, body) for sid, body in rows]
    return [s for s in found if may_see(label_of(s), registry.tokens)]


def all_scenarios(registry: Registry) -> list[Scenario]:
    """Built-in scenarios first, then the stored ones the viewer may see."""
    return [*BUILTINS.values(), *stored_scenarios(registry)]


def _stored_body(registry: Registry, name: str) -> dict[str, Any] | None:
    with registry.store.engine.connect() as conn:
        body = conn.execute(select(table.c.body).where(table.c.id == name)).scalar_one_or_none()
    return None if body is None else dict(json.loads(body))


def find_scenario(registry: Registry, name: str) -> Scenario:
    """A built-in or stored scenario by id; one hidden from the viewer is not found."""
    if name in BUILTINS:
        return BUILTINS[name]
    body = _stored_body(registry, name)
    found = None if body is None else parse_scenario(body, where=f"stored scenario '{name}'")
    if found is None or not may_see(label_of(found), registry.tokens):
        known = ", ".join([*BUILTINS, *(s.id for s in stored_scenarios(registry))])
        raise NotFound(f"no scenario '{name}'; known: {known}")
    return found


def is_stored(registry: Registry, scenario: Scenario) -> bool:
    """True when `scenario` is the one stored under its id (not the viewer's own file)."""
    if scenario.id in BUILTINS:
        return False
    return _stored_body(registry, scenario.id) == scenario.body()


def count_stored(registry: Registry) -> int:
    """How many scenarios are stored (every one, whoever may see it)."""
    with registry.store.engine.connect() as conn:
        return len(conn.execute(select(table.c.id)).all())
