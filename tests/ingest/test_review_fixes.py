"""Meeting formats with a remote participant, paragraph-ending promotions, short texts."""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import Extraction, extract
from willing.ingest.language import detect
from willing.ingest.normalise import normalise

JAN_7 = dt.date(2026, 1, 7)


def _formats(text: str) -> list[str | None]:
    return [m.value["format"] for m in extract(text, published=JAN_7).of_type("meeting")]


def test_kyiv_advisers_meeting_is_hybrid(seed_january: Extraction) -> None:
    kyiv, paris = (
        [m for m in seed_january.of_type("meeting") if m.value["place"] == p][0]
        for p in ("Kyiv", "Paris")
    )
    assert kyiv.value["format"] == "hybrid"
    start, end = kyiv.value["evidence"]["format"]
    assert seed_january.text[start:end].endswith("secara virtual")
    assert paris.value["format"] == "in_person"  # the Witkoff sentence follows Kyiv, not Paris


@pytest.mark.parametrize(
    ("text", "formats"),
    [
        (
            "Defence ministers met in London on Monday. The U.S. envoy joined by video.",
            ["hybrid"],
        ),
        (
            "Defence ministers met in London on Monday, and Canada's minister joined virtually.",
            ["hybrid"],
        ),
        (
            "Para menteri berkumpul di Roma pada hari Senin. Wakil AS hadir secara daring.",
            ["hybrid"],
        ),
        # no one joined from afar: in person stays in person
        ("Defence ministers met in London on Monday. The talks lasted four hours.", ["in_person"]),
        # a virtual meeting stays virtual
        (
            "Para menteri bertemu secara virtual pada hari Senin. Wakil AS hadir secara daring.",
            ["virtual"],
        ),
        # two sentences on: no longer about the meeting
        (
            "Defence ministers met in London on Monday. The ministers then left for dinner. "
            "Later, a U.S. official joined by video a separate call.",
            ["in_person"],
        ),
    ],
)
def test_a_remote_participant_makes_an_in_person_meeting_hybrid(
    text: str, formats: list[str]
) -> None:
    assert _formats(text) == formats


def test_a_promotion_ending_a_paragraph_is_removed() -> None:
    text, dropped = normalise(
        "Rusia tidak hadir. Simak artikel informatif lainnya di Mureks melalui mureks.co.id.\n"
        "Paragraf kedua tetap utuh."
    )
    assert text == "Rusia tidak hadir.\nParagraf kedua tetap utuh."
    assert dropped == 1


def test_a_promotion_ending_an_html_paragraph_is_removed() -> None:
    page = (
        "<html><body><article><p>Para pemimpin berkumpul di Paris pada Rabu, 7 Januari 2026. "
        "Simak artikel informatif lainnya di <a href='https://example.org'>Mureks</a> melalui "
        "mureks.co.id.</p><p>Sebanyak 35 negara terwakili.</p></article></body></html>"
    )
    result = extract(page, published=JAN_7)
    assert "Simak" not in result.text
    assert "mureks.co.id" not in result.text
    assert result.text.startswith("Para pemimpin berkumpul di Paris pada Rabu, 7 Januari 2026.")
    assert "Sebanyak 35 negara terwakili." in result.text
    assert any("boilerplate" in w for w in result.warnings)


@pytest.mark.parametrize(
    "line",
    [
        # followed by a further sentence: not the end of the paragraph, kept
        "Rusia tidak hadir. Simak artikel lain di sini. Kemudian Presiden datang.",
        # "simak" inside a sentence of the article
        "Para analis menyimak artikel itu dengan saksama.",
    ],
)
def test_text_that_only_resembles_a_promotion_stays(line: str) -> None:
    assert normalise(line) == (line, 0)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Jerman siap kirim 1.500 tentara ke Polandia.", "id"),
        ("Germany is ready to send 1,500 troops to Poland.", "en"),
        ("Britain to send jets", "en"),
        ("Prancis kirim kapal perang", "id"),
        ("Paris Kyiv 2026", None),
        ("", None),
    ],
)
def test_short_texts_are_told_by_cue_words(text: str, language: str | None) -> None:
    assert detect(text) == language


def test_a_one_sentence_article_gets_its_language() -> None:
    result = extract("Germany is ready to send 1,500 troops to Poland, Merz said.")
    assert result.language == "en"
