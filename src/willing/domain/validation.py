"""Whole-dataset checks that no single record can make: unique ids, known references,
references that stay within the audience of the record that holds them, and the
consistency checks of `willing.domain.consistency` (cycles, evidence spans, owners)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Set

from willing.domain.audience import Groups, describe, uncovered
from willing.domain.catalog import KINDS, Dataset
from willing.domain.consistency import cycle_problems, owner_problems, span_problems
from willing.domain.errors import Problem, ValidationFailure
from willing.domain.fields import refs_of, values_at
from willing.domain.labels import PUBLIC, Label
from willing.domain.namespaces import namespace_problems
from willing.domain.parties import Party


def check_dataset(
    dataset: Dataset,
    existing: Mapping[str, Set[str]] | None = None,
    where: str = "input",
    *,
    stored_labels: Mapping[str, Mapping[str, Label]] | None = None,
    stored_member_of: Mapping[str, Iterable[str]] | None = None,
    stored_texts: Mapping[str, str | None] | None = None,
) -> None:
    """Raise ValidationFailure listing every duplicate id, dangling or leaking reference,
    inconsistency (see `willing.domain.consistency`) and id outside the namespace its label
    opens to (see `willing.domain.namespaces`).

    `existing` holds the ids already stored per kind: new ids must not clash with them,
    and references may point at them. `stored_labels` holds the labels of stored records
    that are not PUBLIC (a stored id missing from it is PUBLIC) and `stored_member_of` the
    stored parties' groups; with them a reference to a stored record is held to the
    audience rule (`willing.domain.audience`) like one inside the dataset. `stored_texts`
    holds the text of stored sources the dataset cites with a span or quote (see
    `consistency.quoted_sources`).
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
                        problems.append(Problem(at, path, f"unknown {_noun(target)} '{value}'"))
    problems.extend(
        audience_problems(dataset, known, where, stored_labels or {}, stored_member_of or {})
    )
    problems.extend(cycle_problems(dataset, where))
    problems.extend(span_problems(dataset, where, stored_texts))
    problems.extend(owner_problems(dataset, where))
    problems.extend(namespace_problems(dataset, where))
    if problems:
        raise ValidationFailure(problems)


def _noun(kind: str) -> str:
    return "party code" if kind == "parties" else f"{kind} id"


def audience_problems(
    dataset: Dataset,
    known: Mapping[str, Set[str]],
    where: str,
    stored_labels: Mapping[str, Mapping[str, Label]],
    stored_member_of: Mapping[str, Iterable[str]],
) -> list[Problem]:
    """Every reference from a record to one that some viewer of the record may not see.

    Evidence citing a source counts: its quote copies the source's text. References to
    unknown ids are left to the reference check.
    """
    labels: dict[str, dict[str, Label]] = {
        kind: dict(stored_labels.get(kind, {})) for kind in KINDS
    }
    member_of: dict[str, Iterable[str]] = dict(stored_member_of)
    for kind, records in dataset.records.items():
        for record in records:
            labels[kind].setdefault(record.id, record.label)
    for party in dataset.records["parties"]:
        if isinstance(party, Party):
            member_of.setdefault(party.id, party.member_of)
    groups = Groups(member_of)
    problems: list[Problem] = []
    for kind, records in dataset.records.items():
        paths = refs_of(KINDS[kind])
        for index, record in enumerate(records):
            at = f"{where}: {kind}[{index}] id '{record.id}'"
            for path, target in paths:
                for value in values_at(record, path):
                    if value not in known[target] or (target == kind and value == record.id):
                        continue
                    label = labels[target].get(value, PUBLIC)
                    who = uncovered(record.label, label, groups)
                    if who is None:
                        continue
                    viewer = (
                        "a viewer without a party"
                        if not who
                        else f"members of '{who}'"
                        if groups.has_members(who)
                        else f"'{who}'"
                    )
                    problems.append(
                        Problem(
                            at,
                            path,
                            f"{_noun(target)} '{value}' is {describe(label)}, narrower than "
                            f"this record ({describe(record.label)}): {viewer} may see this "
                            f"record but not '{value}'",
                        )
                    )
    return problems
