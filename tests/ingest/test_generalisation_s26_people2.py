"""People on unseen text, from the twenty-sixth sealed set's misses (now `gold/s26-*`),
recurring in `gold/s24-*` and `gold/s25-*`: a body's name read as a person's (the words
after "Kementerian", "Koalisi" or a company's "PT", a unit's name after a capacity), and
names listed beside a found person on a label's line of a rota or an assignment sheet
missed. Every text here is written for these tests, in words of its own; each case gives
the people that must be found and those that must not (see docs/ingest.md, "Phrasing
classes from the twenty-sixth sealed set: bodies' names and rota lines")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract

from . import phrasing

DAY = dt.date(2030, 6, 5)

Person = tuple[Any, ...]

CASES: list[tuple[str, str, set[Person], set[Person]]] = [
    # a ministry's name after a capacity and its comma, in a copy list
    (
        "ministry",
        "NOTA DINAS\nJakarta, 4 Juni 2030\n\nRapat membahas rotasi pemantau di Ukraina.\n\n"
        "Tembusan:\n1. Sekretaris Jenderal;\n2. Direktur Asia Timur, Kementerian Luar Negeri.",
        set(),
        {("Luar Negeri", None, "IDN")},
    ),
    # a company by its legal form, after its director
    (
        "company",
        "Kontrak ditandatangani di Jakarta pada 4 Juni 2030 oleh Kolonel Adm. Dewi Lestari"
        " dan Galih Sumarno, Direktur Utama PT Samudra Raya Logistik, untuk pengiriman truk"
        " pemantau ke Ukraina.",
        {("Dewi Lestari", None, "IDN"), ("Galih Sumarno", None, "IDN")},
        {("Samudra Raya Logistik", None, "IDN")},
    ),
    # a coalition's name in a heading's list
    (
        "coalition",
        "LAMPIRAN RENCANA KERJA 2030\nIsu Khusus: Gencatan Senjata Ukraina, Koalisi Negara"
        " Pendukung, dan Misi PBB\n\nDirektorat memantau rotasi pemantau.",
        set(),
        {("Negara Pendukung", None, "UKR")},
    ),
    # a rota whose lines share their people, in both languages
    (
        "rota",
        "JADWAL JAGA POS KOMANDO\nDirektorat Kerja Sama, Kementerian Pertahanan\n\n"
        "Kamis (5/6)\n- Shift 1: Dewi Lestari, Galih Sumarno\n"
        "- Shift 2: Yudha Pamungkas, Galih Sumarno\n\nJumat (6/6)\n"
        "- Shift 1: Yudha Pamungkas, Wisnu Hardjono\n- Shift 2: Dewi Lestari\n\n"
        "Pos komando memantau laporan pasukan koalisi di Ukraina.",
        {
            ("Dewi Lestari", None, "IDN"),
            ("Galih Sumarno", None, "IDN"),
            ("Yudha Pamungkas", None, "IDN"),
            ("Wisnu Hardjono", None, "IDN"),
        },
        set(),
    ),
    (
        "rota",
        "PRESS ROOM ROTA\nCoalition defence ministers' meeting, Dublin, 3 June 2030\n\n"
        "Morning: Helen Walsh, Rowan Tillett\nAfternoon: Rowan Tillett and Cara Dunmore\n\n"
        "The press room opens at eight.",
        {
            ("Helen Walsh", None, "IRL"),
            ("Rowan Tillett", None, "IRL"),
            ("Cara Dunmore", None, "IRL"),
        },
        set(),
    ),
    # near-misses that stay: a signature's capacity and an office after a name are no
    # list of people; a name after a body's name and a comma is a person
    (
        "negative",
        "BRIEFING NOTE\nCoalition defence ministers' meeting, Dublin, 3 June 2030\n\n"
        "The ministers discussed the rotation of observers.\n\n"
        "Signed: Helen Walsh, Press Officer\nCopies: Helen Walsh, Press Office",
        {("Helen Walsh", None, "IRL")},
        {("Press Officer", None, "IRL"), ("Press Office", None, "IRL")},
    ),
    (
        "negative",
        "NOTULA RAPAT\nJakarta, 4 Juni 2030\n\nRapat membahas rotasi pemantau di Ukraina.\n\n"
        "Peserta: Dewi Lestari, Kementerian Luar Negeri\nNotulis: Dewi Lestari, Kota Bandung",
        {("Dewi Lestari", None, "IDN")},
        {("Luar Negeri", None, "IDN"), ("Kota Bandung", None, "IDN")},
    ),
    (
        "negative",
        "JAKARTA, Kamis (4/6/2030) - Kepala Biro Umum Kementerian Pertahanan, Galih Sumarno,"
        " mengatakan truk untuk pemantau di Ukraina sudah dikirim.",
        {("Galih Sumarno", None, "IDN")},
        set(),
    ),
    (
        "negative",
        "LONDON, 4 June 2030 - Speaking for the Coalition Planning Cell, the cell's adviser"
        " Helen Walsh said the observers would rotate in July.",
        {("Helen Walsh", None, "GBR")},
        set(),
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_bodies_names_and_rota_lines(
    kind: str, text: str, present: set[Person], absent: set[Person]
) -> None:
    found = phrasing.people(extract(text, published=DAY, model=False))
    assert present <= found, f"{kind}: missing {present - found}, found {found}"
    assert not absent & found, f"{kind}: false {absent & found}"
