"""People on unseen text, from the twenty-eighth sealed set's misses (now `gold/s28-*`),
recurring in `gold/s27-*`: logs, passes and situation reports tag a person's state with
its three-letter code in brackets after the name ("Col. X (NOR)", "Lt Gen X (FRA)"), and
the person was left unread or given the state the text is set in. Every text here is
written for these tests, in words of its own; each case gives the people that must be
found and those that must not (see docs/ingest.md, "Phrasing classes from the
twenty-eighth sealed set: people")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract

from . import phrasing

DAY = dt.date(2031, 3, 20)

Person = tuple[Any, ...]

CASES: list[tuple[str, str, set[Person], set[Person]]] = [
    (
        "log line",
        "GATE REGISTER, LIAISON OFFICE VILNIUS\n"
        "07:50 - Maj. Henrik Aalto (FIN) - escort: duty officer - reason: fuel convoy plan.\n"
        "08:20 - Ms Clara Duval (BEL) - escort: J4 - reason: spares contract.",
        {("Henrik Aalto", None, "FIN"), ("Clara Duval", None, "BEL")},
        {("Henrik Aalto", None, "LTU"), ("Clara Duval", None, "LTU")},
    ),
    (
        "short rank, initial",
        "Signed off: Lt Col R. Ostrowski (POL), head of the registry, 18 March 2031.",
        {("R. Ostrowski", None, "POL")},
        set(),
    ),
    (
        "report entry",
        "c. 17 Mar 31: Visit of Lt Gen Jean-Marc Rivière (FRA), Comd Air Component, to"
        " the northern sector.",
        {("Jean-Marc Rivière", None, "FRA")},
        set(),
    ),
    (
        "bahasa",
        "JAKARTA, Kamis (19/3/2031) - Rapat koordinasi dihadiri Kolonel Piotr Zielony (POL)"
        " dari atase pertahanan.",
        {("Piotr Zielony", None, "POL")},
        {("Piotr Zielony", None, "IDN")},
    ),
    # near-misses that stay: places, bodies and job titles tagged with a code, and a
    # name tagged with an initialism that is no state's
    (
        "places",
        "ROUTE CARD\nLegs: Warsaw (POL) - Rzeszow (POL) - Lviv (UKR) - Kyiv (UKR).",
        set(),
        {("Warsaw", None, "POL"), ("Lviv", None, "UKR")},
    ),
    (
        "bodies",
        "JAKARTA, Kamis (19/3/2031) - Kementerian Kelautan dan Perikanan (KKP) dan Badan"
        " Keamanan Laut (BKL) memantau kapal di Laut Hitam.",
        set(),
        {("Kelautan", None, "IDN"), ("Perikanan", None, "IDN")},
    ),
    (
        "job titles",
        "DUTY ROSTER, WARSAW\nChief of Staff (NOR) - Deputy Commander (FRA) - Legal Adviser (GBR)",
        set(),
        {("Chief of Staff", None, "NOR"), ("Deputy Commander", None, "FRA")},
    ),
    (
        "not a state",
        "WARSAW, 19 March 2031 - Col. Tomasz Wilk (JFC) briefed the cell on rail security.",
        set(),
        {("Tomasz Wilk", None, "JFC")},
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_a_state_code_in_brackets_after_a_name(
    kind: str, text: str, present: set[Person], absent: set[Person]
) -> None:
    found = phrasing.people(extract(text, published=DAY, model=False))
    assert present <= found, f"{kind}: missing {present - found}, found {found}"
    assert not absent & found, f"{kind}: false {absent & found}"
