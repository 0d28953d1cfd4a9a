"""Phrasing classes of missed commitments found when the twentieth sealed set became
development text, written as a combination of small word families: a state that confirms
an asset gives it, in English as in Indonesian, unless the confirmation is denied, awaited
or asked about; personnel named first, before other assets or beside money, are a force
of their own, while personnel named after ships or aircraft crew them and personnel sent to
train are trainers; a tally in prose (a state followed at once by its sum or count, the
verb said once or not at all, or a bare count whose noun was named just before); a sum
owned by a state named beside it ("from", "dari ... sebesar", "(EUR ...)", "'s"); and the
idioms of paying ("laid down", "chipped in", "merogoh kocek"), which give only a sum; and
two families of names in the domain tables: air defence units by their names or their
firing units, and satellite pictures by any name.
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
    (
        "not confirmed",
        "Two Latvian minehunters would leave Riga in May, the navy's spokesman confirmed on "
        "Friday.",
        [],
        [pledge("sea", "LVA"), pledge("sea", "COTW")],
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
    # tallies in prose: the state, then its figure, the verb said once before
    (
        "tally",
        "Pledged so far to the demining fund: Austria EUR 30 million; Ireland EUR 12 million; "
        "Luxembourg EUR 5 million.",
        [pledge("funding", "AUT"), pledge("funding", "IRL"), pledge("funding", "LUX")],
        [],
    ),
    (
        "tally",
        "Belanda menyumbang EUR 90 juta tahun ini. Swedia SEK 700 juta, Finlandia EUR 40 juta.",
        [pledge("funding", "NLD"), pledge("funding", "SWE"), pledge("funding", "FIN")],
        [],
    ),
    (
        "tally",
        "Kontribusi darat yang lebih kecil: Lituania 150 prajurit, Slovenia 80 prajurit.",
        [pledge("land", "LTU"), pledge("land", "SVN")],
        [],
    ),
    (
        "tally",
        "Fighter jets provided for air policing: Sweden 6 Gripens, Denmark 4 F-16s.",
        [pledge("air", "SWE"), pledge("air", "DNK")],
        [],
    ),
    (
        "elided count",
        "The coalition's ground force: Italy sends 1,500 troops, Spain 900; Greece 300.",
        [pledge("land", "ITA"), pledge("land", "ESP"), pledge("land", "GRC")],
        [],
    ),
    (
        "not tally",
        "Defence budgets in the coalition this year: Poland EUR 35 billion, Italy EUR 30 billion.",
        [],
        [pledge("funding", "POL"), pledge("funding", "ITA")],
    ),
    (
        "not tally",
        "The coalition sent 2,000 troops in 2029. Norway 2030 is the next host.",
        [],
        [pledge("land", "NOR")],
    ),
    (
        "not tally",
        "Still undecided on the fund: Portugal EUR 10 million, not yet approved.",
        [],
        [pledge("funding", "PRT")],
    ),
    # a sum owned by the state named beside it
    (
        "owned sum",
        "The coalition's fund now holds EUR 300 million from Belgium and EUR 80 million from "
        "Austria.",
        [pledge("funding", "BEL"), pledge("funding", "AUT")],
        [],
    ),
    (
        "owned sum",
        "Dana koalisi itu diisi oleh Spanyol (EUR 200 juta) dan Portugal (EUR 25 juta).",
        [pledge("funding", "ESP"), pledge("funding", "PRT")],
        [],
    ),
    (
        "owned sum",
        "Anggota koalisi menyumbang, antara lain dari Finlandia sebesar EUR 60 juta.",
        [pledge("funding", "FIN")],
        [],
    ),
    (
        "not owned sum",
        "The coalition noted exports from Italy worth EUR 4 billion to Ukraine last year.",
        [],
        [pledge("funding", "ITA")],
    ),
    (
        "not owned sum",
        "The coalition welcomed a EUR 500 million guarantee from the Japan "
        "Bank for International Cooperation.",
        [],
        [pledge("funding", "JPN")],
    ),
    # the idioms of paying give only a sum
    (
        "paying",
        "Austria quietly stumped up EUR 25 million for mine clearance.",
        [pledge("funding", "AUT")],
        [],
    ),
    (
        "paying",
        "SPAIN CHIPS IN EUR 70 MILLION FOR AIR DEFENCE",
        [pledge("funding", "ESP")],
        [],
    ),
    (
        "paying",
        "Belgia menyuntikkan EUR 45 juta ke dana pembersihan ranjau koalisi.",
        [pledge("funding", "BEL")],
        [],
    ),
    (
        "not paying",
        "Finland came with a list of questions about the mandate.",
        [],
        [pledge("funding", "FIN")],
    ),
    (
        "not paying",
        "Delegasi Swedia membawa pesan dari Stockholm soal mandat misi.",
        [],
        [pledge("funding", "SWE")],
    ),
    # an air defence unit by its name or its firing unit; satellite pictures by any name
    (
        "air defence unit",
        "Spanyol akan menempatkan satu unit NASAMS di dekat Lviv mulai April.",
        [pledge("air", "ESP")],
        [],
    ),
    (
        "air defence unit",
        "Denmark and the Netherlands will each provide a fire unit for the air shield.",
        [pledge("air", "DNK"), pledge("air", "NLD")],
        [],
    ),
    (
        "satellite pictures",
        "Washington has promised satellite pictures of the Dnipro crossings every morning.",
        [("commitment", "USA", "backstop", "intelligence")],
        [],
    ),
    (
        "satellite pictures",
        "Amerika Serikat akan terus memberikan gambar satelit kepada markas koalisi.",
        [("commitment", "USA", "backstop", "intelligence")],
        [],
    ),
    (
        "not air defence unit",
        "Austria will not send a fire unit to Ukraine.",
        [],
        [pledge("air", "AUT")],
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_twentieth_set_missed_commitment_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
