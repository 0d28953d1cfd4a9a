"""Phrasing classes of missed commitments found when the twentieth sealed set became
development text, written as a combination of small word families: a state that confirms
an asset gives it, in English as in Indonesian, unless the confirmation is denied, awaited
or asked about; and personnel named first, before other assets or beside money, are a force
of their own, while personnel named after ships or aircraft crew them and personnel sent to
train are trainers.
Every text here is written for these tests, in words of its own. A case gives the facts
that must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import Fact, check_case, pledge
from .phrasing import commitment_facts as _facts

DAY = dt.date(2030, 6, 1)

CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # confirming an asset is giving it, in any frame
    (
        "confirmed",
        "Spain confirmed 600 soldiers for the reassurance force on Tuesday.",
        [pledge("land", "ESP")],
        [],
    ),
    (
        "confirmed",
        "Memo, item 2: Sweden confirms two Gripen fighters for air policing from March.",
        [pledge("air", "SWE")],
        [],
    ),
    (
        "confirmed",
        "- Norway: reconfirmed 150 personnel for the Lviv headquarters",
        [pledge("land", "NOR")],
        [],
    ),
    (
        "confirmed",
        "At the press conference the Dutch minister confirmed a minehunter for the Odesa "
        "task group, the Netherlands' first naval contribution.",
        [pledge("sea", "NLD")],
        [],
    ),
    (
        "confirmed",
        "BELGIUM CONFIRMS 300 SOLDIERS FOR RZESZOW",
        [pledge("land", "BEL")],
        [],
    ),
    (
        "confirmed",
        "Denmark, which had hesitated for months, confirmed 400 soldiers last week.",
        [pledge("land", "DNK")],
        [],
    ),
    # a confirmation denied, awaited or asked about gives nothing
    (
        "not confirmed",
        "Two Portuguese frigates for the task group were not confirmed by the ministry.",
        [],
        [pledge("sea", "PRT")],
    ),
    (
        "not confirmed",
        "Austria is expected to confirm 100 soldiers for the training mission next week.",
        [],
        [pledge("land", "AUT")],
    ),
    (
        "not confirmed",
        "Romania has not confirmed two minehunters for the task group.",
        [],
        [pledge("sea", "ROU")],
    ),
    (
        "not confirmed",
        "Yunani belum mengonfirmasi dua fregat untuk gugus tugas Laut Hitam.",
        [],
        [pledge("sea", "GRC")],
    ),
    (
        "confirmed",
        "Kanada mengonfirmasi 300 prajurit yang akan bertugas di Ukraina barat mulai Mei.",
        [pledge("land", "CAN")],
        [],
    ),
    (
        "not confirmed",
        "Greece has yet to confirm two frigates for the Black Sea task group.",
        [],
        [pledge("sea", "GRC")],
    ),
    (
        "not confirmed",
        "The Czech minister declined to confirm 200 soldiers for the force.",
        [],
        [pledge("land", "CZE")],
    ),
    (
        "not confirmed",
        "Officials could not confirm whether Croatia would send soldiers.",
        [],
        [pledge("land", "HRV")],
    ),
    # personnel named first are a force of their own
    (
        "personnel first",
        "Italia menjanjikan 1.200 personel dan dua kapal penyapu ranjau untuk Laut Hitam.",
        [pledge("land", "ITA"), pledge("sea", "ITA")],
        [],
    ),
    (
        "personnel first",
        "Spain pledged 900 personnel and a squadron of Eurofighters to the force.",
        [pledge("land", "ESP"), pledge("air", "ESP")],
        [],
    ),
    (
        "personnel first",
        "Kontribusi Belgia: 400 personel serta EUR 50 juta untuk pembersihan ranjau.",
        [pledge("land", "BEL"), pledge("funding", "BEL")],
        [],
    ),
    # personnel after ships or aircraft crew them; personnel sent to train are trainers
    (
        "crew",
        "Norway will send two frigates and 350 personnel to the Black Sea.",
        [pledge("sea", "NOR")],
        [pledge("land", "NOR")],
    ),
    (
        "crew",
        "Finlandia mengirim empat jet Hornet beserta 120 personel.",
        [pledge("air", "FIN")],
        [pledge("land", "FIN")],
    ),
    (
        "trainers",
        "Irlandia menugaskan 40 personel untuk melatih tentara Ukraina di Irlandia.",
        [pledge("training", "IRL")],
        [pledge("land", "IRL")],
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_twentieth_set_missed_commitment_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
