"""Conditions, claims and positions from the fifteenth set's misses, each written as a rule
complete for its concept: a national assembly named by its own name or as "the House" or
"the Chamber" that votes on or approves the deployment (Belgium's Chamber of
Representatives, the Dutch House of Representatives), Ireland's triple lock named by its
name; not a parliament approving money for something else, nor the White House or house
style; a host's consent as a request or permit of its authorities, given by the host as
host ("pemerintah Ukraina sebagai tuan rumah tetap mengundang misi"); a peace deal with a
long relative clause or a possessive still not reached or not there; positions in the
shapes new text may hold. Every text here is written for these tests, in words of its own.
A case gives the facts that must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract
from willing.ingest.items import Extraction

from .phrasing import FT, NOT_REACHED, Fact, check_case, view_facts
from .phrasing import condition_fact as _k
from .phrasing import position_fact as _p

DAY = dt.date(2029, 7, 1)
HOST = _k("host-nation")
REACHED: Fact = ("claim", "settlement", "reached")


def _parl(code: str) -> Fact:
    return _k(f"parliament:{code}")


def _facts(result: Extraction) -> set[Fact]:
    claims = {("claim", i.value["subject"], i.value["value"]) for i in result.of_type("claim")}
    return view_facts(result) | claims


CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # a national assembly by its own name, deciding or voting on the deployment
    (
        "assembly-named",
        "Belgian engineers leave for Odesa only after the Chamber of Representatives has "
        "approved the mission.",
        [_parl("BEL")],
        [],
    ),
    (
        "assembly-named",
        "The Luxembourg platoon deploys only once the Chamber has voted on it.",
        [_parl("LUX")],
        [],
    ),
    (
        "assembly-named",
        "Memo: the Dutch frigate sails in May, but only once the House of Representatives has "
        "voted on the deployment.",
        [_parl("NLD")],
        [],
    ),
    (
        "assembly-named",
        "The committee will report to the House before the vote on the Dutch deployment.",
        [_parl("NLD")],
        [],
    ),
    (
        "assembly-named",
        "Q: Will Norway's soldiers go without a vote? A: No, the Storting decides on the "
        "deployment first.",
        [_parl("NOR")],
        [],
    ),
    (
        "assembly-named",
        "Pengiriman kontingen Swedia masih menunggu pemungutan suara di Riksdag.",
        [_parl("SWE")],
        [],
    ),
    (
        "assembly-named",
        "Any Irish deployment would need the triple lock: cabinet, Dail and a UN mandate.",
        [_parl("IRL")],
        [],
    ),
    (
        "assembly-named",
        "Pengiriman prajurit Irlandia tunduk pada triple lock, termasuk persetujuan Dáil.",
        [_parl("IRL")],
        [],
    ),
    (
        "assembly-named",
        "The White House has approved the deployment of two more surveillance drones.",
        [],
        [_parl("USA"), _parl("GBR")],
    ),
    (
        "assembly-named",
        "A reminder of house style: write the Chamber of Commerce in full.",
        [],
        [_k("parliament")],
    ),
    (
        "assembly-named",
        "The pension triple lock will cost more next year, the Treasury said.",
        [],
        [_parl("IRL")],
    ),
    (
        "assembly-named",
        "The annual report was laid before the House on 4 May.",
        [],
        [_k("parliament")],
    ),
    # a parliament approving a sum for something that is no deployment
    (
        "assembly-money",
        "The shipyard builds three tugs paid for by Finland, whose parliament approved "
        "EUR 40 million for them in May.",
        [],
        [_parl("FIN")],
    ),
    (
        "assembly-money",
        "Parlemen Swedia menyetujui SEK 300 juta untuk pembangunan jembatan di Göteborg.",
        [],
        [_parl("SWE")],
    ),
    # a host's consent as the request or permit of its authorities, or its government as host
    (
        "host-request",
        "Clearance teams from the coalition work only at the request of the Ukrainian authorities.",
        [HOST],
        [],
    ),
    (
        "host-request",
        "Our deminers operate in Ukraine with the host government's permit.",
        [HOST],
        [],
    ),
    (
        "host-request",
        "Misi tetap berada di sana atas persetujuan negara tuan rumah.",
        [HOST],
        [],
    ),
    (
        "host-request",
        "Pemantau hanya bertugas selama pemerintah Ukraina sebagai tuan rumah tetap mengundang "
        "misi.",
        [HOST],
        [],
    ),
    (
        "host-request",
        "The monitors stay while the Ukrainian government, as host, still invites them.",
        [HOST],
        [],
    ),
    (
        "host-request",
        "Pasukan penjaga dikirim atas permintaan otoritas Ukraina.",
        [HOST],
        [],
    ),
    (
        "host-request",
        "At the request of the German authorities, the teams sent their reports to Berlin.",
        [],
        [HOST],
    ),
    (
        "host-request",
        "The Ukrainian authorities requested more grain ships in March.",
        [],
        [HOST],
    ),
    (
        "host-request",
        "Foreign soldiers are on the Dnipro because Kyiv invited them, the envoy said.",
        [],
        [HOST],
    ),
    # a peace deal not reached or not there, with a long relative clause or a possessive
    (
        "settlement-absent",
        "Perjanjian damai yang bisa menghentikan penembakan di sepanjang garis depan itu "
        "sampai sekarang belum ditandatangani.",
        [NOT_REACHED],
        [REACHED],
    ),
    (
        "settlement-absent",
        "A peace agreement that would end the shelling along the whole front line has still "
        "not been signed.",
        [NOT_REACHED],
        [REACHED],
    ),
    (
        "settlement-absent",
        "HOST: Jadi perdamaian sudah ada? TAMU: Kesepakatan damainya sebenarnya belum ada.",
        [NOT_REACHED],
        [REACHED],
    ),
    (
        "settlement-absent",
        "Perang belum benar-benar selesai; yang ada baru gencatan senjata.",
        [NOT_REACHED],
        [],
    ),
    (
        "settlement-absent",
        "Perundingan damai masih buntu sejak Maret.",
        [NOT_REACHED],
        [],
    ),
    (
        "settlement-absent",
        "Peace talks remain deadlocked, the mediator said.",
        [NOT_REACHED],
        [],
    ),
    (
        "settlement-absent",
        "Direct peace talks have stalled again since the spring, a diplomat said.",
        [NOT_REACHED],
        [],
    ),
    (
        "settlement-absent",
        "Perundingan dagang antara kedua negara masih buntu.",
        [],
        [NOT_REACHED],
    ),
    (
        "settlement-absent",
        "Perjanjian damai yang ditandatangani pada Mei itu kini berlaku.",
        [],
        [NOT_REACHED],
    ),
    # positions in shapes new text may hold
    (
        "position-shapes",
        "Fact sheet. Russia: warns that any foreign troops in Ukraine would be legitimate targets.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "position-shapes",
        "Q: Will Hungary send soldiers? A (Budapest): We reject any foreign troops in Ukraine.",
        [_p("HUN", FT, "oppose")],
        [],
    ),
    (
        "position-shapes",
        "Moskow menegaskan menolak kehadiran pasukan asing di Ukraina.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "position-shapes",
        "Ukraine wants the Russian troops gone from its land.",
        [],
        [_p("UKR", FT, "support")],
    ),
    (
        "position-shapes",
        "Kyiv welcomes the foreign troops of the coalition, Ukraine's foreign minister said.",
        [_p("UKR", FT, "support")],
        [],
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "present", "absent"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_fifteenth_set_phrasing_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
