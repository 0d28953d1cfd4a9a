"""The first-character guard finds exactly what the pattern finds, only faster."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from willing.ingest import rules
from willing.ingest.prefilter import (
    ahead,
    alternation,
    cases,
    compile_deferred,
    deferred,
    guarded,
    needed,
)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]


def _rule_patterns() -> list[re.Pattern[str]]:
    """The phrase patterns of the rule files, compiled as the extractors compile them."""
    out = []
    positions = rules.load("positions")["issues"]
    for entry in positions.values():
        groups = [
            f"(?P<{stance}>{'|'.join(f'(?:{p})' for p in entry[stance])})"
            for stance in ("conditional", "oppose", "keep", "neutral", "support")
            if entry.get(stance)
        ]
        out.append(re.compile(rf"(?i:{'|'.join(groups)})"))
    for condition in rules.load("commitments")["conditions"]:
        out.append(re.compile("|".join(f"(?:{p})" for p in condition["patterns"]), re.I))
    for subject in rules.load("claims")["subjects"].values():
        for patterns in subject["values"].values():
            out.append(re.compile("|".join(f"(?:{p})" for p in patterns), re.I))
    meetings = rules.load("meetings")
    party = r"(?P<party>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2})"
    out += [re.compile(str(p).replace("{party}", party)) for p in meetings["host_patterns"]]
    out.append(re.compile("|".join(f"(?:{p})" for p in meetings["joined_remotely"]), re.I))
    return out


PATTERNS = _rule_patterns()
GUARDED = [guarded(p) for p in PATTERNS]

#: words of the rule phrases, in several letter cases, and characters that fold oddly
_VOCABULARY = sorted(
    {w for p in PATTERNS for w in re.findall(r"[A-Za-z]{2,}", p.pattern)}
    | {"AS", "Kyiv", "Moskow", "Prancis", "Jerman", "1.500", "2026", "(8/9)"}
)
_WORD = st.one_of(
    st.sampled_from(_VOCABULARY),
    st.sampled_from(_VOCABULARY).map(str.upper),
    st.sampled_from(_VOCABULARY).map(str.capitalize),
    st.sampled_from(["ſ", "K", "İ", "ı", "ß", "é", "_", "-", "’s", "'s"]),
    st.text(alphabet="aksKS.,;:!?()-’' \n", max_size=4),
)
_TEXT = st.lists(_WORD, max_size=40).flatmap(
    lambda words: st.lists(
        st.sampled_from([" ", "", ", ", "\n", "-"]), min_size=len(words), max_size=len(words)
    ).map(lambda gaps: "".join(w + g for w, g in zip(words, gaps, strict=True)))
)


def test_case_insensitive_rule_patterns_get_a_guard() -> None:
    folded = [p for p in PATTERNS if p.flags & re.I or p.pattern.startswith("(?i:")]
    assert len(folded) > 10
    assert all(guarded(p) is not p for p in folded)


@pytest.mark.parametrize(
    "source",
    [
        r"hosted by (?P<party>[A-Z]\w*)",  # a fixed start: the engine looks for it itself
        r"(?P<party>[A-Z]\w*) hosts",  # a class in one letter case, likewise
        r"(?:dipimpin|dipandu) oleh",  # each alternative starts with a letter
    ],
)
def test_patterns_the_engine_skips_ahead_for_are_left_alone(source: str) -> None:
    pattern = re.compile(source)
    assert guarded(pattern) is pattern


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, n=st.integers(min_value=0, max_value=len(PATTERNS) - 1))
def test_guarded_rule_patterns_find_the_same_matches(text: str, n: int) -> None:
    assert _spans(GUARDED[n], text) == _spans(PATTERNS[n], text)


def test_guarded_rule_patterns_find_the_same_matches_in_every_article() -> None:
    from pathlib import Path

    here = Path(__file__).parent
    texts = [
        p.read_text(encoding="utf-8") for f in ("gold", "heldout") for p in (here / f).glob("*.txt")
    ]
    found = 0
    for pattern, fast in zip(PATTERNS, GUARDED, strict=True):
        for text in texts:
            expected = _spans(pattern, text)
            assert _spans(fast, text) == expected
            found += len(expected)
    assert found > 50  # the articles do hold such phrases


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (r"(?:a|b)?c\d+", 0),  # an optional start: its first characters and the next ones
        (r"\b(?P<n>\d+)\s+(?:km|miles)\b", 0),  # a category in the class
        (r"(?i:kelvin|straße|istanbul)", 0),  # letters that fold to other letters
        (r"(?:(?-i:[A-Z])\w+|mr\.) (?:said|says)", re.I),  # a case-sensitive start in re.I
        (r"(?<![\d.,])(?:[$€£]\s?)?\d", 0),  # a lookbehind, then an optional currency
        (r"(?=\w)(?:on|in) \w+", re.I),  # a lookahead of its own
    ],
)
@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="acbk0123456789 $€£.,KkſSsİıiIßONonMmLlDdAaYyTt\n-_", max_size=60))
def test_guarded_structures_find_the_same_matches(source: str, flags: int, text: str) -> None:
    pattern = re.compile(source, flags)
    fast = guarded(pattern)
    assert fast is not pattern
    assert _spans(fast, text) == _spans(pattern, text)


def test_a_pattern_given_as_text_is_guarded_as_the_compiled_one() -> None:
    for pattern in PATTERNS:
        fast = guarded(pattern.pattern, pattern.flags & ~re.UNICODE)
        same = guarded(pattern)
        assert (fast.pattern, fast.flags, fast.groupindex) == (
            same.pattern,
            same.flags,
            same.groupindex,
        )
    assert guarded(".+ said", re.I).pattern == ".+ said"  # left alone, compiled as it is
    with pytest.raises(re.error):
        guarded("(unclosed")


@pytest.mark.parametrize(
    "source",
    [
        r"a*",  # matches the empty string: every position is a start
        r"[^\W\d_]+",  # a negated class is not written back
        r".+ said",  # any character may start it
        r"(?:x|)y?",  # an empty alternative then an optional one
    ],
)
def test_patterns_without_known_first_characters_are_left_alone(source: str) -> None:
    pattern = re.compile(source)
    assert guarded(pattern) is pattern


def test_the_cases_of_a_letter_are_all_the_engine_matches() -> None:
    everything = "".join(map(chr, range(0x110000))).encode("utf-16", "surrogatepass")
    text = everything.decode("utf-16", "surrogatepass")
    for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
        assert cases(letter) == "".join(sorted(set(re.findall(letter, text, re.I))))


_ALTERNATIVE = st.one_of(
    st.text(alphabet="abkKsSſiIİı1 ’.", min_size=1, max_size=5).map(re.escape),
    st.text(alphabet="abkKsSſiI", min_size=1, max_size=3).map(lambda w: f"(?:(?:{w})x?)"),
    st.sampled_from(["[ab]k", "(?:a|s)b", "\\w?s", "(?-i:K)a", "", "a?", "(?:b|)a"]),
)


@settings(max_examples=400, deadline=None)
@given(
    words=st.lists(_ALTERNATIVE, min_size=1, max_size=10),
    text=st.text(alphabet="abkKsSſiIİıx1 ’.\n", max_size=40),
    nested=st.booleans(),
)
def test_alternatives_opening_with_a_letter_find_the_same_matches(
    words: list[str], text: str, nested: bool
) -> None:
    """Opening each alternative with its letter's cases, and joining those that open with
    the same letter, changes no match or group: alternatives opening otherwise (a class,
    an optional part, an empty one) keep their place among them."""
    alt = "|".join(f"(?P<w{n}>{w})" if n % 2 else f"(?:{w})" for n, w in enumerate(words))
    source = rf"(?i:x?(?:{alt})+(?:a|(?-i:b)|K)?)" if nested else rf"(?i:{alt})"
    pattern = re.compile(source)
    fast = guarded(pattern)
    assert fast.groupindex == pattern.groupindex
    assert pattern.pattern in fast.pattern
    assert _spans(fast, text) == _spans(pattern, text)


def test_alternatives_opening_with_one_letter_are_joined_up_to_a_barrier() -> None:
    from re import _parser as parser  # type: ignore[attr-defined]

    from willing.ingest.prefilter import _by_first_letter

    tree = parser.parse("tidak|tak|menolak|(?:tolak)|[ab]c|tanpa|Tolong", re.I)
    alternatives = tree.data[0][1][1]
    grouped = _by_first_letter(alternatives)
    # t(?:idak|ak|olak), menolak, [ab]c, t(?:anpa|olong): nothing crosses the class
    assert len(grouped) == 4
    pattern = guarded(re.compile("(?i:tidak|tak|menolak|(?:tolak)|[ab]c|tanpa|Tolong)"))
    text = "TIDAK tak menolak ToLaK bc tanpa tolong"
    assert [m.group() for m in pattern.finditer(text)] == text.split()


_PHRASES = st.lists(
    st.text(alphabet="abkKsSſAB ’.", min_size=1, max_size=5) | st.sampled_from(_VOCABULARY),
    min_size=1,
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(
    words=_PHRASES,
    text=st.text(alphabet="abkKsSſAB ’.\n", max_size=40) | _TEXT,
    flags=st.sampled_from([0, re.I]),
)
def test_grouped_alternations_find_the_same_matches(
    words: list[str], text: str, flags: int
) -> None:
    plain = re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})(?:\b|\s)", flags)
    grouped = re.compile(rf"\b(?:{alternation(words)})(?:\b|\s)", flags)
    assert _spans(grouped, text) == _spans(plain, text)


def test_alternations_are_grouped_by_first_letter() -> None:
    assert alternation(["telah", "sudah", "tadi", "s"]) == "s(?:udah|)|t(?:elah|adi)"
    # neighbours of one length in alphabetical order: the same text for a set in any order
    assert alternation(["sudah", "telah", "tadi", "s"]) == alternation(
        ["telah", "sudah", "tadi", "s"]
    )
    assert alternation(["tadi", "sudah"]) == "tadi|sudah"  # lengths differ: as written
    assert alternation(["Abc", "abd"]) == "Abc|abd"  # one letter in two cases: as written


@settings(max_examples=300, deadline=None)
@given(words=_PHRASES, text=st.text(alphabet="abkKsSſAB ’.,;\n", max_size=40) | _TEXT)
def test_a_guard_inside_a_pattern_finds_the_same_matches(words: list[str], text: str) -> None:
    alt = "|".join(map(re.escape, words))
    plain = re.compile(rf"(?i:(?:[,;]\s*|\s)(?:{alt})\b|;)")
    fast = re.compile(rf"(?i:(?:[,;]\s*|\s){ahead(alt, re.I)}(?:{alt})\b|;)")
    assert _spans(fast, text) == _spans(plain, text)


NEEDS = [needed(p) for p in PATTERNS]


def test_the_host_patterns_need_a_text() -> None:
    hosts = rules.load("meetings")["host_patterns"]
    assert all(NEEDS[-1 - len(hosts) + k] for k in range(len(hosts)))
    assert needed(re.compile(r"(?:dipimpin|dipandu) oleh")) == (" oleh",)  # the longest
    assert needed(re.compile(r"(?:hosted|chaired)")) == ("hosted", "chaired")
    assert needed(re.compile(r"(?i:hosted) by")) == (" by",)  # letters read in any case count not
    assert needed(re.compile(r"\w+")) == ()


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, n=st.integers(min_value=0, max_value=len(PATTERNS) - 1))
def test_a_text_without_what_a_pattern_needs_has_no_match(text: str, n: int) -> None:
    for m in PATTERNS[n].finditer(text):
        assert not NEEDS[n] or any(t in m.group() for t in NEEDS[n])


def test_every_match_in_the_articles_holds_what_its_pattern_needs() -> None:
    from pathlib import Path

    here = Path(__file__).parent
    texts = [
        p.read_text(encoding="utf-8") for f in ("gold", "heldout") for p in (here / f).glob("*.txt")
    ]
    checked = 0
    for pattern, needs in zip(PATTERNS, NEEDS, strict=True):
        for text in texts:
            for m in pattern.finditer(text) if needs else ():
                assert any(t in m.group() for t in needs)
                checked += 1
    assert checked > 10


@pytest.mark.parametrize(
    "source",
    [
        r"(?:a|bc)+d?e",
        r"x(?=ab)|(?<=c)y",
        r"(?:ab|)c",
        r"a(?i:b)c|d{2,}",
        r"(?:ab){0,2}k",
    ],
)
@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="abcdekxyABK", max_size=30))
def test_needed_texts_of_structures(source: str, text: str) -> None:
    pattern = re.compile(source)
    needs = needed(pattern)
    for m in pattern.finditer(text):
        assert not needs or any(t in m.group() for t in needs)


def test_a_deferred_pattern_is_compiled_at_its_first_use_and_finds_the_same() -> None:
    source = r"(?i:\b(?:tidak akan|will not|won't) (?P<verb>send|mengirim))"
    later = deferred(source)
    assert "search" not in vars(later)  # nothing compiled yet
    text = "Jakarta TIDAK AKAN mengirim; London will not send, Paris won't send."
    assert _spans(later, text) == _spans(guarded(source), text) == _spans(re.compile(source), text)
    assert "search" in vars(later)  # compiled once, its methods now the pattern's own
    assert later.pattern == guarded(source).pattern
    assert later.groupindex == {"verb": 1}
    assert later.sub("-", "will not send") == "-"


def test_deferred_patterns_are_compiled_together_before_workers_fork() -> None:
    waiting = [deferred(rf"\b(?:kirim|send){n}") for n in range(3)]
    compile_deferred()
    assert all("search" in vars(p) for p in waiting)
    assert waiting[2].search("we send2 ships") is not None
