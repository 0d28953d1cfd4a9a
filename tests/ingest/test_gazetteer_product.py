"""Listing a product of word lists gives the gazetteer exactly what listing every phrase of
it one by one gives, and a meeting word at a distance is recognised without the list."""

from __future__ import annotations

from itertools import product
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from willing.ingest import rules
from willing.ingest.document import Doc
from willing.ingest.gazetteer import Gazetteer
from willing.ingest.meeting_ways import _parts, distant

_WORD = st.text(alphabet="abAB -'’.k", max_size=6)
_PARTS = st.lists(st.lists(_WORD, min_size=1, max_size=4), min_size=1, max_size=4)


def _state(gazetteer: Gazetteer[Any]) -> tuple[Any, ...]:
    return (
        gazetteer._entries,
        {k: list(v) for k, v in gazetteer._singles.items()},
        gazetteer._firsts,
        gazetteer._lengths,
        gazetteer.longest,
    )


def _one_by_one(parts: list[list[str]], value: Any) -> Gazetteer[str]:
    gazetteer: Gazetteer[str] = Gazetteer()
    gazetteer.add("already", "listed")
    for words in product(*parts):
        name = " ".join(w for w in words if w)
        gazetteer.add(name, value(name))
    return gazetteer


@settings(max_examples=300, deadline=None)
@given(parts=_PARTS)
def test_a_product_is_listed_as_its_phrases_one_by_one(parts: list[list[str]]) -> None:
    together: Gazetteer[str] = Gazetteer()
    together.add("already", "listed")
    together.add_product(parts, str.casefold)
    assert _state(together) == _state(_one_by_one(parts, str.casefold))


def test_the_meeting_phrases_are_listed_as_one_by_one() -> None:
    parts = _parts(rules.load("meetings")["distance"], "meet_verbs")
    together: Gazetteer[str] = Gazetteer()
    together.add("already", "listed")
    together.add_product(parts, lambda _: "virtual")
    assert _state(together) == _state(_one_by_one(parts, lambda _: "virtual"))
    assert len(together._entries) > 10_000


def test_a_phrase_of_the_product_speaks_at_a_distance_and_others_do_not() -> None:
    data = rules.load("meetings")
    parts = _parts(data["distance"], "verbs")
    phrases = {" ".join(w for w in words if w) for words in product(*parts)}
    calls = {str(w) for w in data["calls"]}
    samples = sorted(phrases)[::997] + sorted(calls)
    for phrase in samples:
        doc = Doc.build(phrase, "en", None)
        assert distant(doc, 0, len(phrase)), phrase
    # a meeting verb by video is a meeting held apart, not someone speaking at a distance
    for phrase in ["met in Paris", "met by video", "discussed the video", "bertemu di Roma"]:
        assert not distant(Doc.build(phrase, "en", None), 0, len(phrase)), phrase
