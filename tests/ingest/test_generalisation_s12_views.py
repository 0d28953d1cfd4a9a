"""Phrasing classes of positions and conditions found when the twelfth sealed set became
development text, each written as a rule complete for its concept: a foreign force praised
as a guarantee, a shield or a safeguard, or wanted on the ground; land given up as the price
of peace, in the active voice ("buy peace with land"), or in any unit ("not one village",
"tak satu kilometer pun"); talks offered, asked for or backed by third states, with the
holder not taken from the forum where they spoke; American backing that must stay (behind
the force, engaged, at its side) made the condition of a contribution.
Every text here is written for these tests, in words of its own. A case gives the facts that
must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import FT, NEG, TER, Fact, check_case
from .phrasing import condition_fact as _k
from .phrasing import position_fact as _p
from .phrasing import view_facts as _facts

DAY = dt.date(2028, 6, 1)
US = _k("us-backstop")


CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # a foreign force praised as a guarantee, a shield, a safeguard; wanted on the ground
    (
        "praised",
        "Kyiv described the European contingent as the surest safeguard against a new war.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "praised",
        "Menurut Kyiv, kehadiran pasukan koalisi adalah jaminan terbaik bagi perdamaian.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "praised",
        "Ukraina menyebut kontingen asing itu sebagai perisai bagi kota-kotanya.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "praised",
        "Estonia sees the coalition's soldiers in Ukraine as a shield for the whole of Europe.",
        [_p("EST", FT, "support")],
        [],
    ),
    (
        "praised",
        "Latvia wants the reassurance force on the ground in Ukraine, visible and lasting.",
        [_p("LVA", FT, "support")],
        [],
    ),
    (
        "praised",
        "Kyiv calls the Nordic frigates off Odesa 'the only real insurance we have'.",
        [_p("UKR", FT, "support")],
        [],
    ),
    # not a force denied that praise, nor a state's own troops, nor Russia's
    (
        "praised",
        "Moscow says Russian troops in Crimea are the best guarantee of order there.",
        [],
        [_p("RUS", FT, "support")],
    ),
    (
        "praised",
        "Russia said the coalition's soldiers in Ukraine are no guarantee of anything.",
        [],
        [_p("RUS", FT, "support")],
    ),
    # land given up as the price of peace, in the active voice; land in any unit
    (
        "price",
        "Ukraine will not buy peace by handing over its eastern villages.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    (
        "price",
        "Kyiv menolak membeli gencatan senjata dengan melepaskan wilayahnya.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    (
        "price",
        "Norway will never press Ukraine to pay for calm with its territory.",
        [_p("NOR", TER, "oppose")],
        [],
    ),
    (
        "price",
        "Ukraina tidak akan menebus perdamaian dengan tanahnya sendiri.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    (
        "unit",
        "Kyiv menegaskan tidak akan melepaskan satu kota pun.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    (
        "unit",
        "Kyiv replied that not one kilometre would be handed over.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    (
        "unit",
        "Ukraina menjawab bahwa tak satu meter pun wilayahnya akan diserahkan.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    (
        "unit",
        "Ukraine will not surrender a single hectare of its soil.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    # the price merely discussed, or land traded in a business sense, is no view
    (
        "price",
        "Analysts ask whether Ukraine could one day buy peace with land.",
        [],
        [_p("UKR", TER, "oppose")],
    ),
    # talks offered, asked for or backed by third states
    (
        "talks",
        "Beijing again offered itself as a go-between for peace negotiations.",
        [_p("CHN", NEG, "support")],
        [],
    ),
    (
        "talks",
        "Brasil menawarkan diri menjadi penengah perundingan antara kedua pihak.",
        [_p("BRA", NEG, "support")],
        [],
    ),
    (
        "talks",
        "Ankara wants Istanbul to host the next round of talks.",
        [_p("TUR", NEG, "support")],
        [],
    ),
    (
        "talks",
        "Hongaria meminta 'perundingan lebih dulu' sebelum jaminan apa pun.",
        [_p("HUN", NEG, "support")],
        [],
    ),
    (
        "talks",
        "Austria repeated its call for direct talks between Kyiv and Moscow.",
        [_p("AUT", NEG, "support")],
        [],
    ),
    (
        "talks",
        "India mendukung dialog langsung antara pihak-pihak yang bertikai.",
        [_p("IND", NEG, "support")],
        [],
    ),
    (
        "talks",
        "Meksiko dan Afrika Selatan dalam sidang Majelis Umum PBB menyerukan perundingan segera.",
        [_p("MEX", NEG, "support"), _p("ZAF", NEG, "support")],
        [_p("UN", NEG, "support")],
    ),
    (
        "talks",
        "Brazil, at the UN Security Council on Monday, called for immediate negotiations.",
        [_p("BRA", NEG, "support")],
        [_p("UN", NEG, "support")],
    ),
    # a forum that talks, or talks refused, are no support
    (
        "talks",
        "Hungary refused any call for talks with Kyiv.",
        [],
        [_p("HUN", NEG, "support")],
    ),
    # American backing that must stay made the condition of a contribution
    (
        "us-stays",
        "Belgian mine clearers remain only as long as Washington stays engaged.",
        [US],
        [],
    ),
    (
        "us-stays",
        "Our engineers stay only if the Americans remain at our side.",
        [US],
        [],
    ),
    (
        "us-stays",
        "Without the Americans behind us, our ships would not have sailed.",
        [US],
        [],
    ),
    (
        "us-stays",
        "Everything rests on one thing: that Washington keeps standing behind the coalition.",
        [US],
        [],
    ),
    (
        "us-stays",
        "Tanpa Amerika Serikat di belakang kami, kapal kami tidak akan berangkat.",
        [US],
        [],
    ),
    (
        "us-stays",
        "Selama Washington tetap terlibat, fregat Norwegia akan bertahan.",
        [US],
        [],
    ),
    # American engagement elsewhere, or with no condition, is none
    (
        "us-stays",
        "Washington stayed engaged in tariff talks with Beijing all week.",
        [],
        [US],
    ),
    (
        "us-stays",
        "Without the Americans, the Geneva meeting went on for six hours.",
        [],
        [US],
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "present", "absent"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_twelfth_set_phrasing_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
