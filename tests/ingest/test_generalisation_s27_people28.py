"""People on unseen text, from the twenty-seventh sealed set's misses (now `gold/s27-*`),
recurring in `gold/s26-*`: a state written in its formal style after a role ("Menteri
Pertahanan Republik X", "Duta Besar Kerajaan X", "Minister of Defence of the Republic of
X") was read as a person's name or left unread, so the person lost the role's state. An
address block may put the style on the line under the role. Every text here is written
for these tests, in words of its own; each case gives the people that must be found and
those that must not (see docs/ingest.md, "Phrasing classes from the twenty-seventh sealed
set: people")."""

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
        "republik",
        "JAKARTA, Kamis (19/3/2031) - Menteri Luar Negeri Republik Polandia, Agata Wrona,"
        " mengatakan negaranya tetap membuka jalur transit bagi pemantau di Ukraina.",
        {("Agata Wrona", "Foreign Minister", "POL")},
        {("Republik Polandia", "Foreign Minister", "IDN")},
    ),
    (
        "kerajaan",
        "JAKARTA, Kamis (19/3/2031) - Helge Brekke, Duta Besar Kerajaan Norwegia untuk"
        " Indonesia, menyatakan dukungan bagi misi pemantau di Ukraina.",
        {("Helge Brekke", "Ambassador", "NOR")},
        {("Kerajaan Norwegia", "Ambassador", None)},
    ),
    (
        "kerajaan",
        "JAKARTA, Kamis (19/3/2031) - Duta Besar Kerajaan Belanda, Pieter de Wit, menyatakan"
        " dukungan bagi misi pemantau di Ukraina.",
        {("Pieter de Wit", "Ambassador", "NLD")},
        set(),
    ),
    # an address block: the state's style on the line under the role
    (
        "address",
        "MENTERI PERTAHANAN\nREPUBLIK INDONESIA\n\nJakarta, 19 Maret 2031\n\nYang Mulia\n"
        "Bapak Marek Sobczak\nMenteri Pertahanan Nasional\nRepublik Polandia\ndi Warsawa\n\n"
        "Yang Mulia,\n\nKami berterima kasih atas dukungan transit bagi pemantau kami di"
        " Ukraina.\n\nMenteri Pertahanan Republik Indonesia,\n\nWisnu Hardjono",
        {("Marek Sobczak", "Defence Minister", "POL")},
        {("Marek Sobczak", "Defence Minister", "IDN")},
    ),
    (
        "english",
        "WARSAW, 19 March 2031 - The Minister of Defence of the Republic of Poland, Agata"
        " Wrona, said the transit routes to Ukraine would stay open.",
        {("Agata Wrona", "Defence Minister", "POL")},
        set(),
    ),
    (
        "english",
        "LONDON, 19 March 2031 - Helge Brekke, Ambassador of the Kingdom of Norway, said the"
        " monitors in Ukraine had his country's support.",
        {("Helge Brekke", "Ambassador", "NOR")},
        {("Helge Brekke", "Ambassador", None)},
    ),
    # near-misses that stay: the plain state, and a state's style that is a place, not the
    # role's ("untuk Republik ...": the state the envoy is posted to)
    (
        "negative",
        "JAKARTA, Kamis (19/3/2031) - Menteri Pertahanan Polandia, Agata Wrona, mengatakan"
        " jalur transit bagi pemantau di Ukraina tetap dibuka.",
        {("Agata Wrona", "Defence Minister", "POL")},
        set(),
    ),
    (
        "negative",
        "JAKARTA, Kamis (19/3/2031) - Duta Besar Indonesia untuk Republik Polandia, Galih"
        " Sumarno, mengatakan pemantau di Ukraina aman.",
        {("Galih Sumarno", "Ambassador", "IDN")},
        {("Galih Sumarno", "Ambassador", "POL")},
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_a_roles_state_in_its_formal_style(
    kind: str, text: str, present: set[Person], absent: set[Person]
) -> None:
    found = phrasing.people(extract(text, published=DAY, model=False))
    assert present <= found, f"{kind}: missing {present - found}, found {found}"
    assert not absent & found, f"{kind}: false {absent & found}"
