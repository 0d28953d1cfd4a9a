"""Phrasing classes from the eighth sealed set (now `gold/s8-*`), for people, meetings,
figures, counts and dates: each class is probed with sentences written for the concept, in
other words than any article's (see docs/ingest.md, "Phrasing classes from the eighth
sealed set: meetings, people and figures")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willing.ingest import extract
from willing.ingest.items import Extraction

from . import phrasing

DAY = dt.date(2026, 12, 6)


def _run(text: str, published: dt.date = DAY) -> Extraction:
    return extract(text, published=published)


def _people(text: str) -> set[tuple[Any, ...]]:
    return phrasing.people(_run(text))


def _meetings(text: str) -> list[dict[str, Any]]:
    return phrasing.meetings(_run(text))


def _has_meeting(text: str, expected: dict[str, Any]) -> bool:
    return phrasing.has_meeting(_run(text), expected)


# --- people: the state of what the person says, across a clause or an object ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Defence Minister Anneli Korva, who flew in on Monday, said Finland will send "
            "engineers.",
            ("Anneli Korva", "Defence Minister", "FIN"),
        ),
        (
            "Foreign Minister Jonas Baltrus told the assembled envoys that Lithuania would "
            "host the hub.",
            ("Jonas Baltrus", "Foreign Minister", "LTU"),
        ),
        (
            "Menteri Pertahanan Rui Almeida, yang tiba pagi tadi, menegaskan bahwa Portugal "
            "siap mengirim kapal.",
            ("Rui Almeida", "Defence Minister", "PRT"),
        ),
        (
            "Prime Minister Eva Lindqvist assured the parliament that Sweden will pay its share.",
            ("Eva Lindqvist", "Prime Minister", "SWE"),
        ),
    ],
)
def test_the_state_the_person_speaks_for(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


def test_a_state_inside_the_clause_is_not_the_speakers() -> None:
    people = _people(
        "Defence Minister Karl Braun, who met the Polish envoy, said the talks went well."
    )
    assert ("Karl Braun", "Defence Minister", None) in people


# --- people: the role after the name, a state owning the ministry -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lars Halvorsen, spokesman of the Norwegian Defence Ministry, declined to comment.",
            ("Lars Halvorsen", "Spokesperson", "NOR"),
        ),
        (
            "- Ana Petrescu, Romanian foreign ministry spokeswoman, 3 December.",
            ("Ana Petrescu", "Spokesperson", "ROU"),
        ),
        (
            "Kenji Sato, juru bicara Kementerian Luar Negeri Jepang, mengatakan Tokyo mendukung "
            "misi itu.",
            ("Kenji Sato", "Spokesperson", "JPN"),
        ),
        (
            "Croatia abstained. Its finance minister, Petra Horvat, told the call that Zagreb "
            "would not pay.",
            ("Petra Horvat", "Minister", "HRV"),
        ),
        (
            "Menteri Keuangan Belanda Eelco Vos mengatakan anggaran sudah siap.",
            ("Eelco Vos", "Minister", "NLD"),
        ),
    ],
)
def test_a_role_and_its_ministry(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


# --- people: titles (abbreviated, with a rank, a regnal number, a posting) --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dutch FM Sanne de Wit: the Netherlands will train pilots.",
            ("Sanne de Wit", "Foreign Minister", "NLD"),
        ),
        (
            "Latvia's Chief of Defence General Kaspars Pudans visited the base.",
            ("Kaspars Pudans", "Chief of Defence", "LVA"),
        ),
        (
            "His Majesty King Harald V of Norway received the crew.",
            ("Harald V", "King", "NOR"),
        ),
        (
            "Duta Besar Polandia untuk Indonesia Marek Kowalski hadir dalam seminar itu.",
            ("Marek Kowalski", "Ambassador", "POL"),
        ),
    ],
)
def test_titles(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


def test_a_salutation_names_nobody() -> None:
    assert not _people("Mr President, Mrs Kovacs, excellencies, ladies and gentlemen,")


# --- people: office-holders named without their state; members by faction --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Menteri Pertahanan Sjafrie Sjamsoeddin berbicara kepada wartawan.",
            ("Sjafrie Sjamsoeddin", "Defence Minister", "IDN"),
        ),
        (
            "Defence Minister Pål Jonson said the brigade is ready.",
            ("Pål Jonson", "Defence Minister", "SWE"),
        ),
        ("Wang Yi spoke with his counterpart by telephone.", ("Wang Yi", None, "CHN")),
        ("Penny Wong said the offer still stands.", ("Penny Wong", None, "AUS")),
        (
            "Rizki Natakusumah (Fraksi Demokrat): Apakah pemerintah sudah memutuskan?",
            ("Rizki Natakusumah", None, "IDN"),
        ),
        (
            "Anggota Komisi I Nurul Arifin (Fraksi Golkar) menanyakan biaya misi.",
            ("Nurul Arifin", None, "IDN"),
        ),
    ],
)
def test_office_holders_and_members(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text)


# --- meetings: a meeting cited deep in a text keeps no format ---------------------------


def _paragraphs(*lines: str) -> str:
    return "\n\n".join(lines)


@pytest.mark.parametrize(
    "text",
    [
        _paragraphs(
            "Notice to residents.",
            "Night flights resume on Monday.",
            "Runway works end this week.",
            "The schedule was agreed at a meeting of the logistics cell in Riga on 2 December.",
        ),
        _paragraphs(
            "Pengumuman untuk warga.",
            "Jalan ditutup sementara.",
            "Parkir dipindahkan ke lapangan barat.",
            "Jadwal itu disepakati dalam rapat kelompok kerja di Vilnius pada 1 Desember.",
        ),
    ],
)
def test_a_meeting_cited_in_passing_has_no_format(text: str) -> None:
    found = _meetings(text)
    assert found
    assert all(m.get("format") is None for m in found), found


def test_the_meeting_reported_at_the_top_was_held_there() -> None:
    text = _paragraphs(
        "Leaders met in Riga on 2 December to agree the plan.", "The talks ran late."
    )
    assert _has_meeting(text, {"date": "2026-12-02", "place": "Riga", "format": "in_person"})


# --- meetings: sittings and gatherings; officials together at a place on a day ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A follow-up session is planned in Tallinn in February 2027, chaired by Estonia.",
            {"date": "2027-02", "place": "Tallinn", "host": "EST"},
        ),
        (
            "The Vilnius gathering on 3 December drew envoys from 19 countries.",
            {"date": "2026-12-03", "place": "Vilnius", "countries_count": 19},
        ),
        (
            "Sesi lanjutan dijadwalkan di Helsinki pada 8 Desember 2026.",
            {"date": "2026-12-08", "place": "Helsinki"},
        ),
        (
            "The roadmap endorsed by foreign ministers in Prague on 30 November sets three phases.",
            {"date": "2026-11-30", "place": "Prague", "host": "CZE"},
        ),
        (
            "Para menteri pertahanan menyepakati rencana itu di Roma pada 27 November.",
            {"date": "2026-11-27", "place": "Rome"},
        ),
        (
            "Chiefs of defence reviewed the plans at Brussels on Tuesday, 1 December.",
            {"date": "2026-12-01", "place": "Brussels"},
        ),
    ],
)
def test_sittings_and_officials_together(text: str, expected: dict[str, Any]) -> None:
    assert _has_meeting(text, expected), _meetings(text)


def test_officials_in_another_clause_are_no_meeting() -> None:
    assert not _meetings("Leaders, who had spoken by phone on 4 December, said they were ready.")


# --- meetings: the part at leaders' level; a host at a distance -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said 31 countries attended, 19 at head of state or government level.", 19),
        ("The summit in Oslo on 3 December drew 26 countries, 15 of them at leaders' level.", 15),
        (
            "KTT di Madrid pada 2 Desember dihadiri dua puluh negara, dan enam belas di "
            "antaranya diwakili langsung oleh presiden atau perdana menteri.",
            16,
        ),
    ],
)
def test_the_part_at_leaders_level(text: str, expected: int) -> None:
    assert ("heads", expected) in phrasing.counts(_run(text))


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("The video summit on 1 December drew 24 countries. The virtual host was Canada.", "CAN"),
        (
            "Konferensi video pada 2 Desember diikuti 20 negara. Tuan rumah virtualnya Prancis.",
            "FRA",
        ),
        ("Leaders met by video on 2 December in a call hosted virtually by Japan.", "JPN"),
    ],
)
def test_a_host_at_a_distance(text: str, host: str) -> None:
    assert _has_meeting(text, {"host": host}), _meetings(text)


# --- meetings: another meeting; a title with its place and day --------------------------


def test_the_next_meeting_is_another() -> None:
    text = (
        "The summit in Paris on 4 December ended late. The next summit is planned in Madrid "
        "in March 2027."
    )
    assert _has_meeting(text, {"date": "2026-12-04", "place": "Paris"})
    assert _has_meeting(text, {"date": "2027-03", "place": "Madrid"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _paragraphs(
                "AGENDA",
                "Leaders' Meeting on Ukraine",
                "Lisbon, Thursday, 17 December 2026",
                "09.00 Arrival of delegations.",
            ),
            {"date": "2026-12-17", "place": "Lisbon"},
        ),
        (
            _paragraphs(
                "FLASH - UKRAINE LEADERS SUMMIT, BERLIN",
                "All times CET. Friday 4 December 2026. Lines as received.",
                "0800 - Leaders arrive.",
            ),
            {"date": "2026-12-04", "host": "DEU"},
        ),
    ],
)
def test_a_title_and_its_line_of_place_and_day(text: str, expected: dict[str, Any]) -> None:
    assert _has_meeting(text, expected), _meetings(text)


# --- dates: the year of a day without one; a weekday in brackets; years alone -----------


def _dates(text: str) -> set[str]:
    return {i.value["value"] for i in _run(text).of_type("date")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day a few weeks either side keeps its year, whatever the tense
        ("Talks will test whether the truce of 28 November holds.", "2026-11-28"),
        (
            "Kemlu telah menyatakan misi baru dimulai jika gencatan senjata bertahan hingga "
            "20 Desember.",
            "2026-12-20",
        ),
        ("Next week: the summit in Oslo on 9 December, hosted by Norway.", "2026-12-09"),
        (
            "The flights start only if the ceasefire that took effect on 2 December still "
            "holds on 12 December.",
            "2026-12-02",
        ),
        # a weekday inside the brackets of a date
        ('1. Berita "Menhan Bertemu di Roma" (Senin, 30/11/2026)', "2026-11-30"),
        ('2. Berita "Kapal Berangkat" (Selasa, 1/12)', "2026-12-01"),
        # years alone: after a preposition, a season, or in brackets
        ("Germany will fund the brigade from 2027.", "2027"),
        ("The next exercise is planned in spring 2027.", "2027"),
        ("Latihan berikutnya dijadwalkan pada musim semi 2027.", "2027"),
        ("UNPROFOR di Bosnia (1992-1995)", "1995"),
        ("Kosovo (1999)", "1999"),
        # the tense of another clause says nothing of this day's
        (
            "Parliament debates the contribution on Tuesday; the minister said it was ready.",
            "2026-12-08",
        ),
        ("Para menteri akan bertemu besok di Roma.", "2026-12-07"),
    ],
)
def test_dates(text: str, expected: str) -> None:
    assert expected in _dates(text), _dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "See you tomorrow.",
        "Tidak hari ini, tidak besok, tidak dalam perjanjian apa pun.",
        "Seorang mahasiswa bertanya apakah pasukan itu akan berangkat besok.",
        'Ankara is ready to host talks "tomorrow, if both sides agree".',
    ],
)
def test_a_day_as_a_figure_of_speech_is_no_date(text: str) -> None:
    assert not _dates(text)


# --- figures: numbers in words with a scale or a range, a sum and a number, adjectives ---


def _figures(text: str) -> set[tuple[Any, ...]]:
    return phrasing.figures(_run(text))


def _ranges(text: str) -> set[tuple[Any, ...]]:
    return {
        (i.value["kind"], i.value["low"], i.value["high"]) for i in _run(text).of_type("figure")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lima belas ribu tentara akan dikerahkan ke barat Dnipro.", ("troops", 15000)),
        ("Twenty thousand soldiers could be needed for the first rotation.", ("troops", 20000)),
        ("Planners speak of a hundred thousand troops.", ("troops", 100000)),
        ("Spain offers €250 million and 150 engineers.", ("troops", 150)),
        ("Spain offers €250 million and 150 engineers.", ("money", 250000000)),
        ("Belanda memberikan 300 juta euro dan 100 instruktur.", ("troops", 100)),
        ("Sweden will base three Swedish naval vessels at Constanta.", ("ships", 3)),
        ("Warsaw sends 200 Polish military engineers.", ("troops", 200)),
        ("The Netherlands pledged two Dutch mine countermeasure vessels.", ("ships", 2)),
        ("Twenty million pounds will go to demining.", ("money", 20000000)),
        ("Jerman menyumbang dua miliar euro untuk pertahanan udara.", ("money", 2000000000)),
    ],
)
def test_figures(text: str, expected: tuple[Any, ...]) -> None:
    found = {(f[0], f[1]) for f in _figures(text)}
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Denmark will send four to six frigates.", ("ships", 4, 6)),
        ("Italia menyiapkan tiga hingga lima kapal.", ("ships", 3, 5)),
    ],
)
def test_ranges_in_words(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _ranges(text), _ranges(text)


# --- meetings: what went online is no meeting's format; who leads the coalition ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since the Lisbon summit on 4 December, rumours have circulated online.",
            {"date": "2026-12-04", "place": "Lisbon"},
        ),
        (
            "Sejak KTT Madrid pada 2 Desember, hoaks beredar luas secara daring.",
            {"date": "2026-12-02", "place": "Madrid"},
        ),
        ("Ministers met online on 3 December.", {"date": "2026-12-03", "format": "virtual"}),
    ],
)
def test_what_went_online(text: str, expected: dict[str, Any]) -> None:
    assert _has_meeting(text, expected), _meetings(text)
    assert expected.get("format") == "virtual" or not any(
        m.get("format") == "virtual" for m in _meetings(text)
    )


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("The coalition led by Britain and France met again in Rome on 20 October.", "ITA"),
        ("Koalisi yang dipimpin Inggris dan Prancis bertemu lagi di Roma pada 20 Oktober.", "ITA"),
        ("The meeting in Rome on 20 October was chaired by Britain.", "GBR"),
    ],
)
def test_who_leads_the_coalition_is_no_host(text: str, host: str) -> None:
    assert _has_meeting(text, {"date": "2026-10-20", "host": host}), _meetings(text)


# --- people: officers named with their armed forces, retired ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oleh Letjen TNI (Purn.) Bambang Wiratmoko", ("Bambang Wiratmoko", None, "IDN")),
        ("Mayjen TNI Agus Subiyanto meninjau pasukan.", ("Agus Subiyanto", None, "IDN")),
        (
            "Laksda TNI (Purn.) Budi Santoso menilai misi itu berisiko.",
            ("Budi Santoso", None, "IDN"),
        ),
        (
            "Major General (ret.) Jan Kowalski of Poland said the plan was sound.",
            ("Jan Kowalski", None, "POL"),
        ),
    ],
)
def test_officers_with_their_forces(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text), _people(text)


# --- people: a known person by surname alone ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "0831 FLASH - Zelenskyy arrives, says Ukraine needs dates.",
            ("Volodymyr Zelenskyy", None, "UKR"),
        ),
        ("Putin said nothing about the force.", ("Vladimir Putin", None, "RUS")),
        ("Menurut Erdogan, Turki siap mengawal kapal.", ("Recep Tayyip Erdoğan", None, "TUR")),
    ],
)
def test_a_known_person_by_surname(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in _people(text), _people(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ambassador of Costa Rica spoke first.",
        "Sarah Cooper, a local teacher, said the town was proud.",
    ],
)
def test_a_surname_inside_another_name_is_nobody_known(text: str) -> None:
    assert not _people(text)


# --- counts: a number of office-holders who met stands for their states -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Defence ministers prefer caution. When twelve of them met in Oslo on 3 December, "
            "the mood was tense.",
            12,
        ),
        (
            "Para menteri keuangan berbeda pendapat. Sembilan di antaranya bertemu secara "
            "virtual pada 2 Desember.",
            9,
        ),
    ],
)
def test_officials_of_them_who_met(text: str, expected: int) -> None:
    assert ("countries", expected) in phrasing.counts(_run(text))


def test_officials_of_them_who_did_not_meet_count_nothing() -> None:
    assert not phrasing.counts(_run("Ministers disagree. Five of them want more time."))


# --- meetings: the account of a meeting goes on past the sentence of its size -----------


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        (
            "Leaders met in Vienna on 3 December. Twenty countries sat at the table. Japan and "
            "Korea, among others, joined by video.",
            "hybrid",
        ),
        (
            "Para pemimpin bertemu di Wina pada 3 Desember. Dua puluh negara duduk di satu meja. "
            "Jepang dan Korea, antara lain, bergabung melalui video.",
            "hybrid",
        ),
        (
            "Leaders met in Vienna on 3 December. The weather was cold. The food was good. "
            "Japan joined by video.",
            "in_person",
        ),
    ],
)
def test_the_account_of_a_meeting_goes_on(text: str, fmt: str) -> None:
    assert _has_meeting(text, {"date": "2026-12-03", "format": fmt}), _meetings(text)
