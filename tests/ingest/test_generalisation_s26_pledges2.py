"""Phrasing classes of missed commitments found when the twenty-sixth sealed set became
development text: a state that announces or confirms a sum of money as the object of the
verb ("Denmark announced DKK 300 million for ...", "Belgia mengumumkan dana EUR 80 juta
untuk ...") gives that sum. Announcing that another state gives, announcing a date, a
meeting or a count of states, and a sum said to come from another state give the
announcer nothing.
Every text here is written for these tests, in words of its own. A case gives the facts
that must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import Fact, check_case, commitment_fact
from .phrasing import commitment_facts as _facts

DAY = dt.date(2030, 6, 1)

DNK_FUND = commitment_fact("DNK", "regenerate", "funding")
BEL_FUND = commitment_fact("BEL", "regenerate", "funding")
AUT_FUND = commitment_fact("AUT", "regenerate", "funding")
CHE_FUND = commitment_fact("CHE", "regenerate", "funding")
NLD_FUND = commitment_fact("NLD", "regenerate", "funding")

CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # the announced sum is the announcer's own
    (
        "announced",
        "At the close of the talks Denmark announced DKK 300 million for Ukraine's field"
        " hospitals.",
        [DNK_FUND],
        [],
    ),
    (
        "announced",
        "Belgium will announce a further 90 million euros for the mine-clearing teams next week.",
        [BEL_FUND],
        [],
    ),
    (
        "announced",
        "Belgia mengumumkan dana EUR 80 juta untuk perbaikan jalur kereta di Ukraina barat.",
        [BEL_FUND],
        [],
    ),
    (
        "announced",
        "Menurut kedutaan, Denmark akan umumkan tambahan DKK 150 juta bagi sekolah teknik di Lviv.",
        [DNK_FUND],
        [],
    ),
    (
        "confirmed",
        "After a week of talks in parliament, Austria confirmed"
        " 25 million euros for the repair of Ukrainian schools.",
        [AUT_FUND],
        [],
    ),
    # near-misses: announcing a meeting, a date, a count of states, or what another gives
    (
        "date",
        "Switzerland announced 14 May as the day of the next conference on the guarantee.",
        [],
        [CHE_FUND],
    ),
    (
        "count",
        "Austria announced 31 countries for the donors' conference in Vienna.",
        [],
        [AUT_FUND],
    ),
    (
        "others",
        "Switzerland, the host, announced that the Netherlands will give 40 million euros to"
        " the fund.",
        [NLD_FUND],
        [CHE_FUND],
    ),
    (
        "jumlah",
        "Belgia mengumumkan 20 negara akan hadir di Brussel pekan depan.",
        [],
        [BEL_FUND],
    ),
    (
        "tanggal",
        "Swiss mengumumkan 3 Maret sebagai tanggal pertemuan berikutnya.",
        [],
        [CHE_FUND],
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_twenty_sixth_set_announced_sums(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
