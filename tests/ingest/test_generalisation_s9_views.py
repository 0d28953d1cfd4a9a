"""Phrasing classes of positions and conditions found when the ninth sealed set became
development text, each written as a rule complete for its concept: a stance phrase with a
quoted word or phrase inside it; a foreign force named as "other states' soldiers" or a
"foreign presence", objected to in any word, while declining to send troops of one's own is
no view on the force; talks wanted, called for again, or a peace conference asked for; a
land not recognised as the occupier's, and territorial integrity to be respected in the
passive; a parliament's approval as a condition, the parliament and its act in either order
with words between, or its members given a vote; American backing made the condition by a
pledge tied to it, "with the proviso", or "no ..., no ...". Every text here is written for
these tests, in words of its own. A case gives the facts that must be found and the ones
that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import FT, NEG, TER, Fact, check_case
from .phrasing import condition_fact as _k
from .phrasing import position_fact as _p
from .phrasing import view_facts as _facts

DAY = dt.date(2027, 6, 1)


CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # a quoted word or phrase inside a stance phrase
    (
        "quoted",
        'Sweden\'s prime minister said his country would "never" recognise the occupied regions.',
        [_p("SWE", TER, "oppose")],
        [],
    ),
    (
        "quoted",
        'The Kremlin said it sees "no point" in talks while Western troops are promised to Kyiv.',
        [_p("RUS", NEG, "oppose")],
        [],
    ),
    (
        "quoted",
        'Moscow warned that "no Western peacekeepers" would be tolerated in Ukraine.',
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "quoted",
        'Kementerian Luar Negeri Rusia menyatakan pasukan asing di Ukraina "tidak akan" '
        "diterima dalam bentuk apa pun.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "quoted",
        'Austria said it remains "ready to negotiate" a settlement and to host the talks.',
        [_p("AUT", NEG, "support")],
        [],
    ),
    (
        "quoted",
        'Ukraine insisted that the front line "is not and will never be a border".',
        [_p("UKR", TER, "oppose")],
        [],
    ),
    # a state declining to send troops of its own holds no view on the force by that alone
    (
        "not-send",
        "Bulgaria will not send troops to Ukraine but will host the coalition's logistics hub.",
        [],
        [_p("BGR", FT, "oppose")],
    ),
    (
        "not-send",
        "Presiden Slowakia menegaskan negaranya tidak akan mengirimkan prajurit ke Ukraina.",
        [],
        [_p("SVK", FT, "oppose")],
    ),
    (
        "not-send",
        "Germany will not send troops to Ukraine before a ceasefire is signed.",
        [],
        [_p("DEU", FT, "oppose")],
    ),
    # a foreign force named in other words, objected to in any word
    (
        "objection",
        "Rusia berkeberatan atas kehadiran tentara negara lain di Ukraina.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "objection",
        "Moscow has never dropped its objection to soldiers of other states on Ukrainian soil.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "objection",
        "Belarus regards any foreign military presence in Ukraine as hostile.",
        [_p("BLR", FT, "oppose")],
        [],
    ),
    (
        "objection",
        "Kremlin tidak pernah mundur dari penolakannya terhadap pasukan negara lain di Ukraina.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "objection",
        "Serbia wants no foreign troops in Ukraine at all.",
        [_p("SRB", FT, "oppose")],
        [],
    ),
    (
        "objection",
        "Rusia tidak menginginkan pasukan asing di Ukraina.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "objection",
        "Mitos 2: Ukraina tidak menginginkan pasukan asing.\nFakta: Kyiv memintanya sendiri.",
        [],
        [_p("UKR", FT, "oppose")],
    ),
    (
        "objection",
        "Kyiv rejected Moscow's objection to foreign troops in Ukraine.",
        [],
        [_p("UKR", FT, "oppose")],
    ),
    # talks wanted, called for again, a peace conference asked for
    (
        "want-talks",
        "Brazil wants negotiations to end the war as soon as possible.",
        [_p("BRA", NEG, "support")],
        [],
    ),
    (
        "want-talks",
        "Slovakia's prime minister repeated that he wants an immediate peace conference.",
        [_p("SVK", NEG, "support")],
        [],
    ),
    (
        "want-talks",
        "Hungary's foreign minister again called for direct talks between Washington and Moscow.",
        [_p("HUN", NEG, "support")],
        [],
    ),
    (
        "want-talks",
        "Turki menginginkan perundingan damai segera antara Rusia dan Ukraina.",
        [_p("TUR", NEG, "support")],
        [],
    ),
    (
        "want-talks",
        "Indonesia kembali menyerukan dialog langsung antara kedua pihak.",
        [_p("IDN", NEG, "support")],
        [],
    ),
    (
        "want-talks",
        "Belarus wants the negotiations in Geneva to collapse.",
        [],
        [_p("BLR", NEG, "support")],
    ),
    (
        "want-talks",
        "Russia does not want negotiations while foreign troops are promised to Kyiv.",
        [],
        [_p("RUS", NEG, "support")],
    ),
    # land not recognised as the occupier's; integrity to be respected, in the passive
    (
        "integrity",
        "Ukraine will never recognise any of its land as Russian.",
        [_p("UKR", TER, "oppose")],
        [],
    ),
    (
        "integrity",
        "Finland believes that the territorial integrity of Ukraine must be respected.",
        [_p("FIN", TER, "oppose")],
        [],
    ),
    (
        "integrity",
        "Malaysia menegaskan bahwa keutuhan wilayah Ukraina harus dihormati.",
        [_p("MYS", TER, "oppose")],
        [],
    ),
    (
        "integrity",
        "Chile said Ukraine's sovereignty and territorial integrity should be upheld in any "
        "settlement.",
        [_p("CHL", TER, "oppose")],
        [],
    ),
    (
        "integrity",
        "Vietnam menegaskan dukungannya bagi kedaulatan dan keutuhan wilayah Ukraina.",
        [_p("VNM", TER, "oppose")],
        [],
    ),
    (
        "integrity",
        "The Netherlands does not recognise the annexed provinces as Russian territory.",
        [_p("NLD", TER, "oppose")],
        [],
    ),
    # a parliament's approval as a condition, in any order of parliament and act, with words
    # between, or by its members
    (
        "parliament",
        "No Danish soldier will leave for Ukraine before the Folketing has voted on the mission.",
        [_k("parliament:DNK")],
        [],
    ),
    (
        "parliament",
        "Latvia's contribution cannot go ahead without the Saeima.",
        [_k("parliament:LVA")],
        [],
    ),
    (
        "parliament",
        "Sejm Polandia, menurut jadwal, baru akan memberikan persetujuan pada akhir bulan.",
        [_k("parliament:POL")],
        [],
    ),
    (
        "parliament",
        "The Riksdag still has to give its approval to the Swedish contribution.",
        [_k("parliament:SWE")],
        [],
    ),
    (
        "parliament",
        "Norway's MPs will get a vote before any troops are sent to Ukraine.",
        [_k("parliament:NOR")],
        [],
    ),
    (
        "parliament",
        "Pengiriman kontingen Indonesia tetap menunggu keputusan pemerintah dan DPR.",
        [_k("parliament:IDN")],
        [],
    ),
    (
        "parliament",
        "The Storting on Tuesday debated the fishing quota for next year.",
        [],
        [_k("parliament:NOR"), _k("parliament")],
    ),
    # American backing as the condition: tied to it, "with the proviso", "no ..., no ..."
    (
        "us-backstop",
        "Several Nordic governments have linked their pledges to a firm American commitment.",
        [_k("us-backstop")],
        [],
    ),
    (
        "us-backstop",
        "Belgia siap mengirim satu kompi ke Ukraina, dengan catatan ada jaminan Amerika Serikat.",
        [_k("us-backstop")],
        [],
    ),
    (
        "us-backstop",
        "No US air support, no Dutch frigates, the admiral told parliament.",
        [_k("us-backstop")],
        [],
    ),
    (
        "us-backstop",
        "Estonia will send a company on condition that Washington backs the force from the air.",
        [_k("us-backstop")],
        [],
    ),
    (
        "us-backstop",
        "Romania thanked the United States for its support at the summit.",
        [],
        [_k("us-backstop")],
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "present", "absent"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_ninth_set_phrasing_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
