"""Phrasing classes of commitments and claims found when the tenth sealed set became
development text, each written as a rule complete for its concept: talks said not to have
produced a deal of any name; every form of the verbs of undertaking; the coalition named
only as the setting of a meeting, or as the owner of a mission, gives nothing itself; the
force's transport, port facilities and supplies are logistics. Every text here is written
for these tests, in words of its own. A case gives the facts that must be found and the
ones that must not.
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


#: the coalition as a whole giving troops
COTW: Fact = ("commitment", "COTW", "reassure", "land")


def _log(party: str) -> Fact:
    return _c(party, "support", "logistics")


CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # talks of any name that have not produced a deal of any name
    ("no deal", "The talks in Vienna have not produced a settlement.", [NOT_REACHED], []),
    (
        "no deal",
        "Negotiations, now in their fifth month, have so far produced no agreement.",
        [NOT_REACHED],
        [],
    ),
    ("no deal", "Months of diplomacy have not yet yielded a peace treaty.", [NOT_REACHED], []),
    ("no deal", "The Istanbul talks broke up without an accord.", [NOT_REACHED], []),
    ("no deal", "Perundingan di Ankara belum menghasilkan perjanjian apa pun.", [NOT_REACHED], []),
    ("no deal", "Negosiasi kedua pihak tidak membuahkan kesepakatan.", [NOT_REACHED], []),
    ("no deal", "Pembicaraan di Doha kembali berakhir tanpa kesepakatan.", [NOT_REACHED], []),
    # traps: a deal made, trade talks, a deal hoped for
    ("no deal trap", "The talks produced a ceasefire agreement in May.", [], [NOT_REACHED]),
    (
        "no deal trap",
        "Trade negotiations with Brussels have not produced a deal on tariffs.",
        [],
        [NOT_REACHED],
    ),
    (
        "no deal trap",
        "If the talks do not produce a settlement, the force will stay.",
        [],
        [NOT_REACHED],
    ),
    # a meeting named before the subject: its host, its attendance and the coalition it
    # gathers give nothing; the state after it gives
    (
        "meeting lead",
        "At the ministers' meeting in Oslo, hosted by Norway and attended by 30 countries, "
        "Finland undertook to send a frigate.",
        [_c("FIN", "reassure", "sea")],
        [_c("NOR", "reassure", "sea"), _c("COTW", "reassure", "sea")],
    ),
    (
        "meeting lead",
        "Pada pertemuan puncak koalisi di Roma yang dihadiri 28 negara, Yunani menjanjikan dua "
        "kapal penyapu ranjau.",
        [_c("GRC", "reassure", "sea")],
        [_c("COTW", "reassure", "sea")],
    ),
    (
        "meeting lead",
        "During the coalition summit chaired by Italy, Croatia and Slovenia pledged a joint "
        "infantry company.",
        [_c("HRV", "reassure", "land"), _c("SVN", "reassure", "land")],
        [_c("ITA", "reassure", "land"), COTW],
    ),
    (
        "meeting lead",
        "Dalam rapat menteri pertahanan koalisi di Den Haag, Ceko dan Slowakia menyanggupi "
        "satu kompi zeni.",
        [_c("CZE", "reassure", "land"), _c("SVK", "reassure", "land")],
        [COTW],
    ),
    (
        "meeting lead",
        "At the coalition's summit in Madrid, Spain offered two frigates.",
        [_c("ESP", "reassure", "sea")],
        [_c("COTW", "reassure", "sea")],
    ),
    (
        "meeting lead",
        "At the summit of the countries providing guarantees to Ukraine, held in Rome, the "
        "Swedish government undertook to pay for a field hospital.",
        [_c("SWE", "regenerate", "funding")],
        [_c("COTW", "regenerate", "funding")],
    ),
    # the coalition as the owner or setting of a mission: the state sends into it
    (
        "in the mission",
        "Pemerintah telah mengirim 150 prajurit dalam misi koalisi di Ukraina.",
        [],
        [COTW],
    ),
    (
        "in the mission",
        "The government has sent 300 soldiers to serve under the multinational force.",
        [],
        [COTW],
    ),
    # the force's transport, facilities and supplies, by any name, are logistics
    ("logistics", "Austria will provide transport for the monitors' equipment.", [_log("AUT")], []),
    (
        "logistics",
        "Slovenia is sending a logistics battalion.",
        [_log("SVN")],
        [_c("SVN", "reassure", "land")],
    ),
    (
        "logistics",
        "Bulgaria offers its port facilities at Burgas to the coalition.",
        [_log("BGR")],
        [],
    ),
    (
        "logistics",
        "Kroasia menyediakan transportasi darat bagi pasukan koalisi.",
        [_log("HRV")],
        [_c("HRV", "reassure", "land")],
    ),
    ("logistics", "Jepang menanggung biaya pengangkutan para pemantau.", [_log("JPN")], []),
    (
        "logistics",
        "Denmark will contribute two tankers and fuel for the force's vehicles.",
        [_log("DNK")],
        [],
    ),
    ("logistics", "Turki memasok ransum dan bahan bakar untuk kontingen.", [_log("TUR")], []),
    ("logistics", "Portugal provides medical evacuation for the force.", [_log("PRT")], []),
    (
        "logistics",
        "Kompi angkutan dari Belgia akan mengangkut perbekalan ke Lviv.",
        [_log("BEL")],
        [_c("BEL", "reassure", "land")],
    ),
    ("logistics trap", "Spain will not provide transport for the troops.", [], [_log("ESP")]),
    # the state a minister acts for gives, wherever it is named
    (
        "on behalf",
        "At the meeting in Riga, the foreign secretary pledged on Denmark's behalf a frigate "
        "and two F-16s.",
        [_c("DNK", "reassure", "sea"), _c("DNK", "reassure", "air")],
        [],
    ),
    (
        "on behalf",
        "Menteri itu, atas nama Filipina, menjanjikan 40 pemantau.",
        [_c("PHL", "backstop", "monitoring")],
        [],
    ),
    (
        "on behalf",
        "Speaking on behalf of Norway, the minister offered a field hospital.",
        [_c("NOR", "reassure", "land")],
        [],
    ),
    # troops and monitors a state keeps there, or that are there from it
    (
        "presence",
        "Ada pula pemantau dari Thailand dan Vietnam di garis depan.",
        [_c("THA", "backstop", "monitoring"), _c("VNM", "backstop", "monitoring")],
        [],
    ),
    (
        "presence",
        "There are also monitors from Chile and Peru along the line.",
        [_c("CHL", "backstop", "monitoring"), _c("PER", "backstop", "monitoring")],
        [],
    ),
    (
        "presence",
        "Several states, including Portugal and Greece, keep troops there.",
        [_c("PRT", "reassure", "land"), _c("GRC", "reassure", "land")],
        [],
    ),
    (
        "presence",
        "Belgium still maintains 400 soldiers in Ukraine.",
        [_c("BEL", "reassure", "land")],
        [],
    ),
    (
        "presence",
        "Austria masih mempertahankan 300 prajurit di Ukraina.",
        [_c("AUT", "reassure", "land")],
        [],
    ),
    (
        "presence trap",
        "There are no monitors from Brazil.",
        [],
        [_c("BRA", "backstop", "monitoring")],
    ),
    ("presence trap", "Hungary keeps its troops at home.", [], [_c("HUN", "reassure", "land")]),
    (
        "presence trap",
        "Slovakia will keep its own soldiers out of Ukraine.",
        [],
        [_c("SVK", "reassure", "land")],
    ),
    (
        "presence",
        "Two coalition members, namely Finland and Estonia, will keep troops there until 2030.",
        [_c("FIN", "reassure", "land"), _c("EST", "reassure", "land")],
        [COTW],
    ),
    (
        "presence trap",
        "Austria rejects the presence of foreign troops there.",
        [],
        [_c("AUT", "reassure", "land")],
    ),
    # vehicles and kit of any kind are equipment; taking over a mission runs it
    (
        "vehicles",
        "Finland has promised twelve demining vehicles.",
        [_c("FIN", "regenerate", "equipment")],
        [_c("FIN", "reassure", "sea")],
    ),
    (
        "vehicles",
        "Irlandia menyumbang 40 kendaraan taktis untuk tentara Ukraina.",
        [_c("IRL", "regenerate", "equipment")],
        [],
    ),
    (
        "vehicles",
        "Luxembourg is donating winter kit for Ukrainian soldiers.",
        [_c("LUX", "regenerate", "equipment")],
        [],
    ),
    (
        "vehicles",
        "Slovenia will supply winter clothing to the Ukrainian army.",
        [_c("SVN", "regenerate", "equipment")],
        [],
    ),
    (
        "vehicles",
        "Croatia, we hear, has pledged armoured vehicles and EUR 5 million.",
        [_c("HRV", "regenerate", "equipment"), _c("HRV", "regenerate", "funding")],
        [],
    ),
    (
        "vehicles trap",
        "Spain has not promised any vehicles.",
        [],
        [_c("ESP", "regenerate", "equipment")],
    ),
    (
        "vehicles",
        "Japan has pledged mine detection vehicles and US$45 million.",
        [_c("JPN", "regenerate", "equipment"), _c("JPN", "regenerate", "funding")],
        [_c("USA", "regenerate", "funding")],
    ),
    # every form of giving, and a second state with only a sum after the first
    (
        "sums gapped",
        "Sweden gave SEK 2 billion, Finland EUR 300 million.",
        [_c("SWE", "regenerate", "funding"), _c("FIN", "regenerate", "funding")],
        [],
    ),
    (
        "sums gapped",
        "Belanda memberikan EUR 500 juta, Belgia EUR 200 juta.",
        [_c("NLD", "regenerate", "funding"), _c("BEL", "regenerate", "funding")],
        [],
    ),
    (
        "sums gapped",
        "Austria has given 40 ambulances and Ireland USD 20 million.",
        [_c("AUT", "regenerate", "equipment"), _c("IRL", "regenerate", "funding")],
        [],
    ),
    # a state's armed forces by their own name give for it
    (
        "own forces",
        "Pemerintah telah mengirim 150 prajurit TNI sebagai pemantau dalam misi yang "
        "diputuskan pada pertemuan puncak koalisi di Roma.",
        [_c("IDN", "backstop", "monitoring")],
        [COTW],
    ),
    (
        "own forces",
        "The Royal Navy will send two minehunters to the Black Sea.",
        [_c("GBR", "reassure", "sea")],
        [],
    ),
    (
        "own forces",
        "Die Bundeswehr: the Bundeswehr is ready to deploy an armoured brigade.",
        [_c("DEU", "reassure", "land")],
        [],
    ),
    # the third item of a lettered list is no copyright line
    (
        "lettered list",
        "The ministers agreed:\n(a) Croatia will send a frigate;\n(b) Greece will send a "
        "minehunter;\n(c) the Netherlands, Belgium and Denmark will contribute one mine "
        "countermeasures vessel each;\n(d) Norway will pay for the fuel.\n",
        [
            _c("NLD", "reassure", "sea"),
            _c("BEL", "reassure", "sea"),
            _c("DNK", "reassure", "sea"),
        ],
        [],
    ),
    # monitors named as who receives what is given: they are not given
    (
        "for the monitors",
        "Kanada menanggung perlengkapan musim dingin bagi seluruh pemantau koalisi.",
        [_c("CAN", "regenerate", "equipment")],
        [_c("CAN", "backstop", "monitoring")],
    ),
    (
        "for the monitors",
        "Denmark will keep sending satellite data to the monitors.",
        [_c("DNK", "backstop", "intelligence")],
        [_c("DNK", "backstop", "monitoring")],
    ),
    (
        "for the monitors",
        "Belgia menyediakan logistik untuk para pemantau.",
        [_log("BEL")],
        [_c("BEL", "backstop", "monitoring")],
    ),
    (
        "for the monitors",
        "Croatia will send a field hospital and 30 monitors to the mission.",
        [_c("HRV", "reassure", "land"), _c("HRV", "backstop", "monitoring")],
        [],
    ),
    (
        "taking over",
        "Australia will take over the training mission in Wales from Britain.",
        [_c("AUS", "regenerate", "training")],
        [_c("GBR", "regenerate", "training")],
    ),
    (
        "taking over",
        "Selandia Baru akan mengambil alih misi pelatihan di Inggris.",
        [_c("NZL", "regenerate", "training")],
        [],
    ),
    # every form of the verbs of undertaking, in both languages
    (
        "undertaking",
        "Latvia undertook to provide two minehunters.",
        [_c("LVA", "reassure", "sea")],
        [],
    ),
    (
        "undertaking",
        "Croatia undertakes to deploy a frigate to the Black Sea.",
        [_c("HRV", "reassure", "sea")],
        [],
    ),
    (
        "undertaking",
        "Portugal menyanggupi pengiriman dua fregat ke Laut Hitam.",
        [_c("PRT", "reassure", "sea")],
        [],
    ),
    (
        "undertaking",
        "Dua kapal penyapu ranjau disanggupi oleh Belgia.",
        [_c("BEL", "reassure", "sea")],
        [],
    ),
    (
        "undertaking",
        "Rumania sanggup menyediakan pelabuhan Constanta bagi pasukan koalisi.",
        [_log("ROU")],
        [],
    ),
    (
        "undertaking",
        "Estonia, Latvia dan Lituania bersama-sama menyanggupi satu batalion infanteri.",
        [
            _c("EST", "reassure", "land"),
            _c("LVA", "reassure", "land"),
            _c("LTU", "reassure", "land"),
        ],
        [],
    ),
    (
        "undertaking trap",
        "Slovakia has not undertaken to send troops.",
        [],
        [_c("SVK", "reassure", "land")],
    ),
    (
        "undertaking trap",
        "Hongaria tidak sanggup mengirim tentara ke Ukraina.",
        [],
        [_c("HUN", "reassure", "land")],
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_tenth_set_commitment_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
