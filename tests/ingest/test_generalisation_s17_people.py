"""People on unseen text, from the seventeenth sealed set's misses (now `gold/s17-*`): a
person named without a role, found by a known given name wherever the name stands (a
call's speaker, a line of class notes, an applicant, a guide), probed with sentences
written for the concept, in other words than any article's, with negatives (see
docs/ingest.md, "People on unseen text: the seventeenth sealed set's misses")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract

from . import phrasing

DAY = dt.date(2029, 6, 1)


def _people(text: str) -> set[tuple[Any, ...]]:
    return phrasing.people(extract(text, published=DAY))


def _names(text: str) -> set[str]:
    return {p[0] for p in _people(text)}


_SWEDISH = "STOCKHOLM, 2 May 2029 - Sweden keeps 150 troops in Latvia.\n\n"
_INDONESIAN = (
    "JAKARTA - Indonesia mengirim 200 pemantau ke Ukraina. Pemerintah Indonesia menyatakan "
    "misi itu berlanjut selama gencatan senjata bertahan.\n\n"
)
_IRISH = "DUBLIN, 4 March 2029 - Ireland sends 40 monitors to the mission.\n\n"
_POLISH = "WARSAW, 9 April 2029 - Poland trains Ukrainian engineers near Rzeszow.\n\n"

# --- a known given name, then a surname: a person wherever it stands ---

_GIVEN = [
    # a speaker of a call
    (
        _SWEDISH + "Magnus Eriksson, head of investor relations: Thank you all for joining.",
        ("Magnus Eriksson", None, "SWE"),
    ),
    # a line of class notes
    (
        _IRISH + "Class of 2009\n\nConor Walsh has moved to Brussels with his family.",
        ("Conor Walsh", None, "IRL"),
    ),
    # an applicant with an institution in brackets: its state
    (
        _SWEDISH + "Applicant: Katarzyna Nowak (University of Warsaw)\nDuration: 18 months",
        ("Katarzyna Nowak", None, "POL"),
    ),
    # an institution after "of": its state
    (
        _SWEDISH + "The panel heard Henrik Dahl of the Oslo Peace Institute, who was cautious.",
        ("Henrik Dahl", None, "NOR"),
    ),
    # a guide of a tour, with a particle in the surname
    (
        "AMSTERDAM, 1 June 2029 - The Netherlands sends two minehunters.\n\n"
        "Tour leader: Pieter van Dijk. Meet at the museum at ten.",
        ("Pieter van Dijk", None, "NLD"),
    ),
    # minutes in Indonesian
    (
        _INDONESIAN + "Notulen disusun oleh Agus Prasetyo dan diperiksa pimpinan rapat.",
        ("Agus Prasetyo", None, "IDN"),
    ),
    # an applicant in Indonesian
    (
        _INDONESIAN + "Pemohon: Siti Rahmawati\nAlamat: Bandung",
        ("Siti Rahmawati", None, "IDN"),
    ),
    # a volunteer quoted in a Polish report
    (
        _POLISH + "Tomasz Zielinski, who drives the supply van, said the road was clear.",
        ("Tomasz Zielinski", None, "POL"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _GIVEN)
def test_a_known_given_name_names_a_person(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


# --- near misses: a thing named after a person, a title of a work, a headline ---

_NOT_PEOPLE = [
    (_IRISH + "The convoy formed up on Anna Street before dawn.", "Anna Street"),
    (_IRISH + "Delegates attended the Anna Lind Memorial Lecture in Dublin.", "Anna Lind"),
    (_INDONESIAN + "Rombongan melintas di Jalan Ahmad Yani menuju bandara.", "Ahmad Yani"),
    (_IRISH + "Volunteers from St John Ambulance staffed the tent.", "John Ambulance"),
    (_SWEDISH + "The troupe staged “Anna Karenina” for the soldiers.", "Anna Karenina"),
    (_SWEDISH + "The ferry was renamed the Ingrid Bergman before the voyage.", "Ingrid Bergman"),
    (_POLISH + "Tomasz Steps Down As Coalition Envoy\n\nPoland named a new envoy.", "Tomasz Steps"),
    # a tour's stop: a street, not its guide
    (
        _SWEDISH + "Stop 2: Harju Street, where the old embassy stood.\nGuide: Liis Tamm",
        "Harju Street",
    ),
    # no state the text tells: no person
    ("Thanks go to Helen Morris, who organised the collection.", "Helen Morris"),
]


@pytest.mark.parametrize(("text", "name"), _NOT_PEOPLE)
def test_no_person_from_a_thing_named_after_one(text: str, name: str) -> None:
    assert name not in _names(text)


def test_a_name_with_a_role_keeps_it() -> None:
    text = _SWEDISH + "Poland's defence minister, Anna Kowalska, said Poland would stay."
    people = _people(text)
    assert ("Anna Kowalska", "Defence Minister", "POL") in people
    assert ("Anna Kowalska", None, "SWE") not in people
