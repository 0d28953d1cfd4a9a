"""People on unseen text, from the sixteenth sealed set's misses (now `gold/s16-*`): each
class is probed with sentences written for the concept, in other words than any article's,
with negatives (see docs/ingest.md, "People on unseen text: the sixteenth sealed set's
misses")."""

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


# --- a label naming a calling the table lacked: a sponsor, a teacher, a writer ---

_INDONESIAN = (
    "Indonesia mengirim 200 pemantau ke Ukraina. Pemerintah Indonesia menyatakan misi itu "
    "berlanjut selama gencatan senjata bertahan.\n\n"
)
_BRITISH = (
    "The United Kingdom keeps 900 troops in Estonia. The United Kingdom will review the "
    "deployment after the summit.\n\n"
)

_LABELLED = [
    (_INDONESIAN + "Guru Pembimbing: Dra. Sri Handayani", ("Sri Handayani", None, "IDN")),
    (_INDONESIAN + "Wali kelas: Bapak Joko Purnomo", ("Joko Purnomo", None, "IDN")),
    (_INDONESIAN + "Penulis cerita: Andi Wibowo", ("Andi Wibowo", None, "IDN")),
    (
        "London, 3 May 2029\n\nLead sponsor: Hannah Cole MP\n\nThe House notes that the "
        "United Kingdom will keep its minehunters in the Black Sea.",
        ("Hannah Cole", None, "GBR"),
    ),
    (_BRITISH + "Class teacher: Mr Thomas Price", ("Thomas Price", None, "GBR")),
]


@pytest.mark.parametrize(("text", "expected"), _LABELLED)
def test_a_label_of_a_calling_names_a_person(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


_NOT_LABELLED = [
    _BRITISH + "Sponsor: Ministry of Defence",
    _INDONESIAN + "Penulis: Tim Redaksi",
    _INDONESIAN + "Guru: 24 orang, siswa: 310 orang",
    _BRITISH + "Sponsors: Royal Navy Association and Veterans Trust",
]


@pytest.mark.parametrize("text", _NOT_LABELLED)
def test_no_person_from_a_label_of_a_thing(text: str) -> None:
    names = _names(text)
    assert not names & {"Ministry Of Defence", "Tim Redaksi", "Royal Navy Association"}
    assert not any(n.startswith(("Ministry", "Tim ", "Royal", "Veterans")) for n in names)


# --- a doctor or a professor in a text with no dateline: of the state it is about ---

_ACADEMIC = [
    (
        "The clinic is run by Norway, which pays for it. Norway also sends 40 nurses. "
        "Thanks go to Dr Kari Lunde, who leads the clinic, for her patience.",
        ("Kari Lunde", None, "NOR"),
    ),
    (
        "Notes for the seminar - Prof. Anne Visser\n\nThe Netherlands sends 300 troops. "
        "The Netherlands will stay as long as the ceasefire lasts.",
        ("Anne Visser", None, "NLD"),
    ),
    (
        "Denmark has pledged a field hospital; Denmark will staff it until 2030. "
        "Professor Lars Holm, who advised the ministry, welcomed the pledge.",
        ("Lars Holm", None, "DNK"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _ACADEMIC)
def test_an_academic_title_takes_the_texts_state(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


_NOT_ACADEMIC = [
    # no state named twice ahead of the others: no state for the doctor
    ("Dr Kari Lunde, who leads the clinic, thanked the donors for their patience.", "Kari Lunde"),
    # the institution in brackets tells the state
    (
        "Norway pays for the clinic; Norway sends 40 nurses. Dr Jan Kowal (University of "
        "Warsaw) spoke too.",
        ("Jan Kowal", None, "POL"),
    ),
]


def test_no_state_for_a_doctor_when_the_text_tells_none() -> None:
    text, name = _NOT_ACADEMIC[0]
    assert name not in _names(str(text))


def test_the_institution_in_brackets_wins_over_the_texts_state() -> None:
    text, expected = _NOT_ACADEMIC[1]
    people = _people(str(text))
    assert expected in people
    assert ("Jan Kowal", None, "NOR") not in people


# --- a capacity naming a town: the person is of the town's state ---

_TOWN_OFFICE = [
    (
        "Bantuan itu diterima oleh Mykola Savchuk, Kepala Dinas Kesehatan Kota Lviv, pada "
        "Senin (3/9/2029).",
        ("Mykola Savchuk", None, "UKR"),
    ),
    (
        "Menurut Wakil Wali Kota Odesa, Petro Hnatiuk, generator itu akan dipasang di rumah "
        "sakit.",
        ("Petro Hnatiuk", None, "UKR"),
    ),
    (
        "JAKARTA - Indonesia mengirim bantuan. Kepala Dinas Sosial Kota Gdansk, Anna "
        "Wisniewska, menerima bantuan itu.",
        ("Anna Wisniewska", None, "POL"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _TOWN_OFFICE)
def test_a_capacity_of_a_town_gives_its_state(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


def test_a_capacity_of_a_home_town_stays_at_home() -> None:
    text = (
        "Wali Kota Semarang, Hendra Prasetyo, melepas keluarga prajurit yang berangkat ke "
        "Ukraina pada Jumat (7/9/2029)."
    )
    people = _people(text)
    assert ("Hendra Prasetyo", None, "UKR") not in people
