"""People on unseen text, from the sixteenth sealed set's misses (now `gold/s16-*`): each
class is probed with sentences written for the concept, in other words than any article's,
with negatives (see docs/ingest.md, "People on unseen text: the sixteenth sealed set's
misses")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract

from . import phrasing

DAY = dt.date(2029, 6, 1)


def _people(text: str) -> set[tuple[Any, ...]]:
    return phrasing.people(extract(text, published=DAY))


def _names(text: str) -> set[str]:
    return {p[0] for p in _people(text)}


# --- a label naming a calling the table lacked: a sponsor, a teacher, a writer ---

_INDONESIAN = (
    "Indonesia mengirim 200 pemantau ke Ukraina. Pemerintah Indonesia menyatakan misi itu "
    "berlanjut selama gencatan senjata bertahan.\n\n"
)
_BRITISH = (
    "The United Kingdom keeps 900 troops in Estonia. The United Kingdom will review the "
    "deployment after the summit.\n\n"
)

_LABELLED = [
    (_INDONESIAN + "Guru Pembimbing: Dra. Sri Handayani", ("Sri Handayani", None, "IDN")),
    (_INDONESIAN + "Wali kelas: Bapak Joko Purnomo", ("Joko Purnomo", None, "IDN")),
    (_INDONESIAN + "Penulis cerita: Andi Wibowo", ("Andi Wibowo", None, "IDN")),
    (
        "London, 3 May 2029\n\nLead sponsor: Hannah Cole MP\n\nThe House notes that the "
        "United Kingdom will keep its minehunters in the Black Sea.",
        ("Hannah Cole", None, "GBR"),
    ),
    (_BRITISH + "Class teacher: Mr Thomas Price", ("Thomas Price", None, "GBR")),
]


@pytest.mark.parametrize(("text", "expected"), _LABELLED)
def test_a_label_of_a_calling_names_a_person(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


_NOT_LABELLED = [
    _BRITISH + "Sponsor: Ministry of Defence",
    _INDONESIAN + "Penulis: Tim Redaksi",
    _INDONESIAN + "Guru: 24 orang, siswa: 310 orang",
    _BRITISH + "Sponsors: Royal Navy Association and Veterans Trust",
]


@pytest.mark.parametrize("text", _NOT_LABELLED)
def test_no_person_from_a_label_of_a_thing(text: str) -> None:
    names = _names(text)
    assert not names & {"Ministry Of Defence", "Tim Redaksi", "Royal Navy Association"}
    assert not any(n.startswith(("Ministry", "Tim ", "Royal", "Veterans")) for n in names)


# --- a doctor or a professor in a text with no dateline: of the state it is about ---

_ACADEMIC = [
    (
        "The clinic is run by Norway, which pays for it. Norway also sends 40 nurses. "
        "Thanks go to Dr Kari Lunde, who leads the clinic, for her patience.",
        ("Kari Lunde", None, "NOR"),
    ),
    (
        "Notes for the seminar - Prof. Anne Visser\n\nThe Netherlands sends 300 troops. "
        "The Netherlands will stay as long as the ceasefire lasts.",
        ("Anne Visser", None, "NLD"),
    ),
    (
        "Denmark has pledged a field hospital; Denmark will staff it until 2030. "
        "Professor Lars Holm, who advised the ministry, welcomed the pledge.",
        ("Lars Holm", None, "DNK"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _ACADEMIC)
def test_an_academic_title_takes_the_texts_state(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


_NOT_ACADEMIC = [
    # no state named twice ahead of the others: no state for the doctor
    ("Dr Kari Lunde, who leads the clinic, thanked the donors for their patience.", "Kari Lunde"),
    # the institution in brackets tells the state
    (
        "Norway pays for the clinic; Norway sends 40 nurses. Dr Jan Kowal (University of "
        "Warsaw) spoke too.",
        ("Jan Kowal", None, "POL"),
    ),
]


def test_no_state_for_a_doctor_when_the_text_tells_none() -> None:
    text, name = _NOT_ACADEMIC[0]
    assert name not in _names(str(text))


def test_the_institution_in_brackets_wins_over_the_texts_state() -> None:
    text, expected = _NOT_ACADEMIC[1]
    people = _people(str(text))
    assert expected in people
    assert ("Jan Kowal", None, "NOR") not in people


# --- a capacity naming a town: the person is of the town's state ---

_TOWN_OFFICE = [
    (
        "Bantuan itu diterima oleh Mykola Savchuk, Kepala Dinas Kesehatan Kota Lviv, pada "
        "Senin (3/9/2029).",
        ("Mykola Savchuk", None, "UKR"),
    ),
    (
        "Menurut Wakil Wali Kota Odesa, Petro Hnatiuk, generator itu akan dipasang di rumah sakit.",
        ("Petro Hnatiuk", None, "UKR"),
    ),
    (
        "JAKARTA - Indonesia mengirim bantuan. Kepala Dinas Sosial Kota Gdansk, Anna "
        "Wisniewska, menerima bantuan itu.",
        ("Anna Wisniewska", None, "POL"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _TOWN_OFFICE)
def test_a_capacity_of_a_town_gives_its_state(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


def test_a_capacity_of_a_home_town_stays_at_home() -> None:
    text = (
        "Wali Kota Semarang, Hendra Prasetyo, melepas keluarga prajurit yang berangkat ke "
        "Ukraina pada Jumat (7/9/2029)."
    )
    people = _people(text)
    assert ("Hendra Prasetyo", None, "UKR") not in people


# --- a minister named by state alone, in a text of one portfolio's ministers ---

_BARE_MINISTERS = [
    (
        "Notes from the meeting of the coalition's defence ministers in Madrid. Canada's "
        "minister, Anita Gill, joined by video and pledged two frigates.",
        ("Anita Gill", "Defence Minister", "CAN"),
    ),
    (
        "The foreign ministers met in Oslo on Monday. The Danish minister, Lars Holm, said "
        "Denmark would host the next round.",
        ("Lars Holm", "Foreign Minister", "DNK"),
    ),
    (
        "Para menteri luar negeri negara penyumbang bertemu di Brasilia. Sementara itu "
        "menteri Brasil, Mauro Vieira, menegaskan dukungan negaranya.",
        ("Mauro Vieira", "Foreign Minister", "BRA"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _BARE_MINISTERS)
def test_a_bare_minister_takes_the_meetings_portfolio(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


_NOT_BARE_MINISTERS = [
    # two portfolios: the bare minister's is not told
    "The defence ministers and the foreign ministers met in Oslo. Canada's minister, Anita "
    "Gill, spoke first.",
    # no portfolio named at all
    "Canada's minister, Anita Gill, spoke first at the summit.",
]


@pytest.mark.parametrize("text", _NOT_BARE_MINISTERS)
def test_no_portfolio_for_a_bare_minister_when_the_text_tells_none(text: str) -> None:
    assert not any(p[0] == "Anita Gill" and p[1] is not None for p in _people(text))


# --- a given name alone after an office is the full name the text gives ---


def test_a_given_name_after_an_office_is_the_full_name() -> None:
    text = (
        "Menteri Luar Negeri, Sari Wulandari, menyatakan Indonesia siap menambah pemantau. "
        "Namun Menlu Sari menegaskan tambahan itu menunggu persetujuan DPR."
    )
    names = _names(text)
    assert "Sari Wulandari" in names
    assert "Sari" not in names


def test_a_given_name_shared_by_two_full_names_stays_apart() -> None:
    text = (
        "Menteri Luar Negeri, Sari Wulandari, dan Menteri Pertahanan, Sari Hidayati, "
        "bertemu. Menlu Sari kemudian berangkat ke Kyiv."
    )
    names = _names(text)
    assert "Sari Wulandari" in names
    assert "Sari Hidayati" in names


# --- a task force or a body is no person ---

_BODIES = [
    "Rahmat satu dari 200 prajurit Satgas Pelindung Nusantara yang bertugas di Ukraina.",
    "Dana itu dikumpulkan oleh prajurit Batalyon Raider 300 dan keluarganya.",
    "The money went to the Veterans Association, and volunteer Harbour Trust staff sorted it.",
]


@pytest.mark.parametrize("text", _BODIES)
def test_no_person_from_a_body_or_a_unit(text: str) -> None:
    names = _names(text)
    assert not any(w in n for n in names for w in ("Satgas", "Nusantara", "Batalyon", "Trust"))


# --- the opening lines: a university town places the text, a quoted title does not ---

_PLACED = [
    (
        "PUBLIC LECTURE - Utrecht University, 4 March 2029\n\nSpeaker: Dr Femke Bakker\n\n"
        "Germany sends 400 troops; Germany will review the mission in spring.",
        ("Femke Bakker", None, "NLD"),
    ),
    (
        'NASKAH DRAMA RADIO\n"Kabar dari Odesa" - Episode 3\nSiaran RRI Bandung, Sabtu, '
        "4 Mei 2029\nPenulis naskah: Rudi Hartono\n\nIndonesia mengirim 200 pemantau.",
        ("Rudi Hartono", None, "IDN"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _PLACED)
def test_the_opening_lines_place_the_text(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


def test_a_quoted_title_on_an_opening_line_places_no_text() -> None:
    text = (
        'RADIO PLAY\n"Letters from Lviv" - Episode 2\n\nWritten by: Tom Fletcher\n\n'
        "The United Kingdom keeps 900 troops in Estonia. The United Kingdom will stay."
    )
    assert ("Tom Fletcher", None, "UKR") not in _people(text)


def test_a_sentence_on_the_opening_lines_places_no_text() -> None:
    text = (
        "Northgate University Debating Society (UK)\nMotion brief\n\nMotion: This House "
        "would keep the force in Ukraine even if Washington steps back.\n\nBritain keeps "
        "900 troops in Estonia.\n\nPrepared by Dr Ellen Shaw, chief adjudicator."
    )
    people = _people(text)
    assert ("Ellen Shaw", None, "USA") not in people


# --- "Hon." before a name is a word of address, not part of it ---

_HONOURABLE = [
    (
        "Acting on the advice of the Minister of Defence, Hon. Wiremu Parata, the Governor "
        "approved the deployment to Poland.",
        ("Wiremu Parata", "Defence Minister", None),
    ),
    pytest.param(
        "A letter from the Foreign Secretary, the Rt Hon Alan Pryce, was read to the House.",
        ("Alan Pryce", "Foreign Minister", "GBR"),
        marks=pytest.mark.xfail(
            strict=True, reason="left out: an article and two words of address ('the Rt Hon')"
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _HONOURABLE)
def test_hon_before_a_name_is_no_part_of_it(text: str, expected: tuple[Any, ...]) -> None:
    names = _names(text)
    assert expected[0] in names
    assert not any(n.startswith(("Hon", "Rt")) for n in names)


# --- an officer on a memo's field line or a numbered list's entry, in Indonesian text ---

_FIELDS = [
    (
        "NOTA DINAS\n\nDari: Letkol Kav Bima Saputra\nKepada: Mayor Inf Rizal Hamdani\n"
        "Perihal: Rotasi personel\n\nIndonesia mengirim 200 pemantau ke Ukraina.",
        ("Bima Saputra", None, "IDN"),
    ),
    (
        "NOTA DINAS\n\nDari: Letkol Kav Bima Saputra\nKepada: Mayor Inf Rizal Hamdani\n"
        "Perihal: Rotasi personel\n\nIndonesia mengirim 200 pemantau ke Ukraina.",
        ("Rizal Hamdani", None, "IDN"),
    ),
    (
        "Yang hadir dalam serah terima:\n1. Kolonel Inf Dedi Kurnia, Atase Pertahanan\n"
        "2. Mayor Laut (P) Fajar Siregar, Perwira Penghubung\n\nBantuan diserahkan di Kyiv.",
        ("Dedi Kurnia", None, "IDN"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), _FIELDS)
def test_an_officer_on_a_field_line_is_named(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


def test_a_headline_in_capitals_after_a_rank_is_still_no_name() -> None:
    text = (
        "Jenderal AS Bergabung Lewat Video Dalam Rapat Koalisi\n\nIndonesia mengirim 200 "
        "pemantau ke Ukraina."
    )
    assert not any(n.startswith("AS") or "Bergabung" in n for n in _names(text))
