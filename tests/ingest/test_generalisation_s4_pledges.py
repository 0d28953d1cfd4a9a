"""Phrasing classes found when the fourth sealed set became development text, for
commitments, figures, counts, people and meetings: sums given with a plain verb of giving,
crews and medics counted as personnel, aircraft named by their model, heads counted "at
the level of" a head of state, roles named without a country, and pledges phrased in the
passive, shared, or in a list of questions and answers. Every text here is written for
these tests, in words of its own.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract
from willing.ingest.items import Extraction

DAY = dt.date(2026, 5, 20)


def _run(text: str) -> Extraction:
    return extract(text, published=DAY)


def _figures(result: Extraction) -> set[tuple[Any, ...]]:
    return {
        (i.value["kind"], i.value["value"], i.value["measure"]) for i in result.of_type("figure")
    }


def _counts(result: Extraction) -> set[tuple[Any, ...]]:
    return {(i.value["measure"], i.value["value"]) for i in result.of_type("count")}


# --- figures: sums given with a plain verb of giving are funding ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "adds ... to its support"
        ("Sweden adds 300 million kronor to its support for Ukrainian shipyards.", 300000000),
        # "berjanji memberikan ... untuk"
        ("Korea berjanji memberikan 200 juta dolar AS untuk pabrik amunisi Ukraina.", 200000000),
        # "will provide ... towards"
        (
            "The Government will provide €40 million next year towards medical supplies for "
            "the Ukrainian army.",
            40000000,
        ),
        # a cost borne, the sum stated after "masing-masing sebesar"
        (
            "Belgia dan Austria menanggung biaya perbaikan kapal Ukraina, masing-masing sebesar "
            "50 juta euro.",
            50000000,
        ),
    ],
)
def test_a_sum_given_with_a_plain_verb_is_funding(text: str, expected: int) -> None:
    assert ("money", expected, "funding") in _figures(_run(text))


def test_a_named_aid_package_stays_military_aid_beside_a_verb_of_giving() -> None:
    found = _figures(_run("Austria akan menambah bantuan militer senilai 2 miliar euro."))
    assert ("money", 2000000000, "military_aid") in found


# --- figures: personnel in other words, aircraft named by their model ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland will send about 90 sailors with the ship.", ("troops", 90, None)),
        ("Italia akan mengirim 80 tenaga medis militer ke Ukraina.", ("troops", 80, None)),
        ("Greece offered 40 army medics for the field hospital.", ("troops", 40, None)),
        (
            "Denmark will contribute two C-130J transport aircraft to the force.",
            ("aircraft", 2, None),
        ),
        (
            "Norway will also send three P-8 Poseidon maritime aircraft to Romania.",
            ("aircraft", 3, None),
        ),
    ],
)
def test_personnel_and_aircraft_in_other_words(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _figures(_run(text))


# --- counts: heads "at the level of" a head of state ------------------------------------


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        (
            "Officials said 29 countries were present, 18 of them at the level of head of state "
            "or government.",
            18,
        ),
        ("Twenty-five countries took part, 12 of them by a head of state or government.", 12),
        (
            "Sebanyak 30 negara hadir, 17 di antaranya di tingkat kepala negara atau pemerintahan.",
            17,
        ),
    ],
)
def test_heads_at_the_level_of_a_head_of_state(text: str, heads: int) -> None:
    found = _counts(_run(text))
    assert ("heads", heads) in found
    assert ("countries", heads) not in found


# --- people: roles named without a country ----------------------------------------------


def _people(result: Extraction) -> set[tuple[Any, ...]]:
    return {(i.value["name"], i.value["role"], i.value["party"]) for i in result.of_type("person")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state that opens what the person says
        (
            "Menteri Pertahanan, Agus Santoso, mengatakan Indonesia tidak akan mengirim pasukan.",
            ("Agus Santoso", "Defence Minister", "IDN"),
        ),
        (
            "Defence Minister Bill Blair said Canada would also send two patrol aircraft.",
            ("Bill Blair", "Defence Minister", "CAN"),
        ),
        (
            "Foreign Minister Ann Linde told reporters that Sweden would pay for the training.",
            ("Ann Linde", "Foreign Minister", "SWE"),
        ),
        # a capital that sets the scene
        (
            "In Tokyo, a foreign ministry spokesman, Toshihiro Kitamura, said talks must go on.",
            ("Toshihiro Kitamura", "Spokesperson", "JPN"),
        ),
        # an initial before the name; a state's name as a surname
        (
            "Chile's foreign minister, R. Klaveren, said Santiago would stay out.",
            ("R. Klaveren", "Foreign Minister", "CHL"),
        ),
        (
            "Perdana Menteri Portugal Luís Montenegro mengatakan negaranya akan membantu.",
            ("Luís Montenegro", "Prime Minister", "PRT"),
        ),
    ],
)
def test_roles_named_without_a_country(text: str, expected: tuple[Any, ...]) -> None:
    found = _people(_run(text))
    assert expected in found, found


def test_a_state_in_a_persons_name_is_no_party() -> None:
    found = _run(
        "Prime Minister Luís Montenegro spoke first. Later Montenegro said the force would be "
        "ready by spring."
    )
    assert "MNE" not in {i.value["code"] for i in found.of_type("party")}
