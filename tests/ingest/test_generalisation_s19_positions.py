"""Positions from the nineteenth set's misses, each written as a class of word families in
frames, not as the wordings seen: a state opposing the foreign force by a threat label (the
force called a legitimate target, combatants, spies, a party to the conflict, there at its
own risk, not needed), with the holder in the sentence or, for a speaker's line, in the one
before; and the host supporting the force (welcoming, thanking for, asking the coalition for
more of, counting on, wanting more of it), with negatives: a negated label, a question, a
request refused, a state other than the host welcoming a withdrawal, a welcome of no force.
Every text here is written for these tests, in words of its own. A case gives the facts that
must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import FT, NEG, Fact, check_case, view_facts
from .phrasing import position_fact as _p

DAY = dt.date(2030, 6, 1)

CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # a threat label given to the foreign force
    (
        "force-threatened",
        "Belarus's deputy foreign minister said any foreign instructors in Ukraine would be"
        " legitimate military targets.",
        [_p("BLR", FT, "oppose")],
        [],
    ),
    (
        "force-threatened",
        "Kementerian Luar Negeri Rusia menyatakan semua personel militer asing di Ukraina"
        " berada di sana atas risiko mereka sendiri.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "force-threatened",
        "In March the Russian embassy warned that coalition aircraft over Ukraine would be"
        " treated as parties to the conflict.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "force-threatened",
        "Dalam wawancara radio, Moskow menyebut kehadiran pasukan asing di Ukraina tidak"
        " diperlukan.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "force-threatened",
        "The Kremlin's envoy in Vienna called the foreign deminers spies in uniform.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "force-threatened",
        "RUSIA: TENTARA ASING DI UKRAINA 'SASARAN MILITER YANG SAH'",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    # the holder named in the sentence before a speaker's line
    (
        "force-threatened",
        "Moscow answered within a day. Its spokeswoman said Western warships off Odesa were"
        ' "a provocation we will answer".',
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "force-threatened",
        "Minsk reacted on Friday. A ministry spokesman said any foreign engineers in Ukraine"
        " would be seen as combatants.",
        [_p("BLR", FT, "oppose")],
        [],
    ),
    # negatives: a negated label, a question, the label given to a state's own troops
    (
        "force-not-threatened",
        "Finland's minister said the foreign monitors were not legitimate targets for anyone.",
        [],
        [_p("FIN", FT, "oppose")],
    ),
    (
        "force-not-threatened",
        "Would Hungary treat coalition aircraft as parties to the conflict?",
        [],
        [_p("HUN", FT, "oppose")],
    ),
    (
        "force-not-threatened",
        "Estonia's minister said the foreign engineers were not spies but deminers.",
        [],
        [_p("EST", FT, "oppose")],
    ),
    # the host welcoming, thanking for, asking for and counting on the force
    (
        "force-welcomed",
        "Kyiv welcomed the arrival of the Norwegian monitors on Tuesday.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "force-welcomed",
        "Menteri Luar Negeri Ukraina meminta koalisi menambah pesawat patroli di atas Odesa.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "force-welcomed",
        "Duta Besar Ukraina menyampaikan terima kasih atas kehadiran pasukan pemantau"
        " internasional.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "force-welcomed",
        "Ukraine's defence minister said Kyiv was counting on the coalition's ships staying"
        " until a settlement.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "force-welcomed",
        "Ukraina menyambut baik keputusan Kanada mengirim tambahan seratus pemantau.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "force-welcomed",
        "Ukraine's deputy foreign minister wants more foreign monitors along the line, not fewer.",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "force-welcomed",
        "KYIV ASKS COALITION FOR MORE AIR PATROLS OVER THE SOUTH",
        [_p("UKR", FT, "support")],
        [],
    ),
    (
        "force-welcomed",
        "- Ukraine: thanks the partners for the minesweepers and asks them to stay.",
        [_p("UKR", FT, "support")],
        [],
    ),
    # the host named in the sentence before a pronoun
    (
        "force-welcomed",
        "Ukraina mengirim wakil menteri pertahanannya ke Roma. Ia meminta koalisi memperpanjang"
        " patroli laut hingga musim dingin.",
        [_p("UKR", FT, "support")],
        [],
    ),
    # negatives: a refused request, a question, another state, no force welcomed
    (
        "force-not-welcomed",
        "Russia welcomed the withdrawal of the foreign monitors from the south.",
        [],
        [_p("RUS", FT, "support")],
    ),
    (
        "force-not-welcomed",
        "Did Kyiv ask the coalition for more ships?",
        [],
        [_p("UKR", FT, "support")],
    ),
    (
        "force-not-welcomed",
        "Ukraine's grain exporters welcomed the new insurance scheme for shipping.",
        [],
        [_p("UKR", FT, "support")],
    ),
    (
        "force-not-welcomed",
        "Kyiv has not asked for foreign troops, the minister said.",
        [],
        [_p("UKR", FT, "support")],
    ),
    (
        "force-not-welcomed",
        "Delegasi Ukraina diperkirakan meminta Jepang menambah jumlah pemantau.",
        [],
        [_p("UKR", FT, "support")],
    ),
    (
        "force-not-welcomed",
        "Ukraine's president asked the partners for more air defence before the winter.",
        [],
        [_p("UKR", FT, "support")],
    ),
    (
        "force-not-welcomed",
        "Moldova sent its deputy minister to Rome. She asked the coalition to extend the sea"
        " patrols into winter.",
        [],
        [_p("MDA", FT, "support"), _p("UKR", FT, "support")],
    ),
    # support for talks: a labelled line, a quoted talks word, an offer of good offices
    (
        "talks-supported",
        "- Brasil: dorong perundingan tanpa prasyarat",
        [_p("BRA", NEG, "support")],
        [],
    ),
    (
        "talks-supported",
        'Kamis 9: India: utusannya ke Moskow dan Kyiv, dorong "dialog tanpa syarat".',
        [_p("IND", NEG, "support")],
        [],
    ),
    (
        "talks-supported",
        "And Ankara, we hear, has once more offered its good offices for a settlement.",
        [_p("TUR", NEG, "support")],
        [],
    ),
    # negatives: a negated readiness on a labelled line, an offer of something else
    (
        "talks-not-read",
        "- Serbia: not ready for talks with anyone",
        [],
        [_p("SRB", NEG, "support")],
    ),
    (
        "talks-not-read",
        "Norway offered its ships for the patrol off Odesa.",
        [],
        [_p("NOR", NEG, "support")],
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "present", "absent"),
    CASES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)],
)
def test_nineteenth_set_position_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, view_facts(extract(text, published=DAY, model=False)), present, absent)
