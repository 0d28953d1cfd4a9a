"""Phrasing classes of missed commitments found when the twenty-first sealed set became
development text: land troops of a state given as a count of soldiers beside the state in
a list, a note or a summary, without a verb of giving ("Spain, some 900 soldiers;", "Spain's
900 troops", "Spanyol yang menempatkan 900 prajurit"), in English as in Indonesian.
Every text here is written for these tests, in words of its own. A case gives the facts
that must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import Fact, check_case, pledge
from .phrasing import commitment_facts as _facts

DAY = dt.date(2030, 6, 1)

CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # a state and its count of soldiers in a list, without a verb
    (
        "listed",
        "The ledger of coalition offers, as of May: Spain, roughly 900 soldiers; Italy, a frigate.",
        [pledge("land", "ESP"), pledge("sea", "ITA")],
        [],
    ),
    (
        "listed",
        "Pledges as tallied by the cell: Portugal, 450 troops; Greece, two transport aircraft.",
        [pledge("land", "PRT")],
        [],
    ),
    (
        "listed",
        "Offers to the coalition, by state: Norway, 700 soldiers and a field hospital.",
        [pledge("land", "NOR")],
        [],
    ),
    (
        "listed",
        "- Denmark: 250 troops and an engineer company, pledged in March.",
        [pledge("land", "DNK")],
        [],
    ),
    (
        "possessive",
        "An Italian officer told the coalition forum that Italy's 1,200 soldiers would stay.",
        [pledge("land", "ITA")],
        [],
    ),
    (
        "possessive",
        "Memo, item 4: Czechia's 350 troops are ready to move in the autumn.",
        [pledge("land", "CZE")],
        [],
    ),
    (
        "relative",
        "Notulen mencatat Spanyol yang menempatkan sekitar 900 prajurit di Ukraina.",
        [pledge("land", "ESP")],
        [],
    ),
    (
        "relative",
        "Laporan itu menyebut Italia yang menambah 400 tentara ke kontingennya.",
        [pledge("land", "ITA")],
        [],
    ),
    (
        "listed",
        "Kontribusi koalisi per negara: Spanyol, sekitar 900 prajurit; Italia, satu fregat.",
        [pledge("land", "ESP")],
        [],
    ),
    # near-misses: troops of the enemy, troops refused, troops that are not a state's gift
    (
        "negative",
        "Russia's 40,000 soldiers remain massed near the border, the report said.",
        [],
        [pledge("land", "RUS")],
    ),
    (
        "negative",
        "Austria, no soldiers; Ireland, no troops beyond a dozen observers.",
        [],
        [pledge("land", "AUT")],
    ),
    (
        "negative",
        "Spain's 900 soldiers were never offered, the minister insisted.",
        [],
        [pledge("land", "ESP")],
    ),
    (
        "negative",
        "Coalition pledges aside, Ukraine's 800,000 soldiers hold the line.",
        [],
        [pledge("land", "UKR")],
    ),
    (
        "negative",
        "The coalition met in Oslo. In Poland, 3,000 farmers protested on Monday.",
        [],
        [pledge("land", "POL")],
    ),
    (
        "negative",
        "Coalition pledges: Greece, 2,000 soldiers under consideration, no decision yet.",
        [],
        [pledge("land", "GRC")],
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_twenty_first_set_missed_commitment_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
