"""Phrasing classes of commitments found when the twenty-eighth sealed set became
development text (second pass).

Two readings, each seen in two of the three newest sets: givers named after "oleh"/"by" in
a passive (a task carried out by states, a gapped passive whose first item belongs to the
active subject, a list of agents that runs past a comma and "dan"); and what a state pays
or buys for its own force is no gift of logistics, equipment or funding. Every text here
is written for these tests, in words of its own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import commitments, holds

DAY = dt.date(2031, 5, 2)

#: text, keys that must be found, keys that must not
CASES: list[tuple[str, list[tuple[str, str, str]], list[tuple[str, str, str]]]] = [
    # a task carried out by states named after "oleh"/"by"
    (
        "Awak pesawat wajib mematuhi pengatur patroli udara koalisi, yang dilakukan antara"
        " lain oleh jet tempur Denmark dan Finlandia.",
        [("DNK", "reassure", "air"), ("FIN", "reassure", "air")],
        [],
    ),
    (
        "Crews must obey the coalition's air patrol, which is carried out by fighter jets of"
        " Denmark and Finland.",
        [("DNK", "reassure", "air"), ("FIN", "reassure", "air")],
        [],
    ),
    # near-misses: no agent, and a state the force guards against
    ("Patroli udara dilaksanakan setiap malam di atas Odesa.", [], [("UKR", "reassure", "air")]),
    (
        "Serangan udara dilakukan oleh Rusia di dekat garis depan.",
        [],
        [("RUS", "reassure", "air")],
    ),
    # a gapped passive after an active subject: the first item is the subject's
    (
        "Utusan itu mengatakan koalisi menempatkan 9.000 personel di Ukraina, ditopang patroli"
        " udara oleh Belgia dan Norwegia serta misi pengawalan di Laut Hitam oleh Yunani,"
        " Bulgaria, dan Spanyol.",
        [
            ("COTW", "reassure", "land"),
            ("BEL", "reassure", "air"),
            ("NOR", "reassure", "air"),
            ("GRC", "reassure", "sea"),
            ("BGR", "reassure", "sea"),
            ("ESP", "reassure", "sea"),
        ],
        [("BEL", "reassure", "land"), ("NOR", "reassure", "land")],
    ),
    (
        "The envoy said the coalition keeps 9,000 troops in Ukraine, backed by air patrols by"
        " Belgium and Norway and naval escorts by Greece, Bulgaria and Spain.",
        [
            ("COTW", "reassure", "land"),
            ("BEL", "reassure", "air"),
            ("GRC", "reassure", "sea"),
            ("ESP", "reassure", "sea"),
        ],
        [("BEL", "reassure", "land"), ("NOR", "reassure", "land")],
    ),
    # near-miss: a plain gapped passive keeps every item with its own agents
    (
        "Air defence systems are to be supplied by Germany, fighter patrols by Sweden, and"
        " tankers by France.",
        [("SWE", "reassure", "air"), ("FRA", "support", "logistics")],
        [("SWE", "support", "logistics")],
    ),
    # what a state spends on its own force
    (
        "Kementerian Pertahanan menganggarkan Rp120 miliar untuk angkutan udara rotasi"
        " Satgas Garuda tahun depan.",
        [],
        [("IDN", "support", "logistics")],
    ),
    (
        "Polri memberangkatkan satu unit polisi ke Ukraina. Pemerintah menyiapkan anggaran"
        " Rp80 miliar untuk perbekalan unit tersebut.",
        [],
        [("IDN", "support", "logistics")],
    ),
    (
        "Belgium ordered thermal kit for the 480 soldiers it keeps near Kharkiv.",
        [("BEL", "reassure", "land")],
        [("BEL", "regenerate", "equipment")],
    ),
    (
        "Belgian forces had bought their winter clothing in bulk before the rush.",
        [],
        [("BEL", "regenerate", "equipment")],
    ),
    # near-misses: kit and money for another state's troops stay gifts
    (
        "Belgium ordered thermal kit for Ukrainian troops near Kharkiv.",
        [("BEL", "regenerate", "equipment")],
        [],
    ),
    (
        "Jepang menyediakan dana Rp80 miliar untuk perbekalan prajurit Ukraina.",
        [("JPN", "regenerate", "funding")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "found", "absent"), CASES)
def test_commitments_s28_second_pass(
    text: str, found: list[tuple[str, str, str]], absent: list[tuple[str, str, str]]
) -> None:
    holds(commitments(extract(text, published=DAY, model=False)), found, absent)
