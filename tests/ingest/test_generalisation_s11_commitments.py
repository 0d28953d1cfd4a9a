"""Phrasing classes of commitments and claims found when the eleventh sealed set became
development text, each written as a rule complete for its concept: a line of a table or an
infographic that holds several rows, one state after another ("Polandia: dua fregat.
Spanyol: empat F-16."); a force based in a neighbouring state ("eight Typhoons in
Romania") is the reassurance force itself, only one sent there supports; the place a
force operates from ("from bases in Poland") does not give it; making arms, in any words
("weapons production", "pembuatan rudal", "drones built in Ukraine"), is the industry; a
deal of any name said not to exist ("there is still no peace treaty, of course"), and
never also made when it is denied ("No peace agreement has been signed"). Every text here
is written for these tests, in words of its own. A case gives the facts that must be found
and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import NOT_REACHED, Fact, check_case
from .phrasing import commitment_fact as _c
from .phrasing import commitment_facts as _facts

DAY = dt.date(2027, 11, 1)

REACHED: Fact = ("claim", "settlement", "reached")

#: what makes the rows below contributions to the coalition
_ID = "Kontribusi negara koalisi:\n"
_EN = "Coalition pledges at a glance:\n"


def _sea(party: str) -> Fact:
    return _c(party, "reassure", "sea")


def _air(party: str) -> Fact:
    return _c(party, "reassure", "air")


def _land(party: str) -> Fact:
    return _c(party, "reassure", "land")


def _ind(party: str) -> Fact:
    return _c(party, "regenerate", "industry")


CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # several rows on one line: every state labels its own part
    (
        "rows on a line",
        _ID + "Polandia: dua fregat. Spanyol: empat F-16. Portugal: satu korvet.",
        [_sea("POL"), _air("ESP"), _sea("PRT")],
        [_air("POL"), _sea("ESP")],
    ),
    (
        "rows on a line",
        _EN + "Denmark: three minehunters; Finland: 200 soldiers; Norway: two frigates.",
        [_sea("DNK"), _land("FIN"), _sea("NOR")],
        [_land("DNK"), _sea("FIN")],
    ),
    (
        "rows on a line",
        _EN + "Greece: one corvette. Australia and New Zealand: a frigate each.",
        [_sea("GRC"), _sea("AUS"), _sea("NZL")],
        [],
    ),
    (
        "rows on a line",
        _ID + "Rumania dan Bulgaria: masing-masing satu korvet. Italia: dua helikopter.",
        [_sea("ROU"), _sea("BGR"), _air("ITA")],
        [_air("ROU"), _sea("ITA")],
    ),
    (
        "rows on a line",
        _ID + "Ceko: 300 prajurit. Kroasia: EUR 40 juta.",
        [_land("CZE"), _c("HRV", "regenerate", "funding")],
        [_c("CZE", "regenerate", "funding")],
    ),
    # a row that refuses or hedges gives nothing; its neighbour still gives
    (
        "rows on a line trap",
        _ID + "Austria: tidak mengirim pasukan. Irlandia: belum memutuskan. Ceko: dua helikopter.",
        [_air("CZE")],
        [_land("AUT"), _land("IRL"), _air("AUT"), _air("IRL")],
    ),
    (
        "rows on a line trap",
        _EN + "Hungary: refuses to send troops. Slovakia: no jets; Czechia: 150 soldiers.",
        [_land("CZE")],
        [_land("HUN"), _air("SVK"), _land("SVK")],
    ),
    # a force based in a neighbouring state is the reassurance force; sent to it, it supports
    (
        "based in a neighbour",
        "The UK will provide a Typhoon detachment of eight aircraft in Romania.",
        [_air("GBR")],
        [_c("GBR", "support", "air")],
    ),
    (
        "based in a neighbour",
        "Spain has stationed four F-16s in Lithuania for the mission.",
        [_air("ESP")],
        [_c("ESP", "support", "air")],
    ),
    (
        "based in a neighbour",
        "Belanda menyiagakan dua baterai Patriot di Polandia timur.",
        [_air("NLD")],
        [_c("NLD", "support", "air")],
    ),
    (
        "based in a neighbour",
        "Swedia menyediakan enam Gripen yang bermarkas di Rumania.",
        [_air("SWE")],
        [_c("SWE", "support", "air")],
    ),
    (
        "sent to a neighbour",
        "Kanada mengirim dua pesawat patroli ke Polandia.",
        [_c("CAN", "support", "air")],
        [_air("CAN")],
    ),
    (
        "sent to a neighbour",
        "Norway will send two frigates to Romania.",
        [_c("NOR", "support", "sea")],
        [_sea("NOR")],
    ),
    # "from bases in Poland": the place a force operates from does not give it
    (
        "operates from a place",
        "Germany provides fighters from bases in Poland.",
        [_air("DEU")],
        [_air("POL"), _c("POL", "support", "air")],
    ),
    (
        "operates from a place",
        "Germany, the Netherlands and Sweden send jets from bases in Poland.",
        [_air("DEU"), _air("NLD"), _air("SWE")],
        [_air("POL"), _c("POL", "support", "air")],
    ),
    (
        "operates from a place",
        "Jerman mengirim jet tempur dari pangkalan di Polandia.",
        [_air("DEU")],
        [_air("POL"), _c("POL", "support", "air")],
    ),
    (
        "operates from a place",
        "The jets will be provided by Denmark from airfields in Estonia.",
        [_air("DNK")],
        [_air("EST"), _c("EST", "support", "air")],
    ),
    # ... while the state after "by" still gives
    ("given by", "Two frigates were offered by Norway.", [_sea("NOR")], []),
    # making arms in any words is the industry that is paid for
    ("arms made", "Canada funds weapons production.", [_ind("CAN")], []),
    (
        "arms made",
        "Sweden will pay for the manufacture of artillery shells in Ukraine.",
        [_ind("SWE")],
        [_c("SWE", "regenerate", "equipment")],
    ),
    (
        "arms made",
        "Australia gives AUD 120 million for drones built in Ukraine.",
        [_ind("AUS")],
        [],
    ),
    (
        "arms made",
        "Norwegia mendanai pembuatan rudal di Ukraina.",
        [_ind("NOR")],
        [_c("NOR", "regenerate", "equipment")],
    ),
    (
        "arms made",
        "Belgia menyumbang 100 juta euro untuk drone yang dirakit di Ukraina.",
        [_ind("BEL")],
        [],
    ),
    (
        "arms made",
        "Japan will give JPY 50 billion for Ukrainian drone and ammunition production.",
        [_ind("JPN")],
        [],
    ),
    # a state's own production, or the aggressor's, is no gift
    (
        "arms made trap",
        "Germany is expanding its own ammunition production at home.",
        [],
        [_ind("DEU")],
    ),
    ("arms made trap", "Russia has doubled its missile production.", [], [_ind("RUS")]),
    # a deal of any name said not to exist, whatever follows it
    ("no deal", "There is still no peace treaty, of course.", [NOT_REACHED], [REACHED]),
    ("no deal", "There's no armistice, and the shelling goes on.", [NOT_REACHED], [REACHED]),
    ("no deal", "There remains no settlement, despite the talks.", [NOT_REACHED], [REACHED]),
    ("no deal", "Hingga kini belum ada traktat damai, kata juru bicara.", [NOT_REACHED], []),
    # a deal denied is not also a deal made
    ("no deal", "No peace agreement has been signed.", [NOT_REACHED], [REACHED]),
    ("no deal", "No ceasefire deal was reached in Geneva.", [NOT_REACHED], [REACHED]),
    (
        "no deal",
        "Belum ada perjanjian damai yang ditandatangani, dan pasukan tetap siaga.",
        [NOT_REACHED],
        [REACHED],
    ),
    # a condition, and a deal made
    ("no deal trap", "If there is no ceasefire, the troops will not deploy.", [], [NOT_REACHED]),
    ("no deal trap", "A peace agreement was signed in May.", [REACHED], [NOT_REACHED]),
    # one state's row whose assets run on after a full stop keeps them
    (
        "rows on a line",
        _EN + "3. NETHERLANDS - 9 points. Minehunters, two Patriot batteries.",
        [_sea("NLD"), _air("NLD")],
        [],
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_eleventh_set_commitment_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
