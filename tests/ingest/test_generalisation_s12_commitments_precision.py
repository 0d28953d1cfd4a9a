"""The general reasons for false commitments found when the ninth to twelfth sealed sets
were read again for precision, each fixed in the clause structure: an offer hedged by a
verb of possibility, in either voice and language, is not yet made ("Latvia might
contribute a company", "may be able to provide a frigate", "bisa saja menambah satu
fregat", "dapat ditawarkan"); a state named only as where a force flies from, or as a
meeting's host, does not give it. Every text here is written for these tests, in words of
its own. A case gives the facts that must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import Fact, check_case, pledge
from .phrasing import commitment_fact as _c
from .phrasing import commitment_facts as _facts

DAY = dt.date(2028, 5, 1)


CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # an offer hedged by a verb of possibility is no offer yet
    (
        "hedged",
        "Norway could help with two frigates later in the year.",
        [],
        [pledge("sea", "NOR")],
    ),
    (
        "hedged",
        "Portugal says it may be able to provide a frigate next spring.",
        [],
        [pledge("sea", "PRT")],
    ),
    (
        "hedged",
        "Latvia might contribute a company of infantry if asked.",
        [],
        [pledge("land", "LVA")],
    ),
    (
        "hedged",
        "Yunani bisa saja menambah satu fregat pada tahap berikutnya.",
        [],
        [pledge("sea", "GRC")],
    ),
    (
        "hedged",
        "Satu rumah sakit lapangan dapat ditawarkan Kroasia pada KTT berikutnya.",
        [],
        [pledge("land", "HRV")],
    ),
    # an offer made with a modal of ability that is no hedge still gives
    (
        "hedged",
        "Two more minehunters could be offered by Belgium next year.",
        [],
        [pledge("sea", "BEL")],
    ),
    (
        "hedged",
        "Bisa jadi Slovenia mengirim satu kompi pada musim gugur.",
        [],
        [pledge("land", "SVN")],
    ),
    (
        "hedged",
        "Sweden will provide four Gripen fighters, which can fly from Polish bases.",
        [pledge("air", "SWE")],
        [],
    ),
    (
        "hedged",
        "Denmark has sent two minehunters to the Black Sea.",
        [pledge("sea", "DNK")],
        [],
    ),
    # a state joined by "and" to a place is a place too: "flying from Slovakia and Hungary"
    (
        "places joined",
        "The Netherlands keeps six F-16s on the rota, flying from Slovakia and Hungary.",
        [pledge("air", "NLD")],
        [pledge("air", "HUN"), pledge("base", "HUN"), pledge("air", "SVK")],
    ),
    (
        "places joined",
        "Spain will send four Eurofighters, to be flown from Romania and Bulgaria.",
        [pledge("air", "ESP")],
        [pledge("air", "BGR"), pledge("base", "BGR")],
    ),
    (
        "places joined",
        "Ottawa will extend its training of Ukrainian sappers in Britain and Lithuania.",
        [pledge("training", "CAN")],
        [pledge("training", "GBR"), pledge("training", "LTU")],
    ),
    (
        "places joined",
        "Kanada memperpanjang pelatihan prajurit Ukraina di Inggris dan Polandia.",
        [pledge("training", "CAN")],
        [pledge("training", "GBR"), pledge("training", "POL")],
    ),
    (
        "places joined",
        "Swedia mengirim empat jet tempur, yang akan terbang dari Polandia dan Rumania.",
        [pledge("air", "SWE")],
        [pledge("air", "ROU"), pledge("base", "ROU")],
    ),
    # two givers joined by "and" still both give
    (
        "places joined",
        "Denmark and Norway will send two frigates to the Black Sea.",
        [pledge("sea", "DNK"), pledge("sea", "NOR")],
        [],
    ),
    (
        "places joined",
        "Belgium sends instructors to Poland, and Lithuania will train Ukrainian medics.",
        [pledge("training", "BEL"), pledge("training", "LTU")],
        [pledge("training", "POL")],
    ),
    # a domain word in another sense: water, a way of travelling, an office's name
    (
        "other sense",
        "Italia mengirim 20 ton air bersih dan tenda untuk warga Odesa.",
        [],
        [pledge("air", "ITA")],
    ),
    (
        "other sense",
        "Rumania menyediakan kereta, lalu para prajurit menempuh perjalanan darat ke Ukraina.",
        [],
        [pledge("land", "ROU")],
    ),
    (
        "other sense",
        "Slovakia menanggung pengamanan jalur darat dari Kosice ke perbatasan.",
        [],
        [pledge("land", "SVK")],
    ),
    (
        "other sense",
        "Kolonel Marc Dubois, perwira Angkatan Udara Prancis, memimpin markas koalisi.",
        [],
        [pledge("air", "FRA")],
    ),
    (
        "other sense",
        "Norway will send its finance minister to the talks in Rome.",
        [],
        [pledge("funding", "NOR")],
    ),
    (
        "other sense",
        "Japan's Ministry of Finance will send two observers to the talks.",
        [],
        [pledge("funding", "JPN")],
    ),
    (
        "other sense",
        "Belanda menyediakan pesawat angkut Angkatan Udara Belanda untuk membawa kontingen.",
        [],
        [pledge("air", "NLD"), pledge("base", "NLD")],
    ),
    (
        "other sense",
        "Italy has pledged to ship 30 infantry fighting vehicles to Odesa.",
        [_c("ITA", "regenerate", "equipment")],
        [pledge("sea", "ITA")],
    ),
    (
        "other sense",
        "Austria has promised to ship the spare parts through Constanta.",
        [],
        [pledge("sea", "AUT")],
    ),
    (
        "other sense",
        "Latvia joined the working group on maritime security last week.",
        [],
        [pledge("sea", "LVA")],
    ),
    (
        "other sense",
        "Polandia bergabung dengan kelompok kerja bidang pertahanan udara koalisi.",
        [],
        [pledge("air", "POL"), _c("POL", "regenerate", "equipment")],
    ),
    # the domain word in its own sense still gives
    (
        "other sense",
        "Italia mengirim dua pesawat tempur dan satu batalion darat ke Ukraina.",
        [pledge("air", "ITA"), pledge("land", "ITA")],
        [],
    ),
    (
        "other sense",
        "Austria will finance the field hospital in Lviv.",
        [pledge("funding", "AUT")],
        [],
    ),
    (
        "other sense",
        "Greece will send two ships to the coalition's maritime task group.",
        [pledge("sea", "GRC")],
        [],
    ),
    # the asset trainees are trained on is not given beside the training
    (
        "trained on",
        "Norway has pledged to train Ukrainian crews on its own fighter jets.",
        [pledge("training", "NOR")],
        [pledge("air", "NOR")],
    ),
    (
        "trained on",
        "Belanda melatih pilot Ukraina dengan jet tempur F-16 miliknya.",
        [pledge("training", "NLD")],
        [pledge("air", "NLD")],
    ),
    (
        "trained on",
        "Denmark will train Ukrainian sailors aboard two Danish minehunters.",
        [pledge("training", "DNK")],
        [pledge("sea", "DNK")],
    ),
    (
        "trained on",
        "Portugal, which trains Ukrainian pilots on its F-16s, has promised to go on.",
        [pledge("training", "PRT")],
        [pledge("air", "PRT")],
    ),
    (
        "trained on",
        "Finland will train Ukrainian engineers and send 300 troops with armoured vehicles.",
        [pledge("training", "FIN"), pledge("land", "FIN")],
        [],
    ),
    (
        "trained on",
        "Canada will send two frigates and train Ukrainian sailors.",
        [pledge("sea", "CAN"), pledge("training", "CAN")],
        [],
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_commitment_precision_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
