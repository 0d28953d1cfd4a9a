"""Conditions and claims from the eighteenth set's misses, each written as a combination of
small word families rather than the wordings seen: a peace deal (or peace itself where it
stands for one) after a word of absence, of a signing not done, of a subject that denies it
or of waiting, or before a verb it has not come by ("tidak kunjung datang"); American
backing after the provisos of everyday speech and of contracts ("only while", "on the basis
that", "hanya kalau", ", asal"), with the figures of speech for watching from the sky; the
host's wish as the condition of the stay ("as long as the Ukrainians want us", "pulang bila
tuan rumah meminta", "as long as the invitation stands"); and a truce dated after "after",
which is a past event, not a condition. Every text here is written for these tests, in
words of its own, in several frames (a memo, a ticker, a verse, a toast, a list item, a
headline). A case gives the facts that must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract
from willing.ingest.items import Extraction

from .phrasing import NOT_REACHED, Fact, check_case, view_facts
from .phrasing import condition_fact as _c

DAY = dt.date(2030, 3, 1)
US = _c("us-backstop")
HOST = _c("host-nation")
TRUCE = _c("ceasefire")


def _facts(result: Extraction) -> set[Fact]:
    claims = {("claim", i.value["subject"], i.value["value"]) for i in result.of_type("claim")}
    return view_facts(result) | claims


CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # a peace deal, or peace itself, after a word of absence or of waiting
    (
        "peace-absent",
        "Memo to staff: for lack of a peace treaty, the monitors keep their rotation plan.",
        [NOT_REACHED],
        [],
    ),
    (
        "peace-absent",
        "Four winters on, and still no peace; the soldiers count the days.",
        [NOT_REACHED],
        [],
    ),
    (
        "peace-absent",
        "No one in Brussels expects a final peace deal before the summer, an official said.",
        [NOT_REACHED],
        [],
    ),
    (
        "peace-absent",
        "Neither side has signed a peace accord, and the line has not moved since 2027.",
        [NOT_REACHED],
        [],
    ),
    (
        "peace-absent",
        "BREAKING: NO PEACE TREATY IN SIGHT AS TALKS RESUME IN GENEVA",
        [NOT_REACHED],
        [],
    ),
    (
        "peace-absent",
        "- Status: the coalition still awaits a peace agreement between Kyiv and Moscow.",
        [NOT_REACHED],
        [],
    ),
    (
        "peace-absent",
        "Tanpa adanya perjanjian damai, pasukan koalisi tetap berjaga di garis kontak.",
        [NOT_REACHED],
        [],
    ),
    (
        "peace-absent",
        "Ibu-ibu di asrama masih menanti perdamaian, kata ketua persatuan istri prajurit.",
        [NOT_REACHED],
        [],
    ),
    (
        "peace-absent",
        "Gencatan senjata itu tak pernah menjadi perdamaian, tulis sang penyair.",
        [NOT_REACHED],
        [],
    ),
    (
        "peace-absent",
        "Perjanjian damai tak kunjung diteken, dan musim dingin keempat pun tiba.",
        [NOT_REACHED],
        [],
    ),
    (
        "peace-absent",
        "The peace settlement remains unsigned, the ministers admitted in their communique.",
        [NOT_REACHED],
        [],
    ),
    # negatives: a deal signed, a hypothetical, peace talks, a deal refused as a stance
    (
        "peace-absent",
        "The force would leave only if a peace agreement is signed and ratified.",
        [],
        [NOT_REACHED],
    ),
    (
        "peace-absent",
        "Diplomats are still waiting for peace talks to resume in Istanbul.",
        [],
        [NOT_REACHED],
    ),
    (
        "peace-absent",
        "Moscow says it will accept no peace deal that leaves Western troops in Ukraine.",
        [],
        [NOT_REACHED],
    ),
    (
        "peace-absent",
        "No peace deal means no deployment, the Austrian chancellor said.",
        [],
        [NOT_REACHED],
    ),
    # American backing after a proviso of everyday speech or of a contract
    (
        "us-proviso",
        "Agenda note: Denmark's frigate sails only while the US keeps its tankers over Romania.",
        [US],
        [],
    ),
    (
        "us-proviso",
        "The Belgian pledge was made on the assumption that Washington would go on sharing"
        " satellite data.",
        [US],
        [],
    ),
    (
        "us-proviso",
        "- Spanyol: dua kapal penyapu ranjau, hanya kalau Amerika Serikat tetap memberi"
        " perlindungan udara",
        [US],
        [],
    ),
    (
        "us-proviso",
        "SWEDIA KIRIM EMPAT GRIPEN, ASAL WASHINGTON TETAP JADI PENJAMIN",
        [US],
        [],
    ),
    (
        "us-proviso",
        "To the groom, who told me Finland stays in for as long as the Americans keep their"
        " eyes in the sky!",
        [US],
        [],
    ),
    (
        "us-proviso",
        "Several buyers linked their orders to the continued availability of American"
        " refuelling aircraft.",
        [US],
        [],
    ),
    (
        "us-proviso",
        "Pasukan asal AS tiba di Polandia pekan lalu untuk latihan bersama.",
        [],
        [US],
    ),
    (
        "us-proviso",
        "Kalau cuaca buruk, pesawat dari Amerika Serikat mendarat di Rzeszow.",
        [],
        [US],
    ),
    # the host's wish as the condition of the stay
    (
        "host-wish",
        '"So long as Kyiv wants us here, we stay," the Estonian captain said.',
        [HOST],
        [],
    ),
    (
        "host-wish",
        "Kami tetap bertugas selama pemerintah Ukraina masih menghendaki kehadiran kami.",
        [HOST],
        [],
    ),
    (
        "host-wish",
        "Kita berkemas pada hari tuan rumah mencabut undangannya.",
        [HOST],
        [],
    ),
    (
        "host-wish",
        "The contingent goes home the moment the host government asks.",
        [HOST],
        [],
    ),
    (
        "host-wish",
        "Our engineers remain only as long as the invitation of the Ukrainian government stands.",
        [HOST],
        [],
    ),
    (
        "host-wish",
        "Jika undangan itu ditarik, misi pemantauan berakhir dan personel dipulangkan.",
        [HOST],
        [],
    ),
    (
        "host-wish",
        "As long as Germany wants the tanks back, they will return to Munster.",
        [],
        [HOST],
    ),
    (
        "host-wish",
        "Selama tuan rumah KTT menyiapkan jamuan, para menteri menunggu di lobi.",
        [],
        [HOST],
    ),
    # a truce dated after "after": time counted from it, not a condition
    (
        "past-truce",
        "In the months after the ceasefire of May 2027, the envoy visited Kyiv eleven times.",
        [],
        [TRUCE],
    ),
    (
        "past-truce",
        "Setahun setelah gencatan senjata Juni 2027, museum itu dibuka kembali.",
        [],
        [TRUCE],
    ),
    (
        "past-truce",
        "The battalion moves only after the ceasefire of 5 May 2027 has held for a month.",
        [TRUCE],
        [],
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "present", "absent"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_eighteenth_set_condition_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
