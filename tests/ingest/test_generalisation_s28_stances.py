"""Phrasing classes of missed claims found when the twenty-eighth sealed set became
development text.

- The absence of a peace deal said with the negated verb before the deal, in forms the
  rules did not read: the verb as a noun ("belum tercapainya perjanjian damai") and the
  existential "terdapat" ("belum terdapat kesepakatan damai").
- A settlement as the deal that is not there: "belum ada penyelesaian politik" (the word
  opened no window before), and the truce said not to be a settlement ("the truce is not a
  settlement", "gencatan senjata bukan penyelesaian politik").

Every text here is written for these tests, in words of its own. A case gives the claims
that must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

DAY = dt.date(2030, 6, 1)

NOT_REACHED = ("settlement", "not reached")

CASES: list[tuple[str, str, bool]] = [
    # the negated verb first, as a noun or the existential "terdapat"
    (
        "verb first",
        "Menurut laporan itu, belum terdapat perjanjian damai antara kedua negara.",
        True,
    ),
    (
        "verb first",
        "Rapat membahas belum tercapainya kesepakatan damai dan dampaknya bagi misi.",
        True,
    ),
    # a settlement as the deal
    ("settlement", "Menurut diplomat itu, hingga kini belum ada penyelesaian politik.", True),
    ("settlement", "The minister's brief notes that the truce is not a settlement.", True),
    ("settlement", "The ceasefire is not a political settlement, the envoy said.", True),
    ("settlement", "Gencatan senjata bukan penyelesaian politik, kata juru bicara itu.", True),
    # near-misses: a settlement of something else, a schedule that is not there, a
    # settlement supported or hoped for
    ("near-miss", "Penyelesaian sengketa dagang itu belum tercapai.", False),
    ("near-miss", "Belum terdapat jadwal perundingan resmi untuk bulan depan.", False),
    ("near-miss", "Kyiv says the truce is a step towards a settlement.", False),
    ("near-miss", "Pemerintah mendukung penyelesaian politik melalui perundingan.", False),
]


@pytest.mark.parametrize(("kind", "text", "expected"), CASES)
def test_twenty_eighth_set_settlement_claims(kind: str, text: str, expected: bool) -> None:
    result = extract(text, published=DAY, model=False)
    found = {(i.value["subject"], i.value["value"]) for i in result.of_type("claim")}
    assert (NOT_REACHED in found) is expected, (kind, found)
