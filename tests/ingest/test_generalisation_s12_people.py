"""People on unseen text, from the twelfth sealed set's misses (now `gold/s12-*`): each
class is probed with sentences written for the concept, in other words than any article's,
with negatives (see docs/ingest.md, "People on unseen text: the twelfth sealed set's
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


# --- an office-holder named with no state anywhere acts for the state the text is about ---

_TEXT_STATE = [
    (
        "The committee heard from the Minister of Defence, Pieter Janssens, on 3 May. "
        "Belgium has offered a frigate for the Black Sea, and Belgium will pay its crews "
        "from this year's budget. Belgian engineers are already in Odesa, alongside "
        "Ukraine's navy.",
        ("Pieter Janssens", "Defence Minister", "BEL"),
    ),
    (
        "Dalam rapat itu, Wakil Menteri Luar Negeri, Arif Nugroho, menjelaskan bahwa "
        "Indonesia akan mengirim tim medis. Indonesia juga menyiapkan kapal rumah sakit bagi "
        "Ukraina, dan Indonesia menunggu persetujuan DPR.",
        ("Arif Nugroho", "Deputy Foreign Minister", "IDN"),
    ),
    (
        "Our Prime Minister, Ingrid Solheim, told the Storting that the frigate would stay "
        "until the spring. Norway pays for the fuel; Norwegian sailors have been at sea "
        "since March, and Norway will rotate them in June.",
        ("Ingrid Solheim", "Prime Minister", "NOR"),
    ),
    (
        "NOTICE TO PASSENGERS\nMilitary flights will use runway 2 on Tuesday. A spokesperson "
        "for the airport, Marta Kowalczyk, said civilian flights would be delayed by up to "
        "two hours. Poland hosts the coalition's rear base; Polish air traffic control "
        "will announce the slots.",
        ("Marta Kowalczyk", "Spokesperson", "POL"),
    ),
    (
        "The Chief of the Defence Staff, Lars Henriksen, briefed the council. Denmark "
        "sends 120 instructors, and Denmark has pledged a second rotation; Danish officers "
        "will lead the engineering course in Ukraine.",
        ("Lars Henriksen", "Chief of Defence", "DNK"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _TEXT_STATE)
def test_an_office_holder_acts_for_the_state_the_text_is_about(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert expected in _people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # two states named as often: the text is about neither
        (
            "The Defence Minister, Anna Berg, spoke after the meeting. Poland and Sweden "
            "will each send a ship to Ukraine.",
            "Anna Berg",
        ),
        # an ambassador serves abroad: the state the text is about is the host's
        (
            "The Ambassador, Kenji Sato, visited the port. Turkey guards the straits, and "
            "Turkey will host the next talks; Turkish ships escort the grain.",
            "Kenji Sato",
        ),
    ],
)
def test_no_state_for_an_office_held_abroad_or_in_an_even_text(text: str, name: str) -> None:
    assert {p[2] for p in _people(text) if p[0] == name} <= {None}


# --- a public figure named alone holds the office the text names without another holder ---

_OFFICE_NAMED = [
    (
        "Which defence minister promised two minehunters?\nJohn Healey, who said the Royal "
        "Navy would stay until the spring.",
        ("John Healey", "Defence Minister", "GBR"),
    ),
    (
        "Poland's prime minister wants the hub in Rzeszow. Donald Tusk told reporters the "
        "railways were ready.",
        ("Donald Tusk", "Prime Minister", "POL"),
    ),
    (
        "Perdana Menteri Hongaria kembali menolak mengirim tentara. Viktor Orban menyebut "
        "misi itu keliru.",
        ("Viktor Orbán", "Prime Minister", "HUN"),
    ),
    (
        "The alliance's secretary general spoke first. Mark Rutte said the coalition "
        "would keep its promises.",
        ("Mark Rutte", "Secretary General", "NATO"),
    ),
    (
        "Juru bicara itu menolak pasukan asing. Maria Zakharova menyebut rencana itu provokasi.",
        ("Maria Zakharova", "Spokesperson", "RUS"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _OFFICE_NAMED)
def test_a_public_figure_holds_the_office_the_text_names(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert expected in _people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the office is another state's
        (
            "Poland's prime minister wants the hub in Rzeszow. Viktor Orban said Hungary "
            "would not join.",
            "Viktor Orbán",
        ),
        # the office is held by another person named with it
        (
            "Prime Minister Keir Starmer called the meeting. Giorgia Meloni and Robert Fico "
            "joined by video.",
            "Robert Fico",
        ),
        # the text never names the office
        ("Hakan Fidan wants Ankara to host the next round of talks.", "Hakan Fidan"),
    ],
)
def test_no_office_for_a_figure_when_the_text_gives_it_another(text: str, name: str) -> None:
    assert {p[1] for p in _people(text) if p[0] == name} <= {None}


# --- an apposition gives the person's nationality, whatever the calling -------------------

_NATIONAL = [
    (
        "The panel was chaired by Tomas Lindgren, a Swedish engineer who built the port's "
        "cranes, and lasted two hours.",
        ("Tomas Lindgren", None, "SWE"),
    ),
    (
        "Photographs by Aino Virtanen, a young Finnish photographer, line the corridor.",
        ("Aino Virtanen", None, "FIN"),
    ),
    (
        "Marco Bellini, senior economist at the bank's Milan desk, is an Italian national "
        "and wrote the note.",
        ("Marco Bellini", None, "ITA"),
    ),
    (
        "Acara itu dibuka oleh Ana Ruiz, diplomat senior Spanyol, pada Senin pagi.",
        ("Ana Ruiz", None, "ESP"),
    ),
    (
        "Kolonel Jan Dvorak, perwira Angkatan Darat Ceko, memimpin latihan di Lviv.",
        ("Jan Dvorak", None, "CZE"),
    ),
    (
        "With Major General (ret.) Piotr Zawada, former Polish liaison to the planning cell.",
        ("Piotr Zawada", None, "POL"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _NATIONAL)
def test_an_apposition_gives_the_nationality(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        # a place set off before a clause, a ship, a treaty: no one
        "Turki memimpin patroli di Laut Hitam, sementara Jepang mengirim pemantau.",
        "Kapal itu berlayar ke Laut Hitam, dan Inggris menambah pesawat.",
        "The ferry Baltic Star, chartered by the Danish government, docked on Monday.",
        "Under the Montreux Convention, Ankara keeps the straits closed.",
        "QUESTION: Secretary Healey, is the American guarantee settled?",
        "Ships patrol the Black Sea, with Romanian and Bulgarian crews alongside.",
    ],
)
def test_no_nationality_from_a_place_or_a_clause(text: str) -> None:
    assert {p for p in _people(text) if p[1] is None} == set()


# --- a signature: the name on its own line, a capacity on the line below ------------------

_SIGNED_BELOW = [
    (
        "Thank you for standing with the crews of our port.\n\nKaren Holm\nMayor of Aarhus\n"
        "Denmark will host the apprentices, and Denmark pays their fares.",
        ("Karen Holm", None, "DNK"),
    ),
    (
        "We hope to see you at the harbour.\n\nPaul Mercier\nDirector, the Seafarers' Relief "
        "Fund\n\nFrance keeps two ships in the convoy; France pays the crews.",
        ("Paul Mercier", None, "FRA"),
    ),
    (
        "Terima kasih atas perhatian Bapak dan Ibu.\n\nSuryani Hadi\nKetua Panitia Seleksi\n",
        ("Suryani Hadi", None, "IDN"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _SIGNED_BELOW)
def test_a_name_above_its_capacity_is_a_person(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        # a heading above a capacity, or an even text: no one, or no state
        "The ships sail on Monday.\n\nCONTACT\nDirector of Communications\n",
        "Thank you.\n\nAnna Berg\nMayor of Lund\n\nPoland and Sweden each send a ship.",
    ],
)
def test_no_signer_from_a_heading_or_without_a_state(text: str) -> None:
    assert {p for p in _people(text) if p[2] is not None} == set()


# --- a rank before a name set off before its office is no part of the name -----------------

_RANK_BEFORE_OFFICE = [
    (
        "Admiral Rob Bauer, the Chief of Defence of the Netherlands, opened the session.",
        ("Rob Bauer", "Chief of Defence", "NLD"),
    ),
    (
        "Jenderal Budi Santoso, Panglima TNI, meninjau pasukan di Halim.",
        ("Budi Santoso", "Chief of Defence", "IDN"),
    ),
    (
        "Major General Erik Lund, Norway's defence minister, visited the base in Poland.",
        ("Erik Lund", "Defence Minister", "NOR"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _RANK_BEFORE_OFFICE)
def test_a_rank_before_a_name_set_off_before_its_office(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert expected in _people(text)
