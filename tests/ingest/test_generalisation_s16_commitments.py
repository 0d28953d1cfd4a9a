"""Phrasing classes of commitments found when the sixteenth sealed set became development
text, each written as a rule complete for its concept: the states a text names as a
monitoring mission's contributors without a monitor noun before them (companions of a
contributor serving there, "bersama Meksiko dan Peru", "alongside Ghana"; a label, "sebagai
sesama penyumbang pemantau", "as fellow contributors to the monitoring mission"; the
mission then its members, "dalam misi pemantauan - A, B"; a list with numbers of monitors
in brackets) each backstop it by monitoring; money or goods given for the mission are that
funding or equipment alone; the United States' backstop named as a pledge it owns ("a US
guarantee of intelligence and air cover", "intelijen dan perlindungan udara Amerika
Serikat") or given "from outside Ukraine" is its backstop, unless the pledge is only
needed, wished for or denied; an Indonesian noun with its possessive suffix is the noun
("80 pemantaunya", "200 prajuritnya"); and states listed with their numbers in brackets ("Romania
(two), Bulgaria (one)") are one list of givers.
Every text here is written for these tests, in words of its own. A case gives the facts
that must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import Fact, check_case, pledge
from .phrasing import commitment_fact as _c
from .phrasing import commitment_facts as _facts

DAY = dt.date(2029, 5, 1)


def _watch(*parties: str) -> list[Fact]:
    return [pledge("watch", p) for p in parties]


def _sea(*parties: str) -> list[Fact]:
    return [pledge("sea", p) for p in parties]


_INTEL = "backstop", "intelligence"
_AIR = "backstop", "air"

CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # companions of a contributor serving in the mission
    (
        "companions",
        "Ghana has 120 observers in the ceasefire monitoring mission, alongside Peru and Chile.",
        _watch("GHA", "PER", "CHL"),
        [],
    ),
    (
        "companions",
        "Satgas Garuda bertugas di misi pemantauan bersama Meksiko, Kolombia, dan Peru.",
        _watch("MEX", "COL", "PER"),
        [],
    ),
    (
        "companions",
        "Memo: our 90 monitors patrol the southern sector together with teams from Kenya "
        "and Ghana.",
        _watch("KEN", "GHA"),
        [],
    ),
    (
        "companions",
        "Indonesia membahas misi pemantauan bersama Meksiko dan Peru.",
        [],
        _watch("MEX", "PER"),
    ),
    (
        "companions",
        "The monitoring mission was on the agenda in Rome, together with Chile and Peru.",
        [],
        _watch("CHL", "PER"),
    ),
    # states labelled as the mission's contributors
    (
        "labelled",
        "Kami berkoordinasi erat dengan Meksiko, Peru, dan Kolombia sebagai sesama penyumbang "
        "pemantau.",
        _watch("MEX", "PER", "COL"),
        [],
    ),
    (
        "labelled",
        "Ghana and Kenya, as fellow contributors to the monitoring mission, met in Accra.",
        _watch("GHA", "KEN"),
        [],
    ),
    (
        "labelled",
        "Negara penyumbang pemantau lainnya, yaitu Meksiko dan Peru, ikut rapat itu.",
        _watch("MEX", "PER"),
        [],
    ),
    (
        "labelled",
        "Hungary and Serbia, as critics of the monitoring mission, abstained.",
        [],
        _watch("HUN", "SRB"),
    ),
    # the mission then its members
    (
        "mission members",
        "Partners outside Europe in the monitoring mission: Ghana, Kenya and Peru.",
        _watch("GHA", "KEN", "PER"),
        [],
    ),
    (
        "mission members",
        "Koalisi beranggotakan 30 negara, ditambah - dalam misi pemantauan - Meksiko, Peru, "
        "serta Kolombia.",
        _watch("MEX", "PER", "COL"),
        [],
    ),
    (
        "mission members",
        "Disputes in the monitoring mission: Hungary objected to the patrol routes.",
        [],
        _watch("HUN"),
    ),
    # a list with numbers of monitors in brackets
    (
        "bracketed monitors",
        "Kontributor lain: Meksiko (140 pemantau), Peru (75) dan Kolombia (30).",
        _watch("MEX", "PER", "COL"),
        [],
    ),
    (
        "bracketed monitors",
        "Monitors by state as of May: Ghana (60), Kenya (45), Peru (20).",
        _watch("GHA", "KEN", "PER"),
        [],
    ),
    (
        "bracketed monitors",
        "Loans to the fund: Norway (2), Japan (1).",
        [],
        _watch("NOR", "JPN"),
    ),
    # money or goods for the mission are funding or equipment alone
    (
        "mission means",
        "The monitoring mission has 400 observers. Switzerland finances the mission's radio "
        "network with CHF 12 million.",
        [pledge("funding", "CHE")],
        _watch("CHE"),
    ),
    (
        "mission means",
        "Misi pemantauan berjalan baik. Jepang menanggung biaya operasional misi sebesar USD "
        "15 juta.",
        [pledge("funding", "JPN")],
        _watch("JPN"),
    ),
    # the United States' backstop named as its pledge, or given from outside Ukraine
    (
        "us backstop",
        "Washington supplies intelligence and air cover from outside Ukraine.",
        [_c("USA", *_INTEL), _c("USA", *_AIR)],
        [],
    ),
    (
        "us backstop",
        "Amerika Serikat memberikan intelijen dan perlindungan udara dari luar wilayah Ukraina.",
        [_c("USA", *_INTEL), _c("USA", *_AIR)],
        [],
    ),
    (
        "us backstop",
        "Model answer: the contributors relied on a US guarantee of intelligence and air support.",
        [_c("USA", *_INTEL), _c("USA", *_AIR)],
        [],
    ),
    (
        "us backstop",
        "Lapis ketiga: intelijen dan perlindungan udara Amerika Serikat.",
        [_c("USA", *_INTEL), _c("USA", *_AIR)],
        [],
    ),
    (
        "us backstop",
        "Speaker notes: remind the room of American intelligence support for the brigades.",
        [_c("USA", *_INTEL)],
        [],
    ),
    (
        "us backstop",
        "Finland's entry hinges on Washington's promise of air cover.",
        [],
        [_c("USA", *_AIR)],
    ),
    (
        "us backstop",
        "Kyiv wants a US commitment to provide air cover.",
        [],
        [_c("USA", *_AIR)],
    ),
    (
        "us backstop",
        "Tidak ada jaminan perlindungan udara Amerika Serikat bagi pasukan itu.",
        [],
        [_c("USA", *_AIR)],
    ),
    # an Indonesian noun with its possessive "-nya" is the noun: "pemantaunya", "prajuritnya"
    (
        "possessive",
        "Kenya memperpanjang penugasan 70 pemantaunya hingga Juni.",
        _watch("KEN"),
        [],
    ),
    (
        "possessive",
        "Ceko akan menambah 200 prajuritnya di Ukraina barat.",
        [pledge("land", "CZE")],
        [],
    ),
    (
        "possessive",
        "Rusia menarik prajuritnya dari perbatasan.",
        [],
        [pledge("land", "RUS")],
    ),
    # states listed with their numbers in brackets are one list of givers
    (
        "bracketed list",
        "The squadron is made up of frigates supplied by Spain (1) and Portugal (2).",
        _sea("ESP", "PRT"),
        [],
    ),
    (
        "bracketed list",
        "Yunani (dua), Kroasia (satu) dan Portugal (satu) akan mengirim kapal penyapu ranjau.",
        _sea("GRC", "HRV", "PRT"),
        [],
    ),
    (
        "bracketed list",
        "Drones supplied by Iran hit the port of Odesa overnight.",
        [],
        [_c("IRN", "regenerate", "equipment")],
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_sixteenth_set_commitment_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
