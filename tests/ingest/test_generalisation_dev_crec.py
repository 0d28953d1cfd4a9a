"""Missed commitments, a second pass over the development set (sixteenth round): a state's
passage and hub for the force named without the word "logistics" is support/logistics,
whoever gives it and in either language: a transit depot or route ("will run a transit
depot at Gdynia", "menyediakan jalur transit"), a state called the transit country
("disediakan oleh Slovakia sebagai negara transit"), trains and freight moved for the
force ("kereta untuk kontingen", "will carry the force's freight"), and the force's hub
named alone ("pay part of the hub's running costs"). Ground units in the plural or by
their duty ("two more battalions", "a rotating company", "kompi-kompi") are land, and so
is a unit a state has "signed up for". Paying now is funding as paying later is ("is
paying for", "pays for"), and so is money "ring-fenced" for a use. Near-misses must stay silent: a
transit or a train with no state giving it, and a state that merely is a transit country.
Every text here is written for these tests, in words of its own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import Fact, check_case, pledge
from .phrasing import commitment_fact as _c
from .phrasing import commitment_facts as _facts

DAY = dt.date(2029, 5, 1)

_LOGISTICS = "support", "logistics"


def _log(*parties: str) -> list[Fact]:
    return [_c(p, *_LOGISTICS) for p in parties]


CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # a transit depot, route or corridor a state provides
    (
        "transit",
        "Denmark will run a transit depot at Esbjerg for the force's vehicles.",
        _log("DNK"),
        [],
    ),
    (
        "transit",
        "Memo, item 3: Slovakia has offered a transit corridor for the coalition's convoys.",
        _log("SVK"),
        [],
    ),
    (
        "transit",
        "Lithuania bersedia menyediakan jalur transit bagi konvoi pasukan penjamin.",
        _log("LTU"),
        [],
    ),
    (
        "transit",
        "Dukungan dari perbatasan ke wilayah tugas disediakan oleh Slovakia sebagai negara "
        "transit.",
        _log("SVK"),
        [],
    ),
    # trains and freight moved for the force
    (
        "trains",
        "Rumania menyediakan kereta untuk kontingen koalisi dari Constanta.",
        _log("ROU"),
        [],
    ),
    (
        "trains",
        "Q: Who moves the heavy kit? A: Latvia will carry the force's freight from Riga.",
        _log("LVA"),
        [],
    ),
    # the force's hub named alone
    (
        "hub",
        "Sweden and Finland each offered to pay part of the hub's costs from next year.",
        _log("SWE", "FIN"),
        [],
    ),
    (
        "hub",
        "Estonia menanggung pengamanan jalur darat menuju perbatasan.",
        _log("EST"),
        [],
    ),
    # ground units in the plural, a company by its duty, and signing up for a unit
    (
        "ground units",
        "Norway will send two battalions to the southern sector in May.",
        [pledge("land", "NOR")],
        [],
    ),
    (
        "ground units",
        "Transcript. MINISTER: Croatia has signed up for a rifle company, nothing more.",
        [pledge("land", "HRV")],
        [],
    ),
    (
        "ground units",
        "Denmark and Norway have each stationed a rotating company near Lviv.",
        [pledge("land", "DNK"), pledge("land", "NOR")],
        [],
    ),
    (
        "ground units",
        "Ceko akan mengirim kompi-kompi zeni ke wilayah barat Ukraina.",
        [pledge("land", "CZE")],
        [],
    ),
    (
        "negatives",
        "Three shipping companies signed up for the port tender in Gdansk.",
        [],
        _log("POL") + [pledge("land", "POL")],
    ),
    (
        "negatives",
        "Two Russian brigades moved toward the line on Tuesday, Kyiv said.",
        [],
        [pledge("land", "RUS"), pledge("land", "UKR")],
    ),
    # paying now is funding as paying later is, and so is money fenced off for a use
    (
        "paying",
        "Far from the front, South Korea is paying for the clearing of farmland near Kherson.",
        [pledge("funding", "KOR")],
        [],
    ),
    (
        "paying",
        "Fact sheet. Austria pays for the mission's winter fuel and its satellite phones.",
        [pledge("funding", "AUT")],
        [],
    ),
    (
        "paying",
        "Ottawa said Canada has ring-fenced CAD 900 million a year for Ukraine's army.",
        [pledge("funding", "CAN")],
        [],
    ),
    (
        "negatives",
        "Overtime for the dockers will be paid at the rate agreed in March.",
        [],
        [pledge("funding", "NLD"), pledge("funding", "COTW")],
    ),
    (
        "negatives",
        "Denmark will not be paying for the hub, its finance minister said.",
        [],
        [pledge("funding", "DNK")] + _log("DNK"),
    ),
    # near-misses: nobody gives anything
    (
        "negatives",
        "The convoy waited two days for transit permission at the border.",
        [],
        _log("POL", "COTW"),
    ),
    (
        "negatives",
        "Kereta malam dari Przemysl berangkat pukul 21.00 dengan 300 penumpang.",
        [],
        _log("POL", "UKR"),
    ),
    (
        "negatives",
        "Freight rates at Rotterdam rose by 4 per cent in March, the port said.",
        [],
        _log("NLD"),
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_development_set_missed_commitment_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
