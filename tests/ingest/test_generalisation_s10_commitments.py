"""Phrasing classes of commitments and claims found when the tenth sealed set became
development text, each written as a rule complete for its concept: talks said not to have
produced a deal of any name; every form of the verbs of undertaking; the coalition named
only as the setting of a meeting, or as the owner of a mission, gives nothing itself; the
force's transport, port facilities and supplies are logistics. Every text here is written
for these tests, in words of its own. A case gives the facts that must be found and the
ones that must not.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract
from willing.ingest.items import Extraction

from .phrasing import commitments as _commitments

DAY = dt.date(2027, 11, 1)

Fact = tuple[Any, ...]


def _facts(result: Extraction) -> set[Fact]:
    claims = {("claim", i.value["subject"], i.value["value"]) for i in result.of_type("claim")}
    return {("commitment", *k) for k in _commitments(result)} | claims


def _c(party: str, layer: str, domain: str | None) -> Fact:
    return ("commitment", party, layer, domain)


NOT_REACHED: Fact = ("claim", "settlement", "not reached")
REACHED: Fact = ("claim", "settlement", "reached")


def _log(party: str) -> Fact:
    return _c(party, "support", "logistics")


CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # talks of any name that have not produced a deal of any name
    ("no deal", "The talks in Vienna have not produced a settlement.", [NOT_REACHED], []),
    (
        "no deal",
        "Negotiations, now in their fifth month, have so far produced no agreement.",
        [NOT_REACHED],
        [],
    ),
    ("no deal", "Months of diplomacy have not yet yielded a peace treaty.", [NOT_REACHED], []),
    ("no deal", "The Istanbul talks broke up without an accord.", [NOT_REACHED], []),
    ("no deal", "Perundingan di Ankara belum menghasilkan perjanjian apa pun.", [NOT_REACHED], []),
    ("no deal", "Negosiasi kedua pihak tidak membuahkan kesepakatan.", [NOT_REACHED], []),
    ("no deal", "Pembicaraan di Doha kembali berakhir tanpa kesepakatan.", [NOT_REACHED], []),
    # traps: a deal made, trade talks, a deal hoped for
    ("no deal trap", "The talks produced a ceasefire agreement in May.", [], [NOT_REACHED]),
    (
        "no deal trap",
        "Trade negotiations with Brussels have not produced a deal on tariffs.",
        [],
        [NOT_REACHED],
    ),
    (
        "no deal trap",
        "If the talks do not produce a settlement, the force will stay.",
        [],
        [NOT_REACHED],
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_tenth_set_commitment_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    found = _facts(extract(text, published=DAY, model=False))
    assert set(present) <= found, (kind, found)
    assert not set(absent) & found, (kind, found)
