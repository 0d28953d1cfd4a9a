"""People on unseen text, from the eighteenth sealed set's misses (now `gold/s18-*`): a
title, a rank or a word of office glued to the front of a name (a knight's "Sir", a
sergeant's rank, a pastor's or an elder's abbreviation, a doctor's degree) is no part of
the name; a family name of the Indonesian peoples (Batak, Minahasa, Maluku...) closes a
name as a known given name opens one; and a person's state is read from the person's own
line (a city or a state after a comma, a demonym in the next sentence) before the text's
setting. Probed with sentences written for the concept, in other words than any
article's, in several frames (a sentence, a list's line, a signature, a programme), with
negatives (see docs/ingest.md, "People on unseen text: the eighteenth sealed set's
misses")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract

from . import phrasing

DAY = dt.date(2030, 6, 1)


def _people(text: str) -> set[tuple[Any, ...]]:
    return phrasing.people(extract(text, published=DAY))


def _names(text: str) -> set[str]:
    return {p[0].casefold() for p in _people(text)}


_BRITISH = "LONDON, 2 May 2030 - Britain keeps 300 troops in Estonia.\n\n"
_INDONESIAN = (
    "JAKARTA - Indonesia mengirim 200 pemantau ke Ukraina. Pemerintah Indonesia menyatakan "
    "misi itu berlanjut selama gencatan senjata bertahan.\n\n"
)
_DUTCH = "THE HAGUE, 4 March 2030 - The Netherlands sends two minehunters to the Black Sea.\n\n"

# --- a title, a rank or a degree before a name: not part of the name ---

_TITLED = [
    (
        _BRITISH + "The reception was hosted by Sir Nicholas Brandon, who thanked the crews.",
        "nicholas brandon",
    ),
    (
        _BRITISH + "Speakers:\n- Dame Margaret Holloway, former chief of staff\n- Prof. Alan Pryce",
        "margaret holloway",
    ),
    (_BRITISH + "Corporal Gareth Pritchard said the convoy left at dawn.", "gareth pritchard"),
    (_BRITISH + "Photo caption: Sgt. Emma Whitlock checks a radio at the camp.", "emma whitlock"),
    (
        _BRITISH + "Lance Corporal Kevin Ashworth and Private Simon Hurst drove the trucks.",
        "kevin ashworth",
    ),
    (_DUTCH + "Luitenant-kolonel Pieter van Dam leidt de eenheid.", "pieter van dam"),
    (
        _INDONESIAN + "Upacara dipimpin Letda Inf. Agus Prasetyo di lapangan markas.",
        "agus prasetyo",
    ),
    (
        _INDONESIAN + "Pemimpin ibadah: Pdt. Hendra Situmorang\nPembaca warta: Pnt. Rina Sihombing",
        "hendra situmorang",
    ),
    (
        _INDONESIAN + "Pemimpin ibadah: Pdt. Hendra Situmorang\nPembaca warta: Pnt. Rina Sihombing",
        "rina sihombing",
    ),
    (
        _INDONESIAN + "Sambutan disampaikan Kapten Laut (P) Bambang Wicaksono di dermaga.",
        "bambang wicaksono",
    ),
    (_INDONESIAN + "Tim medis dipimpin Mayor Ckm dr. Siti Rahmawati, Sp.B.", "siti rahmawati"),
    (_INDONESIAN + "Khotbah: Ustaz Ahmad Nasution\nImam: KH. Muhammad Harahap", "ahmad nasution"),
    # a signature, an apposition after a role, a source of a column
    (_BRITISH + "Signed: Sir Robert Fairley, Chair of the Review Panel", "robert fairley"),
    (_BRITISH + "Signed: Dame Fiona Lockhart, President of the Tribunal", "fiona lockhart"),
    (
        _BRITISH + "The visit ends with the Ambassador, Sir Andrew Keane, and his deputy.",
        "andrew keane",
    ),
    (
        _BRITISH + "This story comes from Sergeant Lucy Hartigan, a medic with the battalion.",
        "lucy hartigan",
    ),
    (
        _BRITISH + "The patrol was led by Staff Sergeant Daniel Morrow, a Welsh Guardsman.",
        "daniel morrow",
    ),
    (
        _BRITISH + "Our thanks go to Corporal Zuzanna Wolak, who cooked for the whole company.",
        "zuzanna wolak",
    ),
]


@pytest.mark.parametrize(("text", "name"), _TITLED)
def test_a_title_is_no_part_of_the_name(text: str, name: str) -> None:
    names = _names(text)
    assert name in names
    assert not any(n.endswith(" " + name) for n in names)


# --- a family name of the Indonesian peoples closes a name ---

_FAMILY = [
    (
        _INDONESIAN + "Doa syafaat dibawakan oleh Yosua Simatupang dari Komisi Pemuda.",
        "yosua simatupang",
    ),
    (_INDONESIAN + "Panitia: Rut Hutagalung (ketua), Samuel Pardede (bendahara)", "samuel pardede"),
    (_INDONESIAN + "Panitia: Rut Hutagalung (ketua), Samuel Pardede (bendahara)", "rut hutagalung"),
    (
        _INDONESIAN + "Kiriman dari Manado: Frangky Rondonuwu menulis surat untuk anaknya.",
        "frangky rondonuwu",
    ),
    (
        _BRITISH + "A message came from Indonesia, where Hotman Sinaga, a teacher, wrote to us.",
        "hotman sinaga",
    ),
    # a line of a roster: titles, then names after a comma
    (_INDONESIAN + "Petugas ibadah: Pnt. Yakob Sirait, Pnt. Debora Sitepu", "debora sitepu"),
    (_INDONESIAN + "Khatib Jumat: Ustaz Abdul Rahim Lubis", "abdul rahim lubis"),
]


@pytest.mark.parametrize(("text", "name"), _FAMILY)
def test_a_family_name_closes_a_name(text: str, name: str) -> None:
    assert name in _names(text)


# --- near misses: a title alone, a thing named after a titled person, a place ---

_NOT_PEOPLE = [
    (_BRITISH + "Thank you, Sir, for the question about the Black Sea.", "sir"),
    (_BRITISH + "The Sir John Soane Museum hosted the dinner.", "john soane"),
    (_BRITISH + "The General Assembly Hall was full.", "assembly hall"),
    (
        _INDONESIAN + "Rombongan melewati Jalan Sisingamangaraja menuju Tapanuli Utara.",
        "tapanuli utara",
    ),
    (_INDONESIAN + "Kapal berlabuh di Danau Toba dekat Pulau Samosir.", "pulau samosir"),
    (_INDONESIAN + "Bantuan dikirim dari Kabupaten Toba Samosir ke Ukraina.", "toba samosir"),
]


@pytest.mark.parametrize(("text", "name"), _NOT_PEOPLE)
def test_no_person_from_a_title_or_a_place(text: str, name: str) -> None:
    assert not any(name in n for n in _names(text))


# --- the person's own line names the state ---

_OWN_LINE = [
    (
        _INDONESIAN + "[04/06/2030] Lars Henriksen, Oslo: Terima kasih atas pamerannya.",
        ("Lars Henriksen", None, "NOR"),
    ),
    (
        _BRITISH + "Comments\nMagdalena Kowal, Krakow: A moving exhibition.",
        ("Magdalena Kowal", None, "POL"),
    ),
    (
        _INDONESIAN + "Pesan dari pengunjung: Anneli Virtanen, Helsinki - sangat menyentuh.",
        ("Anneli Virtanen", None, "FIN"),
    ),
    (_BRITISH + "Guest book: Giulia Bianchi, Roma. Bellissimo.", ("Giulia Bianchi", None, "ITA")),
]


@pytest.mark.parametrize(("text", "expected"), _OWN_LINE)
def test_the_persons_own_line_names_the_state(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


# --- a given name of one state's language: that state before the text's setting ---

_NORWEGIAN = "OSLO, 3 May 2030 - Norway sends a field hospital to Kharkiv.\n\n"

_LANGUAGE = [
    (
        _BRITISH + "Tonight's set is played by Siobhan Kelleher and Cathal Brennan.",
        ("Siobhan Kelleher", None, "IRL"),
    ),
    (
        _NORWEGIAN + "Shift 2: Tomasz Lis drives, Ingrid Berg navigates.",
        ("Tomasz Lis", None, "POL"),
    ),
    (
        _INDONESIAN + "Lagu penutup dinyanyikan Mykola Hrytsenko bersama paduan suara.",
        ("Mykola Hrytsenko", None, "UKR"),
    ),
    (
        _BRITISH + "Guide for the day: Giacomo Ferri, who speaks four languages.",
        ("Giacomo Ferri", None, "ITA"),
    ),
    (
        _NORWEGIAN + "Programme\n19:00 Reading by Jukka Lehtinen\n20:00 Choir",
        ("Jukka Lehtinen", None, "FIN"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _LANGUAGE)
def test_a_given_names_language_names_the_state(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


_SHARED = [
    # names several states share, or a name with a line of its own: the line or the setting
    (_NORWEGIAN + "Shift 1: Anna Berg drives the first leg.", ("Anna Berg", None, "NOR")),
    (_BRITISH + "Volunteer: Daniel Morgan, who drove the van.", ("Daniel Morgan", None, "GBR")),
    (_BRITISH + "Guest book: Tomasz Lis, Oslo: a fine evening.", ("Tomasz Lis", None, "NOR")),
    (_BRITISH + "Volunteer: Helen Morris, Treasurer.", ("Helen Morris", None, "GBR")),
]


@pytest.mark.parametrize(("text", "expected"), _SHARED)
def test_a_shared_name_keeps_the_setting(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


def test_a_setting_still_names_the_state_without_a_line() -> None:
    text = _BRITISH + "Volunteer: Helen Morris, who organised the collection."
    assert ("Helen Morris", None, "GBR") in _people(text)
