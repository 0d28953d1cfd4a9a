"""The data sets the non-interference tests compare: the shipped data set with records only
Cyprus may see added, and variants in which every record hidden from one viewer is changed
or removed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from willing.domain.catalog import KINDS, Dataset
from willing.domain.fields import fields_of
from willing.domain.records import Record
from willing.services.access import Registry, Role, Viewer
from willing.services.registry import read_source
from willing.storage.store import Store

HIDDEN_OWNER = "CYP"  # no viewer of the tests may see what only Cyprus may see

#: How a viewer's hidden records are perturbed.
PERTURBATIONS = ("changed", "removed")


def extra_hidden() -> dict[str, list[dict[str, Any]]]:
    """Records only Cyprus may see: a pledge, a force-plan line and a condition."""
    label = {"classification": "NATIONAL", "owner": HIDDEN_OWNER, "releasable_to": [HIDDEN_OWNER]}
    return {
        "conditions": [
            {"id": "parliament:CYP", "name": "Cypriot vote", "probability": 0.7, "label": label}
        ],
        "pledges": [
            {
                "id": "P-CYP-mech-secret",
                "party": "CYP",
                "capability": "mech-inf-bn",
                "quantity": 2,
                "layers": ["reassure"],
                "readiness_days": 0,
                "label": label,
            }
        ],
        "requirements": [
            {
                "id": "R-CYP-SECRET",
                "capability": "mech-inf-bn",
                "quantity": 1,
                "layer": "reassure",
                "location": "UKR",
                "phase": "entry",
                "priority": 1,
                "label": label,
            }
        ],
    }


def with_extra(base: Dataset) -> Dataset:
    from willing.interchange.documents import parse_record

    records = {k: list(v) for k, v in base.records.items()}
    problems: list[Any] = []
    for kind, items in extra_hidden().items():
        for raw in items:
            parsed = parse_record(kind, raw, "extra", problems)
            assert parsed is not None, problems
            records[kind].append(parsed)
    return Dataset(name=base.name, title=base.title, records=records)


def changed(record: Record) -> Record:
    """The record with one value changed, keeping it valid."""
    for spec in fields_of(type(record)):
        if spec.shape != "scalar" or spec.ref is not None or spec.name == "id":
            continue
        value = getattr(record, spec.name)
        if spec.py_type is float and isinstance(value, float) and spec.name != "probability":
            return record.model_copy(update={spec.name: value + 1})
        if spec.py_type is str and isinstance(value, str):
            return record.model_copy(update={spec.name: value + " (changed)"})
    return record.model_copy(update={"notional": not record.notional})


def variant(dataset: Dataset, hidden: set[tuple[str, str]], how: str) -> Dataset:
    records: dict[str, list[Record]] = {}
    for kind in KINDS:
        out = []
        for record in dataset.records[kind]:
            if (kind, record.id) not in hidden:
                out.append(record)
            elif how == "changed":
                out.append(changed(record))
        records[kind] = out
    return Dataset(name=dataset.name, title=dataset.title, records=records)


def shipped_with_extra() -> Dataset:
    """The shipped data set plus the records only Cyprus may see."""
    return with_extra(read_source("cotw-ukraine-2026"))


def hidden_from(dataset: Dataset, party: str | None, tmp: Path) -> set[tuple[str, str]]:
    store = Store.open(f"sqlite:///{tmp / 'probe.db'}")
    try:
        store.write(dataset, actor="test")
        viewer = Viewer(party, Role.LIAISON if party else Role.ANALYST)
        seen = Registry(store, viewer).dataset()
        shown = {(k, r.id) for k in KINDS for r in seen.records[k]}
    finally:
        store.close()
    return {(k, r.id) for k in KINDS for r in dataset.records[k]} - shown
