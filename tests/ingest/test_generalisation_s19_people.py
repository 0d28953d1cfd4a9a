"""People on unseen text, from the nineteenth sealed set's misses (now `gold/s19-*`): a
deputy's title in all its forms (deputy, vice, wakil and their short forms, an American
deputy secretary) is the deputy's office, not the minister's; an American secretary's title
("Secretary of Defense", "Secretary of State") names the United States as a Taoiseach names
Ireland; a capital shouting from a later headline of a roundup is no dateline, so it gives
no minister its state; and a naval or an air rank in its Malay or Indonesian rendering is
no part of the name. Probed with sentences written for the concept, in other words than any
article's, in several frames (a sentence, a list's line, a memo, a roundup), with negatives
(see docs/ingest.md, "People on unseen text: the nineteenth sealed set's misses")."""

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


_ROUNDUP = "THE WESTERN GAZETTE - TODAY\n\nFERRY STRIKE ENDS - Page 2\nThe ferries sail again.\n\n"

# --- a deputy's title: the deputy's office, in every form ---

_DEPUTIES = [
    (
        "Chile stayed out. Vice Foreign Minister Tomas Araya of Chile said Santiago would wait.",
        ("Tomas Araya", "Deputy Foreign Minister"),
    ),
    (
        "Memo:\n- Wamenhan Dedi Kurniawan memimpin rapat persiapan di Jakarta.",
        ("Dedi Kurniawan", "Deputy Defence Minister"),
    ),
    (
        "Rapat dibuka oleh Wakil Menhan Dedi Kurniawan pada pukul 09.00.",
        ("Dedi Kurniawan", "Deputy Defence Minister"),
    ),
    (
        "Kanada diwakili Wakil Menlu Sarah Boyle dalam pertemuan itu.",
        ("Sarah Boyle", "Deputy Foreign Minister"),
    ),
    (
        "Japan's Vice Minister of Defense, Kenta Mori, met the delegation on Monday.",
        ("Kenta Mori", "Deputy Defence Minister"),
    ),
    (
        "Deputy Secretary of State Laura Bennett told reporters the talks would go on.",
        ("Laura Bennett", "Deputy Foreign Minister"),
    ),
    (
        "The American delegation was led by Deputy Defense Secretary Paul Kerrigan.",
        ("Paul Kerrigan", "Deputy Defence Minister"),
    ),
    (
        "Transcript\nMODERATOR: Over to the First Deputy Foreign Minister, Oleg Petrenko.",
        ("Oleg Petrenko", "Deputy Foreign Minister"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _DEPUTIES)
def test_a_deputys_title_is_the_deputys(text: str, expected: tuple[str, str]) -> None:
    assert expected in {(p[0], p[1]) for p in _people(text)}


# --- an American secretary's title names the United States ---

_AMERICAN = [
    (
        "LONDON - Britain sends 200 engineers. Secretary of Defense Joan Avery said Washington "
        "would share radar data.",
        ("Joan Avery", "Defence Minister", "USA"),
    ),
    (
        "Poland will host the hub. Speaking in Brussels, Deputy Secretary of Defense Carl "
        "Weston promised airlift.",
        ("Carl Weston", "Deputy Defence Minister", "USA"),
    ),
    (
        "Germany pays for the depot. The Secretary of State, Nora Kellerman, called it a good day.",
        ("Nora Kellerman", "Foreign Minister", "USA"),
    ),
]

#: a British secretary of state keeps Britain; a deputy secretary general is no deputy minister
_NOT_AMERICAN = [
    (
        "The Secretary of State for Defence, Alan Frost, told the House the troops would stay.",
        ("Alan Frost", "Defence Minister", "USA"),
    ),
    (
        "NATO's Deputy Secretary General, Petra Lindgren, opened the conference.",
        ("Petra Lindgren", "Deputy Foreign Minister", "NATO"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _AMERICAN)
def test_an_american_title_names_the_state(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


@pytest.mark.parametrize(("text", "wrong"), _NOT_AMERICAN)
def test_other_titles_are_not_american(text: str, wrong: tuple[Any, ...]) -> None:
    name, role, state = wrong
    assert not any(p[0] == name and p[1] == role and p[2] == state for p in _people(text))
    assert any(p[0] == name for p in _people(text))


# --- a capital in a later headline of a roundup is no dateline ---

_HEADLINES = [
    (
        _ROUNDUP + "LEADERS MEET - Page 3\nSpain hosted the summit. Prime Minister Ana Ortega, "
        "in the chair, said the force would stay.\n\nBEIJING SPEAKS - Page 4\nChina called "
        "for talks.",
        ("Ana Ortega", "Prime Minister", "CHN"),
    ),
    (
        _ROUNDUP + "NEW TANKS - Page 3\nThe Defence Minister, Piet Smit, signed the order.\n\n"
        "MOSCOW PROTESTS - Page 5\nThe Kremlin called the deal a threat.",
        ("Piet Smit", "Defence Minister", "RUS"),
    ),
]


@pytest.mark.parametrize(("text", "wrong"), _HEADLINES)
def test_a_later_headlines_capital_is_no_home(text: str, wrong: tuple[Any, ...]) -> None:
    assert wrong not in _people(text)


def test_a_dateline_at_the_head_still_gives_the_home() -> None:
    text = "OTTAWA, 3 May 2030 - Defence Minister Lise Tremblay said the frigate would sail."
    assert ("Lise Tremblay", "Defence Minister", "CAN") in _people(text)


# --- a naval or an air rank in Malay or Indonesian: no part of the name ---

_RANKS = [
    (
        "JAKARTA - Indonesia mengirim kapal.\n\nKapal dipimpin Komander James Horton dari "
        "Angkatan Laut Inggris.",
        "james horton",
    ),
    (
        "JAKARTA - Indonesia mengirim kapal.\n\nMenurut Leftenan Komander Aiden Clarke, patroli "
        "berjalan lancar.",
        "aiden clarke",
    ),
    (
        "JAKARTA - Indonesia mengirim pesawat.\n\nPenerbangan itu dipimpin Kolonel Udara "
        "Hendra Saputra.",
        "hendra saputra",
    ),
    (
        "LONDON - Britain sends a frigate.\n\nLieutenant Commander Ruth Ellis said the crew "
        "was ready.",
        "ruth ellis",
    ),
]


@pytest.mark.parametrize(("text", "name"), _RANKS)
def test_a_rank_is_no_part_of_the_name(text: str, name: str) -> None:
    names = _names(text)
    assert name in names
    assert not any(n.endswith(" " + name) for n in names)


def test_a_rank_alone_is_no_person() -> None:
    text = "JAKARTA - Indonesia mengirim kapal.\n\nKomander kapal itu belum ditunjuk."
    assert not any("komander" in n for n in _names(text))


# --- a bare role opening its sentence: the state acting in the sentence before ---

_PREVIOUS = [
    (
        "EVENING BRIEF\n\nPortugal will host the next summit in March. The Prime Minister, "
        "Ana Costa, said the date was fixed.",
        ("Ana Costa", "Prime Minister", "PRT"),
    ),
    (
        "RINGKASAN\n\nBelanda mengirim dua kapal penyapu ranjau. Perdana Menteri Joost Bakker "
        "mengatakan misi itu penting.",
        ("Joost Bakker", "Prime Minister", "NLD"),
    ),
    (
        "- Austria pays EUR 20 million for demining; Slovakia adds a field hospital. "
        "Chancellor Lukas Weber called it a duty.",
        ("Lukas Weber", "Chancellor", "AUT"),
    ),
]

#: a side of the war, another paragraph, a bare "Minister" (often the text's own): left open
_NOT_PREVIOUS = [
    (
        "Ukraine asked for more air defence. The Prime Minister, Ana Costa, said Lisbon "
        "would think about it.",
        ("Ana Costa", "Prime Minister", "UKR"),
    ),
    (
        "Chile sends engineers to Kharkiv.\n\nThe Prime Minister, Ana Costa, spoke at noon.",
        ("Ana Costa", "Prime Minister", "CHL"),
    ),
    (
        "BRIEFING NOTE\n\nEstonia hosts 20 ministers in Tallinn. The Minister, Ms Jane Doyle, "
        "will speak in the second session.",
        ("Jane Doyle", "Minister", "EST"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _PREVIOUS)
def test_the_state_acting_just_before_is_the_roles(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


@pytest.mark.parametrize(("text", "wrong"), _NOT_PREVIOUS)
def test_no_state_from_a_side_another_paragraph_or_a_bare_minister(
    text: str, wrong: tuple[Any, ...]
) -> None:
    assert wrong not in _people(text)


# --- a special representative: the representative's office ---

_REPRESENTATIVES = [
    (
        "- India's special representative, Arjun Mehta, visited Kyiv in May. We welcome it.",
        ("Arjun Mehta", "Representative", "IND"),
    ),
    (
        "Perwakilan khusus Brasil, Paulo Lima, tiba di Kyiv pada Senin.",
        ("Paulo Lima", "Representative", "BRA"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _REPRESENTATIVES)
def test_a_special_representative(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)
