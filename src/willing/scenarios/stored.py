"""Scenarios kept in the database, beside the built-in ones."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import delete, insert, select

from willing.domain.errors import NotFound, Problem, ValidationFailure
from willing.scenarios.checks import check_scenario
from willing.scenarios.definition import BUILTINS, Scenario, parse_scenario
from willing.services.access import Registry
from willing.storage.schema import scenarios as table


def save_scenario(registry: Registry, scenario: Scenario) -> None:
    """Check the scenario against what the viewer sees, then store it (replacing its id)."""
    if scenario.id in BUILTINS:
        where = f"scenario '{scenario.id}'"
        raise ValidationFailure([Problem(where, "id", "is a built-in scenario; choose another id")])
    check_scenario(scenario, registry.dataset())
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with registry.store.transaction() as conn:
        conn.execute(delete(table).where(table.c.id == scenario.id))
        conn.execute(insert(table).values(
            id=scenario.id, title=scenario.title, body=json.dumps(scenario.body()), created_at=now,
        ))


def stored_scenarios(registry: Registry) -> list[Scenario]:
    """Every stored scenario, in id order."""
    with registry.store.engine.connect() as conn:
        rows = conn.execute(select(table.c.id, table.c.body).order_by(table.c.id)).all()
    return [
        parse_scenario(json.loads(body), where=f"stored scenario '{sid}'") for sid, body in rows
    ]


def all_scenarios(registry: Registry) -> list[Scenario]:
    """Built-in scenarios first, then the stored ones."""
    return [*BUILTINS.values(), *stored_scenarios(registry)]


def find_scenario(registry: Registry, name: str) -> Scenario:
    """A built-in or stored scenario by id."""
    if name in BUILTINS:
        return BUILTINS[name]
    with registry.store.engine.connect() as conn:
        body = conn.execute(select(table.c.body).where(table.c.id == name)).scalar_one_or_none()
    if body is None:
        known = ", ".join([*BUILTINS, *(s.id for s in stored_scenarios(registry))])
        raise NotFound(f"no scenario '{name}'; known: {known}")
    return parse_scenario(json.loads(body), where=f"stored scenario '{name}'")


def count_stored(registry: Registry) -> int:
    """How many scenarios are stored."""
    with registry.store.engine.connect() as conn:
        return len(conn.execute(select(table.c.id)).all())
