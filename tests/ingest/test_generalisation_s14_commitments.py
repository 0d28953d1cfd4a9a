"""Phrasing classes of commitments found when the fourteenth sealed set became development
text, each written as a rule complete for its concept: a mission's monitors named by the
states they come from ("monitors from Ghana, Chile and Portugal", "Austrian and Irish
monitors", "pemantau asal Austria", "para pemantau berasal dari 15 negara, antara lain
Meksiko") give each state a monitoring commitment, unless the noun is denied, only wished
for or another's gift's object; troops or assets a state keeps, stations, fields or has
there (counted and placed) are its force in every tense ("Portugal keeps 300 troops near
Lviv", "Italy has two minehunters on the Black Sea corridor"), unless kept away ("kept its
soldiers at home"); a label before a colon is no subject ("main contributions of the
coalition: Canada keeps ..."); the work done from a state ("on patrol duty from Poland")
names where the asset flies from, not who gives it; a force's contingents named by their
states give each land ("the Czech and Slovak contingents arrived"); a unit of monitors is
no ground force ("a platoon of unarmed monitors"), a medical flight's aircraft supports from
the air ("two ambulance helicopters"), and the mission's own assets are monitoring ("operates
the mission's helicopters"; money for its radio network is funding alone since the
sixteenth round).
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


CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # a mission's monitors named by the states they come from
    (
        "origins",
        "Observers from Ghana, Chile and Portugal joined the ceasefire mission last week.",
        _watch("GHA", "CHL", "PRT"),
        [],
    ),
    (
        "origins",
        "Some 300 monitors, drawn from eleven countries including Mexico and Portugal, patrol "
        "the line.",
        _watch("MEX", "PRT"),
        [],
    ),
    (
        "origins",
        "Austrian, Irish and Finnish monitors walked the contact line on Monday.",
        _watch("AUT", "IRL", "FIN"),
        [],
    ),
    (
        "origins",
        "The mission's monitors come from 20 nations, Ireland and New Zealand among them.",
        _watch("IRL", "NZL"),
        [],
    ),
    ("origins", "Finland's monitors will stay for another year.", _watch("FIN"), []),
    (
        "origins",
        "Di sektor utara, pemantau Cile dan Uruguay berjaga sejak Mei.",
        _watch("CHL", "URY"),
        [],
    ),
    (
        "origins",
        "Misi itu beranggotakan pemantau asal Austria, Irlandia serta Selandia Baru.",
        _watch("AUT", "IRL", "NZL"),
        [],
    ),
    (
        "origins",
        "Para pemantau berasal dari 15 negara, antara lain Meksiko dan Portugal.",
        _watch("MEX", "PRT"),
        [],
    ),
    (
        "origins",
        "Ia memantau garis gencatan senjata sejak Mei. Ia bertugas bersama "
        "rekan-rekan dari Austria dan Cile.",
        _watch("AUT", "CHL"),
        [],
    ),
    # a state's own force by its name, in a sentence about monitors
    (
        "origins",
        "Evaluasi penugasan Satgas Garuda dalam misi pemantauan gencatan senjata.",
        _watch("IDN"),
        [],
    ),
    ("origins", "Sebanyak 120 pemantau TNI tiba di Odesa.", _watch("IDN"), []),
    (
        "origins",
        "The Irish Defence Forces provide 35 of the mission's monitors.",
        _watch("IRL"),
        [],
    ),
    # traps: denied, wished for by a third party, a pundit, the monitors' goods
    ("origins", "Satgas Garuda tidak akan ikut memantau garis itu.", [], _watch("IDN")),
    ("origins", "Moscow wants monitors from China and India instead.", [], _watch("CHN", "IND")),
    ("origins", "There will be no monitors from Hungary.", [], _watch("HUN")),
    ("origins", "Rusia menolak pemantau dari Polandia.", [], _watch("POL")),
    ("origins", "Pengamat dari Brasil menilai gencatan senjata rapuh.", [], _watch("BRA")),
    (
        "origins",
        "Pemerintah menanggung pengangkutan perlengkapan pemantau Malaysia dan Filipina.",
        [],
        _watch("MYS", "PHL"),
    ),
    ("origins", "Rekan-rekan dari Austria menyambut tim di bandara.", [], _watch("AUT")),
    # a force kept, stationed or fielded there is a state's troops in every tense; a label
    # before a colon is no subject; the work done "from" a state names where, not who
    ("presence", "Portugal keeps 300 troops near Lviv.", [pledge("land", "PRT")], []),
    ("presence", "Norway stations 150 soldiers in Volhynia.", [pledge("land", "NOR")], []),
    (
        "presence",
        "Ringkasan sumbangan: Belanda menempatkan 300 prajurit di Rivne.",
        [pledge("land", "NLD")],
        [],
    ),
    (
        "presence",
        "Kontribusi terbesar anggota koalisi: Spanyol mengirim dua fregat.",
        [pledge("sea", "ESP")],
        [pledge("sea", "COTW")],
    ),
    (
        "presence",
        "Main contributions of the coalition: Canada keeps 500 soldiers in Lviv.",
        [pledge("land", "CAN")],
        [pledge("land", "COTW")],
    ),
    (
        "presence",
        "Denmark keeps four F-16s on patrol duty from Poland.",
        [pledge("air", "DNK")],
        [pledge("air", "POL")],
    ),
    (
        "presence",
        "Swedia menyiagakan empat Gripen untuk patroli dari Slovakia.",
        [pledge("air", "SWE")],
        [pledge("air", "SVK")],
    ),
    (
        "presence",
        "Italy has two minehunters on the Black Sea corridor and Denmark a frigate.",
        [pledge("sea", "ITA"), pledge("sea", "DNK")],
        [],
    ),
    ("presence", "The Netherlands has 300 soldiers in Lviv.", [pledge("land", "NLD")], []),
    (
        "presence",
        "Greece and Cyprus each keep a patrol boat off Odesa.",
        [pledge("sea", "GRC"), pledge("sea", "CYP")],
        [],
    ),
    (
        "presence",
        "Kapal-kapal pengawal Yunani mengiringi konvoi gandum dari Odesa.",
        [pledge("sea", "GRC")],
        [],
    ),
    ("presence", "Poland has a say in the deployment of troops.", [], [pledge("land", "POL")]),
    (
        "presence",
        "Hungary and Slovakia keep their airspace closed to the force.",
        [],
        [pledge("air", "HUN"), pledge("air", "SVK")],
    ),
    ("presence", "Spain kept its soldiers at home.", [], [pledge("land", "ESP")]),
    ("presence", "Hungary will keep its troops out of Ukraine.", [], [pledge("land", "HUN")]),
    # a force's contingents named by their states: each state gives land
    (
        "contingents",
        "The Czech and Slovak contingents arrived in Lviv on Monday.",
        [pledge("land", "CZE"), pledge("land", "SVK")],
        [],
    ),
    (
        "contingents",
        "Kontingen Ceko dan Slovakia tiba di Lviv pada Senin.",
        [pledge("land", "CZE"), pledge("land", "SVK")],
        [],
    ),
    (
        "contingents",
        "Tents and generators of the Latvian and Estonian contingents cleared customs.",
        [pledge("land", "LVA"), pledge("land", "EST")],
        [],
    ),
    ("contingents", "Belgium's contingent moved to Rivne.", [pledge("land", "BEL")], []),
    ("contingents", "The Polish contingent stayed at home.", [], [pledge("land", "POL")]),
    ("contingents", "Kontingen Belanda ditarik dari Ukraina.", [], [pledge("land", "NLD")]),
    ("contingents", "Bagaimana peran kontingen Austria?", [], [pledge("land", "AUT")]),
    (
        "contingents",
        "Kontingen pemantau Indonesia tiba di Odesa.",
        _watch("IDN"),
        [pledge("land", "IDN")],
    ),
    # what serves a monitoring mission: a unit of monitors is no ground force, a medical
    # flight's aircraft supports from the air, the mission's own means are monitoring
    (
        "means",
        "Ada 400 pemantau di garis itu. Denmark menyiagakan dua helikopter ambulans untuk "
        "evakuasi medis.",
        [pledge("base", "DNK")],
        [pledge("air", "DNK"), _c("DNK", "support", "logistics")],
    ),
    (
        "means",
        "Belgium keeps an air ambulance on standby in Rzeszow.",
        [pledge("base", "BEL")],
        [pledge("air", "BEL")],
    ),
    (
        "means",
        "Peru has sent a platoon of unarmed monitors.",
        _watch("PER"),
        [pledge("land", "PER")],
    ),
    ("means", "Estonia mengirim satu peleton pemantau.", _watch("EST"), [pledge("land", "EST")]),
    (
        "means",
        "The monitors work in pairs. Austria operates the mission's four helicopters.",
        _watch("AUT"),
        [pledge("air", "AUT")],
    ),
    (
        "means",
        "Para pemantau berpatroli. Irlandia membiayai jaringan radio misi sebesar 5 juta euro.",
        # money for the mission is funding alone since the sixteenth round (the annotation
        # of four later sets; a second monitoring key was false in eight articles)
        [pledge("funding", "IRL")],
        _watch("IRL"),
    ),
    ("means", "Lithuania sends a platoon of infantry.", [pledge("land", "LTU")], []),
    (
        "means",
        "The monitors left. Spain gives EUR 10 million to the training mission.",
        [pledge("funding", "ESP")],
        _watch("ESP"),
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_fourteenth_set_commitment_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
