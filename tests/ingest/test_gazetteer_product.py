"""Listing a product of word lists (looked up when first met) finds exactly what listing every
phrase of it one by one finds, and a meeting word at a distance is recognised without the
list."""

from __future__ import annotations

from itertools import product
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from willing.ingest import rules
from willing.ingest.document import Doc
from willing.ingest.gazetteer import Gazetteer, phrase_key
from willing.ingest.meeting_ways import _parts, distant

_WORD = st.text(alphabet="abAB -'’.k", max_size=6)
_PARTS = st.lists(st.lists(_WORD, min_size=1, max_size=4), min_size=1, max_size=4)


def _listed(
    parts: list[list[str]], value: Any, before: list[str], after: list[str], *, lazily: bool
) -> Gazetteer[str]:
    """Names listed before, the product's phrases (`add_product` if `lazily`, else one by
    one), names listed after."""
    gazetteer: Gazetteer[str] = Gazetteer()
    for name in before:
        gazetteer.add(name, f"before {name}")
    if lazily:
        gazetteer.add_product(parts, value)
    else:
        for words in product(*parts):
            name = " ".join(w for w in words if w)
            gazetteer.add(name, value(name))
    for name in after:
        gazetteer.add(name, f"after {name}")
    return gazetteer


def _assert_same(lazy: Gazetteer[str], listed: Gazetteer[str], names: list[str]) -> None:
    """The two find the same names with the same values, alone and in a running text."""
    assert lazy.first_words == listed.first_words
    assert lazy.longest == listed.longest
    for name in names:
        assert lazy.get(name) == listed.get(name), name
        assert (name in lazy) == (name in listed), name
        key = phrase_key(name)  # every entry in its order, not only the first
        assert (key and lazy._listed(key)) == (key and listed._entries.get(key)), name
    for text in [" ; ".join(names), " ".join(names), " ".join(reversed(names))]:
        doc = Doc.build(text, "en", None)
        assert list(lazy.find(doc)) == list(listed.find(doc)), text
        for i in range(len(doc.keys)):
            assert lazy.match_at(doc, i) == listed.match_at(doc, i), (text, i)


_NAMES = st.lists(_WORD, max_size=4)


@settings(max_examples=300, deadline=None)
@given(parts=_PARTS, before=_NAMES, after=_NAMES, others=_NAMES)
def test_a_product_finds_what_its_phrases_listed_one_by_one_find(
    parts: list[list[str]], before: list[str], after: list[str], others: list[str]
) -> None:
    phrases = [" ".join(w for w in words if w) for words in product(*parts)]
    names = phrases + before + after + others
    listed = _listed(parts, str.casefold, before, after, lazily=False)
    _assert_same(_listed(parts, str.casefold, before, after, lazily=True), listed, names)


def test_the_meeting_phrases_are_found_as_listed_one_by_one() -> None:
    parts = _parts(rules.load("meetings")["distance"], "meet_verbs")
    phrases = sorted({" ".join(w for w in words if w) for words in product(*parts)})
    assert len(phrases) > 10_000
    names = [*phrases[::101], "met in Paris", "met by", "met by video"]
    before, after = ["met by video", "already"], ["met by video link", "met over"]
    listed = _listed(parts, lambda _: "virtual", before, after, lazily=False)
    _assert_same(_listed(parts, lambda _: "virtual", before, after, lazily=True), listed, names)


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
