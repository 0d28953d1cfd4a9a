"""Phrasing classes of positions and conditions found when the eleventh sealed set became
development text, each written as a rule complete for its concept: American backing made the
condition of a contribution, by a verb of conditioning with the means of backing named
("mensyaratkan dukungan intelijen dan udara Amerika"), or named first and then called the
condition, essential or what must last.
Every text here is written for these tests, in words of its own. A case gives the facts that
must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import Fact, check_case
from .phrasing import condition_fact as _k
from .phrasing import view_facts as _facts

DAY = dt.date(2027, 6, 1)
US = _k("us-backstop")


CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # American backing as the condition: a verb of conditioning, the means named between
    (
        "us-backstop",
        "Oslo makes its frigate conditional on American radar and tanker support over the "
        "Black Sea.",
        [US],
        [],
    ),
    (
        "us-backstop",
        "Beberapa ibu kota Nordik mensyaratkan dukungan satelit dan udara Amerika Serikat.",
        [US],
        [],
    ),
    (
        "us-backstop",
        "Austria menggantungkan kontribusinya pada payung pengintaian dan udara Washington.",
        [US],
        [],
    ),
    (
        "us-backstop",
        "The Irish deployment rests on US reconnaissance flights over the coast.",
        [US],
        [],
    ),
    # backing named first, then called the condition, essential, or what must last
    (
        "us-backstop",
        "The Dutch regard continued US satellite and refuelling support as a precondition for "
        "sending troops.",
        [US],
        [],
    ),
    (
        "us-backstop",
        "Payung udara dan intelijen Washington menjadi syarat mutlak bagi pengiriman pasukan "
        "Belgia.",
        [US],
        [],
    ),
    (
        "us-backstop",
        "American air and intelligence support is a prerequisite for the Swedish company.",
        [US],
        [],
    ),
    (
        "us-backstop",
        "Estonia says American early-warning and air cover must stay in place for its sappers "
        "to remain.",
        [US],
        [],
    ),
    (
        "us-backstop",
        "Lisbon calls a Pentagon commitment to airlift indispensable to its field hospital.",
        [US],
        [],
    ),
    # American help merely given, or spoken of, is no condition
    (
        "us-backstop",
        "The United States provides satellite intelligence and airlift, but no soldiers on the "
        "ground.",
        [],
        [US],
    ),
    (
        "us-backstop",
        "Amerika Serikat memberikan dukungan intelijen kepada Ukraina sejak 2022.",
        [],
        [US],
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "present", "absent"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_eleventh_set_phrasing_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
