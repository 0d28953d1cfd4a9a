"""Commitments, a third pass over what the development set still missed.

Indonesia's defence ministry by its short name gives as Indonesia does, like the state's
armed forces by their own name: "Kemhan juga menyiapkan satu tim kesehatan", "Kemenhan akan
mengirim dua pesawat angkut". A ministry of another state ("Kemhan Ukraina meminta ...")
gives nothing for Indonesia, and a refusal ("Kemhan menolak mengirim ...") gives nothing.
A state's seat of government ("Downing Street", "the Elysee") was already read as its
state; the cases keep it so.

The list lines of a force's make-up ("- Denmark: three transport planes for the airlift")
were measured and left out (see `docs/ingest.md`): the lines of the development set are
already read by the rows, scoreboards and lists, and reading every bulleted line added only
false keys. Their cases are kept as expected failures, so that a later pass sees them.
Every text here is written for these tests, in words of its own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import Fact, check_case, pledge
from .phrasing import commitment_fact as _c
from .phrasing import commitment_facts as _facts

DAY = dt.date(2029, 5, 1)

_LOGISTICS = "support", "logistics"

CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    (
        "ministry",
        "Kemhan juga menyiapkan satu tim kesehatan untuk misi pemantau.",
        [pledge("watch", "IDN")],
        [],
    ),
    (
        "ministry",
        "Selain itu, Kemenhan akan mengirim dua pesawat angkut untuk misi tersebut.",
        [_c("IDN", *_LOGISTICS)],
        [],
    ),
    (
        "ministry",
        "Downing Street has offered two more Typhoon squadrons for the air patrols.",
        [pledge("air", "GBR")],
        [],
    ),
    (
        "ministry",
        "The Elysee pledged a further 800 troops for the reassurance force.",
        [pledge("land", "FRA")],
        [],
    ),
    (
        "list line",
        "Pledges:\n\n- Norway: two frigates for the Black Sea patrol\n",
        [pledge("sea", "NOR")],
        [],
    ),
    # negatives: another state's ministry, a refusal, a meeting
    ("ministry", "Kemhan Ukraina meminta tambahan amunisi.", [], [pledge("land", "IDN")]),
    (
        "ministry",
        "Kemhan menolak mengirim pasukan tambahan.",
        [],
        [pledge("land", "IDN"), pledge("watch", "IDN")],
    ),
    (
        "ministry",
        "Whitehall officials met the delegation on Tuesday.",
        [],
        [pledge("land", "GBR"), pledge("air", "GBR")],
    ),
]

#: list lines of a force's make-up with no verb and no money: measured, left out
LEFT_OUT: list[tuple[str, str, list[Fact], list[Fact]]] = [
    (
        "list line",
        "The force so far:\n\n- Denmark: three transport planes for the airlift\n",
        [_c("DNK", *_LOGISTICS)],
        [],
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_third_pass_commitment_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)


@pytest.mark.xfail(
    reason="a verbless list line of assets is not read: tried, it gained no key on the "
    "development set and added six false ones (docs/ingest.md, third pass)",
    strict=True,
)
@pytest.mark.parametrize(("kind", "text", "present", "absent"), LEFT_OUT)
def test_third_pass_left_out(kind: str, text: str, present: list[Fact], absent: list[Fact]) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
