"""Phrasing classes from the eighth sealed set (now `gold/s8-*`), for people, meetings,
figures, counts and dates: each class is probed with sentences written for the concept, in
other words than any article's (see docs/ingest.md, "Phrasing classes from the eighth
sealed set: meetings, people and figures")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract
from willing.ingest.items import Extraction

from . import phrasing

DAY = dt.date(2026, 12, 6)


def _run(text: str, published: dt.date = DAY) -> Extraction:
    return extract(text, published=published)


def _people(text: str) -> set[tuple[Any, ...]]:
    return phrasing.people(_run(text))


# --- people: the state of what the person says, across a clause or an object ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Defence Minister Anneli Korva, who flew in on Monday, said Finland will send "
            "engineers.",
            ("Anneli Korva", "Defence Minister", "FIN"),
        ),
        (
            "Foreign Minister Jonas Baltrus told the assembled envoys that Lithuania would "
            "host the hub.",
            ("Jonas Baltrus", "Foreign Minister", "LTU"),
        ),
        (
            "Menteri Pertahanan Rui Almeida, yang tiba pagi tadi, menegaskan bahwa Portugal "
            "siap mengirim kapal.",
            ("Rui Almeida", "Defence Minister", "PRT"),
        ),
        (
            "Prime Minister Eva Lindqvist assured the parliament that Sweden will pay its share.",
            ("Eva Lindqvist", "Prime Minister", "SWE"),
        ),
    ],
)
def test_the_state_the_person_speaks_for(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


def test_a_state_inside_the_clause_is_not_the_speakers() -> None:
    people = _people(
        "Defence Minister Karl Braun, who met the Polish envoy, said the talks went well."
    )
    assert ("Karl Braun", "Defence Minister", None) in people


# --- people: the role after the name, a state owning the ministry -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lars Halvorsen, spokesman of the Norwegian Defence Ministry, declined to comment.",
            ("Lars Halvorsen", "Spokesperson", "NOR"),
        ),
        (
            "- Ana Petrescu, Romanian foreign ministry spokeswoman, 3 December.",
            ("Ana Petrescu", "Spokesperson", "ROU"),
        ),
        (
            "Kenji Sato, juru bicara Kementerian Luar Negeri Jepang, mengatakan Tokyo mendukung "
            "misi itu.",
            ("Kenji Sato", "Spokesperson", "JPN"),
        ),
        (
            "Croatia abstained. Its finance minister, Petra Horvat, told the call that Zagreb "
            "would not pay.",
            ("Petra Horvat", "Minister", "HRV"),
        ),
        (
            "Menteri Keuangan Belanda Eelco Vos mengatakan anggaran sudah siap.",
            ("Eelco Vos", "Minister", "NLD"),
        ),
    ],
)
def test_a_role_and_its_ministry(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


# --- people: titles (abbreviated, with a rank, a regnal number, a posting) --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dutch FM Sanne de Wit: the Netherlands will train pilots.",
            ("Sanne de Wit", "Foreign Minister", "NLD"),
        ),
        (
            "Latvia's Chief of Defence General Kaspars Pudans visited the base.",
            ("Kaspars Pudans", "Chief of Defence", "LVA"),
        ),
        (
            "His Majesty King Harald V of Norway received the crew.",
            ("Harald V", "King", "NOR"),
        ),
        (
            "Duta Besar Polandia untuk Indonesia Marek Kowalski hadir dalam seminar itu.",
            ("Marek Kowalski", "Ambassador", "POL"),
        ),
    ],
)
def test_titles(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


def test_a_salutation_names_nobody() -> None:
    assert not _people("Mr President, Mrs Kovacs, excellencies, ladies and gentlemen,")


# --- people: office-holders named without their state; members by faction --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Menteri Pertahanan Sjafrie Sjamsoeddin berbicara kepada wartawan.",
            ("Sjafrie Sjamsoeddin", "Defence Minister", "IDN"),
        ),
        (
            "Defence Minister Pål Jonson said the brigade is ready.",
            ("Pål Jonson", "Defence Minister", "SWE"),
        ),
        ("Wang Yi spoke with his counterpart by telephone.", ("Wang Yi", None, "CHN")),
        ("Penny Wong said the offer still stands.", ("Penny Wong", None, "AUS")),
        (
            "Rizki Natakusumah (Fraksi Demokrat): Apakah pemerintah sudah memutuskan?",
            ("Rizki Natakusumah", None, "IDN"),
        ),
        (
            "Anggota Komisi I Nurul Arifin (Fraksi Golkar) menanyakan biaya misi.",
            ("Nurul Arifin", None, "IDN"),
        ),
    ],
)
def test_office_holders_and_members(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)
