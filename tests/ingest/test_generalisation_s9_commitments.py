"""Phrasing classes of commitments and claims found when the ninth sealed set became
development text, each written as a rule complete for its concept: monitors and observers
sent, in any wording, are the monitoring backstop (and an asset sent to watch a line is
monitoring, not a force); air defence deployed beside troops is a force in the air, not
equipment handed over; the states that lead or join a task group give what it gives; a
hedge or a "no" before an asset gives nothing. Every text here is written for these tests,
in words of its own. A case gives the facts that must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import NOT_REACHED, Fact, check_case
from .phrasing import commitment_fact as _c
from .phrasing import commitment_facts as _facts

DAY = dt.date(2027, 6, 1)


def _mon(party: str) -> Fact:
    return _c(party, "backstop", "monitoring")


CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # monitors and observers sent, by any word, in any number, are monitoring
    (
        "monitors",
        "Greece and Luxembourg have both said they will dispatch military observers.",
        [_mon("GRC"), _mon("LUX")],
        [],
    ),
    (
        "monitors",
        "South Korea is ready to contribute 60 unarmed monitors once a truce is signed.",
        [_mon("KOR")],
        [_c("KOR", "reassure", "land")],
    ),
    (
        "monitors",
        "Pemerintah Kroasia berencana mengirimkan tim pemantau ke Ukraina timur.",
        [_mon("HRV")],
        [_c("HRV", "reassure", "land")],
    ),
    (
        "monitors",
        "Slovenia menyatakan siap menyumbang 200 pemantau gencatan senjata.",
        [_mon("SVN")],
        [],
    ),
    (
        "monitors",
        "Islandia bersedia menempatkan kontingen pemantau berkekuatan 300 personel.",
        [_mon("ISL")],
        [_c("ISL", "reassure", "land")],
    ),
    (
        "monitors",
        "Austria offered a monitoring team of about 40 officers.",
        [_mon("AUT")],
        [_c("AUT", "reassure", "land")],
    ),
    (
        "monitors",
        "Swiss officials confirmed that Switzerland will send 500 personnel for the monitoring "
        "mission.",
        [_mon("CHE")],
        [_c("CHE", "reassure", "land")],
    ),
    (
        "monitors",
        "Yunani akan mengirim 400 prajurit untuk misi pemantauan di sepanjang garis depan.",
        [_mon("GRC")],
        [_c("GRC", "reassure", "land")],
    ),
    # an asset sent to watch a line is monitoring, not a force in the air or on land
    (
        "watching",
        "Portugal will deploy two maritime patrol aircraft to monitor the ceasefire line.",
        [_mon("PRT")],
        [_c("PRT", "reassure", "air")],
    ),
    (
        "watching",
        "Spanyol menyiapkan tiga helikopter untuk memantau garis gencatan senjata.",
        [_mon("ESP")],
        [_c("ESP", "reassure", "air")],
    ),
    (
        "watching",
        "Ireland has offered four drones to help watch the line of contact.",
        [_mon("IRL")],
        [],
    ),
    # air defence deployed beside troops protects the force: the air domain, not equipment
    (
        "air defence beside troops",
        "Denmark will deploy a mechanised company and two Patriot fire units to shield the force.",
        [_c("DNK", "reassure", "land"), _c("DNK", "reassure", "air")],
        [_c("DNK", "regenerate", "equipment")],
    ),
    (
        "air defence beside troops",
        "Belanda akan menempatkan 600 tentara dan sistem pertahanan udara di Ukraina barat.",
        [_c("NLD", "reassure", "land"), _c("NLD", "reassure", "air")],
        [_c("NLD", "regenerate", "equipment")],
    ),
    (
        "air defence beside troops",
        "Norway said its commitment of soldiers and air defence would stand as agreed.",
        [_c("NOR", "reassure", "land"), _c("NOR", "reassure", "air")],
        [_c("NOR", "regenerate", "equipment")],
    ),
    (
        "air defence beside troops",
        "Spanyol menjanjikan satu batalion infanteri beserta unit pertahanan udara.",
        [_c("ESP", "reassure", "land"), _c("ESP", "reassure", "air")],
        [_c("ESP", "regenerate", "equipment")],
    ),
    (
        "air defence for Ukraine",
        "Sweden will send 100 instructors and supply air defence systems to Ukraine's army.",
        [_c("SWE", "regenerate", "equipment")],
        [_c("SWE", "reassure", "air")],
    ),
    (
        "air defence for Ukraine",
        "Finlandia akan membiayai sistem pertahanan udara bagi angkatan bersenjata Ukraina.",
        [_c("FIN", "regenerate", "equipment")],
        [_c("FIN", "reassure", "air")],
    ),
    # a state that joins, or follows suit, gives what the state before it gives
    (
        "joining",
        "Italia akan memimpin misi maritim di Laut Hitam. Yunani dan Kroasia ikut bergabung.",
        [_c("ITA", "reassure", "sea"), _c("GRC", "reassure", "sea"), _c("HRV", "reassure", "sea")],
        [],
    ),
    (
        "joining",
        "Norway will send two frigates to the Black Sea. Denmark and Iceland will join.",
        [_c("DNK", "reassure", "sea"), _c("ISL", "reassure", "sea")],
        [],
    ),
    (
        "joining",
        "Kanada akan melatih pilot Ukraina, dan Australia menyusul.",
        [_c("CAN", "regenerate", "training"), _c("AUS", "regenerate", "training")],
        [],
    ),
    (
        "joining",
        "Poland pledged 300 combat engineers, and the Czech Republic followed suit.",
        [_c("POL", "reassure", "land"), _c("CZE", "reassure", "land")],
        [],
    ),
    (
        "joining",
        "Portugal is sending a field hospital. Spain has joined the effort.",
        [_c("PRT", "reassure", "land"), _c("ESP", "reassure", "land")],
        [],
    ),
    (
        "joining trap",
        "Norway will send two frigates. Hungary will not join.",
        [_c("NOR", "reassure", "sea")],
        [_c("HUN", "reassure", "sea")],
    ),
    (
        "joining trap",
        "Sweden will send two corvettes. Finland joined the coalition in March.",
        [_c("SWE", "reassure", "sea")],
        [_c("FIN", "reassure", "sea")],
    ),
    # clearing mines from the sea, by any wording, and the states that lead it together
    (
        "mine clearing",
        "Greece will lead the mine countermeasures group together with Croatia and Slovenia.",
        [_c("GRC", "reassure", "sea"), _c("HRV", "reassure", "sea"), _c("SVN", "reassure", "sea")],
        [],
    ),
    (
        "mine clearing",
        "Italy has offered to take part in the clearing of mines off the Ukrainian coast.",
        [_c("ITA", "reassure", "sea")],
        [],
    ),
    (
        "mine clearing",
        "Yunani siap mengirim kapal-kapal penyapu ranjau untuk membersihkan jalur pelayaran.",
        [_c("GRC", "reassure", "sea")],
        [],
    ),
    (
        "mine clearing",
        "Kroasia akan menyumbang penyelam penjinak ranjau laut untuk satuan tugas itu.",
        [_c("HRV", "reassure", "sea")],
        [],
    ),
    (
        "watching",
        "Yunani akan menyumbangkan sebuah pesawat patroli maritim untuk mengawasi jalur pelayaran.",
        [_mon("GRC")],
        [_c("GRC", "reassure", "air"), _c("GRC", "reassure", "sea")],
    ),
    (
        "mine clearing trap",
        "Irish instructors will train Ukrainian sappers in the clearance of mines on farmland.",
        [],
        [_c("IRL", "reassure", "sea")],
    ),
    # "no" before an asset, "not with", a weighing verb, a quiz line: nothing is given
    (
        "refused asset",
        "Washington will share satellite imagery but will send no American combat troops.",
        [_c("USA", "backstop", "intelligence")],
        [_c("USA", "reassure", "land")],
    ),
    (
        "refused asset",
        "Kanada akan membantu dengan pelatihan, tetapi tidak dengan pasukan tempur.",
        [_c("CAN", "regenerate", "training")],
        [_c("CAN", "reassure", "land")],
    ),
    (
        "refused asset",
        "Austria will provide field kitchens, not warships.",
        [],
        [_c("AUT", "reassure", "sea")],
    ),
    (
        "refused asset",
        "Portugal will deploy no fighter jets this year, its minister said.",
        [],
        [_c("PRT", "reassure", "air")],
    ),
    (
        "weighed asset",
        'Lisbon is "looking closely" at sending a frigate.',
        [],
        [_c("PRT", "reassure", "sea")],
    ),
    (
        "weighed asset",
        "Greece would consider helicopters later.",
        [],
        [_c("GRC", "reassure", "air")],
    ),
    (
        "weighed asset",
        "Kroasia masih menjajaki pengiriman kapal patroli.",
        [],
        [_c("HRV", "reassure", "sea")],
    ),
    (
        "weighed asset",
        "Slovenia is exploring whether to deploy a mountain company.",
        [],
        [_c("SVN", "reassure", "land")],
    ),
    (
        "quiz line",
        "True or false: Iceland has pledged a frigate.",
        [],
        [_c("ISL", "reassure", "sea")],
    ),
    (
        "quiz line",
        "Benar atau salah: Islandia menjanjikan kapal perang.",
        [],
        [_c("ISL", "reassure", "sea")],
    ),
    (
        "not refused",
        "Luxembourg will send no fewer than 200 troops.",
        [_c("LUX", "reassure", "land")],
        [],
    ),
    # ground units by any name: a regiment, a division, a mechanised company
    (
        "land units",
        "Greece has offered a mountain regiment for the force.",
        [_c("GRC", "reassure", "land")],
        [],
    ),
    (
        "land units",
        "Kroasia akan mengerahkan satu resimen infanteri ke Ukraina barat.",
        [_c("HRV", "reassure", "land")],
        [],
    ),
    (
        "land units",
        "Iceland pledged a mechanised company and a logistics detachment.",
        [_c("ISL", "reassure", "land")],
        [],
    ),
    (
        "land units",
        "Slovenia siap menyumbang satu kompi mekanis.",
        [_c("SVN", "reassure", "land")],
        [],
    ),
    # two states, one verb: the number of the second after a comma or "and"
    (
        "gapped troops",
        "Greece promised up to 900 soldiers and Croatia up to 400 soldiers.",
        [_c("GRC", "reassure", "land"), _c("HRV", "reassure", "land")],
        [],
    ),
    (
        "gapped troops",
        "Yunani menempatkan sekitar 900 tentara di Ukraina timur, Kroasia sekitar 400.",
        [_c("GRC", "reassure", "land"), _c("HRV", "reassure", "land")],
        [],
    ),
    (
        "gapped troops",
        "Portugal menjanjikan hingga 700 prajurit dan Spanyol hingga 1.100 prajurit.",
        [_c("PRT", "reassure", "land"), _c("ESP", "reassure", "land")],
        [],
    ),
    # confirming or guarding with an asset is giving it
    (
        "confirming",
        "Belgia, selaku tuan rumah, memastikan dua kapal penyapu ranjau.",
        [_c("BEL", "reassure", "sea")],
        [],
    ),
    (
        "guarding",
        "Portugal menjaga langit dengan empat pesawat F-16.",
        [_c("PRT", "reassure", "air")],
        [],
    ),
    (
        "guarding",
        "Greece will guard the coast with two frigates.",
        [_c("GRC", "reassure", "sea")],
        [],
    ),
    (
        "shared with troops",
        "Australia berjanji berbagi citra satelit dengan pasukan koalisi.",
        [_c("AUS", "backstop", "intelligence")],
        [_c("AUS", "reassure", "land")],
    ),
    (
        "confirming trap",
        "A frigate and 200 sailors will sail next spring as part of the coalition's force, "
        "the government confirmed.",
        [],
        [_c("COTW", "reassure", "sea")],
    ),
    (
        "confirming trap",
        "Spain confirmed that it had not yet decided on frigates.",
        [],
        [_c("ESP", "reassure", "sea")],
    ),
    # no deal yet, said as its absence, a final deal not produced, a settlement out of reach
    (
        "no deal yet",
        "Perjanjian damai antara kedua negara itu hingga kini belum ada.",
        [NOT_REACHED],
        [],
    ),
    (
        "no deal yet",
        "A peace treaty between the two sides does not yet exist.",
        [NOT_REACHED],
        [],
    ),
    (
        "no deal yet",
        "Perundingan di Jenewa sejauh ini belum menghasilkan kesepakatan akhir.",
        [NOT_REACHED],
        [],
    ),
    (
        "no deal yet",
        "The negotiations in Geneva have yet to produce a final agreement.",
        [NOT_REACHED],
        [],
    ),
    (
        "no deal yet",
        "A final settlement between Moscow and Kyiv still remains out of reach.",
        [NOT_REACHED],
        [],
    ),
    (
        "no deal yet",
        "A lasting peace settlement between the two capitals remains distant.",
        [NOT_REACHED],
        [],
    ),
    (
        "no deal yet trap",
        "Kesepakatan dagang antara kedua negara belum ada.",
        [],
        [NOT_REACHED],
    ),
    (
        "no deal yet trap",
        "The ceasefire has held since May and a final agreement was signed in June.",
        [],
        [NOT_REACHED],
    ),
    # a place adverb before the subject ("di sana", "di situ") does not make it a place
    (
        "place adverb",
        "Di sana Yunani menjanjikan dua fregat untuk Laut Hitam.",
        [_c("GRC", "reassure", "sea")],
        [],
    ),
    (
        "place adverb",
        "Di situ Kroasia menyatakan akan mengerahkan 200 prajurit.",
        [_c("HRV", "reassure", "land")],
        [],
    ),
    (
        "place adverb",
        "Di sana Portugal menjanjikan bantuan 50 juta euro untuk melatih pilot Ukraina.",
        [_c("PRT", "regenerate", "funding"), _c("PRT", "regenerate", "training")],
        [],
    ),
    (
        "place adverb trap",
        "Slovenia will send engineers to Croatia, and the unit will deploy from there to Ukraine.",
        [],
        [_c("HRV", "reassure", "land")],
    ),
    # the two states just named, as "both", "kedua negara" or "their troops", anywhere
    (
        "both states",
        "KTT itu dipimpin Yunani dan Kroasia. Dalam rapat tersebut, kedua negara menyatakan "
        "siap mengirim pasukan darat.",
        [_c("GRC", "reassure", "land"), _c("HRV", "reassure", "land")],
        [],
    ),
    (
        "both states",
        "Portugal and Spain chaired the meeting. At its close, both said they would send "
        "ground troops.",
        [_c("PRT", "reassure", "land"), _c("ESP", "reassure", "land")],
        [],
    ),
    (
        "both states",
        "Yunani dan Kroasia menegaskan pasukan mereka siap bergerak dalam dua pekan.",
        [_c("GRC", "reassure", "land"), _c("HRV", "reassure", "land")],
        [],
    ),
    (
        "both states",
        "Greece and Croatia said their troops were ready to move within a week of a truce.",
        [_c("GRC", "reassure", "land"), _c("HRV", "reassure", "land")],
        [],
    ),
    (
        "both states trap",
        "Russian troops are moving towards the border, Greece and Croatia warned.",
        [],
        [_c("GRC", "reassure", "land"), _c("HRV", "reassure", "land")],
    ),
    # leading a group with other states: they give with the leader
    (
        "led with",
        "Greece will lead the naval group with Croatia and Slovenia.",
        [_c("GRC", "reassure", "sea"), _c("HRV", "reassure", "sea"), _c("SVN", "reassure", "sea")],
        [],
    ),
    (
        "led with",
        "Portugal akan memimpin satuan tugas maritim dengan Spanyol.",
        [_c("PRT", "reassure", "sea"), _c("ESP", "reassure", "sea")],
        [],
    ),
    (
        "led with trap",
        "Greece will lead the naval group, whose ships will dock in Croatia.",
        [_c("GRC", "reassure", "sea")],
        [_c("HRV", "reassure", "sea")],
    ),
    # "we" opening a paragraph: the state the paragraph before ended with
    (
        "we",
        "Let me set out what Slovenia has decided.\n\nWe will send an infantry company in spring.",
        [_c("SVN", "reassure", "land")],
        [],
    ),
    (
        "we",
        "Berikut keputusan pemerintah Kroasia.\n\nKami akan mengirim dua kapal patroli.",
        [_c("HRV", "reassure", "sea")],
        [],
    ),
    # Ukraine's own forces are trained or equipped, not given; money set aside is given
    (
        "ukraine's own",
        "Iceland has set aside EUR 20 million to train and equip Ukrainian naval infantry.",
        [_c("ISL", "regenerate", "funding"), _c("ISL", "regenerate", "training")],
        [_c("ISL", "reassure", "land")],
    ),
    (
        "ukraine's own",
        "Yunani menganggarkan 40 juta euro untuk melengkapi marinir Ukraina.",
        [_c("GRC", "regenerate", "funding")],
        [_c("GRC", "reassure", "land")],
    ),
    (
        "ukraine's own",
        "Croatia will send 150 soldiers to fight alongside Ukrainian infantry brigades.",
        [_c("HRV", "reassure", "land")],
        [],
    ),
    (
        "ukraine's own",
        "Islandia menyisihkan 1,2 miliar pound untuk membangun kembali angkatan darat Ukraina.",
        [_c("ISL", "regenerate", "funding")],
        [_c("ISL", "reassure", "land")],
    ),
    # carrying the force by sea or rail: a transport ship, a sealift, railways, by any verb
    (
        "carrying",
        "Yunani akan menyediakan dua kapal angkut untuk memindahkan kendaraan koalisi.",
        [_c("GRC", "support", "logistics")],
        [_c("GRC", "reassure", "sea")],
    ),
    (
        "carrying",
        "Portugal has chartered a roll-on roll-off ship for the coalition's sealift.",
        [_c("PRT", "support", "logistics")],
        [_c("PRT", "reassure", "sea")],
    ),
    (
        "carrying",
        "Slovenian railways will carry the force's vehicles to the border.",
        [_c("SVN", "support", "logistics")],
        [],
    ),
    (
        "carrying",
        "Kroasia siap mengangkut perlengkapan pasukan dengan kereta api.",
        [_c("HRV", "support", "logistics")],
        [],
    ),
    (
        "carrying trap",
        "Croatia will send a frigate and two minehunters.",
        [_c("HRV", "reassure", "sea")],
        [_c("HRV", "support", "logistics")],
    ),
    # list lines: the watching given; a count of assets or troops is no sum of money
    (
        "list lines",
        "Sumbangan negara anggota:\n- Yunani: 2 pesawat patroli maritim untuk memantau garis "
        "gencatan senjata\n- Kroasia: 6 pesawat Rafale\n- Slovenia: EUR 40 juta\n",
        [_mon("GRC"), _c("HRV", "reassure", "air"), _c("SVN", "regenerate", "funding")],
        [_c("GRC", "reassure", "air"), _c("HRV", "regenerate", "funding")],
    ),
    (
        "list lines",
        "What each state has pledged:\n- Greece: 400 soldiers\n- Croatia: 2 frigates\n",
        [_c("GRC", "reassure", "land"), _c("HRV", "reassure", "sea")],
        [_c("GRC", "regenerate", "funding"), _c("HRV", "regenerate", "funding")],
    ),
    # traps: an observer at a meeting, an analyst, monitors refused
    (
        "monitors trap",
        "Indonesia attended the summit as an observer and pledged nothing.",
        [],
        [_mon("IDN")],
    ),
    (
        "monitors trap",
        "Albania will not send monitors until the UN gives a mandate.",
        [],
        [_mon("ALB")],
    ),
    (
        "monitors trap",
        "India is still weighing whether to send observers.",
        [],
        [_mon("IND")],
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_ninth_set_commitment_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
