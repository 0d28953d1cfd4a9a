"""Phrasing classes of commitments found when the eighteenth sealed set became development
text, each written as a combination of small word families: the monitoring contributors
named by an adjective the gazetteer lacked (the states outside Europe that send monitors and
observers: "Kenyan and Peruvian observers", "the Mexican monitors"), and a state's people who
watch the line ("soldiers watching the ceasefire line", "officers who man the observation
posts", "prajurit ... yang mengawasi garis gencatan senjata", "Chile still has 80 personnel
guarding the buffer zone") in any frame: a list item, a toast, a memo, a headline; and the
bare forms of the Indonesian verbs of giving that notes, tickers and headlines write
("Kanada janjikan", "Spanyol tambah dua fregat", "Norwegia tempatkan 200 tentara", "Turki
janji kawal konvoi"), and adding told in the past ("Britain added two frigates"). People
denied or wished for give nothing; nor do the warring sides' soldiers, nor people who guard
something other than the line.
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


CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # monitors named by the adjective of a state outside Europe
    (
        "adjective monitors",
        "Programme, day two: 10:30 tea at the forward post with Ghanaian and Peruvian observers.",
        _watch("GHA", "PER"),
        [],
    ),
    (
        "adjective monitors",
        "The Mexican monitors arrived in Dnipro on Sunday evening.",
        _watch("MEX"),
        [],
    ),
    (
        "adjective monitors",
        "- Meet Uruguayan and Malaysian monitors at the southern post",
        _watch("URY", "MYS"),
        [],
    ),
    (
        "adjective monitors",
        "My cousin is a Kazakh observer on the ceasefire line; she writes every Sunday.",
        _watch("KAZ"),
        [],
    ),
    # the people who watch the line, in any frame
    (
        "line watchers",
        "Raise your glasses: two years ago Tom was one of the 300 Irish soldiers watching the "
        "ceasefire line near Huliaipole.",
        _watch("IRL"),
        [],
    ),
    (
        "line watchers",
        "MEMO. Subject: rotation. Kenyan officers who man the observation posts will rotate "
        "on 1 June.",
        _watch("KEN"),
        [],
    ),
    (
        "line watchers",
        "Troops from Ghana and Senegal patrol the buffer zone every night.",
        _watch("GHA", "SEN"),
        [],
    ),
    (
        "line watchers",
        "Chile still has 80 personnel guarding the buffer zone south of the river.",
        _watch("CHL"),
        [],
    ),
    (
        "line watchers",
        "Prajurit Vietnam yang mengawasi garis gencatan senjata melaporkan situasi tenang.",
        _watch("VNM"),
        [],
    ),
    (
        "line watchers",
        "Dalam video itu tampak personel Mongolia yang berjaga di pos pengamatan.",
        _watch("MNG"),
        [],
    ),
    (
        "line watchers",
        "BRAZILIAN PATROLS: Brazilian soldiers watching the contact line reported a quiet night.",
        _watch("BRA"),
        [],
    ),
    # the bare forms of the Indonesian verbs of giving, as notes and headlines write them
    (
        "bare verbs",
        "Catatan rapat Rabu: Kanada janjikan CAD 200 juta untuk dana koalisi.",
        [pledge("funding", "CAN")],
        [],
    ),
    (
        "bare verbs",
        "BERITA SINGKAT - Spanyol tambah dua fregat untuk patroli Laut Hitam",
        [pledge("sea", "ESP")],
        [],
    ),
    (
        "bare verbs",
        "Kamis: Norwegia tempatkan 200 tentara di Lviv, konfirmasi ke atase.",
        [pledge("land", "NOR")],
        [],
    ),
    (
        "bare verbs",
        "- Swedia sumbang EUR 100 juta untuk pelatihan dan perlengkapan",
        [pledge("funding", "SWE")],
        [],
    ),
    (
        "bare verbs",
        "Yunani janji kirim satu fregat ke Laut Hitam bulan depan.",
        [pledge("sea", "GRC")],
        [],
    ),
    (
        "bare verbs",
        "Rabu 4: Italia janji kawal kapal gandum dengan dua korvet.",
        [pledge("sea", "ITA")],
        [],
    ),
    # adding, in the past tense of a narrative
    (
        "added",
        "[VOICE-OVER] That winter Portugal added a corvette to the Black Sea group.",
        [pledge("sea", "PRT")],
        [],
    ),
    (
        "added",
        "By March, Belgium had added four F-16 jets to the air policing mission.",
        [pledge("air", "BEL")],
        [],
    ),
    (
        "not bare verbs",
        "Rusia tidak berikan izin bagi kapal koalisi.",
        [],
        [pledge("sea", "RUS")],
    ),
    # not watchers: warring sides, wished for, or guarding something else
    (
        "not line watchers",
        "Russian troops watching the ceasefire line fired flares overnight.",
        [],
        _watch("RUS"),
    ),
    (
        "not line watchers",
        "Moscow wants Chinese troops watching the line of contact.",
        [],
        _watch("CHN"),
    ),
    (
        "not line watchers",
        "Swedish soldiers guarded the embassy in Kyiv during the visit.",
        [],
        _watch("SWE"),
    ),
    (
        "not line watchers",
        "Danish sailors watched the football match in the mess.",
        [],
        _watch("DNK"),
    ),
    (
        "not line watchers",
        "Will Peruvian soldiers patrol the buffer zone next year?",
        [],
        _watch("PER"),
    ),
    (
        "not line watchers",
        "A Brazilian chef cooked for the delegation in Kyiv.",
        [],
        _watch("BRA"),
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_eighteenth_set_commitment_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
