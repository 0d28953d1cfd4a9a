"""Phrasing classes from the fifth sealed set (now `gold/s5-*`), for figures, counts, people
and meetings: each class is tested with short sentences written for the class (not taken
from any article), then with fresh probes in other words (see docs/ingest.md, "Phrasing
classes from the fifth sealed set: figures, people and meetings")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract
from willing.ingest.items import Extraction

DAY = dt.date(2027, 3, 10)


def _run(text: str) -> Extraction:
    return extract(text, published=DAY)


def _figures(text: str) -> set[tuple[Any, ...]]:
    return {
        (i.value["kind"], i.value["value"], i.value.get("unit"), i.value["measure"])
        for i in _run(text).of_type("figure")
    }


def _counts(text: str) -> set[tuple[Any, ...]]:
    return {(i.value["measure"], i.value["value"]) for i in _run(text).of_type("count")}


# --- figures: a sum no word measures is money given (funding) ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of setting money aside
        (
            "Austria has earmarked 90 million euros for Ukrainian field hospitals.",
            (90000000, "EUR"),
        ),
        # a line of a list under a heading
        ("Contributions so far:\n\n- Ireland: €75 million\n- Malta: €5 million", (75000000, "EUR")),
        # Indonesian, a verb of financing far before the sum
        (
            "Korea Selatan akan mendanai perbaikan jembatan dan rel kereta di wilayah timur "
            "Ukraina senilai 120 juta dolar AS.",
            (120000000, "USD"),
        ),
        # fresh probes, written after the rule (3 of 3 passed before any further change)
        ("Lisbon promised another 45 million euros in January.", (45000000, "EUR")),
        ("Dana tambahan: Portugal 30 juta euro, Yunani 20 juta euro.", (30000000, "EUR")),
        ("Ottawa committed C$250 million, officials confirmed.", (250000000, "CAD")),
    ],
)
def test_a_sum_no_word_measures_is_funding(text: str, expected: tuple[int, str]) -> None:
    value, unit = expected
    assert ("money", value, unit, "funding") in _figures(text)


def test_a_sum_a_word_measures_keeps_its_measure() -> None:
    found = _figures("Spain will raise its defence budget to €20 billion.")
    assert ("money", 20000000000, "EUR", "defence_spending") in found


# --- figures: every way to say a number of troops or aircraft ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hundreds in words
        ("Ireland will send three hundred soldiers to the coalition force.", ("troops", 300)),
        ("Austria mengirim dua ratus prajurit untuk misi itu.", ("troops", 200)),
        # trainers counted as personnel
        ("Lithuania has offered 60 instructors for Ukrainian brigades.", ("troops", 60)),
        # jets named by their model alone, in the plural
        ("Norway will lend six F-35s to the air mission.", ("aircraft", 6)),
        ("Denmark put forward two Gripens and a tanker.", ("aircraft", 2)),
        # fresh probes, written after the rule (4 of 4 passed before any further change)
        ("Finlandia menyiapkan lima ratus personel untuk rotasi pertama.", ("troops", 500)),
        ("Some seventy trainers from Estonia are already in western Ukraine.", ("troops", 70)),
        ("The Dutch will station eight F-16s at the Romanian base.", ("aircraft", 8)),
        ("Polandia menawarkan empat Mirage untuk patroli udara.", ("aircraft", 4)),
    ],
)
def test_numbers_in_words_trainers_and_jets_by_model(text: str, expected: tuple[str, int]) -> None:
    kind, value = expected
    assert (kind, value, kind, None) in _figures(text)


# --- figures: a currency's code in capitals before the sum -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada will add CAD 90 million for winter fuel.", (90000000, "CAD")),
        ("- Sweden: SEK 2 billion", (2000000000, "SEK")),
        ("Jepang menyumbang USD 300 juta untuk pembersihan ranjau.", (300000000, "USD")),
        # fresh probes, written after the rule (3 of 3 passed before any further change)
        ("Switzerland set aside CHF 40 million for demining.", (40000000, "CHF")),
        ("Warsaw has budgeted PLN 900 million for the corridor.", (900000000, "PLN")),
        ("Inggris menambah GBP 75 juta lagi.", (75000000, "GBP")),
    ],
)
def test_a_currency_code_before_the_sum(text: str, expected: tuple[int, str]) -> None:
    value, unit = expected
    assert ("money", value, unit, "funding") in _figures(text)


def test_capitals_before_a_number_that_are_no_currency_stay_a_model() -> None:
    assert not _figures("The army bought more of the JAS 39 fighters.")
