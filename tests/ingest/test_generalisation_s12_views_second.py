"""Positions and conditions, a second pass over the twelfth set's misses, each written as a
rule complete for its concept: a view whose holder is a pronoun or a title ("he said", "the
minister added", "menurutnya", "ia mengatakan") belongs to the party of the person, or the
state, last named in the sentences before; a state refusing to send its own troops does not
oppose a foreign force; what an outside body says a state should do is not that state's view;
land as the subject of a negated passive of giving away ("must not be bargained away",
"tidak boleh ditawar-tawar"); a condition named, then stated after a colon ("no strings but
one: the truce has to hold").
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


CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # a holder named before: a pronoun, a title, "in his view" stands for that person's state
    (
        "named-before",
        "Polish Foreign Minister Radoslaw Sikorski spoke to reporters in Warsaw on Monday. "
        "He said foreign troops in Ukraine would be the best guarantee of a lasting peace.",
        [_p("POL", FT, "support")],
        [],
    ),
    (
        "named-before",
        "Menteri Luar Negeri Turki Hakan Fidan tiba di Jenewa pada Senin. Kepada wartawan ia "
        "mengatakan perundingan damai harus segera dimulai.",
        [_p("TUR", NEG, "support")],
        [],
    ),
    (
        "named-before",
        "Hungarian Prime Minister Viktor Orban addressed parliament on Tuesday. The prime "
        "minister added that he rejects sending Western troops to Ukraine.",
        [_p("HUN", FT, "oppose")],
        [],
    ),
    (
        "named-before",
        "Presiden Finlandia Alexander Stubb berbicara di Helsinki pada Rabu. Menurutnya, "
        "tidak sejengkal pun wilayah Ukraina boleh diserahkan kepada Rusia.",
        [_p("FIN", TER, "oppose")],
        [],
    ),
    (
        "named-before",
        "Slovak Prime Minister Robert Fico met reporters in Bratislava. In his view, "
        "any deployment of Western troops to Ukraine is unacceptable.",
        [_p("SVK", FT, "oppose")],
        [],
    ),
    (
        "named-before",
        "Brazil issued a statement on Wednesday. It called for direct negotiations between "
        "Moscow and Kyiv.",
        [_p("BRA", NEG, "support")],
        [],
    ),
    (
        "named-before",
        "Menteri Pertahanan Inggris John Healey mengunjungi Odesa pada Kamis. Sang menteri "
        "menegaskan tidak sejengkal pun wilayah Ukraina boleh diserahkan.",
        [_p("GBR", TER, "oppose")],
        [],
    ),
    (
        "named-before",
        "Perdana Menteri Italia Giorgia Meloni berbicara di Roma. Dalam pidatonya, beliau "
        "menyerukan perundingan damai yang adil.",
        [_p("ITA", NEG, "support")],
        [],
    ),
    (
        "named-before",
        "Dutch Defence Minister Ruben Brekelmans spoke in The Hague. He said any deployment "
        "would first need the approval of parliament.",
        [_k("parliament:NLD")],
        [],
    ),
    (
        "named-before",
        "Estonian Prime Minister Kristen Michal spoke in Tallinn. Foreign troops in Ukraine "
        "would be the best guarantee of peace, she said.",
        [_p("EST", FT, "support")],
        [],
    ),
    (
        "named-before",
        "Menteri Luar Negeri India Subrahmanyam Jaishankar berbicara di New Delhi. India "
        "tidak memihak. Perundingan damai harus segera dimulai, ujarnya.",
        [_p("IND", NEG, "support")],
        [],
    ),
    (
        "named-before",
        'Hungarian Foreign Minister Peter Szijjarto spoke on Monday. "Peace will come out of '
        'negotiations, not out of missiles," he told state radio, repeating his call for direct '
        "talks between Kyiv and Moscow.",
        [_p("HUN", NEG, "support")],
        [],
    ),
    (
        "named-before",
        'Menteri Luar Negeri Turki Hakan Fidan berbicara di Ankara. "Perang ini harus '
        'berakhir," kata dia kepada wartawan, seraya menyerukan perundingan damai.',
        [_p("TUR", NEG, "support")],
        [],
    ),
    # a pronoun whose person has no state, or a sentence naming its own holder, takes no other
    (
        "named-before",
        "The analyst Jane Porter wrote the report alone. She said foreign troops in Ukraine "
        "would be the best guarantee of peace.",
        [],
        [_p("UKR", FT, "support")],
    ),
    (
        "named-before",
        "Polish Foreign Minister Radoslaw Sikorski met his Hungarian counterpart. He said "
        "Budapest rejects any talks on sending troops to Ukraine.",
        [],
        [_p("POL", FT, "oppose")],
    ),
    # a state refusing to send troops of its own does not oppose a foreign force; an
    # emphatic "never a single soldier" still does
    (
        "own-troops",
        "Polandia menolak mengirim pasukannya sendiri ke Ukraina, tetapi akan menjadi pusat "
        "logistik koalisi.",
        [],
        [_p("POL", FT, "oppose")],
    ),
    (
        "own-troops",
        "Germany has refused to send troops of its own to Ukraine.",
        [],
        [_p("DEU", FT, "oppose")],
    ),
    (
        "own-troops",
        "India declined to send personnel to the mission in Ukraine.",
        [],
        [_p("IND", FT, "oppose")],
    ),
    (
        "own-troops",
        "Austria will never send its own soldiers to Ukraine, the chancellor said.",
        [],
        [_p("AUT", FT, "oppose")],
    ),
    ("own-troops", "Brasil tidak mau mengirim tentara ke Ukraina.", [], [_p("BRA", FT, "oppose")]),
    (
        "own-troops",
        "Bulgaria will never send a single soldier of its own to Ukraine.",
        [],
        [_p("BGR", FT, "oppose")],
    ),
    ("own-troops", "Hungary will never send a soldier to Ukraine.", [_p("HUN", FT, "oppose")], []),
    (
        "own-troops",
        "Slowakia menolak mengirim seorang prajurit pun ke Ukraina.",
        [_p("SVK", FT, "oppose")],
        [],
    ),
    ("own-troops", "Hungary refuses to send anyone to Ukraine.", [_p("HUN", FT, "oppose")], []),
    # what a state should do, said by someone not its own, is not its view
    (
        "advised",
        '"Indonesia semestinya berdiri di barisan yang sama sambil mendorong perundingan," '
        "ujar Rina, direktur sebuah lembaga swadaya.",
        [],
        [_p("IDN", NEG, "support")],
    ),
    (
        "advised",
        "Menurut laporan itu, Indonesia seharusnya mendukung perundingan damai.",
        [],
        [_p("IDN", NEG, "support")],
    ),
    (
        "advised",
        "The International Crisis Group said Kyiv should not hand over any territory to Russia.",
        [],
        [_p("UKR", TER, "oppose")],
    ),
    (
        "advised",
        "Ukraine should never give up its land, President Volodymyr Zelensky said.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    # land as the subject, not to be given away by any modal, in any wording
    (
        "land-passive",
        "Ukraine says its land must not be bargained away.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    (
        "land-passive",
        "Kyiv says its territory will never be signed away.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    (
        "land-passive",
        "Kyiv menegaskan wilayahnya tidak boleh ditawar-tawar.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    (
        "land-passive",
        "Estonia said the coast of Ukraine cannot be sold off to buy a ceasefire.",
        [_p("EST", TER, "oppose")],
        [],
    ),
    (
        "land-passive",
        "Russia says the annexed regions will never be handed back.",
        [_p("RUS", TER, "support")],
        [_p("RUS", TER, "oppose")],
    ),
    (
        "land-passive",
        "The minister asked whether Ukrainian land could be traded for peace.",
        [],
        [_p("UKR", TER, "oppose")],
    ),
    # a condition named, then stated after a colon
    (
        "named-condition",
        "Oslo's money comes with no strings but one: the ceasefire has to hold.",
        [_k("ceasefire")],
        [],
    ),
    (
        "named-condition",
        "Bantuan Norwegia itu hanya punya satu syarat: gencatan senjata harus tetap berlaku.",
        [_k("ceasefire")],
        [],
    ),
    (
        "named-condition",
        "Canada attached a single proviso: that the truce holds.",
        [_k("ceasefire")],
        [],
    ),
    (
        "named-condition",
        "Denmark set one precondition for its frigate: a signed peace agreement.",
        [_k("peace-agreement")],
        [],
    ),
    (
        "named-condition",
        "Prasyaratnya jelas: perjanjian damai harus ditandatangani lebih dulu.",
        [_k("peace-agreement")],
        [],
    ),
    (
        "named-condition",
        "Conditions on the front: the truce was broken twice overnight.",
        [],
        [_k("ceasefire")],
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "present", "absent"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_second_pass_phrasing_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
