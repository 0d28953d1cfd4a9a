"""Phrasing classes of false commitments found when the twenty-fourth sealed set became
development text (as in the twenty-second and twenty-third): the United Nations named as
the mission a state's monitors serve under ("di bawah misi PBB", "under a UN mandate",
"misi pemantau PBB, tempat Indonesia menempatkan pemantaunya") is a frame, not a giver of
monitoring; the state's own monitors are kept, and a UN mission named with its own
observers and no "under" is still the UN's.
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

UN_WATCH = commitment_fact("UN", "backstop", "monitoring")
IDN_WATCH = commitment_fact("IDN", "backstop", "monitoring")

CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # the UN as the mission a state's monitors serve under: no UN gift
    (
        "frame",
        "Indonesia akan mengirim 120 pemantau tambahan di bawah misi PBB mulai bulan depan.",
        [],
        [UN_WATCH],
    ),
    (
        "frame",
        "Satgas pemantau itu bertugas memantau gencatan senjata di bawah komando misi PBB.",
        [],
        [UN_WATCH],
    ),
    (
        "frame",
        "Misi pemantau PBB, tempat Indonesia menempatkan 200 pemantaunya, dipuji para menteri.",
        [],
        [UN_WATCH],
    ),
    (
        "frame",
        "Indonesia will send 150 more monitors under a UN mandate to watch the ceasefire line.",
        [],
        [UN_WATCH],
    ),
    (
        "frame",
        "Jakarta keeps 300 ceasefire monitors in Ukraine under the United Nations mission.",
        [],
        [UN_WATCH],
    ),
    (
        "frame",
        "Pemantau Indonesia memantau garis gencatan senjata di bawah bendera PBB sejak Maret.",
        [],
        [UN_WATCH],
    ),
    (
        "frame",
        "Indonesia sends 200 monitors under a UN mandate; the UN monitoring mission now counts"
        " 450 observers in all.",
        [IDN_WATCH],
        [UN_WATCH],
    ),
    (
        "frame",
        "The Garuda contingent serves under a UN mandate; the UN monitoring mission now counts"
        " 450 observers in all.",
        [],
        [UN_WATCH],
    ),
    (
        "frame",
        "Indonesia mengirim 200 pemantau di bawah mandat PBB; misi pemantauan PBB kini berjumlah"
        " 450 pemantau.",
        [IDN_WATCH],
        [UN_WATCH],
    ),
    # near-misses: a UN mission with observers of its own is still the UN's gift
    (
        "own",
        "A UN mission of 400 observers will monitor the ceasefire line from next month.",
        [UN_WATCH],
        [],
    ),
    (
        "own",
        "The United Nations will deploy 300 monitors to watch the ceasefire in the east.",
        [UN_WATCH],
        [],
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_twenty_fourth_set_commitment_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
