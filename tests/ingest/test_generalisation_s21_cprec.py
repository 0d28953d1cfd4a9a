"""Commitments' false keys from the twenty-first set's misses: soldiers named by a task other than
a land force (a logistics, railway or guard unit, an air defence unit, Ukrainian trainees, the
land as ground) are read with their task's layer and domain; the coalition named as the holder
of a watch, an intelligence picture or an air asset describes what its members or its backer
provide together, and is no commitment of the coalition itself. Every text here is written for
these tests, in words of its own, in several frames (a memo, a list item, a transcript, a
headline, quoted speech, a label and its value). A case gives the facts that must be found and
the ones that must not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import extract

from .phrasing import Fact, check_case, commitment_fact, commitment_facts, pledge

DAY = dt.date(2030, 6, 1)

COTW_WATCH = pledge("watch", "COTW")
COTW_INTEL = commitment_fact("COTW", "backstop", "intelligence")
COTW_AIR_SUPPORT = commitment_fact("COTW", "support", "air")

CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    (
        "memo",
        "Memo to the minister: the coalition will monitor the ceasefire line with drones "
        "from March, while Finland sends 300 soldiers.",
        [pledge("land", "FIN")],
        [COTW_WATCH],
    ),
    (
        "list item",
        "- Coalition: monitoring of the line of contact by a joint cell in Rzeszow",
        [],
        [COTW_WATCH],
    ),
    (
        "label and value",
        "Pemantauan: koalisi akan memantau gencatan senjata dari udara mulai April.",
        [],
        [COTW_WATCH],
    ),
    (
        "headline",
        "COALITION TO PROVIDE INTELLIGENCE AND MONITORING FOR THE CEASEFIRE",
        [],
        [COTW_WATCH, COTW_INTEL],
    ),
    (
        "quoted",
        '"The coalition will provide surveillance of the demarcation line," the spokesman '
        "said, adding that Norway would send two frigates.",
        [],
        [COTW_WATCH],
    ),
    (
        "transcript",
        "Q: Who watches the line? A: The coalition will carry out the monitoring itself, "
        "and the United States will provide intelligence.",
        [commitment_fact("USA", "backstop", "intelligence")],
        [COTW_WATCH, COTW_INTEL],
    ),
    (
        "indonesian",
        "Koalisi akan menyediakan pemantauan dan intelijen, sedangkan Indonesia mengirim "
        "200 pemantau.",
        [],
        [COTW_WATCH, COTW_INTEL],
    ),
    (
        "air support",
        "The coalition will provide air bases and air support for the mission.",
        [],
        [COTW_AIR_SUPPORT],
    ),
    # negatives of the veto: a member's watch and the coalition's own logistics stay
    (
        "member watch",
        "The United States will provide monitoring of the ceasefire for the coalition.",
        [],
        [COTW_WATCH],
    ),
    (
        "member air support",
        "Poland will host the coalition's air support hub at Rzeszow.",
        [],
        [COTW_WATCH],
    ),
]


LOGISTICS = commitment_fact("BEL", "support", "logistics")
TASK_CASES: list[tuple[str, str, list[Fact], list[Fact]]] = [
    (
        "logistics unit",
        "Belgium will deploy a transport battalion of 350 soldiers to the coalition's depot "
        "near Lublin.",
        [LOGISTICS],
        [pledge("land", "BEL")],
    ),
    (
        "guards after",
        "- Belgium: 120 military police to guard the depot at Lublin",
        [LOGISTICS],
        [pledge("land", "BEL")],
    ),
    (
        "guards, indonesian",
        "Belgia mengirim 120 tentara untuk menjaga gudang amunisi koalisi di Lublin.",
        [],
        [pledge("land", "BEL")],
    ),
    (
        "air defence unit",
        "The Czech Republic will station an air defence detachment of about 300 soldiers "
        "near Lviv.",
        [],
        [pledge("land", "CZE")],
    ),
    (
        "ground-based",
        "DENMARK TO LEAD GROUND-BASED AIR DEFENCE BATTERY IN ODESA",
        [],
        [pledge("land", "DNK")],
    ),
    (
        "trainees",
        "Latvia will host a training camp for 800 Ukrainian soldiers each year.",
        [],
        [pledge("land", "LVA")],
    ),
    (
        "trainees, indonesian",
        "Belanda akan melatih 1.500 prajurit Ukraina setiap tahun di Harskamp.",
        [],
        [pledge("land", "NLD")],
    ),
    (
        "ground",
        'Slovakia provides the land, the fuel depot and the fences," the mayor said.',
        [],
        [pledge("land", "SVK")],
    ),
    # negatives: a land force stays a land force
    (
        "land force",
        "Belgium will send a mechanised battalion of 600 soldiers to Ukraine.",
        [pledge("land", "BEL")],
        [LOGISTICS],
    ),
    (
        "keeping the peace",
        "Belgia akan mengirim 400 prajurit untuk menjaga gencatan senjata di Ukraina.",
        [pledge("land", "BEL")],
        [LOGISTICS],
    ),
    (
        "land forces",
        "Finland will provide the land forces for the northern sector, about 2,000 troops.",
        [pledge("land", "FIN")],
        [],
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), TASK_CASES)
def test_twenty_first_set_troops_by_task(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, commitment_facts(extract(text, published=DAY, model=False)), present, absent)


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_twenty_first_set_commitment_false_keys(
    kind: str, text: str, present: list[Fact], absent: list[Fact]
) -> None:
    check_case(kind, commitment_facts(extract(text, published=DAY, model=False)), present, absent)
