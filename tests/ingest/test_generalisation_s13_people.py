"""People on unseen text, from the thirteenth sealed set's misses (now `gold/s13-*`): each
class is probed with sentences written for the concept, in other words than any article's,
with negatives (see docs/ingest.md, "People on unseen text: the thirteenth sealed set's
misses")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract

from . import phrasing

DAY = dt.date(2028, 6, 1)


def _people(text: str) -> set[tuple[Any, ...]]:
    return phrasing.people(extract(text, published=DAY))


# --- a word of address before a name is no part of it, and opens a name of its own ---

_ADDRESSED = [
    (
        "Yang kami hormati Duta Besar Jepang untuk Indonesia, Bapak Masaki Yasuhiro, serta "
        "para tamu undangan.",
        ("Masaki Yasuhiro", "Ambassador", "JPN"),
    ),
    (
        "Dalam acara itu Menteri Luar Negeri Malaysia, Ibu Azalina Othman, menyampaikan "
        "bahwa Malaysia belum memutuskan pengiriman kapal.",
        ("Azalina Othman", "Foreign Minister", "MYS"),
    ),
    (
        "The Defence Secretary of Ireland, Mr Ciaran Doyle, told the committee that Irish "
        "troops would stay only under a UN mandate.",
        ("Ciaran Doyle", "Defence Minister", "IRL"),
    ),
    (
        "DUBLIN, 3 May (wire) - Mrs Siobhan Keane, a nurse from Cork, said her son had "
        "volunteered for the mission.",
        ("Siobhan Keane", None, "IRL"),
    ),
    (
        "Jakarta - Pak Slamet Riyadi, warga Depok, mengaku bangga anaknya berangkat ke Ukraina.",
        ("Slamet Riyadi", None, "IDN"),
    ),
    (
        "Surabaya - Menurut Bu Ratna Widuri, guru di Surabaya, murid-muridnya menulis surat "
        "untuk para pemantau.",
        ("Ratna Widuri", None, "IDN"),
    ),
    # no dateline: the state the text is about
    (
        "Notes from a talk by Ms Fiona Gallagher, head of geography, to the sixth form.\n"
        "Ireland has sent 160 observers to Ukraine, and Ireland pays for their transport. "
        "Irish soldiers have served abroad before.",
        ("Fiona Gallagher", None, "IRL"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _ADDRESSED)
def test_a_word_of_address_is_no_part_of_the_name(text: str, expected: tuple[Any, ...]) -> None:
    found = _people(text)
    assert expected in found
    assert not any(p[0].split()[0] in {"Bapak", "Ibu", "Pak", "Bu", "Mr", "Mrs"} for p in found)


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta - Pemerintah menyiapkan anggaran. Ibu Kota Nusantara akan menjadi tuan "
        "rumah rapat koordinasi misi pemantau.",
        "Jakarta - Di gerbong itu seorang ibu dari Lviv bercerita tentang anaknya.",
        "DUBLIN, 3 May (wire) - The court dismissed the appeal, with Mr Justice Kearney "
        "dissenting.",
        "LONDON, 3 May (wire) - Dear Sir or Madam, we write about the mission.",
        # no dateline and two states named as often: no state, no person
        "Notes from a talk by Ms Fiona Gallagher to the sixth form. Ireland and Austria "
        "each sent observers to Ukraine; Ireland and Austria pay for their transport.",
    ],
)
def test_no_person_from_a_word_of_address_alone(text: str) -> None:
    assert _people(text) == set()
