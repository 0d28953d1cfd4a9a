"""What the learned models see of a word beyond its spelling: the forms of one word share a
stem, and a word of a class of `rules/classes.yaml` carries the class."""

from __future__ import annotations

import datetime as dt

import pytest

from willing.ingest import learned, learned_words
from willing.ingest.document import Doc


@pytest.mark.parametrize(
    ("words", "language"),
    [
        (("menolak", "ditolak", "menolaknya", "tolak"), "id"),
        (("memberikan", "diberikan", "memberi"), "id"),
        (("mendukung", "didukung", "dukungan"), "id"),
        (("rejects", "rejected", "rejecting", "reject"), "en"),
        (("territories", "territory"), "en"),
    ],
)
def test_the_forms_of_one_word_share_a_stem(words: tuple[str, ...], language: str) -> None:
    assert len({learned_words.stem(w, language) for w in words}) == 1


def test_short_words_and_numbers_keep_their_form() -> None:
    assert learned_words.stem("dia", "id") == "dia"
    assert learned_words.stem("2026", "en") == "2026"
    assert learned_words.stem("news", "en") == "news"  # a stem of three letters is too short


def test_a_word_carries_the_classes_it_is_a_word_of() -> None:
    assert "c:troop" in learned_words.features("pasukan", "id")
    assert "c:land" in learned_words.features("territories", "en")
    assert "c:refuse" in learned_words.features("rejected", "en")
    assert not any(f.startswith("c:") for f in learned_words.features("kemarin", "id"))


def test_a_sentence_holds_its_words_stems_and_classes_but_not_the_partys(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(learned, "SENTENCE_EXTRA", True)
    text = "Rusia menolak pasukan asing di Ukraina."
    doc = Doc.build(text, "id", dt.date(2026, 1, 7))
    grams = learned.Grams(doc)
    assert {"menolak", "t:tolak", "c:troop", "c:foreign"} <= grams.sentence(0)
    features, _ = grams.party("RU", [(0, 5)])
    assert "rusia" not in features
    assert "t:rusia" not in features
    assert {"t:tolak", "c:troop", "<s> <p>", "<p> menolak"} <= features


def test_the_shipped_models_see_the_bare_words_only() -> None:
    """Judged on held-out sets, the stems and classes did not help: the switches are off."""
    doc = Doc.build("Rusia menolak pasukan asing di Ukraina.", "id", dt.date(2026, 1, 7))
    assert not any(f.startswith(("t:", "c:")) for f in learned.Grams(doc).sentence(0))
    assert not learned.TEXT_EXTRA
