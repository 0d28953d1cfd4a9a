"""Phrasing classes of commitments found when the seventeenth sealed set became development
text, each written as a rule complete for its concept: a contingent named in a paragraph
about the ceasefire monitoring mission (the mission or its monitoring task named in the
paragraph, not only in the sentence) is its state's contribution to that mission, a
backstop by monitoring, not a ground force ("kontingen Meksiko dan Peru" in a report on the
mission, "the Ghanaian and Kenyan contingents" after the mission is named). A contingent
denied, withdrawn or asked about gives nothing; nor does a warring side's, and a contingent
in a paragraph that never names the mission stays a ground force.
Every text here is written for these tests, in words of its own. A case gives the facts
that must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import Fact, check_case, pledge
from .phrasing import commitment_facts as _facts

DAY = dt.date(2029, 5, 1)


def _watch(*parties: str) -> list[Fact]:
    return [pledge("watch", p) for p in parties]


def _land(*parties: str) -> list[Fact]:
    return [pledge("land", p) for p in parties]


CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # the mission named in the paragraph, the contingents in another sentence
    (
        "mission's contingents",
        "Laporan tahunan misi pemantauan gencatan senjata. Rapat koordinasi menyepakati "
        "latihan bersama dengan kontingen Meksiko dan Peru.",
        _watch("MEX", "PER"),
        _land("MEX", "PER"),
    ),
    (
        "mission's contingents",
        "The ceasefire monitoring mission held its annual review in Oslo. Ghana's contingent "
        "presented its patrol logs; Kenya's contingent followed.",
        _watch("GHA", "KEN"),
        _land("GHA", "KEN"),
    ),
    (
        "mission's contingents",
        "Memo, monitoring mission, southern sector. Liaison officers will be exchanged with "
        "Chile's contingent next week.",
        _watch("CHL"),
        _land("CHL"),
    ),
    # the monitoring named in the sentence itself
    (
        "mission's contingents",
        "Tim kami akan bertugas berdampingan dengan kontingen Kolombia dan Ghana di pos "
        "pemantauan yang sama.",
        _watch("COL", "GHA"),
        _land("COL", "GHA"),
    ),
    (
        "mission's contingents",
        "HEADLINE: Kontingen Kenya tiba di Lviv untuk misi pemantauan",
        _watch("KEN"),
        _land("KEN"),
    ),
    # not monitoring: no mission in the paragraph, denied, asked about, a warring side
    (
        "not the mission's",
        "The Czech and Slovak contingents arrived in Lviv on Monday.",
        _land("CZE", "SVK"),
        _watch("CZE", "SVK"),
    ),
    (
        "not the mission's",
        "The monitoring mission met in Oslo.\n\nThe French and Belgian contingents reached "
        "Odesa by train.",
        _land("FRA", "BEL"),
        _watch("FRA", "BEL"),
    ),
    (
        "not the mission's",
        "Misi pemantauan memasuki tahun ketiga. Kontingen Belanda ditarik pulang bulan lalu.",
        [],
        _watch("NLD") + _land("NLD"),
    ),
    (
        "not the mission's",
        "The monitoring mission is under review. What will the Peruvian contingent do next?",
        [],
        _watch("PER") + _land("PER"),
    ),
    (
        "not the mission's",
        "Pemantau misi mencatat pelanggaran. Kontingen Rusia menembaki pos di dekat Orikhiv.",
        [],
        _watch("RUS"),
    ),
    # a state taking part in the monitoring mission, or labelled its contributor
    (
        "mission's members",
        "Peru turut serta dalam misi pemantauan gencatan senjata sejak 2028.",
        _watch("PER"),
        [],
    ),
    (
        "mission's members",
        "Q3 notes: Kenya, not a coalition member, takes part in the ceasefire monitoring "
        "mission with about 90 officers.",
        _watch("KEN"),
        [],
    ),
    (
        "mission's members",
        "- Ghana joined the monitoring mission in March.",
        _watch("GHA"),
        [],
    ),
    (
        "mission's members",
        "Misi pemantauan dipimpin Swedia. Posisi Meksiko dalam misi itu adalah sebagai negara "
        "penyumbang personel.",
        _watch("MEX"),
        [],
    ),
    (
        "not the mission's members",
        "Kolombia tidak ikut dalam misi pemantauan tahun ini.",
        [],
        _watch("COL"),
    ),
    (
        "not the mission's members",
        "Will Chile join the monitoring mission before the summer?",
        [],
        _watch("CHL"),
    ),
    (
        "not the mission's members",
        "Hungary criticised the monitoring mission, and Serbia discussed it with Peru.",
        [],
        _watch("HUN", "SRB", "PER"),
    ),
    (
        "not the mission's members",
        "Norway joined the talks on the monitoring mission as a host.",
        [],
        _watch("NOR"),
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_seventeenth_set_commitment_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
