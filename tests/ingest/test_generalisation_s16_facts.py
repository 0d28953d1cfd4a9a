"""Phrasing classes of dates and figures found when the sixteenth sealed set became
development text, each written as a rule complete for its concept.

Months said ahead inside a sentence told in the past: a modal verb of its own before the
month ("has been ordered and should arrive in August", "agreed that the ship may stay
until November") looks forward, as "will" does; a bound month ("from", "starting",
"until", "mulai", "hingga") in what a verb of announcing, pledging or offering gives
("announced 40 more monitors from August", "sudah mengumumkan 40 pemantau tambahan mulai
Agustus") is a month to come, though the verb is past. "should have", "may have" look back,
and "May" the month is no modal. Troops by the unit they form: a battlegroup ("a
battlegroup of 1,000", "a 900-strong battle group") is a unit of a force like a battalion.
Troops by their trade: doctors, nurses and surgeons sent with a force or a mission ("25
dokter, perawat, dan tenaga farmasi ... memperkuat klinik misi") are a force's, as its
technicians are; with no force or sending in the sentence they are none. The coalition's
size as members ("the coalition now has 34 members", "one of the 35 members", "koalisi
kini memiliki 36 anggota") is a count of countries where the coalition is named in the
paragraph; members of a force, a parliament or a union are not. Every text here is written
for these tests, in words of its own.

A part spelled out: "twenty-eight of them", "twenty eight of them", "dua puluh satu di
antaranya" after a number of countries are the tens joined to the unit (28), never the
unit alone (8).

Parts online: a part of those present counted or named with its way and no preposition
("24 ministers around the table and the rest online", "tiga lainnya secara daring"), or
joining in the passive ("diikuti Jepang dan Korea secara daring"), makes a meeting held at
a place hybrid and keeps its place; a meeting held online as a whole stays virtual.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract

from .phrasing import has_meeting, meetings

DAY = dt.date(2031, 6, 20)


def _dates(text: str) -> set[str]:
    return {i.value["value"] for i in extract(text, published=DAY, model=False).of_type("date")}


def _countries(text: str) -> set[int]:
    result = extract(text, published=DAY, model=False)
    return {
        int(i.value["value"]) for i in result.of_type("count") if i.value["measure"] == "countries"
    }


def _troops(text: str) -> set[int]:
    result = extract(text, published=DAY, model=False)
    return {int(i.value["value"]) for i in result.of_type("figure") if i.value["kind"] == "troops"}


AHEAD: list[tuple[str, str]] = [
    # a modal verb of the month's own clause
    ("The spare radars were bought in spring and should reach Lviv in September.", "2031-09"),
    (
        "Chile has agreed that its frigate may remain on station until the end of October.",
        "2031-10",
    ),
    ("The ministry said the second rotation might start in August.", "2031-08"),
    ("MEMO - Fuel: the tanker we chartered should dock in July, the agent confirmed.", "2031-07"),
    # a bound month in what was announced, pledged or offered
    ("Peru announced 30 further observers from August.", "2031-08"),
    ("Kenya has pledged a field kitchen starting in November.", "2031-11"),
    ("Malaysia sudah mengumumkan 25 pemantau tambahan mulai September.", "2031-09"),
    ("Vietnam telah menjanjikan satu tim medis hingga Desember.", "2031-12"),
    ("- Ghana: offered two helicopters from October (letter of 3 June)", "2031-10"),
]


@pytest.mark.parametrize(("text", "month"), AHEAD)
def test_sixteenth_set_months_ahead_in_a_past_sentence(text: str, month: str) -> None:
    assert month in _dates(text)


BACK: list[tuple[str, str]] = [
    ("The shipment should have arrived in March but was delayed.", "2031-03"),
    ("Officials may have met the envoy in April, the report says.", "2031-04"),
    ("The brigade was deployed in May and returned in June.", "2031-05"),
    ("Pasukan itu sudah tiba sejak Februari.", "2031-02"),
    ("The monitors announced in March that the line was quiet.", "2031-03"),
]


@pytest.mark.parametrize(("text", "month"), BACK)
def test_sixteenth_set_months_still_behind(text: str, month: str) -> None:
    """A month looked back on keeps this year's (or last year's) value, not next year's."""
    year, mon = month.split("-")
    assert f"{int(year) + 1}-{mon}" not in _dates(text)
    assert month in _dates(text)


BATTLEGROUPS: list[tuple[str, int]] = [
    ("- Canada: a battlegroup of 1,200 in the south.", 1200),
    ("Estonia leads a battle group of 850 near Rivne.", 850),
    ("The Dutch will send a 900-strong battlegroup to the west.", 900),
    ("Polandia memimpin satu battlegroup berjumlah 1.100 personel.", 1100),
]


@pytest.mark.parametrize(("text", "value"), BATTLEGROUPS)
def test_sixteenth_set_battlegroups(text: str, value: int) -> None:
    assert value in _troops(text)


MEDICS: list[tuple[str, int]] = [
    ("Tim itu beranggotakan 30 dokter dan perawat yang akan memperkuat misi di Lviv.", 30),
    ("Ireland is sending 18 surgeons and nurses to the mission's field hospital.", 18),
    ("The Czech contingent adds 12 doctors to the force's medical company.", 12),
    ("Latvia will deploy 9 nurses with its contingent in March.", 9),
]


@pytest.mark.parametrize(("text", "value"), MEDICS)
def test_sixteenth_set_medical_trades(text: str, value: int) -> None:
    assert value in _troops(text)


NOT_TROOPS: list[tuple[str, int]] = [
    ("The city hospital employs 300 doctors and nurses.", 300),
    ("Sebanyak 45 dokter mengikuti seminar kesehatan di Jakarta.", 45),
    ("The battle of 1916 is remembered each July.", 1916),
    ("Some 2,000 nurses marched in Kyiv for higher pay.", 2000),
]


@pytest.mark.parametrize(("text", "value"), NOT_TROOPS)
def test_sixteenth_set_no_troops(text: str, value: int) -> None:
    assert value not in _troops(text)


BOUND_PARTS: list[tuple[str, str]] = [
    ("If the line holds by the end of April, the second company goes home.", "2032-04"),
    ("Kapal itu berpatroli hingga akhir Mei.", "2032-05"),
]


@pytest.mark.parametrize(("text", "month"), BOUND_PARTS)
def test_sixteenth_set_a_bound_before_a_part_of_the_month(text: str, month: str) -> None:
    """A month already past this year (publication 20 June) is next year's after a bound."""
    assert month in _dates(text)


MEMBERS: list[tuple[str, int]] = [
    ("By the spring the coalition had grown to 37 members, two more than at its founding.", 37),
    ("Q: Is Chile in the coalition? A: Yes. Chile is one of the 36 members.", 36),
    ("Koalisi itu kini memiliki 33 anggota, termasuk Indonesia.", 33),
    ("- Coalition: 38 members; secretariat in Paris", 38),
]


@pytest.mark.parametrize(("text", "value"), MEMBERS)
def test_sixteenth_set_coalition_members(text: str, value: int) -> None:
    assert value in _countries(text)


NOT_MEMBERS: list[tuple[str, int]] = [
    ("The coalition sent 45 members of the armed forces to Lviv.", 45),
    ("The union, which backs the coalition, has 900 members.", 900),
    ("The club has 36 members and meets every Friday.", 36),
    ("The coalition heard 14 members of parliament on Tuesday.", 14),
]


@pytest.mark.parametrize(("text", "value"), NOT_MEMBERS)
def test_sixteenth_set_no_coalition_members(text: str, value: int) -> None:
    assert value not in _countries(text)


ONLINE_PARTS: list[tuple[str, dict[str, Any]]] = [
    (
        "The chiefs of defence met in Riga on 2 June, with 24 of them around the table and "
        "the rest online.",
        {"date": "2031-06-02", "place": "Riga", "format": "hybrid"},
    ),
    (
        "Para menteri luar negeri bertemu di Praha pada 3 Juni; 27 negara hadir di ruangan, "
        "empat lainnya secara daring.",
        {"date": "2031-06-03", "place": "Prague", "format": "hybrid"},
    ),
    (
        "Rapat kelompok kerja di Vilnius, Rabu (4/6/2031), diikuti Jepang dan Korea Selatan "
        "secara daring.",
        {"date": "2031-06-04", "place": "Vilnius", "format": "hybrid"},
    ),
    (
        "The envoys gathered in Oslo on 5 June. Two more took their seats virtually.",
        {"date": "2031-06-05", "place": "Oslo", "format": "hybrid"},
    ),
    (
        "Pertemuan para kepala staf di Roma, Jumat (6/6/2031), yang dihadiri 22 negara itu "
        "juga disimak tiga negara lain secara virtual.",
        {"date": "2031-06-06", "place": "Rome", "format": "hybrid"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONLINE_PARTS)
def test_sixteenth_set_parts_online(text: str, expected: dict[str, Any]) -> None:
    result = extract(text, published=DAY, model=False)
    assert has_meeting(result, expected), meetings(result)


WHOLLY_ONLINE: list[str] = [
    "The defence ministers met online on 9 June.",
    "Para menteri pertahanan bertemu secara daring pada 9 Juni.",
    "Rapat para menteri pada 9 Juni diikuti 30 negara secara daring.",
]


@pytest.mark.parametrize("text", WHOLLY_ONLINE)
def test_sixteenth_set_a_meeting_online_stays_virtual(text: str) -> None:
    result = extract(text, published=DAY, model=False)
    assert has_meeting(result, {"date": "2031-06-09", "format": "virtual"}), meetings(result)


SPELLED_PARTS: list[tuple[str, int]] = [
    ("Thirty-four states signed the text; twenty-eight of them pledged troops.", 28),
    ("Forty countries were invited. Thirty-three of them sent a minister.", 33),
    ("Dua puluh sembilan negara hadir; dua puluh satu di antaranya berjanji membantu.", 21),
    ("- 37 delegations at the table, twenty five of them from Europe", 25),
]


@pytest.mark.parametrize(("text", "value"), SPELLED_PARTS)
def test_sixteenth_set_a_part_spelled_out(text: str, value: int) -> None:
    found = _countries(text)
    assert value in found
    assert value % 10 not in found  # never the unit alone


NOT_PARTS: list[tuple[str, int]] = [
    ("Thirty states attended; forty-two of them were journalists.", 42),
    ("Twenty-six of them arrived late, the porter said.", 26),
]


@pytest.mark.parametrize(("text", "value"), NOT_PARTS)
def test_sixteenth_set_no_part_spelled_out(text: str, value: int) -> None:
    assert value not in _countries(text)
