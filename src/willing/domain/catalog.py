"""The catalogue of entity kinds, in dependency order, and the Dataset that holds records."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from willing.domain.diplomacy import (
    Clause,
    Document,
    Issue,
    Meeting,
    Participation,
    Position,
    Source,
)
from willing.domain.errors import UnknownKind
from willing.domain.forces import (
    Capability,
    Condition,
    Location,
    Phase,
    Pledge,
    Requirement,
)
from willing.domain.parties import Appointment, Indicator, Party, Person
from willing.domain.records import Record

#: Every entity kind, ordered so that a record only refers to kinds listed before it
#: (parties refer to parties; those self-references are ordered within the kind).
ENTITIES: tuple[type[Record], ...] = (
    Source,
    Party,
    Person,
    Appointment,
    Indicator,
    Capability,
    Location,
    Phase,
    Condition,
    Meeting,
    Participation,
    Pledge,
    Requirement,
    Document,
    Clause,
    Issue,
    Position,
)

KINDS: dict[str, type[Record]] = {entity.kind: entity for entity in ENTITIES}

#: Singular names accepted on the command line (`willing show pledge P-1`).
SINGULAR: dict[str, str] = {
    "source": "sources",
    "party": "parties",
    "person": "people",
    "appointment": "appointments",
    "indicator": "indicators",
    "capability": "capabilities",
    "location": "locations",
    "phase": "phases",
    "condition": "conditions",
    "meeting": "meetings",
    "participation": "participations",
    "pledge": "pledges",
    "requirement": "requirements",
    "document": "documents",
    "clause": "clauses",
    "issue": "issues",
    "position": "positions",
}


def kind_named(name: str) -> str:
    """Resolve a kind from its plural or singular name; UnknownKind names the choices."""
    key = name.strip().lower()
    if key in KINDS:
        return key
    if key in SINGULAR:
        return SINGULAR[key]
    raise UnknownKind(f"unknown kind '{name}'; choose one of: {', '.join(KINDS)}")


@dataclass
class Dataset:
    """Records of every kind, each list in id order once normalised."""

    name: str = "untitled"
    title: str = ""
    records: dict[str, list[Record]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for kind in KINDS:
            self.records.setdefault(kind, [])

    def __iter__(self) -> Iterator[Record]:
        for kind in KINDS:
            yield from self.records[kind]

    def __len__(self) -> int:
        return sum(len(items) for items in self.records.values())

    def counts(self) -> dict[str, int]:
        """Number of records of each kind."""
        return {kind: len(self.records[kind]) for kind in KINDS}

    def sorted(self) -> Dataset:
        """A copy with each kind's records in id order, as exports write them."""
        return Dataset(
            name=self.name,
            title=self.title,
            records={k: sorted(v, key=lambda r: r.id) for k, v in self.records.items()},
        )
