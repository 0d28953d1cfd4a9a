"""Phrasing classes from the fifth sealed set (now `gold/s5-*`), for figures, counts, people
and meetings: each class is tested with short sentences written for the class (not taken
from any article), then with fresh probes in other words (see docs/ingest.md, "Phrasing
classes from the fifth sealed set: figures, people and meetings")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract
from willing.ingest.items import Extraction

from . import phrasing

DAY = dt.date(2027, 3, 10)


def _run(text: str) -> Extraction:
    return extract(text, published=DAY)


def _figures(text: str) -> set[tuple[Any, ...]]:
    return phrasing.figures(_run(text))


def _counts(text: str) -> set[tuple[Any, ...]]:
    return phrasing.counts(_run(text))


# --- figures: a sum no word measures is money given (funding) ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of setting money aside
        (
            "Austria has earmarked 90 million euros for Ukrainian field hospitals.",
            (90000000, "EUR"),
        ),
        # a line of a list under a heading
        ("Contributions so far:\n\n- Ireland: €75 million\n- Malta: €5 million", (75000000, "EUR")),
        # Indonesian, a verb of financing far before the sum
        (
            "Korea Selatan akan mendanai perbaikan jembatan dan rel kereta di wilayah timur "
            "Ukraina senilai 120 juta dolar AS.",
            (120000000, "USD"),
        ),
        # fresh probes, written after the rule (3 of 3 passed before any further change)
        ("Lisbon promised another 45 million euros in January.", (45000000, "EUR")),
        ("Dana tambahan: Portugal 30 juta euro, Yunani 20 juta euro.", (30000000, "EUR")),
        ("Ottawa committed C$250 million, officials confirmed.", (250000000, "CAD")),
    ],
)
def test_a_sum_no_word_measures_is_funding(text: str, expected: tuple[int, str]) -> None:
    value, unit = expected
    assert ("money", value, unit, "funding") in _figures(text)


def test_a_sum_a_word_measures_keeps_its_measure() -> None:
    found = _figures("Spain will raise its defence budget to €20 billion.")
    assert ("money", 20000000000, "EUR", "defence_spending") in found


# --- figures: every way to say a number of troops or aircraft ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hundreds in words
        ("Ireland will send three hundred soldiers to the coalition force.", ("troops", 300)),
        ("Austria mengirim dua ratus prajurit untuk misi itu.", ("troops", 200)),
        # trainers counted as personnel
        ("Lithuania has offered 60 instructors for Ukrainian brigades.", ("troops", 60)),
        # jets named by their model alone, in the plural
        ("Norway will lend six F-35s to the air mission.", ("aircraft", 6)),
        ("Denmark put forward two Gripens and a tanker.", ("aircraft", 2)),
        # fresh probes, written after the rule (4 of 4 passed before any further change)
        ("Finlandia menyiapkan lima ratus personel untuk rotasi pertama.", ("troops", 500)),
        ("Some seventy trainers from Estonia are already in western Ukraine.", ("troops", 70)),
        ("The Dutch will station eight F-16s at the Romanian base.", ("aircraft", 8)),
        ("Polandia menawarkan empat Mirage untuk patroli udara.", ("aircraft", 4)),
    ],
)
def test_numbers_in_words_trainers_and_jets_by_model(text: str, expected: tuple[str, int]) -> None:
    kind, value = expected
    assert (kind, value, kind, None) in _figures(text)


# --- figures: a currency's code in capitals before the sum -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada will add CAD 90 million for winter fuel.", (90000000, "CAD")),
        ("- Sweden: SEK 2 billion", (2000000000, "SEK")),
        ("Jepang menyumbang USD 300 juta untuk pembersihan ranjau.", (300000000, "USD")),
        # fresh probes, written after the rule (3 of 3 passed before any further change)
        ("Switzerland set aside CHF 40 million for demining.", (40000000, "CHF")),
        ("Warsaw has budgeted PLN 900 million for the corridor.", (900000000, "PLN")),
        ("Inggris menambah GBP 75 juta lagi.", (75000000, "GBP")),
    ],
)
def test_a_currency_code_before_the_sum(text: str, expected: tuple[int, str]) -> None:
    value, unit = expected
    assert ("money", value, unit, "funding") in _figures(text)


def test_capitals_before_a_number_that_are_no_currency_stay_a_model() -> None:
    assert not _figures("The army bought more of the JAS 39 fighters.")


# --- people: the ministry a spokesperson speaks for, bylines, transcript labels ----------


def _people(text: str) -> set[tuple[Any, ...]]:
    return phrasing.people(_run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ministry (and its state) between the role and the name
        (
            "Juru Bicara Kementerian Pertahanan Polandia Janusz Sejmej menolak tuduhan itu.",
            ("Janusz Sejmej", "Spokesperson", "POL"),
        ),
        (
            "Juru Bicara Kemenhan RI, Frega Wenas, membantah kabar itu.",
            ("Frega Wenas", "Spokesperson", "IDN"),
        ),
        # "RI" for Indonesia after a role
        (
            "Menteri Pertahanan RI Sjafrie Sjamsoeddin tiba di Paris.",
            ("Sjafrie Sjamsoeddin", "Defence Minister", "IDN"),
        ),
        # a byline: "By"/"Oleh" is not part of the name; "of the ..." names the state
        (
            "By Elina Valtonen, Minister of Foreign Affairs of Finland\n\nWe will help.",
            ("Elina Valtonen", "Foreign Minister", "FIN"),
        ),
        (
            "Oleh Radosław Sikorski, Menteri Luar Negeri Polandia\n\nKami siap.",
            ("Radosław Sikorski", "Foreign Minister", "POL"),
        ),
        # a transcript's speaker label in capitals
        (
            "PETE HEGSETH, DEFENSE SECRETARY: We are not sending troops.",
            ("PETE HEGSETH", "Defence Minister", None),
        ),
        # fresh probes, written after the rule (5 of 6 passed before any further change; the
        # ministry after "for the" and its state after "of" were added for the sixth)
        (
            "Juru Bicara Kemenlu Rusia Maria Zakharova kembali mengancam.",
            ("Maria Zakharova", "Spokesperson", "RUS"),
        ),
        ("Menlu RI Sugiono menerima tamunya di Jakarta.", ("Sugiono", "Foreign Minister", "IDN")),
        (
            "By Antti Häkkänen, Minister of Defence of Finland\n\nText.",
            ("Antti Häkkänen", "Defence Minister", "FIN"),
        ),
        (
            "JOHN HEALEY, DEFENCE SECRETARY: We will lead.",
            ("JOHN HEALEY", "Defence Minister", None),
        ),
        (
            "Oleh Hakan Fidan, Menteri Luar Negeri Turki\n\nKami siap.",
            ("Hakan Fidan", "Foreign Minister", "TUR"),
        ),
        (
            "Spokeswoman for the Foreign Ministry of Estonia Kati Rebane said the offer stands.",
            ("Kati Rebane", "Spokesperson", "EST"),
        ),
    ],
)
def test_ministries_bylines_and_speaker_labels(text: str, expected: tuple[Any, ...]) -> None:
    name, role, party = expected
    found = {(n.casefold(), r, p) for n, r, p in _people(text)}
    assert (name.casefold(), role, party) in found or (
        party is None and any(n == name.casefold() and r == role for n, r, _ in found)
    )


def test_capitals_that_open_no_label_are_no_name() -> None:
    assert not _people("NATO AND THE EU, Defence Minister said nothing.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Interview: Estonia's defence minister on the new brigade\n\n"
            "HOST: Thank you for coming.\n\nHANNO PEVKUR, DEFENCE MINISTER: Glad to be here.",
            ("HANNO PEVKUR", "Defence Minister", "EST"),
        ),
        (
            "Menteri Luar Negeri Belanda berbicara soal bantuan militer\n\n"
            "Menteri Luar Negeri David van Weel mengatakan bantuan terus berjalan.",
            ("David van Weel", "Foreign Minister", "NLD"),
        ),
        # fresh probes, written after the rule (1 of 2 passed before any further change: a
        # state ending a headline was read as the state of the role opening the next line)
        (
            "Q&A with Norway's foreign minister\n\nQ: What will Oslo give?\n\n"
            "ESPEN BARTH EIDE, FOREIGN MINISTER: Money, and ships.",
            ("ESPEN BARTH EIDE", "Foreign Minister", "NOR"),
        ),
        (
            "Wawancara khusus dengan Duta Besar Jepang untuk Indonesia\n\n"
            "Duta Besar Masaki Yasushi menyebut Tokyo siap membantu.",
            ("Masaki Yasushi", "Ambassador", "JPN"),
        ),
    ],
)
def test_a_role_named_with_its_state_elsewhere_gives_the_state(
    text: str, expected: tuple[Any, ...]
) -> None:
    assert expected in _people(text)


# --- counts and figures: "in numbers" lists, a number, a colon, then what it counts ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pertemuan dalam angka\n\n27: negara yang mengirim delegasi.", ("count", "countries", 27)),
        ("By the numbers\n\n12: heads of government who came in person.", ("count", "heads", 12)),
        (
            "The summit in figures\n\n4,000: troops promised for the force.",
            ("figure", "troops", 4000),
        ),
        # fresh probes, written after the rule (3 of 3 passed before any further change)
        ("KTT Roma dalam angka\n\n41: delegasi yang terdaftar.", ("count", "countries", 41)),
        (
            "Five numbers from Oslo\n\n2,500: soldiers Norway can put on standby.",
            ("figure", "troops", 2500),
        ),
        ("Angka-angka penting\n\n8: kapal perang yang dijanjikan.", ("figure", "ships", 8)),
    ],
)
def test_a_number_a_colon_and_what_it_counts(text: str, expected: tuple[str, str, int]) -> None:
    kind, measure, value = expected
    found = _counts(text) if kind == "count" else {(k, v) for k, v, _, _ in _figures(text)}
    assert (measure, value) in found


def test_a_colon_after_a_number_inside_a_sentence_counts_nothing() -> None:
    assert not _counts("The vote was 27: countries abstained were not named.")


# --- counts: heads among the countries just counted, with a verb between ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thirty delegations came; 14 of them brought their heads of government.", ("heads", 14)),
        ("Sebanyak 31 negara hadir, 9 di antaranya mengirim kepala negara.", ("heads", 9)),
        # fresh probes, written after the rule (1 of 3 passed before any further change: the
        # Indonesian possessive "-nya" and a fourth word between were added for the others)
        (
            "Delegations from 28 countries were there, and 17 of them were led by presidents "
            "or prime ministers.",
            ("heads", 17),
        ),
        (
            "Dari 26 negara peserta, 12 di antaranya diwakili langsung oleh pemimpinnya.",
            ("heads", 12),
        ),
        (
            "Ministers of 29 nations met; eleven of them had flown in their heads of state.",
            ("heads", 11),
        ),
    ],
)
def test_heads_among_the_countries_after_a_verb(text: str, expected: tuple[str, int]) -> None:
    assert expected in _counts(text)


def test_a_part_of_the_countries_doing_something_else_stays_countries() -> None:
    assert ("countries", 6) in _counts("Some 30 countries attended and 6 of them joined online.")


# --- dates: a month named with early/late, and a month ahead in an obligation ------------


def _dates(text: str) -> set[str]:
    return {i.value["value"] for i in _run(text).of_type("date")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dokumen itu disusun pada awal Maret.", "2027-03"),
        ("Pembayaran tahap kedua dijadwalkan pada akhir Mei.", "2027-05"),
        ("The second tranche is to be paid in June.", "2027-06"),
        # fresh probes, written after the rule (2 of 3 passed; the third, "Rapat berikutnya
        # digelar pada pertengahan Juli", still reads the month back: see docs/ingest.md)
        ("Deliveries shall begin in late August, the ministry said.", "2027-08"),
        ("Rencana itu sudah dibahas sejak akhir Januari.", "2027-01"),
    ],
)
def test_months_early_late_and_ahead(text: str, expected: str) -> None:
    assert expected in _dates(text)


# --- meetings: a bilateral meeting of ministers; a venue, then its city -----------------


def _meetings(text: str) -> list[dict[str, Any]]:
    return [i.value for i in extract(text, published=dt.date(2027, 2, 25)).of_type("meeting")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Menteri Luar Negeri Jepang dan Menteri Luar Negeri Polandia menggelar pertemuan "
            "bilateral di Hotel Bristol, Warsawa, Kamis (18/2/2027).",
            ("2027-02-18", "POL"),
        ),
        (
            "The two defence ministers held a bilateral meeting at the Palace of Culture, "
            "Helsinki, on February 16, 2027.",
            ("2027-02-16", "FIN"),
        ),
    ],
)
def test_a_bilateral_meeting_at_a_venue_in_a_city(text: str, expected: tuple[str, str]) -> None:
    assert [(m["date"], m["host"]) for m in _meetings(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "KTT koalisi digelar di Oslo, Selasa (23/2/2027).\n\n"
        "12: kepala pemerintahan yang datang langsung ke Oslo.",
        "The coalition summit opened in Oslo on February 23, 2027. Twelve heads of government "
        "came in person.",
    ],
)
def test_heads_who_came_in_person_are_the_meetings(text: str) -> None:
    assert [m["heads_count"] for m in _meetings(text)] == [12]


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # fresh probes for attendance in other words (3 of 3 passed before any change)
        (
            "Rome hosted the coalition leaders on Thursday, March 4, 2027. Fifteen heads of "
            "state travelled to the Italian capital.",
            "heads_count",
            15,
        ),
        (
            "Pertemuan para menteri koalisi berlangsung di Praha, Rabu (3/3/2027). Sebanyak 22 "
            "delegasi datang.",
            "countries_count",
            22,
        ),
        (
            "The coalition meeting in Riga on March 2, 2027 drew ministers from 18 countries.",
            "countries_count",
            18,
        ),
    ],
)
def test_attendance_in_other_words(text: str, field: str, value: int) -> None:
    assert [m[field] for m in _meetings(text)] == [value]


def test_a_state_leading_a_force_component_does_not_host_the_meeting() -> None:
    text = (
        "Menteri Luar Negeri kedua negara bertemu di Hotel Mulia, Jakarta, Senin (22/2/2027).\n\n"
        "Prancis akan memimpin komponen darat pasukan koalisi bersama Inggris."
    )
    assert [m["host"] for m in _meetings(text)] == ["IDN"]


# --- figures: a list headed by what it counts ("Troops pledged: France 2,000, ...") ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SCORECARD\n\nSoldiers offered: Spain 800, Portugal 300.",
            {("troops", 800), ("troops", 300)},
        ),
        ("Kapal yang dijanjikan: Belanda 2, Denmark 1.", {("ships", 2), ("ships", 1)}),
        # fresh probes, written after the rule (3 of 3 passed before any further change)
        (
            "Aircraft promised: Norway 6, Finland 4 and Denmark 2.",
            {("aircraft", 6), ("aircraft", 4), ("aircraft", 2)},
        ),
        (
            "Pasukan: Prancis 2.000, Inggris 1.500; Turki belum memutuskan.",
            {("troops", 2000), ("troops", 1500)},
        ),
        ("Frigates on offer: Spain 1, Italy 2.", {("ships", 1), ("ships", 2)}),
    ],
)
def test_a_list_headed_by_what_it_counts(text: str, expected: set[tuple[str, int]]) -> None:
    assert expected <= {(k, v) for k, v, _, _ in _figures(text)}


def test_a_heading_word_before_a_date_counts_nothing() -> None:
    assert not _figures("Troops: none yet, officials said on Monday 12 March.")


def test_a_later_meeting_given_only_a_month_takes_that_month() -> None:
    text = (
        "Riga, 2 March 2027\n\n"
        "The defence ministers of 20 countries met in Riga on 2 March 2027.\n\n"
        "Their next meeting will take place in Oslo in May, hosted by Norway."
    )
    found = {m["place"]: m["date"] for m in _meetings(text)}
    assert found == {"Riga": "2027-03-02", "Oslo": "2027-05"}


def test_probe_a_next_meeting_in_a_month_in_indonesian() -> None:
    # a fresh probe, written after the rule (1 of 3 passed; "planned for Madrid in
    # September" and "agreed to meet again in Vilnius in April" still fail: docs/ingest.md)
    text = (
        "Para menteri bertemu di Praha, Selasa (9/3/2027). Kementerian menyebut pertemuan "
        "berikutnya akan digelar di Roma pada bulan Juni."
    )
    found = [i.value for i in extract(text, published=dt.date(2027, 3, 10)).of_type("meeting")]
    assert {m["place"]: m["date"] for m in found} == {"Prague": "2027-03-09", "Rome": "2027-06"}
