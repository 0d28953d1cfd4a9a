"""People, a third pass over what the development set still missed: each class is probed
with sentences written for the concept, in other words than any article's, with negatives
(see docs/ingest.md, "People, a third pass: what the development set still missed")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract

from . import phrasing

DAY = dt.date(2028, 6, 1)


def _people(text: str) -> set[tuple[Any, ...]]:
    return phrasing.people(extract(text, published=DAY))


# --- a bare office signing for a body that is no state is the body's, not a state's ---

_SIGNED = [
    (
        "The Harbour Rowing Club thanks every member who collected for the field hospital"
        " in Lviv.\n\nWith best wishes,\nAgnes Thornbury, President",
        "Agnes Thornbury",
    ),
    (
        "The Finnish Teachers' Union supports sending instructors to Ukraine after a"
        " ceasefire.\n\nFor the Board,\nHelmi Lahtinen, President\nOskari Niemi, General"
        " Secretary",
        "Helmi Lahtinen",
    ),
    (
        "MEMO to all branches: the federation will hold a vote on the appeal next week.\n\n"
        "Ruth Callendar, President",
        "Ruth Callendar",
    ),
    (
        "Our choir sang for the families of the soldiers deployed to Estonia.\n"
        "Thank you all.\nBarnaby Quist, President",
        "Barnaby Quist",
    ),
]


@pytest.mark.parametrize(("text", "name"), _SIGNED)
def test_a_bare_office_signing_for_a_body_is_no_role(text: str, name: str) -> None:
    found = _people(text)
    assert any(p[0] == name and p[1] is None for p in found)


_STATE_OFFICES = [
    (
        "France will send troops to Ukraine after a ceasefire.\n\n"
        "Emmanuel Macron, President of the Republic",
        ("Emmanuel Macron", "President", "FRA"),
    ),
    (
        "The minister met Volodymyr Zelensky, President of Ukraine, in Kyiv on Monday.",
        ("Volodymyr Zelensky", "President", "UKR"),
    ),
    (
        "Kyiv thanked its partners for the air defence systems.\n\nVolodymyr Zelensky, President",
        ("Volodymyr Zelensky", "President", "UKR"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _STATE_OFFICES)
def test_a_state_office_keeps_its_role(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


# --- the body is named in the text: the person keeps the state it gives, not the office ---

_SIGNED_WITH_STATE = [
    (
        "Riga - The Latvian Veterans' Association will send blankets to Kharkiv this"
        " winter.\n\nIn solidarity,\nJanis Ozols, President",
        "Janis Ozols",
    ),
    (
        "Statement of the Norwegian Seafarers' Trade Union on the escort mission\n\n"
        "We will not crew ships that carry ammunition without insurance.\n\nFor the"
        " Executive,\nSigrid Haugland, President\nEinar Bakke, General Secretary",
        "Sigrid Haugland",
    ),
]


@pytest.mark.parametrize(("text", "name"), _SIGNED_WITH_STATE)
def test_a_named_body_s_office_is_no_role(text: str, name: str) -> None:
    found = _people(text)
    assert any(p[0] == name and p[1] is None for p in found)
    assert not any(p[1] == "President" for p in found)


def test_a_state_s_signing_president_keeps_the_office() -> None:
    text = (
        "Tallinn - The Republic of Estonia will contribute a company to the reassurance"
        " force.\n\nAlar Karis, President"
    )
    assert any(p[0] == "Alar Karis" and p[1] == "President" for p in _people(text))
