"""Phrasing classes of commitments and claims found when the twelfth sealed set became
development text, each written as a rule complete for its concept: a state's forces that
are there, by any verb of being or serving and in both languages ("1,300 French soldiers
serve in Ukraine", "prajurit Indonesia bertugas sebagai pemantau", "the Royal Navy keeps
two minehunters off Odesa"), the troops serving as monitors being the monitors only; a
question answered on the next line ("Which country pays for the radars? Norway, ...");
a deal of any name, a bare treaty too, said not to have been signed or not to have
followed the truce. Every text here is written for these tests, in words of its own. A
case gives the facts that must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import NOT_REACHED, Fact, check_case, pledge
from .phrasing import commitment_fact as _c
from .phrasing import commitment_facts as _facts

DAY = dt.date(2028, 5, 1)

REACHED: Fact = ("claim", "settlement", "reached")


CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # forces that are there: serving, based, kept, patrolling, in any tense
    (
        "being there",
        "Saat ini 450 prajurit Indonesia bertugas sebagai pemantau gencatan senjata di Ukraina.",
        [pledge("watch", "IDN")],
        [pledge("land", "IDN")],
    ),
    (
        "being there",
        "Kontingen Indonesia, 300 pemantau, bertugas di sepanjang garis kontak.",
        [pledge("watch", "IDN")],
        [pledge("land", "IDN")],
    ),
    (
        "being there",
        "Some 1,300 French soldiers serve in Ukraine, most of them near Odesa.",
        [pledge("land", "FRA")],
        [],
    ),
    (
        "being there",
        "Today about 900 British troops are serving in Ukraine alongside soldiers from other "
        "nations.",
        [pledge("land", "GBR")],
        [],
    ),
    (
        "being there",
        "The Royal Navy keeps two minehunters in the approaches to Odesa.",
        [pledge("sea", "GBR")],
        [],
    ),
    (
        "being there",
        "Six Belgian F-16s fly the coalition's air patrol over the Black Sea.",
        [pledge("air", "BEL")],
        [],
    ),
    (
        "being there",
        "Two Dutch minehunters are patrolling the sea lanes off Odesa.",
        [pledge("sea", "NLD")],
        [],
    ),
    (
        "being there",
        "Sebanyak 800 tentara Jerman kini berada di Ukraina barat.",
        [pledge("land", "DEU")],
        [],
    ),
    (
        "being there",
        "Fregat Italia berpatroli di Laut Hitam sejak Maret.",
        [pledge("sea", "ITA")],
        [],
    ),
    (
        "being there",
        "Polish soldiers have been stationed near Lviv since the spring.",
        [pledge("land", "POL")],
        [],
    ),
    (
        "being there",
        "Canadian troops remain in Ukraine under the coalition's command.",
        [pledge("land", "CAN")],
        [],
    ),
    (
        "being there",
        "Belgium keeps six F-16s at a Romanian air base for the coalition.",
        [pledge("air", "BEL")],
        [_c("BEL", "support", "air")],
    ),
    # ... but not others' forces, forces no longer there, or kept away
    ("being there", "Russian troops serve in occupied Crimea.", [], [pledge("land", "RUS")]),
    ("being there", "No German soldiers serve in Ukraine.", [], [pledge("land", "DEU")]),
    (
        "being there",
        "Tidak ada prajurit Jepang yang bertugas di Ukraina.",
        [],
        [pledge("land", "JPN")],
    ),
    ("being there", "French soldiers once served in Chad.", [], [pledge("land", "FRA")]),
    (
        "being there",
        "Sejak 1990, prajurit Malaysia telah bertugas di puluhan misi perdamaian.",
        [],
        [pledge("land", "MYS")],
    ),
    (
        "being there",
        "The memo warns the force is thin if Washington keeps its own aircraft out of it.",
        [],
        [_c("USA", "backstop", "air")],
    ),
    (
        "being there",
        "Ankara has kept the straits closed to warships of other states since 2022.",
        [],
        [pledge("sea", "TUR")],
    ),
    (
        "being there",
        "For the families of soldiers serving with the reassurance force.",
        [],
        [pledge("land", "COTW")],
    ),
    (
        "being there",
        "Rumania masih menunggu kepastian berapa kapal asing yang akan berpangkalan di Constanta.",
        [],
        [pledge("sea", "ROU")],
    ),
    (
        "being there",
        "Canada keeps 420 soldiers at the training grounds, where they teach combined-arms drills.",
        [],
        [_c("CAN", "regenerate", "equipment")],
    ),
]


MORE: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # a statement quoted and then judged untrue gives nothing; one judged true still gives
    (
        "refuted",
        '[7] "Malaysia dan Filipina juga mengirim kapal." - Tidak tepat. Keduanya belum '
        "memutuskan.",
        [],
        [pledge("sea", "MYS"), pledge("sea", "PHL")],
    ),
    (
        "refuted",
        '[3] "Portugal sends two frigates." - False: Lisbon has made no offer.',
        [],
        [pledge("sea", "PRT")],
    ),
    (
        "refuted",
        '[3] "Portugal sends two frigates." - Correct, the ships sail in May.',
        [pledge("sea", "PRT")],
        [],
    ),
    # what watching is done with, and a word that only qualifies it, are the watching
    (
        "watching with",
        "Denmark and Norway jointly run the coalition's maritime surveillance flights with "
        "three patrol aircraft.",
        [pledge("watch", "DNK"), pledge("watch", "NOR")],
        [pledge("sea", "DNK"), pledge("air", "DNK"), pledge("sea", "NOR"), pledge("air", "NOR")],
    ),
    (
        "watching with",
        "Spain will monitor the ceasefire line with four drones and a patrol aircraft.",
        [pledge("watch", "ESP")],
        [pledge("air", "ESP")],
    ),
    (
        "watching with",
        "Italia akan memantau garis gencatan senjata dengan dua pesawat pengintai.",
        [pledge("watch", "ITA")],
        [pledge("air", "ITA")],
    ),
    (
        "watching with",
        "Belgium will send naval vessels to the Black Sea.",
        [pledge("sea", "BEL")],
        [],
    ),
    # the people who man air defence are the air domain, not equipment
    (
        "air defence crews",
        "Estonia said it would send 25 air defence specialists to the Swedish unit.",
        [pledge("air", "EST")],
        [_c("EST", "regenerate", "equipment")],
    ),
    (
        "air defence crews",
        "Latvia akan mengirim 30 awak pertahanan udara ke Ukraina selatan.",
        [pledge("air", "LVA")],
        [_c("LVA", "regenerate", "equipment")],
    ),
    (
        "air defence crews",
        "Norway will deliver air defence systems to Ukraine.",
        [_c("NOR", "regenerate", "equipment")],
        [],
    ),
]


CLAIMS: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # a deal by a bare name said not to have been signed
    (
        "unsigned",
        "A truce is not yet peace; no treaty has been signed, and the guns rest.",
        [NOT_REACHED],
        [],
    ),
    ("unsigned", "No accord has yet been signed between Kyiv and Moscow.", [NOT_REACHED], []),
    (
        "unsigned",
        "Hingga kini belum ada traktat yang ditandatangani kedua pihak.",
        [NOT_REACHED],
        [],
    ),
    ("unsigned", "No trade treaty has been signed with Jakarta this year.", [], [NOT_REACHED]),
    ("unsigned", "If no treaty is signed by June, the monitors will leave.", [], [NOT_REACHED]),
    # the truce never followed, sealed or tested by a peace deal
    (
        "truce only",
        "Gencatan senjata yang berlaku sejak April belum pernah diuji oleh perjanjian damai "
        "yang sesungguhnya.",
        [NOT_REACHED],
        [],
    ),
    ("truce only", "The truce has never been sealed by a peace treaty.", [NOT_REACHED], []),
    (
        "truce only",
        "The ceasefire has not yet been turned into a peace agreement.",
        [NOT_REACHED],
        [],
    ),
    (
        "truce only",
        "Gencatan senjata itu belum juga dikukuhkan dengan perjanjian damai.",
        [NOT_REACHED],
        [],
    ),
    (
        "truce only",
        "Russia has not yet rejected the peace treaty, its spokesman said.",
        [],
        [NOT_REACHED],
    ),
    # a question answered on the next line; a question alone states nothing
    ("answered", "Has a peace agreement been signed? No. Both sides say so.", [NOT_REACHED], []),
    ("answered", "Apakah perjanjian damai sudah ditandatangani? Belum.", [NOT_REACHED], [REACHED]),
    (
        "answered",
        "Is there a peace deal yet?\nNot yet: the two sides have not met since March.",
        [NOT_REACHED],
        [],
    ),
    ("answered", "Has a peace agreement been signed? Yes, in Geneva last week.", [], [NOT_REACHED]),
    ("answered", "Apakah perjanjian damai sudah ditandatangani?", [], [REACHED]),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), [*CASES, *MORE, *CLAIMS])
def test_twelfth_set_commitment_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
