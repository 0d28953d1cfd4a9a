"""The faster ways of cutting text agree with the plain definitions they replace."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from willing.ingest import document, language, meetings, rules
from willing.ingest.document import _ACRONYM, Doc, _acronyms, tokenize

#: the plain definitions: words (inner apostrophes kept), a possessive 's dropped, and
#: acronyms in place of the words that start inside them
_WORD = re.compile(r"[^\W_]+(?:['’](?!s\b)[^\W_]+)*")
_JOINS = frozenset(a + b for a in " -–" for b in ("", " ", "-", "–"))


def _plain_tokens(text: str) -> list[tuple[int, int]]:
    spans = [
        (s, e)
        for s, e in (m.span() for m in _WORD.finditer(text))
        if not (e - s == 1 and s > 0 and text[s - 1] in "'’" and text[s] == "s")
    ]
    acronyms = [m.span() for m in _ACRONYM.finditer(text)]
    out: list[tuple[int, int]] = []
    for s, e in spans:
        inside = [a for a in acronyms if a[0] <= s < a[1]]
        if inside:
            if not out or out[-1] != inside[0]:
                out.append(inside[0])
        else:
            out.append((s, e))
    return out


#: letters, digits, apostrophes, dots, joiners, and characters that fold or count oddly
_TEXT = st.text(
    alphabet=st.sampled_from(list("aAsSUKxé1_ .-–'’\n\t,") + ["ſ", "K", "İ", "ß", "²", "½", "ǅ"]),
    max_size=40,
)


@settings(max_examples=500, deadline=None)
@given(text=_TEXT)
def test_tokens_are_the_plain_tokens(text: str) -> None:
    expected = _plain_tokens(text)
    assert tokenize(text) == expected
    doc = Doc.build(text, None, None)
    assert list(zip(doc.starts, doc.ends, strict=True)) == expected
    assert doc.words == [text[s:e] for s, e in expected]
    assert doc.keys == [text[s:e].casefold() for s, e in expected]
    gaps = [text[e:s] for (_, e), (s, _) in zip(expected, expected[1:], strict=False)]
    assert doc.joins == [g in _JOINS for g in gaps] + [False]


@settings(max_examples=300, deadline=None)
@given(text=_TEXT)
def test_acronyms_are_those_the_pattern_finds(text: str) -> None:
    assert _acronyms(text) == [m.span() for m in _ACRONYM.finditer(text)]


def test_tokens_of_a_sentence() -> None:
    text = "Britain's U.S. ally, the U.K., won't send 1.500 troops_now."
    assert [text[s:e] for s, e in tokenize(text)] == [
        "Britain",
        "U.S.",
        "ally",
        "the",
        "U.K.",
        "won't",
        "send",
        "1",
        "500",
        "troops",
        "now",
    ]


_PIECES = st.sampled_from(
    list("ab cé_1.-'\n\t") + ["²", "½", "Ⅻ", "\u3000", "\u2028", "ひら", "𝐀", "٣", "x\u0301"]
)


@settings(max_examples=500, deadline=None)
@given(text=st.lists(_PIECES, max_size=30).map("".join))
def test_letter_runs_are_those_the_pattern_finds(text: str) -> None:
    assert language.letter_runs(text) == re.findall(r"[^\W\d_]+", text)


_HOST_TEXT = st.lists(
    st.sampled_from(
        ["Presiden", "Prancis", "Keir", "Starmer", "U.K.", "O’Neill", "Jean-Noël", "Rutte's"]
        + ["hosted", "hosts", "chaired", "by", "the", "meeting", "of", "tuan", "rumah"]
        + ["menjadi", "akan", "summit", "NATO", "KTT", "para", "menteri", "x", ","]
    ),
    max_size=14,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(text=_HOST_TEXT)
def test_host_patterns_read_party_words_whole_without_changing_a_match(text: str) -> None:
    plain = meetings._PARTY.replace("*+", "*")
    assert plain != meetings._PARTY
    for source in rules.load("meetings")["host_patterns"]:
        fast = re.compile(str(source).replace("{party}", meetings._PARTY))
        slow = re.compile(str(source).replace("{party}", plain))
        found = [(m.span(), m.group("party")) for m in fast.finditer(text)]
        assert found == [(m.span(), m.group("party")) for m in slow.finditer(text)]


#: the plain definition of where a sentence ends
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9À-Þ])|\n+")


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=".!?\n \t\"'”’)]“‘([aAZ0À", max_size=30))
def test_sentence_ends_are_those_the_plain_pattern_finds(text: str) -> None:
    expected = [m.span() for m in _SENTENCE_END.finditer(text)]
    assert [m.span() for m in document._SENTENCE_END.finditer(text)] == expected
