"""Positions from misses that recur across the twenty-second to twenty-fourth sets, read by
structure rather than phrasing: a state's opposition to the foreign force carried by the
hostile name it gives the force, reported by the writer and often quoted ("the embassy called
British forces in Ukraine 'a provocation'", "a force described by the Russian government as
'a hostile occupation'", "Rusia menyebut pasukan koalisi sebagai 'penjajah'"). Negatives: a
negated naming, the naming of Russia's own army, a name that is not hostile, a question, a
label put on something other than a force.
Every text here is written for these tests, in words of its own. A case gives the facts that
must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import FT, Fact, check_case, view_facts
from .phrasing import position_fact as _p

DAY = dt.date(2030, 6, 1)

CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # active: holder, naming verb, the force, a hostile name (quoted or not)
    (
        "named",
        "At the hearing a resident quoted the Russian embassy, which called Dutch troops in "
        'Ukraine "an outpost of aggression" last spring.',
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "named",
        "Moscow regards the coalition's command post and headquarters in Lviv as \"a hostile "
        'base" and says so often.',
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "named",
        "Belarus has described the multinational contingents along the Dnipro as occupiers.",
        [_p("BLR", FT, "oppose")],
        [],
    ),
    (
        "named",
        'Pemerintah Rusia menyebut pasukan koalisi di Ukraina sebagai "penjajah" dalam '
        "pernyataannya pekan lalu.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "named",
        "Kremlin menganggap misi penjamin di Kyiv sebagai sasaran yang sah.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    # passive: the force, "described by" the holder, the hostile name
    (
        "passive",
        "Staff of a mission described by the Russian foreign ministry as "
        '"an act of invasion" asked for extra insurance.',
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "passive",
        "Para pemantau koalisi, yang disebut oleh Rusia sebagai musuh, tetap bertugas "
        "di garis depan.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    # hard negatives
    (
        "not",
        "Poland called Russian troops near Kherson occupiers and pledged another frigate.",
        [],
        [_p("POL", FT, "oppose")],
    ),
    (
        "not",
        "Moscow has not called the coalition headquarters in Kyiv a target, the envoy noted.",
        [],
        [_p("RUS", FT, "oppose")],
    ),
    (
        "not",
        'Norway described its contingent in Ukraine as "small but well trained".',
        [],
        [_p("NOR", FT, "oppose")],
    ),
    (
        "not",
        "Did Russia call the coalition troops occupiers at the meeting?",
        [],
        [_p("RUS", FT, "oppose")],
    ),
    (
        "not",
        'Ukraine called the referendum held by Moscow "a farce staged under occupation".',
        [],
        [_p("UKR", FT, "oppose")],
    ),
    (
        "not",
        "Indonesia menyebut pasukan Rusia di selatan sebagai penjajah, kata juru bicara.",
        [],
        [_p("IDN", FT, "oppose")],
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "present", "absent"),
    CASES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)],
)
def test_cross_set_position_structures(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, view_facts(extract(text, published=DAY, model=False)), present, absent)
