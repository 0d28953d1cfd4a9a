"""The general reasons for false commitments found when the ninth to twelfth sealed sets
were read again for precision, each fixed in the clause structure: an offer hedged by a
verb of possibility, in either voice and language, is not yet made ("Latvia might
contribute a company", "may be able to provide a frigate", "bisa saja menambah satu
fregat", "dapat ditawarkan"); a state named only as where a force flies from, or as a
meeting's host, does not give it. Every text here is written for these tests, in words of
its own. A case gives the facts that must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import Fact, check_case
from .phrasing import commitment_fact as _c
from .phrasing import commitment_facts as _facts

DAY = dt.date(2028, 5, 1)


def _sea(party: str) -> Fact:
    return _c(party, "reassure", "sea")


def _air(party: str) -> Fact:
    return _c(party, "reassure", "air")


def _land(party: str) -> Fact:
    return _c(party, "reassure", "land")


CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # an offer hedged by a verb of possibility is no offer yet
    (
        "hedged",
        "Norway could help with two frigates later in the year.",
        [],
        [_sea("NOR")],
    ),
    (
        "hedged",
        "Portugal says it may be able to provide a frigate next spring.",
        [],
        [_sea("PRT")],
    ),
    (
        "hedged",
        "Latvia might contribute a company of infantry if asked.",
        [],
        [_land("LVA")],
    ),
    (
        "hedged",
        "Yunani bisa saja menambah satu fregat pada tahap berikutnya.",
        [],
        [_sea("GRC")],
    ),
    (
        "hedged",
        "Satu rumah sakit lapangan dapat ditawarkan Kroasia pada KTT berikutnya.",
        [],
        [_land("HRV")],
    ),
    # an offer made with a modal of ability that is no hedge still gives
    (
        "hedged",
        "Two more minehunters could be offered by Belgium next year.",
        [],
        [_sea("BEL")],
    ),
    (
        "hedged",
        "Bisa jadi Slovenia mengirim satu kompi pada musim gugur.",
        [],
        [_land("SVN")],
    ),
    (
        "hedged",
        "Sweden will provide four Gripen fighters, which can fly from Polish bases.",
        [_air("SWE")],
        [],
    ),
    (
        "hedged",
        "Denmark has sent two minehunters to the Black Sea.",
        [_sea("DNK")],
        [],
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_commitment_precision_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
