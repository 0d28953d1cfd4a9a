"""Phrasing classes of missed commitments found when the twenty-second sealed set became
development text: contributions listed as bullet items under a heading that names the
state once ("NORWAY" over "* Two frigates for the Baltic approaches."), and the states a
mission's monitors come from after a count of "other" states in Indonesian order
("pemantau dari 9 negara lain, termasuk Meksiko dan Austria"), in English as in Indonesian.
Every text here is written for these tests, in words of its own. A case gives the facts
that must be found and the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import Fact, check_case, commitment_fact, pledge
from .phrasing import commitment_facts as _facts

DAY = dt.date(2030, 6, 1)

CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    # items under a heading that names the state alone
    (
        "headed",
        "What each coalition member brings\n\nNORWAY\n* Two frigates for the Baltic approaches."
        "\n* NOK 3 billion over two years.\n\nSPAIN\n* About 800 soldiers and an engineer company.",
        [pledge("sea", "NOR"), pledge("funding", "NOR"), pledge("land", "ESP")],
        [pledge("land", "NOR"), pledge("sea", "ESP")],
    ),
    (
        "headed",
        "Coalition contributions, as announced:\n\nDenmark:\n- Four F-16 fighters for air policing"
        "\n- 120 military instructors",
        [pledge("air", "DNK"), pledge("training", "DNK")],
        [],
    ),
    (
        "headed",
        "Pledges to the coalition force.\n\n## Portugal\n* Two minehunters for Odesa's approaches",
        [pledge("sea", "PRT")],
        [],
    ),
    (
        "headed",
        "Kontribusi anggota koalisi\n\n[PANEL 3 - SWEDIA]\n- Enam pesawat tempur Gripen"
        "\n- Pelatih untuk pilot Ukraina",
        [pledge("air", "SWE")],
        [pledge("land", "SWE")],
    ),
    (
        "headed",
        "Sumbangan negara koalisi\n\nBELGIA\n* Satu kapal penyapu ranjau di Laut Hitam."
        "\n* EUR 200 juta untuk tahun ini.",
        [pledge("sea", "BEL"), pledge("funding", "BEL")],
        [],
    ),
    # monitors from states counted as "other" in Indonesian order
    (
        "monitors",
        "Komandan satgas mengatakan pasukannya bertugas bersama pemantau dari 9 negara lain, "
        "termasuk Meksiko, Austria dan Ghana.",
        [pledge("watch", "MEX"), pledge("watch", "AUT"), pledge("watch", "GHA")],
        [],
    ),
    (
        "monitors",
        "The mission's monitors come from 12 other countries, including Peru and Ireland.",
        [pledge("watch", "PER"), pledge("watch", "IRL")],
        [],
    ),
    # near-misses: refusals and wishes under a heading, another state in an item, the
    # warring sides' headings, a heading with no bullets, a mission wished for
    (
        "negative",
        "Who gives what to the coalition\n\nHUNGARY\n* No soldiers, and no aircraft either."
        "\n* Will not send troops to Ukraine, Budapest says.",
        [],
        [pledge("land", "HUN"), pledge("air", "HUN")],
    ),
    (
        "negative",
        "Coalition pledges\n\nITALY\n* Rome wants the deployment put to a vote in parliament.",
        [],
        [pledge("land", "ITA")],
    ),
    (
        "negative",
        "Coalition pledges\n\nGREECE\n* Its frigate mission depends on France sending 500 troops.",
        [],
        [pledge("land", "GRC")],
    ),
    (
        "negative",
        "Coalition pledges and the other side\n\nRUSSIA\n* 40,000 troops massed near the border."
        "\n* Two submarines in the Black Sea.",
        [],
        [pledge("land", "RUS"), pledge("sea", "RUS")],
    ),
    (
        "negative",
        "Koalisi dan kontribusinya\n\nJEPANG\n* Tidak ada personel.\n* Masih mempertimbangkan "
        "kapal patroli.",
        [],
        [pledge("land", "JPN"), pledge("sea", "JPN")],
    ),
    (
        "negative",
        "Koalisi menuntut pemantau dari 5 negara lain, termasuk Tiongkok.",
        [],
        [commitment_fact("CHN", "backstop", "monitoring")],
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_twenty_second_set_headed_commitment_classes(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, _facts(extract(text, published=DAY, model=False)), present, absent)
