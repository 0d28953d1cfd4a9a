"""The owner rule: in which kinds a record's `party` is its owner, and in which it is only
what the record is about.

A party always sees what it said itself, so a record in which its `party` speaks for
itself (`Record.party_owns`) must be owned by that party or by no one, and only that
party's liaison officer may write it. Every other kind with a `party` field describes the
party; who recorded it is the label's owner. The table below is the decision for each
kind, and fails when a kind gains a `party` field nobody has decided on.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.domain.catalog import KINDS, Dataset
from willing.domain.consistency import owner_problems
from willing.domain.diplomacy import Participation, Position
from willing.domain.forces import Pledge
from willing.domain.labels import Classification, Label
from willing.domain.parties import Appointment, Indicator, Person
from willing.domain.records import Record
from willing.services.access import Role, Viewer
from willing.services.permissions import Action, allowed, owned_by

#: Kind -> whether its `party` speaks for itself in the record, and why.
DECIDED: dict[str, tuple[bool, str]] = {
    "pledges": (True, "a party's offer of forces or money: what it said itself"),
    "positions": (False, "a stance as observed: France may record Britain's position"),
    "participations": (False, "attendance at a meeting, as its host or the news report it"),
    "people": (False, "the party a person acts for"),
    "appointments": (False, "the party a role is held for"),
    "indicators": (False, "a figure about the party, from a statistics office"),
}


def _national(owner: str) -> Label:
    return Label(classification=Classification.NATIONAL, owner=owner, releasable_to=[owner])


def test_every_kind_with_a_party_is_decided() -> None:
    with_party = {kind for kind, model in KINDS.items() if "party" in model.model_fields}
    assert with_party == set(DECIDED), "decide the owner rule for the new kind here"
    for kind, (owns, _) in DECIDED.items():
        assert KINDS[kind].party_owns is owns, kind


ABOUT: list[Record] = [
    Position(
        id="POS-GBR",
        issue="ISS",
        party="GBR",
        stance="support",
        as_of=dt.date(2026, 1, 6),
        label=_national("FRA"),
    ),
    Participation(
        id="PART-GBR", meeting="M", party="GBR", level="minister", label=_national("FRA")
    ),
    Person(id="starmer", name="Keir Starmer", party="GBR", label=_national("FRA")),
    Appointment(id="APP", person="starmer", party="GBR", title="PM", label=_national("FRA")),
    Indicator(id="IND", party="GBR", metric="gdp_eur", year=2024, label=_national("FRA")),
]


@pytest.mark.parametrize("record", ABOUT, ids=lambda r: r.kind)
def test_a_record_about_a_party_belongs_to_its_labels_owner(record: Record) -> None:
    assert owned_by(record, "FRA")
    assert not owned_by(record, "GBR")  # the party it is about does not own it
    unowned = record.model_copy(update={"label": Label()})
    assert not owned_by(unowned, "GBR")  # nor does it own a public record about it
    data = Dataset(name="t", records={k: [] for k in KINDS} | {record.kind: [record]})
    assert owner_problems(data, "input") == []


def test_a_pledge_belongs_to_its_party() -> None:
    own = Pledge(id="P", party="POL", capability="c", quantity=1, layers=["reassure"])
    assert owned_by(own, "POL")
    assert owned_by(own.model_copy(update={"label": _national("POL")}), "POL")
    assert not owned_by(own, "FRA")
    assert not owned_by(own.model_copy(update={"label": _national("FRA")}), "FRA")
    liaison = Viewer("POL", Role.LIAISON)
    assert allowed(liaison, Action.CREATE, "pledges", own)
    assert not allowed(liaison, Action.CREATE, "pledges", own.model_copy(update={"party": "FRA"}))
    wrong = own.model_copy(update={"label": _national("FRA")})
    data = Dataset(name="t", records={k: [] for k in KINDS} | {"pledges": [wrong]})
    (problem,) = owner_problems(data, "input")
    assert "'POL' would not see its own pledge" in str(problem)
