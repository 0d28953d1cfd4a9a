"""Scenarios kept in the database, beside the built-in ones.

A stored scenario carries a releasability label, kept in the `scenarios` table's label
columns (`storage/scenarios.py`) so that every read selects, in SQL, only what the viewer
may see: a scenario the viewer may not see behaves exactly as one that does not exist.

Scenario ids are unique within a *namespace*, not across the table, so that saving never
tells whether a hidden scenario holds an id: a scenario's namespace is its label's owner
(a party), or, without an owner, its label itself. Whoever may save into a namespace may
see every scenario in it (a party sees what it owns; a label without owner must be one the
saver may see, and every scenario in that namespace has that very label), so an id can
only clash with a scenario the saver sees. The table's key is `namespace/id`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from willing.domain.errors import NotFound, Problem, ValidationFailure
from willing.domain.labels import PUBLIC, Classification, Label, may_see
from willing.scenarios.checks import UNRESOLVED, check_scenario
from willing.scenarios.definition import BUILTINS, Scenario, parse_scenario
from willing.services.access import UNLABELLED, Registry, viewer_label
from willing.services.permissions import Action, require
from willing.storage import audit
from willing.storage import scenarios as repository
from willing.storage.visibility import Audience


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


#: Longest key the `scenarios` table holds.
KEY_LENGTH = 120


def namespace_of(label: Label) -> str:
    """The namespace a scenario's id is unique in: its owner, `*` for a public scenario
    without owner, else a digest of its label (every scenario there has that label)."""
    if label.owner is not None:
        return label.owner
    if label.classification is Classification.PUBLIC:
        return "*"
    canonical = json.dumps(label.model_dump(mode="json"), sort_keys=True)
    return "~" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]


def key_of(scenario: Scenario) -> str:
    """The stored key: `namespace/id`, or a digest of it when that is too long."""
    key = f"{namespace_of(label_of(scenario))}/{scenario.id}"
    if len(key) <= KEY_LENGTH:
        return key
    return "#" + hashlib.sha256(key.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class _Row:
    """One stored scenario with its key (rows written before namespaces keep their id)."""

    key: str
    scenario: Scenario

    @property
    def namespace(self) -> str:
        return namespace_of(label_of(self.scenario))


def _rows(conn: Connection, audience: Audience) -> list[_Row]:
    """The stored scenarios a viewer holding `audience` may see (selected in SQL), parsed;
    the pure rule is applied to each parsed label as well, which costs nothing more."""
    rows = [_Row(s.key, _parse(s.key, s.body)) for s in repository.listing(conn, audience)]
    return [r for r in rows if may_see(label_of(r.scenario), audience)]


def _may_replace(registry: Registry, existing: Scenario) -> bool:
    """An administrator may replace any stored scenario; others only their party's own."""
    if registry.tokens is None:
        return True
    label = label_of(existing)
    party = registry.viewer.party
    return party is not None and label.owner == party and may_see(label, registry.tokens)


def _parse(key: str, data: Any) -> Scenario:
    sid = data.get("id", key) if isinstance(data, dict) else key
    return parse_scenario(data, where=f"stored scenario '{sid}'")


def save_scenario(registry: Registry, scenario: Scenario) -> None:
    """Check the scenario against what the viewer sees, then store it in its namespace
    (replacing the scenario with its id there).

    The id can only clash with a scenario of the same namespace, which the saver may see
    (see the module's docstring): one he may not replace (an administrator's, or a public
    one of another viewer without a party) is refused as already taken. A scenario hidden
    from him never is: his is stored beside it. The save writes an audit entry in the same
    transaction, so the registry revision (which stored results record) moves with every
    scenario edit.
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
    label = label_of(labelled)
    namespace = namespace_of(label)
    with registry.store.transaction() as conn:
        # the saver sees every scenario of his namespace (see the module's docstring)
        same = [
            r
            for r in _rows(conn, registry.tokens)
            if r.scenario.id == scenario.id and r.namespace == namespace
        ]
        if any(not _may_replace(registry, r.scenario) for r in same):
            message = f"scenario id '{scenario.id}' is already taken; choose another"
            raise ValidationFailure([Problem(where, "id", message)])
        repository.replace(
            conn,
            remove=[old.key for old in same],
            key=key_of(labelled),
            title=scenario.title,
            body=labelled.body(),
            label=label,
        )
        audit.append(
            conn,
            registry.viewer.actor,
            "scenario-save",
            {"scenario": scenario.id, "replaced": bool(same)},
        )


def _rank(registry: Registry, scenario: Scenario) -> tuple[int, str]:
    """Which of several visible scenarios with one id an id names: the viewer's party's
    own first, then one without owner (public or shared), then another party's."""
    label = label_of(scenario)
    party = registry.viewer.party
    if label.owner is not None and label.owner == party:
        return 0, ""
    return (1 if label.owner is None else 2), namespace_of(label)


def stored_scenarios(registry: Registry) -> list[Scenario]:
    """Every stored scenario the viewer may see, by id (one id: in the order `_rank` gives)."""
    with registry.connect() as conn:
        seen = [r.scenario for r in _rows(conn, registry.tokens)]
    return sorted(seen, key=lambda s: (s.id, _rank(registry, s)))


def all_scenarios(registry: Registry) -> list[Scenario]:
    """Built-in scenarios first, then the stored ones the viewer may see."""
    return [*BUILTINS.values(), *stored_scenarios(registry)]


def _visible_named(registry: Registry, name: str) -> Scenario | None:
    """The stored scenario `name` names for the viewer (see `_rank`), if he may see one."""
    found = [s for s in stored_scenarios(registry) if s.id == name]
    return found[0] if found else None


def find_scenario(registry: Registry, name: str) -> Scenario:
    """A built-in or stored scenario by id; one hidden from the viewer is not found."""
    if name in BUILTINS:
        return BUILTINS[name]
    found = _visible_named(registry, name)
    if found is None:
        known = ", ".join([*BUILTINS, *dict.fromkeys(s.id for s in stored_scenarios(registry))])
        raise NotFound(f"no scenario '{name}'; known: {known}")
    return found


def is_stored(registry: Registry, scenario: Scenario) -> bool:
    """True when `scenario` is the one its id names for the viewer (not his own file)."""
    if scenario.id in BUILTINS:
        return False
    found = _visible_named(registry, scenario.id)
    return found is not None and found.body() == scenario.body()


def count_stored(registry: Registry) -> int:
    """How many scenarios are stored (every one, whoever may see it)."""
    with registry.store.engine.connect() as conn:
        return repository.count(conn)
