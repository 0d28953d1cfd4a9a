"""Phrasing classes of commitments found when the fifteenth sealed set became development
text, each written as a rule complete for its concept: a unit of air defence by any word
for a unit ("an air defence unit", "a battery of air defence", "satu kompi pertahanan
udara") is a force fielded in the air domain, not a system handed over, unless delivered
or handed to Ukraine ("has delivered three batteries to Ukraine", "menyerahkan ... ke
Ukraina"), which gives it as equipment; an aircraft given
to fly the force's air bridge or airlift ("a C-130 for the force's air bridge", "pesawat
angkut untuk jembatan udara misi") is air support, not logistics; a second report of the
same subject is a clause of its own ("pledged NOK 2 billion and said it would station two
batteries"); officers sent to serve with the force are its people there ("will each provide
six officers", "mengirim 12 perwira penghubung"); a force's soldiers named by the states
they come from ("1,800 soldiers, mostly from France, Spain and Italy", "prajurit dari Ceko
dan Slovakia", "Estonian, Latvian and Lithuanian soldiers") give each state land; bare
personnel sent in a paragraph about a monitoring mission are its people ("Misi pemantauan
...; Filipina mengirim 150 personel"), monitoring, not land; and the
force's own name after the verb is what is given, not who gives ("European states provide
the pasukan penjamin on land and at sea" names no coalition gift).
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


def _land(*parties: str) -> list[Fact]:
    return [pledge("land", p) for p in parties]


_EQUIPMENT = "regenerate", "equipment"
_LOGISTICS = "support", "logistics"

CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # a unit of air defence is a force fielded in the air
    (
        "air units",
        "Croatia and Slovenia each promised an air defence unit for the western sector.",
        [pledge("air", "HRV"), pledge("air", "SVN")],
        [_c("HRV", *_EQUIPMENT), _c("SVN", *_EQUIPMENT)],
    ),
    (
        "air units",
        "Lithuania will deploy a battery of air defence near Odesa.",
        [pledge("air", "LTU")],
        [_c("LTU", *_EQUIPMENT)],
    ),
    (
        "air units",
        "Memo: Slovakia has offered an air-defence company for the summer rotation.",
        [pledge("air", "SVK")],
        [],
    ),
    (
        "air units",
        "Rumania menjanjikan satu kompi pertahanan udara untuk misi itu.",
        [pledge("air", "ROU")],
        [_c("ROU", *_EQUIPMENT)],
    ),
    (
        "air units",
        "Austria will deliver air defence systems to Ukraine next spring.",
        [_c("AUT", *_EQUIPMENT)],
        [pledge("air", "AUT")],
    ),
    # an air-defence unit delivered or handed to Ukraine is equipment, not a force there
    (
        "delivered",
        "The Czech Republic has delivered three air defence batteries to Ukraine since 2027.",
        [_c("CZE", *_EQUIPMENT)],
        [pledge("air", "CZE")],
    ),
    (
        "delivered",
        "Belanda telah menyerahkan dua baterai Patriot ke Ukraina tahun lalu.",
        [_c("NLD", *_EQUIPMENT)],
        [pledge("air", "NLD")],
    ),
    (
        "delivered",
        "Norway will deploy two NASAMS batteries to western Ukraine for the force.",
        [pledge("air", "NOR")],
        [_c("NOR", *_EQUIPMENT)],
    ),
    # an aircraft given to fly the force's air bridge is air support
    (
        "air bridge",
        "Portugal keeps two C-130 transport aircraft with the coalition's air bridge.",
        [pledge("base", "PRT")],
        [_c("PRT", *_LOGISTICS)],
    ),
    (
        "air bridge",
        "Belgia menyediakan dua pesawat Hercules bagi jembatan udara koalisi di Rzeszow.",
        [pledge("base", "BEL")],
        [_c("BEL", *_LOGISTICS)],
    ),
    (
        "air bridge",
        "Minutes, item 4: Denmark will send three transport planes for the force's airlift "
        "from June.",
        [pledge("base", "DNK")],
        [],
    ),
    (
        "air bridge",
        "Sweden will offer two A400M aircraft to carry the brigade's vehicles and supplies.",
        [_c("SWE", *_LOGISTICS)],
        [pledge("base", "SWE")],
    ),
    (
        "air bridge",
        "Kanada mengirim empat pesawat angkut ke pangkalan di Polandia untuk mendukung logistik "
        "misi.",
        [_c("CAN", *_LOGISTICS)],
        [pledge("base", "CAN")],
    ),
    # a second report of the same subject is a clause of its own
    (
        "second report",
        "Denmark pledged DKK 900 million for the coalition's fund and said it would station "
        "two NASAMS batteries near Rivne.",
        [pledge("funding", "DNK"), pledge("air", "DNK")],
        [],
    ),
    (
        "second report",
        "Finland offered EUR 50 million and added that it would send a Patriot battery.",
        [pledge("funding", "FIN"), pledge("air", "FIN")],
        [],
    ),
    # officers sent to serve with the force are its people there
    (
        "officers",
        "Slovenia and Croatia will each provide eight officers to the staff in Lviv.",
        _land("SVN", "HRV"),
        [],
    ),
    (
        "officers",
        "Transcript, minister: 'Austria is sending ten liaison officers to Ukrainian brigades.'",
        _land("AUT"),
        [],
    ),
    (
        "officers",
        "Ireland offered to train 30 liaison officers from other states.",
        [pledge("training", "IRL")],
        _land("IRL"),
    ),
    ("officers", "Spain will not send officers this year.", [], _land("ESP")),
    # a force's soldiers named by the states they come from
    (
        "soldiers from",
        "Schedule: 1,200 soldiers of the autumn rotation, mostly from Greece, Croatia and "
        "Portugal, cross at Medyka on 3 October.",
        _land("GRC", "HRV", "PRT"),
        [],
    ),
    (
        "soldiers from",
        "Sebanyak 500 prajurit dari Belgia dan Luksemburg tiba di Rivne pekan lalu.",
        _land("BEL", "LUX"),
        [],
    ),
    (
        "soldiers from",
        "The northern battalion is made up of Danish, Norwegian and Icelandic soldiers.",
        _land("DNK", "NOR", "ISL"),
        [],
    ),
    (
        "soldiers from",
        "Buses carrying the troops of Spain and Italy reached the border by noon.",
        _land("ESP", "ITA"),
        [],
    ),
    (
        "soldiers from",
        "Troops from Russia and Belarus massed near the border again.",
        [],
        _land("RUS", "BLR"),
    ),
    (
        "soldiers from",
        "Lithuania trained 400 soldiers from Moldova and Georgia last year.",
        [],
        _land("MDA", "GEO"),
    ),
    (
        "soldiers from",
        "There are still no troops from Hungary or Slovakia in the force.",
        [],
        _land("HUN", "SVK"),
    ),
    # bare personnel in a paragraph about a monitoring mission are its people
    (
        "mission personnel",
        "Misi pemantauan berjalan tenang bulan ini. Filipina mengirim 150 personel dalam "
        "rotasi berikutnya.",
        [pledge("watch", "PHL")],
        _land("PHL"),
    ),
    (
        "mission personnel",
        "Agenda: the states that contribute monitors meet by video. Chile will offer 40 more "
        "medical personnel for the fourth rotation.",
        [pledge("watch", "CHL")],
        _land("CHL"),
    ),
    (
        "mission personnel",
        "Greece will send 300 personnel to the reassurance force in the spring.",
        _land("GRC"),
        [pledge("watch", "GRC")],
    ),
    # the force's own name after the verb is what is given, not who gives
    (
        "force named",
        "Dalam kerangka itu, negara-negara Eropa menyediakan pasukan penjamin di darat dan di "
        "laut.",
        [],
        [pledge("land", "COTW"), pledge("sea", "COTW")],
    ),
    (
        "force named",
        "Koalisi menyediakan pasukan di darat, di laut dan di udara.",
        [pledge("land", "COTW"), pledge("sea", "COTW"), pledge("air", "COTW")],
        [],
    ),
    (
        "force named",
        "Air patrols over the Black Sea will be provided by the coalition.",
        [pledge("air", "COTW")],
        [],
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_fifteenth_set_commitment_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
