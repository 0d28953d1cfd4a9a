"""Whole-dataset checks that no single record can make: unique ids and known references."""

from __future__ import annotations

from collections.abc import Mapping, Set

from willing.domain.catalog import KINDS, Dataset
from willing.domain.errors import Problem, ValidationFailure
from willing.domain.fields import refs_of, values_at


def check_dataset(
    dataset: Dataset,
    existing: Mapping[str, Set[str]] | None = None,
    where: str = "input",
) -> None:
    """Raise ValidationFailure listing every duplicate id and dangling reference.

    `existing` holds the ids already stored per kind: new ids must not clash with them,
    and references may point at them.
    """
    existing = existing or {}
    problems: list[Problem] = []
    known: dict[str, set[str]] = {kind: set(existing.get(kind, ())) for kind in KINDS}
    for kind, records in dataset.records.items():
        seen: set[str] = set()
        for index, record in enumerate(records):
            at = f"{where}: {kind}[{index}] id '{record.id}'"
            if record.id in seen:
                problems.append(Problem(at, "id", "duplicate id in the input"))
            elif record.id in known[kind]:
                problems.append(Problem(at, "id", "duplicate id: a record with it already exists"))
            seen.add(record.id)
        known[kind] |= seen
    for kind, records in dataset.records.items():
        paths = refs_of(KINDS[kind])
        for index, record in enumerate(records):
            at = f"{where}: {kind}[{index}] id '{record.id}'"
            for path, target in paths:
                for value in values_at(record, path):
                    if value not in known[target]:
                        noun = "party code" if target == "parties" else f"{target} id"
                        problems.append(Problem(at, path, f"unknown {noun} '{value}'"))
    if problems:
        raise ValidationFailure(problems)
