"""Positions from the twenty-first set's misses, each written as a class of word families in
frames, not as the wordings seen: a state opposing the foreign force by naming it a hostile
act, an act of aggression or a lawful (military) target; by labelling it an occupation army
("called the depot a rear base of occupation troops", "menyebut mereka tentara pendudukan");
or by threatening the soldiers of a named sender placed in Ukraine ("any Belgian soldier in
Ukraine", "prajurit Prancis di Ukraina") rather than a force qualified as foreign. Negatives:
the soldiers of a sender placed elsewhere or spoken of by their own state, the occupation
army of the past or Russia's own, a negated stance, a question. Every text here is written
for these tests, in words of its own. A case gives the facts that must be found and the ones
that must not.

Talks: a state supporting negotiations by urging both or all sides to return to the table
("called on all sides to come back to the negotiating table", "mengimbau kedua belah pihak
agar kembali berunding"), its holder named as the owner of a voice (an embassy, a statement,
an envoy) or left out after "and"; negatives: a call to return to something else, a call
made by no state, a negated call, a party inside a relative clause.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import FT, Fact, check_case, view_facts
from .phrasing import position_fact as _p

DAY = dt.date(2030, 6, 1)

RUS = _p("RUS", FT, "oppose")
NEG = "negotiations"

CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # a label of hostility or of a lawful target
    (
        "hostility",
        "The Kremlin said it would treat the arrival of Western troops in Odesa as an act of"
        " aggression.",
        [RUS],
        [],
    ),
    (
        "hostility",
        "MEMO\nSubject: Moscow's line\nRussia views any coalition deployment as a hostile act.",
        [RUS],
        [],
    ),
    (
        "hostility",
        "Kementerian Luar Negeri Rusia menyatakan kehadiran pasukan asing di Ukraina adalah"
        " tindakan permusuhan.",
        [RUS],
        [],
    ),
    (
        "hostility",
        "Belarus warned that foreign soldiers would be a lawful target once they crossed the"
        " Dnipro.",
        [_p("BLR", FT, "oppose")],
        [],
    ),
    # a force labelled an occupation army
    (
        "occupation",
        "Russia's foreign ministry has called the new airbase 'a nest of occupation forces'.",
        [RUS],
        [],
    ),
    (
        "occupation",
        "- Russian state media: dubbed the medics 'occupiers with stethoscopes'",
        [RUS],
        [],
    ),
    (
        "occupation",
        "Juru bicara Kremlin menyebut pangkalan logistik itu sebagai sarang tentara pendudukan.",
        [RUS],
        [],
    ),
    # soldiers of a named sender placed in Ukraine
    (
        "sender",
        "The Russian embassy in Oslo said Norwegian soldiers in Ukraine would be legitimate"
        " targets.",
        [RUS],
        [_p("NOR", FT, "oppose")],
    ),
    (
        "sender",
        "Moscow answered within the hour. Its ambassador warned that any Belgian troops sent to"
        " Ukraine would be treated as hostile.",
        [RUS],
        [_p("BEL", FT, "oppose")],
    ),
    (
        "sender",
        "Rusia menegaskan prajurit Prancis di Ukraina akan dianggap sebagai ancaman langsung.",
        [RUS],
        [_p("FRA", FT, "oppose")],
    ),
    (
        "sender",
        "Belarus said Lithuanian soldiers in Ukraine would be combatants in the war.",
        [_p("BLR", FT, "oppose")],
        [],
    ),
    # negatives: elsewhere, the sender speaking, the past, Russia's own, negated, a question
    (
        "not-sender",
        "Poland condemned Russian troops in Ukraine as an occupation army.",
        [],
        [_p("POL", FT, "oppose")],
    ),
    (
        "not-sender",
        "Norway said Norwegian soldiers in Ukraine face a serious threat from drones.",
        [],
        [_p("NOR", FT, "oppose")],
    ),
    (
        "not-sender",
        "Latvia welcomed Danish soldiers in Estonia and called the drills a success.",
        [],
        [_p("LVA", FT, "oppose"), _p("DNK", FT, "oppose")],
    ),
    (
        "not-occupation",
        "The Polish museum calls the exhibition a record of the occupation army of 1939.",
        [],
        [_p("POL", FT, "oppose")],
    ),
    (
        "not-occupation",
        "Ukraine has called Russian forces an occupation army since 2014.",
        [],
        [RUS, _p("UKR", FT, "oppose")],
    ),
    (
        "negated",
        "Hungary does not regard Italian troops in Ukraine as a hostile act.",
        [],
        [_p("HUN", FT, "oppose"), _p("ITA", FT, "oppose")],
    ),
    (
        "question",
        "Would Russia treat Spanish soldiers in Ukraine as lawful targets?",
        [],
        [RUS],
    ),
    # talks: a call on both or all sides to return to the table
    (
        "return",
        "India's foreign ministry urged both sides to go back to negotiations without delay.",
        [_p("IND", NEG, "support")],
        [],
    ),
    (
        "return",
        "TRANSCRIPT\nQ: And Beijing?\nA: The Chinese envoy asked all the parties to resume talks.",
        [_p("CHN", NEG, "support")],
        [],
    ),
    (
        "return",
        "Pemerintah Afrika Selatan mengimbau kedua belah pihak agar kembali berunding.",
        [_p("ZAF", NEG, "support")],
        [],
    ),
    (
        "return",
        "- Turki: meminta semua pihak kembali ke meja perundingan",
        [_p("TUR", NEG, "support")],
        [],
    ),
    (
        "return-voice",
        "A statement from Brazil's embassy called on all sides to return to dialogue.",
        [_p("BRA", NEG, "support")],
        [],
    ),
    (
        "return-elided",
        "Mexico abstained in the vote and urged both parties to return to the negotiating table.",
        [_p("MEX", NEG, "support")],
        [],
    ),
    (
        "not-return",
        "Poland urged both sides to return the prisoners before winter.",
        [],
        [_p("POL", NEG, "support")],
    ),
    (
        "not-return",
        "Norway did not urge all parties to return to talks, its minister said.",
        [],
        [_p("NOR", NEG, "support")],
    ),
    (
        "not-return",
        "Beijing, which buys Russian gas, asked all parties to return to talks.",
        [_p("CHN", NEG, "support")],
        [_p("RUS", NEG, "support")],
    ),
    (
        "target-elsewhere",
        "Ukrainian drones hit a military target in Crimea, the French army said.",
        [],
        [_p("FRA", FT, "oppose")],
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "present", "absent"),
    CASES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)],
)
def test_twenty_first_set_position_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, view_facts(extract(text, published=DAY, model=False)), present, absent)
