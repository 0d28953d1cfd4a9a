"""Phrasing classes of commitments' false keys found when the twentieth sealed set became
development text, written as combinations of small word families: a state whose ceasefire
monitors the article reads sends its soldiers, personnel, contingent or task force as those
monitors, not as a second, land commitment, unless the words name a force of another kind
(the reassurance force, a land force, a combat unit); and a gift asked for (a verb of
asking, urging, pressing, calling on, inviting or hoping x the one asked x a verb or noun
of giving) is given by neither the one who asks nor the
one asked. A question asked, a gift made at someone's request and a participle that opens
the sentence ("Asked by Kyiv, ...") leave the gift standing.
Every text here is written for these tests, in words of its own. A case gives the facts
that must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import Fact, check_case, commitment_fact, pledge
from .phrasing import commitment_facts as _facts

DAY = dt.date(2030, 6, 1)

CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # a monitoring state's soldiers are its monitors
    (
        "monitors",
        "Chile will send 80 ceasefire monitors to Ukraine in September. The contingent of "
        "80 soldiers will serve in the northern sector for six months.",
        [pledge("watch", "CHL")],
        [pledge("land", "CHL")],
    ),
    (
        "monitors",
        "Malaysia mengirim pemantau gencatan senjata ke Ukraina sejak 2028. Pekan depan "
        "kontingen berkekuatan 150 prajurit itu dirotasi.",
        [pledge("watch", "MYS")],
        [pledge("land", "MYS")],
    ),
    (
        "monitors",
        "MEMO\n1. Brazil keeps 120 observers on the ceasefire line under the monitoring "
        "mission.\n2. Brazil will rotate its contingent of 120 troops in March.",
        [],
        [pledge("land", "BRA")],
    ),
    (
        "monitors",
        "Q: Is Indonesia sending combat troops?\nA: No. Indonesia sends ground monitors, "
        "300 personnel under the UN monitoring mission, nothing else.",
        [],
        [pledge("land", "IDN")],
    ),
    (
        "monitors",
        "Uruguay akan mengirim 90 pemantau ke Ukraina. Satgas itu terdiri atas 90 prajurit, "
        "termasuk 12 tenaga medis.",
        [pledge("watch", "URY")],
        [pledge("land", "URY")],
    ),
    (
        "monitors",
        "Canada will send 60 ceasefire monitors, and a land task force of 400 troops for "
        "the reassurance force.",
        [pledge("watch", "CAN"), pledge("land", "CAN")],
        [],
    ),
    (
        "monitors",
        "Finland will send 80 monitors to the ceasefire line. Finland will also send an "
        "infantry company of 150 soldiers to the reassurance force.",
        [pledge("land", "FIN")],
        [],
    ),
    (
        "monitors",
        "Belanda mengirim 40 pemantau, dan juga satu batalyon infanteri berkekuatan 600 "
        "prajurit untuk pasukan penjamin.",
        [pledge("land", "NLD")],
        [],
    ),
    (
        "monitors",
        "Norway will send 200 soldiers to western Ukraine next year.",
        [pledge("land", "NOR")],
        [],
    ),
    # a gift asked for is not given
    (
        "asked",
        "The coalition's defence ministers asked member states to contribute more "
        "minehunters for 2031.",
        [],
        [pledge("sea", "COTW")],
    ),
    (
        "asked",
        "Kyiv urged Portugal to send two frigates to the Black Sea this summer.",
        [],
        [pledge("sea", "PRT")],
    ),
    (
        "asked",
        "Ukraina mendesak Belgia untuk menambah dua kapal penyapu ranjau di Laut Hitam.",
        [],
        [pledge("sea", "BEL")],
    ),
    (
        "asked",
        "Menlu Ukraina berharap Malaysia mempertimbangkan penambahan 100 pemantau.",
        [],
        [pledge("watch", "MYS")],
    ),
    (
        "asked",
        "We are asking Tokyo, openly, for a commitment to fund demining in the south.",
        [],
        [pledge("funding", "JPN")],
    ),
    (
        "asked",
        "Asked by Kyiv to help, Norway said it will send 200 soldiers to the reassurance force.",
        [pledge("land", "NOR")],
        [],
    ),
    (
        "asked",
        "Indonesia mengirim 200 pemantau ke Ukraina atas permintaan PBB.",
        [pledge("watch", "IDN")],
        [],
    ),
    (
        "asked",
        "Spain will send 300 soldiers to the reassurance force, the minister said when "
        "asked about the timetable.",
        [pledge("land", "ESP")],
        [],
    ),
    (
        "asked",
        "Poland urged its allies to send more minehunters, and pledged EUR 100 million for "
        "demining.",
        [pledge("funding", "POL")],
        [],
    ),
    (
        "asked",
        "Polandia mendesak sekutunya menambah kapal, dan menjanjikan EUR 100 juta untuk "
        "pembersihan ranjau.",
        [pledge("funding", "POL")],
        [],
    ),
    # the backstop a gift rests on is needed, not given
    (
        "needed",
        "Estonia will send two patrol boats to Odesa, but only as long as American air "
        "cover stays in place.",
        [pledge("sea", "EST")],
        [commitment_fact("USA", "backstop", "air")],
    ),
    (
        "needed",
        "Romania's offer of a port at Constanta rests on US intelligence support for the mission.",
        [],
        [commitment_fact("USA", "backstop", "intelligence")],
    ),
    (
        "needed",
        "Kontribusi Belgia sebanyak 300 tentara bergantung pada dukungan intelijen Amerika "
        "Serikat.",
        [pledge("land", "BEL")],
        [
            commitment_fact("USA", "backstop", "intelligence"),
            commitment_fact("BEL", "backstop", "intelligence"),
        ],
    ),
    (
        "needed",
        "Latvia will send 100 soldiers, with a proviso that Washington keeps its "
        "intelligence and air support in place.",
        [pledge("land", "LVA")],
        [
            commitment_fact("LVA", "backstop", "intelligence"),
            commitment_fact("USA", "backstop", "intelligence"),
        ],
    ),
    (
        "needed",
        "The deployment rests on the American commitment to provide intelligence and air cover.",
        [commitment_fact("USA", "backstop", "intelligence")],
        [],
    ),
    (
        "needed",
        "The United States will provide intelligence and air cover to the force.",
        [commitment_fact("USA", "backstop", "intelligence")],
        [],
    ),
    (
        "needed",
        "Washington akan menyediakan dukungan intelijen selama gencatan senjata berlaku.",
        [commitment_fact("USA", "backstop", "intelligence")],
        [],
    ),
    # a sum for air defence, or paid into a fund, is funding
    (
        "sum",
        "Austria pledges EUR 300 million for Ukraine's air defence, the chancellor said.",
        [pledge("funding", "AUT")],
        [commitment_fact("AUT", "regenerate", "equipment")],
    ),
    (
        "sum",
        "Finlandia menjanjikan EUR 150 juta untuk pertahanan udara Ukraina tahun depan.",
        [pledge("funding", "FIN")],
        [commitment_fact("FIN", "regenerate", "equipment")],
    ),
    (
        "sum",
        "PORTUGAL COMMITS EUR 50 MILLION FOR AIR DEFENCE",
        [pledge("funding", "PRT")],
        [commitment_fact("PRT", "regenerate", "equipment")],
    ),
    (
        "sum",
        "Belgium will pay EUR 90 million into the coalition's fund for Ukrainian drones.",
        [pledge("funding", "BEL")],
        [commitment_fact("BEL", "regenerate", "equipment")],
    ),
    (
        "sum",
        "Irlandia menyumbang EUR 40 juta ke dana koalisi untuk drone Ukraina.",
        [pledge("funding", "IRL")],
        [commitment_fact("IRL", "regenerate", "equipment")],
    ),
    (
        "sum",
        "Austria will give EUR 300 million for IRIS-T air defence systems for Ukraine.",
        [commitment_fact("AUT", "regenerate", "equipment")],
        [],
    ),
    (
        "sum",
        "Finlandia menyumbang EUR 150 juta untuk rudal pertahanan udara Ukraina.",
        [commitment_fact("FIN", "regenerate", "equipment")],
        [],
    ),
    (
        "sum",
        "Sweden will pay SEK 2 billion into the coalition's fund for training Ukrainian crews.",
        [pledge("training", "SWE")],
        [],
    ),
    (
        "sum",
        "Belgium pledged EUR 200 million for air defence and will send 30 armoured vehicles.",
        [commitment_fact("BEL", "regenerate", "equipment")],
        [],
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_twentieth_set_commitment_false_keys(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
