"""People's roles and states in lists, round-ups and signatures, from the twenty-second
sealed set's misses (now `gold/s22-*`): a list entry's attribution with no verb and no
closing stop ("- X, Defence Minister of Y", "2. Duta Besar ..., X"), a round-up's item led
by its capital's dateline and a factbox's section under a state's heading (their state, not
the story's), a retired officer's mark after the force ("Letjen TNI (Purn.) X"), a decree's
signature in capitals below its signing mark, a name the text once gives with its state,
and two unit words read as names. Every text here is written for these tests, in words of
its own; each case gives the people that must be found and the names that must not (see
docs/ingest.md, "Phrasing classes from the twenty-second sealed set: people")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract

from . import phrasing

DAY = dt.date(2030, 6, 1)

Person = tuple[Any, ...]

CASES: list[tuple[str, str, set[Person], set[str]]] = [
    # a list entry's attribution, without a verb or a closing stop
    (
        "listed",
        'RIGA - What the ministers said.\n\n"We will hold the bridge."\n'
        "- Anna Berg, Defence Minister of Sweden\n\n"
        '"Our ships stay."\n- Jonas Petraitis, Lithuanian Foreign Minister, host',
        {
            ("Anna Berg", "Defence Minister", "SWE"),
            ("Jonas Petraitis", "Foreign Minister", "LTU"),
        },
        set(),
    ),
    (
        "listed",
        'RIGA - Quotes of the day.\n\n"Not one soldier more."\n'
        "- Greece's Foreign Minister, Nikos Andreou",
        {("Nikos Andreou", "Foreign Minister", "GRC")},
        set(),
    ),
    (
        "listed",
        "Susunan pembicara diskusi:\n1. Menteri Luar Negeri, Rina Kartika\n"
        "2. Duta Besar Polandia untuk Indonesia, Piotr Lewandowski",
        {
            ("Rina Kartika", "Foreign Minister", "IDN"),
            ("Piotr Lewandowski", "Ambassador", "POL"),
        },
        set(),
    ),
    (
        "listed",
        "Replies we received:\n2. Office of the Chief of Defence, Tallinn\n"
        "3. Marco Bellini, spokesperson, Ministry of Defence, Rome\n4. Embassy of Japan",
        {("Marco Bellini", "Spokesperson", "ITA")},
        set(),
    ),
    (
        "negative",
        "Riwayat jabatan:\n- 2019-2023: Minister Counsellor, KBRI Roma\n"
        "- 2023-2026: Direktur Eropa Tengah",
        set(),
        {"Counsellor", "counsellor"},
    ),
    (
        "negative",
        "Headlines of the hour:\n- Prime Minister Warns Of Long Winter Ahead\n"
        "- Defence Minister Visits Northern Garrison",
        set(),
        {"Warns Of Long Winter Ahead", "Visits Northern Garrison"},
    ),
    # a round-up's item led by its capital's dateline, a factbox's state heading
    (
        "item",
        "OSLO, 3 May 2030 - Ministers of the coalition agreed on Monday to extend the"
        " force. Here is how capitals reacted.\n\n"
        "WARSAW - Foreign ministry spokesman Adam Nowicki urged calm at the border.\n\n"
        "ROME - Prime Minister Chiara Lombardi said the vote would come in June.",
        {
            ("Adam Nowicki", "Spokesperson", "POL"),
            ("Chiara Lombardi", "Prime Minister", "ITA"),
        },
        set(),
    ),
    (
        "item",
        "MADRID, 3 May 2030 - Norway and Spain hosted the talks on Spain's offer of"
        " troops. Reactions followed.\n\n"
        "ANKARA - Foreign Minister Selim Arslan said the straits would stay open.",
        {("Selim Arslan", "Foreign Minister", "TUR")},
        set(),
    ),
    (
        "section",
        "LONDON, May 2 - Below are the pledges so far, as governments stated them.\n\n"
        "ITALY\n* Two frigates for the Black Sea.\n"
        "* The plan needs a vote, Defence Minister Paolo Greco said.\n\n"
        "SPAIN\n* Some 900 soldiers.",
        {("Paolo Greco", "Defence Minister", "ITA")},
        set(),
    ),
    (
        "negative",
        "BRUSSELS - The talks ran late into the night.\n\n"
        "BERLIN - Spain's defence minister, Elena Ruiz, said the brigade was ready.",
        {("Elena Ruiz", "Defence Minister", "ESP")},
        set(),
    ),
    (
        "negative",
        "LONDON, May 2 - Below are the pledges so far, as governments stated them.\n\n"
        "BACKGROUND\n* The plan needs a vote, Defence Minister Helen Marsh said.",
        {("Helen Marsh", "Defence Minister", "GBR")},
        set(),
    ),
    # a name the text once gives with its state
    (
        "told",
        'Menlu Sinta Larasati: "Pemantau Tetap Netral"\n\n'
        "Jakarta, Senin (5/5/2030) - Sehari setelah bertemu Menlu Ukraina Oleksandr Hryn di"
        " Kyiv, Menteri Luar Negeri RI, Sinta Larasati, menerima kami di kantornya.",
        {
            ("Sinta Larasati", "Foreign Minister", "IDN"),
            ("Oleksandr Hryn", "Foreign Minister", "UKR"),
        },
        set(),
    ),
    # a retired officer's mark after the force, between the role and the name
    (
        "rank",
        "Jakarta - Menteri Pertahanan, Letjen TNI (Purn.) Bayu Wirawan, meninjau latihan"
        " pasukan perdamaian di Bogor.",
        {("Bayu Wirawan", "Defence Minister", "IDN")},
        set(),
    ),
    (
        "rank",
        "Jakarta - Wakil Menteri Pertahanan, Mayjen TNI (Purn.) Eko Prasetya, membuka rapat.",
        {("Eko Prasetya", "Deputy Defence Minister", "IDN")},
        set(),
    ),
    # a decree's signature in capitals below its signing mark
    (
        "signed",
        "KEPUTUSAN MENTERI LUAR NEGERI\n\nDitetapkan di Jakarta\npada tanggal 3 Maret 2030"
        "\n\nMENTERI LUAR NEGERI REPUBLIK INDONESIA,\n\nttd.\n\nSINTA LARASATI",
        {("Sinta Larasati", "Foreign Minister", "IDN")},
        set(),
    ),
    (
        "negative",
        "Ditetapkan di Jakarta\npada tanggal 3 Maret 2030\n\n"
        "MENTERI PERTAHANAN REPUBLIK INDONESIA,\n\nMenimbang:\na. bahwa misi berlanjut;",
        set(),
        {"Menimbang"},
    ),
    # unit words read as names
    (
        "negative",
        "Jakarta - Para prajurit Satuan Tugas Garuda kembali ke tanah air pekan ini.",
        set(),
        {"Satuan Tugas Garuda"},
    ),
    (
        "negative",
        "Catatan rapat:\n1. Perwakilan Mabes TNI, Kolonel Inf. Rudi Santoso, melaporkan"
        " kesiapan satgas.\n2. Perwakilan Kemlu menyampaikan jadwal.",
        set(),
        {"Mabes", "Mabes TNI"},
    ),
]


@pytest.mark.parametrize(("kind", "text", "present", "absent"), CASES)
def test_people_in_lists_round_ups_and_signatures(
    kind: str, text: str, present: set[Person], absent: set[str]
) -> None:
    found = phrasing.people(extract(text, published=DAY))
    names = {p[0] for p in found}
    assert present <= found, f"{kind}: missing {present - found}"
    assert not absent & names, f"{kind}: false {absent & names}"
