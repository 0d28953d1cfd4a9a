"""The error classes seen on real reporting, each on short texts written for these tests.

Wrong facts from surface words, facts missed because of how news is written, and
commitments, conditions and positions in ordinary phrasing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract
from willing.ingest.items import Extraction

DAY = dt.date(2026, 1, 22)  # a Thursday


def _run(text: str, published: dt.date = DAY) -> Extraction:
    return extract(text, published=published)


def _values(result: Extraction, item_type: str, *keys: str) -> set[tuple[Any, ...]]:
    return {tuple(i.value.get(k) for k in keys) for i in result.of_type(item_type)}


def _meeting(result: Extraction) -> dict[str, Any]:
    meetings = result.of_type("meeting")
    assert len(meetings) == 1, [m.value for m in meetings]
    return meetings[0].value


# --- wrong facts from surface words ----------------------------------------------------


@pytest.mark.parametrize(
    "header",
    ["Riga Today | 11:05 CET", "Warta Harian Hari Ini - 09:30 WIB", "Baltic Morning Today"],
)
def test_an_outlet_named_with_a_day_word_dates_nothing(header: str) -> None:
    result = _run(f"{header}\n\nDefence ministers met in Vilnius on January 19 to plan drills.")
    assert _values(result, "date", "value") == {("2026-01-19",)}
    assert _meeting(result)["date"] == "2026-01-19"


@pytest.mark.parametrize("clock", ["16:13 WIB", "08.45 WITA", "14:20 CET", "9:05 GMT"])
def test_a_clock_time_is_no_count(clock: str) -> None:
    result = _run(f"Posted {clock}\n\nLeaders gathered in Oslo for talks on the force.")
    assert result.of_type("count") == []
    assert _meeting(result)["heads_count"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv recalled that the Budapest Memorandum of 1994 did not protect it.",
        "Ukraina menilai Memorandum Budapest gagal melindungi negaranya.",
        "Officials said the Minsk agreements had never been carried out by Ukraine's foe.",
    ],
)
def test_a_document_named_after_a_capital_names_no_state(text: str) -> None:
    codes = _values(_run(text), "party", "code")
    assert ("HUN",) not in codes
    assert ("BLR",) not in codes
    assert ("UKR",) in codes


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        (
            "The coalition summit in Madrid was held on Monday. Japan's prime minister "
            "joined by phone.",
            "hybrid",
        ),
        ("KTT koalisi digelar melalui sambungan telepon pada hari Senin.", "virtual"),
        ("Leaders held their summit by phone and video on Monday after storms.", "virtual"),
    ],
)
def test_a_summit_is_not_in_person_when_the_text_says_otherwise(text: str, fmt: str) -> None:
    assert _meeting(_run(text))["format"] == fmt


def test_the_coalition_is_never_the_host() -> None:
    result = _run(
        "A coalition summit was held by video on Tuesday. Canadian Prime Minister "
        "Mark Carney chaired the call."
    )
    assert _meeting(result)["host"] == "CAN"


def test_a_country_pressed_by_others_commits_nothing() -> None:
    result = _run(
        "Japan urged its partners to keep pressing China, which is seen as financing "
        "Russia's war, and pledged $500 million in funding for Ukraine."
    )
    assert _values(result, "commitment", "party", "layer", "domain") == {
        ("JPN", "regenerate", "funding")
    }


# --- facts missed because of how news is written -----------------------------------------


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Menteri Pertahanan Belanda, Ruben Brekelmans, tiba di Kyiv.",
            ("Ruben Brekelmans", "Defence Minister", "NLD"),
        ),
        (
            "Ruben Brekelmans, Menteri Pertahanan Belanda, tiba di Kyiv.",
            ("Ruben Brekelmans", "Defence Minister", "NLD"),
        ),
        (
            "Estonia's defence minister, Hanno Pevkur, arrived in Kyiv.",
            ("Hanno Pevkur", "Defence Minister", "EST"),
        ),
        (
            "Hanno Pevkur, the Estonian Defence Minister, arrived in Kyiv.",
            ("Hanno Pevkur", "Defence Minister", "EST"),
        ),
        (
            "Spain will train engineers, Defence Minister Margarita Robles said.",
            ("Margarita Robles", "Defence Minister", "ESP"),
        ),
    ],
)
def test_roles_set_off_by_commas_in_either_order(text: str, person: tuple[str, str, str]) -> None:
    assert person in _values(_run(text), "person", "name", "role", "party")


def test_an_apposition_names_every_person_of_a_plural_role() -> None:
    result = _run("The U.S. special envoys, Steve Witkoff and Jared Kushner, landed in Kyiv.")
    people = _values(result, "person", "name", "role", "party")
    assert ("Steve Witkoff", "Special Envoy", "USA") in people
    assert ("Jared Kushner", "Special Envoy", "USA") in people


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        (
            "OSLO, Jan 20 (wire) - Defence ministers met after lunch to plan the mission.",
            "Oslo",
            "2026-01-20",
        ),
        (
            "VILNIUS, 19 Januari 2026 - Para menteri bertemu untuk membahas misi udara.",
            "Vilnius",
            "2026-01-19",
        ),
        ("RIGA, Jan 20 - Officials said talks in Riga covered training.", "Riga", "2026-01-20"),
    ],
)
def test_a_dateline_gives_the_meeting_its_date_and_place(text: str, place: str, date: str) -> None:
    meeting = _meeting(_run(text))
    assert (meeting["place"], meeting["date"]) == (place, date)


def test_pledge_counts_are_not_attendance_and_participants_are() -> None:
    result = _run(
        "A total of 31 participants attended Monday's coalition meeting in Rome. "
        "Of those, 22 countries confirmed their readiness to send troops."
    )
    assert _meeting(result)["countries_count"] == 31
    assert ("countries", 22) in _values(result, "count", "measure", "value")


def test_a_size_stated_sentences_later_belongs_to_the_meeting() -> None:
    result = _run(
        "The coalition held a video call on Tuesday, chaired by Britain. The agenda was "
        "air policing. Officials said 19 countries took part."
    )
    assert _meeting(result)["countries_count"] == 19


def test_a_line_without_a_final_stop_is_read() -> None:
    result = _run(
        "Live updates\n\n10:15 GMT - Norway will provide two frigates, Foreign Minister "
        "Espen Barth Eide tells reporters\n\n10:40 GMT - More soon."
    )
    assert ("NOR", "reassure", "sea") in _values(result, "commitment", "party", "layer", "domain")
    assert ("Espen Barth Eide", "Foreign Minister", "NOR") in _values(
        result, "person", "name", "role", "party"
    )


# --- commitments, conditions and positions in ordinary phrasing ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belgia siap mengirim 800 tentara ke Ukraina.", {("BEL", "reassure", "land")}),
        (
            "Irlandia akan memberikan pelatihan dan dana €40 juta untuk Ukraina.",
            {("IRL", "regenerate", "training"), ("IRL", "regenerate", "funding")},
        ),
        ("Norway would send an artillery battery to Ukraine.", {("NOR", "reassure", "land")}),
        (
            "Czechia, Slovakia and Slovenia will contribute instructors to the training mission.",
            {
                ("CZE", "regenerate", "training"),
                ("SVK", "regenerate", "training"),
                ("SVN", "regenerate", "training"),
            },
        ),
        ("Portugal is ready to send personnel to Ukraine.", {("PRT", "reassure", "land")}),
        (
            "The multinational force would operate on land, at sea and in the air.",
            {
                ("COTW", "reassure", "land"),
                ("COTW", "reassure", "sea"),
                ("COTW", "reassure", "air"),
            },
        ),
        (
            "Greece offered a frigate and Croatia a field hospital.",
            {("GRC", "reassure", "sea"), ("HRV", "reassure", "land")},
        ),
    ],
)
def test_commitments_in_ordinary_phrasing(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _values(_run(text), "commitment", "party", "layer", "domain") == expected


def test_several_items_give_one_draft_each() -> None:
    result = _run("Denmark will contribute a frigate and two minehunters to the Black Sea mission.")
    items = sorted(i.value.get("item") for i in result.of_type("commitment"))
    assert items == ["frigate", "minehunters"]


def test_an_attribution_stays_in_its_sentence() -> None:
    result = _run(
        "The U.S. defence secretary said the United States would provide intelligence to "
        "the force. Britain, by contrast, will send troops once a peace deal is signed."
    )
    assert _values(result, "commitment", "party", "layer", "domain") == {
        ("USA", "backstop", "intelligence"),
        ("GBR", "reassure", "land"),
    }


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Most allies are still waiting for clarity on the American role.",
            "us-backstop",
        ),
        (
            "Banyak negara masih menunggu kejelasan soal peran Amerika Serikat.",
            "us-backstop",
        ),
        ("Austria will send medics once a peace agreement is reached.", "peace-agreement"),
        ("Swedia siap mengirim pesawat jika kesepakatan damai tercapai.", "peace-agreement"),
        ("Latvia will send troops, subject to approval by the Saeima.", "parliament:LVA"),
    ],
)
def test_conditions_in_ordinary_phrasing(text: str, code: str) -> None:
    assert (code,) in _values(_run(text), "condition", "code")


@pytest.mark.parametrize(
    ("text", "position"),
    [
        (
            "Moscow warned that any foreign troops in Ukraine would be treated as lawful targets.",
            ("RUS", "foreign-troops", "oppose"),
        ),
        (
            "Rusia menegaskan pasukan asing di Ukraina akan dianggap sebagai sasaran yang sah.",
            ("RUS", "foreign-troops", "oppose"),
        ),
        ("Finland said borders may not be changed by force.", ("FIN", "territory", "oppose")),
        (
            "Ukraina menegaskan perbatasan tidak boleh diubah dengan kekerasan.",
            ("UKR", "territory", "oppose"),
        ),
        (
            "Russia said it would not withdraw its forces from the parts of Donetsk it holds.",
            ("RUS", "territory", "support"),
        ),
        (
            "Kyiv refused to withdraw its troops from the parts of Donbas it still controls.",
            ("UKR", "territory", "oppose"),
        ),
    ],
)
def test_positions_in_ordinary_phrasing(text: str, position: tuple[str, str, str]) -> None:
    assert position in _values(_run(text), "position", "party", "issue", "stance")
