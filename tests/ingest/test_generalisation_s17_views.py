"""Positions and claims from the seventeenth set's misses, each written as a rule complete
for its concept: a state's view not lent to the union or alliance named in a concessive
aside after it ("Hungary, although an EU member, opposes ..."); foreign forces told to leave
Ukraine, in a demand or a call, in either language; a refusal to let a foreign soldier in;
a peace deal not reached said as a settlement "which has not been reached", as a truce not
followed by a peace deal without a preposition ("belum diikuti perjanjian damai"), or as
peace that is not there yet ("damai belum ada"). Every text here is written for these tests,
in words of its own. A case gives the facts that must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract
from willing.ingest.items import Extraction

from .phrasing import FT, NOT_REACHED, Fact, check_case, view_facts
from .phrasing import position_fact as _p

DAY = dt.date(2030, 3, 1)


def _facts(result: Extraction) -> set[Fact]:
    claims = {("claim", i.value["subject"], i.value["value"]) for i in result.of_type("claim")}
    return view_facts(result) | claims


CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # a concessive aside names a union the subject belongs to: the view is the subject's
    (
        "concessive-aside",
        "Slovakia, though a NATO member, rejects any foreign troops on Ukrainian soil.",
        [_p("SVK", FT, "oppose")],
        [_p("NATO", FT, "oppose")],
    ),
    (
        "concessive-aside",
        "Memo: Austria, meskipun anggota Uni Eropa, menentang kehadiran pasukan asing di Ukraina.",
        [_p("AUT", FT, "oppose")],
        [_p("EU", FT, "oppose")],
    ),
    (
        "concessive-aside",
        "Budapest, walaupun sekutu NATO, menolak penempatan tentara Barat di Ukraina.",
        [_p("HUN", FT, "oppose")],
        [_p("NATO", FT, "oppose")],
    ),
    (
        "concessive-aside",
        "Hungary, although a member of the European Union, said it opposes sending Western"
        " soldiers to Ukraine.",
        [_p("HUN", FT, "oppose")],
        [_p("EU", FT, "oppose")],
    ),
    # the union itself holding the view, with no aside: still the union's
    (
        "concessive-aside",
        "The European Union, in a statement, opposes any Russian attempt to veto foreign troops.",
        [],
        [_p("HUN", FT, "oppose")],
    ),
    # foreign forces told to leave Ukraine
    (
        "leave-demanded",
        "Moscow demands that all foreign troops leave Ukraine before any talks begin.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "leave-demanded",
        "Transcript. Q: And the Kremlin? A: It insists that Western soldiers withdraw from"
        " Ukrainian territory.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "leave-demanded",
        "Rusia mendesak agar semua tentara asing keluar dari Ukraina.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "leave-demanded",
        "Belarus meminta seluruh pasukan NATO ditarik dari wilayah Ukraina.",
        [_p("BLR", FT, "oppose")],
        [],
    ),
    (
        "leave-demanded",
        "Moskow menuntut seluruh tentara Barat, juga para instruktur, segera meninggalkan Ukraina.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "leave-demanded",
        "Russia wants every NATO soldier, trainers included, to quit Ukraine within a month.",
        [_p("RUS", FT, "oppose")],
        [],
    ),
    (
        "leave-demanded",
        "Kyiv demands that Russian troops leave Ukraine.",
        [],
        [_p("UKR", FT, "oppose")],
    ),
    (
        "leave-demanded",
        "Ukraina menuntut agar pasukan Rusia keluar dari Ukraina.",
        [],
        [_p("UKR", FT, "oppose")],
    ),
    # a foreign soldier not let in
    (
        "not-let-in",
        "Minsk said it will never let a single NATO soldier cross into Ukraine through its land.",
        [_p("BLR", FT, "oppose")],
        [],
    ),
    (
        "not-let-in",
        "Ukraine will let the coalition's soldiers train at its ranges.",
        [],
        [_p("UKR", FT, "oppose")],
    ),
    (
        "concessive-aside",
        "NATO, though a defensive alliance, says it will not send troops to Ukraine.",
        [],
        [_p("NATO", FT, "oppose")],
    ),
    # a foreign force refused its money: no pay, or a veto on the funds
    (
        "no-money",
        "Vienna said it would never finance a Western force in Ukraine.",
        [_p("AUT", FT, "oppose")],
        [],
    ),
    (
        "no-money",
        "Chat, 10:02 - Budapest will veto any EU money that pays for a Western army in Ukraine.",
        [_p("HUN", FT, "oppose")],
        [],
    ),
    (
        "no-money",
        "Hungaria menolak mendanai pasukan asing di Ukraina dari anggaran Uni Eropa.",
        [_p("HUN", FT, "oppose")],
        [],
    ),
    (
        "no-money",
        "Slowakia akan memblokir dana Uni Eropa untuk tentara asing di Ukraina.",
        [_p("SVK", FT, "oppose")],
        [],
    ),
    (
        "no-money",
        "Budapest will block EU funds for the Ukrainian army, its minister said.",
        [],
        [_p("HUN", FT, "oppose")],
    ),
    (
        "no-money",
        "Germany will pay for the training of Ukrainian soldiers at ranges in Poland.",
        [],
        [_p("DEU", FT, "oppose")],
    ),
    # a settlement not reached, in a relative clause of a plain negation
    (
        "not-reached",
        "Grant note: the study looks at the peace settlement, which has not been reached.",
        [NOT_REACHED],
        [],
    ),
    (
        "not-reached",
        "Minutes: a peace treaty that has still not been signed was raised by two members.",
        [NOT_REACHED],
        [],
    ),
    (
        "not-reached",
        "Catatan: perjanjian damai, yang belum juga ditandatangani, dibahas panjang.",
        [NOT_REACHED],
        [],
    ),
    (
        "not-reached",
        "The peace agreement, which has been signed, is being implemented.",
        [],
        [NOT_REACHED],
    ),
    # a truce not followed by a peace deal, without a preposition
    (
        "not-followed",
        "Penghentian tembakan sejak 2028 itu belum diikuti perjanjian perdamaian.",
        [NOT_REACHED],
        [],
    ),
    (
        "not-followed",
        "Gencatan senjata tersebut tidak pernah disusul kesepakatan damai.",
        [NOT_REACHED],
        [],
    ),
    (
        "not-followed",
        "Gencatan senjata itu sudah diikuti perjanjian damai pada Mei.",
        [],
        [NOT_REACHED],
    ),
    (
        "not-reached",
        "Briefing: the settlement of the conflict, which has not yet been agreed, is the aim.",
        [NOT_REACHED],
        [],
    ),
    # peace not there yet
    (
        "peace-not-yet",
        "[20.15] Rina: gencatan senjata masih jalan, tapi perdamaian belum ada.",
        [NOT_REACHED],
        [],
    ),
    (
        "peace-not-yet",
        "Sudah tiga tahun, dan damai belum juga terwujud di Ukraina.",
        [NOT_REACHED],
        [],
    ),
    (
        "peace-not-yet",
        "Damai belum pernah sedekat ini, kata diplomat itu.",
        [],
        [NOT_REACHED],
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "present", "absent"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_seventeenth_set_view_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
