"""Phrasing classes of commitments found when the twenty-eighth sealed set became
development text.

Four readings, each seen in at least two of the three newest sets: troops a state keeps
named only by a relative clause after a count ("the 480 soldiers it keeps"); money passed
through the coalition's fund is funding alone, whatever it buys; a school named as a
building or beside homes and hospitals is no school for soldiers; an offer said right
after it to be still under review gives nothing. Every text here is written for these
tests, in words of its own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import commitments, holds

DAY = dt.date(2031, 5, 2)

#: text, keys that must be found, keys that must not
CASES: list[tuple[str, list[tuple[str, str, str]], list[tuple[str, str, str]]]] = [
    # troops named by a relative clause with the state as its pronoun subject
    (
        "Belgium bought new sleeping bags for the 480 soldiers it keeps near Kharkiv.",
        [("BEL", "reassure", "land")],
        [],
    ),
    (
        "Slovakia's defence ministry will re-equip the 220 Slovak troops it has stationed"
        " near Odesa.",
        [("SVK", "reassure", "land")],
        [],
    ),
    # near-misses: no count (a force already spoken of), another state as the subject
    ("Belgium praised the soldiers it keeps near Kharkiv.", [], [("BEL", "reassure", "land")]),
    (
        "Poland thanked the 400 troops Russia keeps in Belarus.",
        [],
        [("POL", "reassure", "land")],
    ),
    # money passed through the coalition's fund is funding alone
    (
        "Japan has given ¥3 billion through the coalition fund for demining equipment.",
        [("JPN", "regenerate", "funding")],
        [("JPN", "regenerate", "equipment")],
    ),
    (
        "Austria's grant of 50 million euros for demining equipment will be channelled"
        " through the coalition's fund.",
        [("AUT", "regenerate", "funding")],
        [("AUT", "regenerate", "equipment")],
    ),
    # near-misses: hardware named after the fund, and a sum with no fund, keep equipment
    (
        "Japan gave ¥2 billion through the joint fund for generators and armoured vehicles.",
        [("JPN", "regenerate", "funding"), ("JPN", "regenerate", "equipment")],
        [],
    ),
    (
        "Austria has given €50 million for demining equipment.",
        [("AUT", "regenerate", "funding"), ("AUT", "regenerate", "equipment")],
        [],
    ),
    # a school as a place of civilian life
    (
        "Pasukan Finlandia menyiapkan tenda darurat di halaman sekolah di Kherson.",
        [],
        [("FIN", "regenerate", "training")],
    ),
    (
        "Irlandia menyanggupi dana 8 juta euro untuk memperbaiki rumah sakit dan sekolah di"
        " dekat garis depan.",
        [("IRL", "regenerate", "funding")],
        [("IRL", "regenerate", "training")],
    ),
    (
        "Ireland pledged €8 million for the roof of a primary school in Kherson.",
        [("IRL", "regenerate", "funding")],
        [("IRL", "regenerate", "training")],
    ),
    # near-misses: a school for soldiers stays training
    (
        "Lithuania will send 30 instructors to an NCO school for Ukrainian sergeants.",
        [("LTU", "regenerate", "training")],
        [],
    ),
    (
        "Lituania menyanggupi 30 instruktur untuk sekolah bintara Ukraina.",
        [("LTU", "regenerate", "training")],
        [],
    ),
    (
        "Estonia will fund a school for Ukrainian drone pilots.",
        [("EST", "regenerate", "training")],
        [],
    ),
    # an offer said right after it to be still under review
    (
        "Greece offered two minehunters for the spring. Athens still considering; will reply"
        " next week.",
        [],
        [("GRC", "reassure", "sea")],
    ),
    (
        "Greece is offering two minehunters for the corridor; offer still under review in Athens.",
        [],
        [("GRC", "reassure", "sea")],
    ),
    (
        "Yunani menawarkan dua kapal penyapu ranjau; tawaran itu masih dikaji di Athena.",
        [],
        [("GRC", "reassure", "sea")],
    ),
    # near-misses: the hedge has an object of its own, or is another state's
    (
        "Greece will send two minehunters. Greece is still considering a third ship for the"
        " corridor.",
        [("GRC", "reassure", "sea")],
        [],
    ),
    (
        "Greece will send two minehunters, while Cyprus is still considering.",
        [("GRC", "reassure", "sea")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "found", "absent"), CASES)
def test_commitments_s28(
    text: str, found: list[tuple[str, str, str]], absent: list[tuple[str, str, str]]
) -> None:
    holds(commitments(extract(text, published=DAY, model=False)), found, absent)
