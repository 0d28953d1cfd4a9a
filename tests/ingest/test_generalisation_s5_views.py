"""Phrasing classes of positions and conditions found when the fifth sealed set became
development text, written as rules that combine word classes (`rules/classes.yaml`): a
demand verb with Ukraine, a verb of giving up and a land word; a duty to accept a loss of
land; a refusal with a change of borders and force; a refusal to press Ukraine to give
land up; an attack or a target with foreign forces; a condition word with the United
States and a word of backing. Every text here is written for these tests, in words of its
own; each class holds first-batch cases (the rule was written for them) and probes written
after the rule, in other words.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract
from willing.ingest.items import Extraction

from .phrasing import conditions as _conditions
from .phrasing import positions as _positions

DAY = dt.date(2026, 12, 1)


def _run(text: str) -> Extraction:
    return extract(text, published=DAY)


# --- positions: the occupier demands that Ukraine give land up ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin insisted that no deal was possible until Kyiv withdrew its army from the "
        "Luhansk region.",
        "Moskow kembali menuntut agar Ukraina melepaskan tiga provinsi di selatan.",
        "Russia wants Ukraine to surrender the land its forces still hold in the east.",
    ],
)
def test_an_occupier_demanding_that_ukraine_give_land_up_keeps_it(text: str) -> None:
    assert ("RUS", "territory", "support") in _positions(_run(text))


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Hungary's prime minister said Ukraine will have to accept losing some territory.", "HUN"),
        ("Menurut Slowakia, Ukraina harus rela melepaskan sebagian wilayahnya.", "SVK"),
    ],
)
def test_saying_ukraine_must_give_land_up_supports_the_claim(text: str, party: str) -> None:
    assert (party, "territory", "support") in _positions(_run(text))


def test_saying_ukraine_must_never_give_land_up_is_no_support() -> None:
    found = _positions(_run("Poland said Ukraine must never be forced to give up territory."))
    assert ("POL", "territory", "support") not in found


# --- positions: borders not to be changed by force, land not to be pressed away -------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Estonia will never accept the redrawing of Europe's borders by force of arms.", "EST"),
        ("Irlandia tidak akan pernah mengakui perubahan perbatasan melalui agresi.", "IRL"),
        ("Portugal rejects any change of frontiers through invasion.", "PRT"),
    ],
)
def test_refusing_borders_changed_by_force(text: str, party: str) -> None:
    assert (party, "territory", "oppose") in _positions(_run(text))


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Germany will not push Ukraine to cede any region for a truce.", "DEU"),
        ("Kanada tidak akan memaksa Ukraina menyerahkan wilayah demi perdamaian.", "CAN"),
    ],
)
def test_refusing_to_press_ukraine_to_give_land_up(text: str, party: str) -> None:
    assert (party, "territory", "oppose") in _positions(_run(text))


# --- positions: foreign forces as targets ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Moscow said it would regard any European warship near Ukraine as a legitimate target.",
        "Rusia mengancam akan menyerang setiap pangkalan asing yang dibangun di Ukraina.",
        "The Kremlin said it would never tolerate NATO soldiers on Ukrainian soil.",
    ],
)
def test_foreign_forces_as_targets_or_not_tolerated(text: str) -> None:
    assert ("RUS", "foreign-troops", "oppose") in _positions(_run(text))


def test_an_attack_on_russian_bases_is_no_view_on_foreign_troops() -> None:
    found = _positions(_run("Ukraine said it would strike Russian bases in occupied Crimea."))
    assert not {p for p in found if p[1] == "foreign-troops"}


# --- conditions: American backing, said with a condition word --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Spain's offer of two frigates hinges on Washington's pledge of air cover.",
        "Belgia akan mengirim pesawat selama Amerika Serikat tetap memberikan perlindungan.",
        "Norway will send a battalion, provided the Americans stand behind the force.",
        "Pengiriman pasukan Denmark tergantung pada kepastian bantuan dari Amerika Serikat.",
    ],
)
def test_american_backing_with_a_condition_word(text: str) -> None:
    assert "us-backstop" in _conditions(_run(text))


def test_american_backing_without_a_condition_word_is_none() -> None:
    text = "Sweden will send two corvettes, and the United States provides intelligence to Kyiv."
    assert "us-backstop" not in _conditions(_run(text))
