"""The normalised article as the extractors see it: tokens, sentences and paragraphs."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from operator import attrgetter
from typing import Any, Generic, Protocol, TypeVar

#: Acronyms with dots (A.S., U.S., U.K.) are one token; words keep inner apostrophes.
#: The same tokens, found faster: plain words first, then the two rare cases fixed up.
#: Words are cut out by `split` (the text alternates gap, word, gap, ...): positions
#: come from the pieces' lengths, with no match object per word. The repeats are
#: possessive: nothing follows them that could make the engine give back a letter, and
#: not keeping the places to go back to makes the split about a third faster.
_WORDS = re.compile(r"([^\W_]++(?:['’](?!s\b)[^\W_]++)*+)")
_POSSESSIVE = re.compile(r"['’]s")
_DOT = re.compile(r"\.")
_ACRONYM = re.compile(r"(?<![^\W_])[^\W\d_](?:\.[^\W\d_])+\.?")
#: A sentence ends at [.!?]+ (closing quotes or brackets kept) before a capital or a
#: digit, or at line breaks. Written as one class then the rest, so that the engine
#: itself jumps from one such character to the next (a lookahead guard would hide the
#: class from it): `[.!?]+...|\n+`, the two parts told apart by the first character.
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)\n*|[.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9À-Þ]))")
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "st", "no", "jr", "sr", "vs", "rp"}
    | {"etc", "inc", "ltd", "co", "corp", "dll", "dsb", "tsb", "bpk"}
    | {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "agu", "agt", "sep", "sept", "oct"}
    | {"okt", "nov", "dec", "des"}
)
_DIGIT = re.compile(r"\d")
_JOINS = frozenset(a + b for a in " -–" for b in ("", " ", "-", "–"))


@dataclass
class Doc:
    """Text plus the indexes every extractor shares."""

    text: str
    language: str | None
    published: dt.date | None
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sentence_keys: list[frozenset[str]] = field(default_factory=list)
    #: joins[i]: token i and token i + 1 are parts of one name (a space or hyphen between)
    joins: list[bool] = field(default_factory=list)
    #: each gazetteer's matches over the whole text, by gazetteer (see Gazetteer.everywhere)
    found: dict[int, tuple[list[Any], list[int]]] = field(default_factory=dict)
    _sentence_starts: list[int] = field(default_factory=list)
    _paragraph_starts: list[int] = field(default_factory=list)

    @classmethod
    def build(cls, text: str, language: str | None, published: dt.date | None) -> Doc:
        doc = cls(text, language, published)
        doc.starts, doc.ends, doc.words, gaps = _tokens(text)
        doc.keys = list(map(str.casefold, doc.words))
        if gaps is None:
            gaps = [text[e:s] for e, s in zip(doc.ends, doc.starts[1:], strict=False)]
        doc.joins = list(map(_JOINS.__contains__, gaps))
        doc.joins.append(False)
        doc.sentences = _sentences(text)
        doc.paragraphs = _paragraphs(text)
        doc._sentence_starts = [s for s, _ in doc.sentences]
        doc._paragraph_starts = [s for s, _ in doc.paragraphs]
        doc.sentence_keys = [
            frozenset(doc.keys[doc.token_at(s) : bisect_right(doc.ends, e)])
            for s, e in doc.sentences
        ]
        return doc

    def __len__(self) -> int:
        return len(self.words)

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence containing character `pos`."""
        i = bisect_right(self._sentence_starts, pos) - 1
        return self.sentences[max(i, 0)] if self.sentences else (0, len(self.text))

    def sentence_index(self, pos: int) -> int:
        """Index of the sentence containing character `pos`."""
        return max(bisect_right(self._sentence_starts, pos) - 1, 0)

    def paragraph_index(self, pos: int) -> int:
        """Index of the paragraph (line) containing character `pos`."""
        return max(bisect_right(self._paragraph_starts, pos) - 1, 0)

    def asks(self, start: int, end: int) -> bool:
        """Whether [start, end) ends in a question mark, past closing quotes and brackets:
        what a question names is asked about, not stated."""
        return self.text[start:end].rstrip(" \"”'’)").endswith("?")

    def sentences_with(self, words: frozenset[str]) -> list[tuple[int, int]]:
        """Sentences holding at least one of `words` (casefolded tokens): where rules may fire."""
        return [
            span
            for span, keys in zip(self.sentences, self.sentence_keys, strict=True)
            if not keys.isdisjoint(words)
        ]

    def windows(self, words: frozenset[str], margin: int = 120) -> list[tuple[int, int]]:
        """Stretches of text around each token in `words`, kept inside its sentence, merged.

        Rules whose matches must contain one of `words` only need to look there.
        """
        where = self.positions
        hits = sorted(i for w in words & where.keys() for i in where[w])
        return self._stretch(hits, margin)

    def digit_windows(self, margin: int = 80) -> list[tuple[int, int]]:
        """Stretches of text around every number."""
        return self._stretch(self.digit_tokens, margin)

    def _stretch(self, hits: list[int], margin: int) -> list[tuple[int, int]]:
        if not self.sentences:
            return self._stretch_in([(0, len(self.text))], [0], hits, margin)
        return self._stretch_in(self.sentences, self._sentence_starts, hits, margin)

    def _stretch_in(
        self,
        sentences: list[tuple[int, int]],
        sentence_starts: list[int],
        hits: list[int],
        margin: int,
    ) -> list[tuple[int, int]]:
        """`_stretch` with `sentence_at` written out: it runs for every keyword hit."""
        out: list[tuple[int, int]] = []
        starts, ends = self.starts, self.ends
        for i in hits:
            start = starts[i]
            k = bisect_right(sentence_starts, start) - 1
            s, e = sentences[k if k > 0 else 0]
            a, b = start - margin, ends[i] + margin
            a, b = (s if s > a else a), (e if e < b else b)
            if out and a <= out[-1][1]:
                last_a, last_b = out[-1]
                out[-1] = (last_a, b if b > last_b else last_b)
            else:
                out.append((a, b))
        return out

    @cached_property
    def digit_tokens(self) -> list[int]:
        """Indexes of the tokens that are numbers (read from `positions`: an article has
        far fewer distinct tokens than tokens)."""
        return sorted(i for key, at in self.positions.items() if key[0].isdigit() for i in at)

    @cached_property
    def positions(self) -> dict[str, list[int]]:
        """Token indexes of each casefolded token."""
        out: defaultdict[str, list[int]] = defaultdict(list)
        for i, key in enumerate(self.keys):
            out[key].append(i)
        return dict(out)  # a plain dict: looking up a missing token adds nothing

    def tokens_in(self, words: frozenset[str] | set[str]) -> list[int]:
        """Indexes, in text order, of the tokens whose casefolded form is in `words`."""
        where = self.positions
        # the set intersection runs in C, over the smaller of the two
        found = [i for w in where.keys() & words for i in where[w]]
        found.sort()
        return found

    def sentences_with_digits(self) -> list[tuple[int, int]]:
        """Sentences holding a digit."""
        return [(s, e) for s, e in self.sentences if _DIGIT.search(self.text, s, e)]

    def token_at(self, pos: int) -> int:
        """Index of the first token starting at or after `pos`."""
        return bisect_right(self.starts, pos - 1)

    def tokens_between(self, start: int, end: int) -> range:
        """Indexes of the tokens inside [start, end)."""
        return range(self.token_at(start), bisect_right(self.ends, end))

    def gap(self, i: int) -> str:
        """The characters between token i and token i + 1."""
        return self.text[self.ends[i] : self.starts[i + 1]]

    def previous_key(self, pos: int) -> str | None:
        """Casefolded token just before character `pos` (same sentence or not)."""
        i = self.token_at(pos) - 1
        return self.keys[i] if i >= 0 else None


class Spanned(Protocol):
    """Anything with a character span."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=Spanned)


#: an item's start, read in C: indexes are built for every rule of every article
_START = attrgetter("start")


class Index(Generic[S]):
    """Items sorted by start, for range queries in O(log n): large inputs stay linear."""

    def __init__(self, items: Iterable[S]) -> None:
        self.items = sorted(items, key=_START)
        self.starts = list(map(_START, self.items))

    def within(self, start: int, end: int) -> list[S]:
        """Items starting in [start, end)."""
        return self.items[bisect_left(self.starts, start) : bisect_left(self.starts, end)]

    def covering(self, pos: int) -> bool:
        """True when an item's span holds `pos` (items must not nest)."""
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.items[i].start <= pos < self.items[i].end


def tokenize(text: str) -> list[tuple[int, int]]:
    """Token spans: words (inner apostrophes kept, a possessive 's dropped) and acronyms."""
    starts, ends, _, _ = _tokens(text)
    return list(zip(starts, ends, strict=True))


def _tokens(text: str) -> tuple[list[int], list[int], list[str], list[str] | None]:
    """Token starts, ends and words, and the gaps between tokens when they are the
    pieces `split` gave (None once tokens were dropped or merged)."""
    parts = _WORDS.split(text)
    # parts are gap, word, gap, ..., word, gap: each part ends where the next starts
    bounds = list(accumulate(map(len, parts)))
    starts, ends, words = bounds[0:-1:2], bounds[1::2], parts[1::2]
    gaps: list[str] | None = parts[2:-1:2]
    if "'s" in text or "’s" in text:
        dropped = False
        for pos in reversed([m.end() - 1 for m in _POSSESSIVE.finditer(text)]):
            i = bisect_left(starts, pos)
            if i < len(starts) and starts[i] == pos and ends[i] == pos + 1:
                del starts[i], ends[i], words[i]
                dropped = True
        gaps = None if dropped else gaps
    acronyms = _acronyms(text) if "." in text else []
    if not acronyms:
        return starts, ends, words, gaps
    spans = _merge_acronyms(list(zip(starts, ends, strict=True)), acronyms)
    return [s for s, _ in spans], [e for _, e in spans], [text[s:e] for s, e in spans], None


def _acronyms(text: str) -> list[tuple[int, int]]:
    """Spans of the acronyms, as `_ACRONYM.finditer` gives them: an acronym's first letter
    stands just before a dot, so only those places are tried (an article has few dots)."""
    out: list[tuple[int, int]] = []
    end = 0
    for dot in _DOT.finditer(text):
        start = dot.start() - 1
        if start < end:
            continue
        found = _ACRONYM.match(text, start)
        if found is not None:
            out.append(found.span())
            end = found.end()
    return out


def _merge_acronyms(
    spans: list[tuple[int, int]], acronyms: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Word spans with each acronym in place of the words that start inside it."""
    out: list[tuple[int, int]] = []
    k = 0
    for s, e in spans:
        while k < len(acronyms) and acronyms[k][1] <= s:
            k += 1
        if k < len(acronyms) and acronyms[k][0] <= s < acronyms[k][1]:
            if not out or out[-1] != acronyms[k]:
                out.append(acronyms[k])
            continue
        out.append((s, e))
    return out


def _sentences(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group()[0] == ".":
            before = text[max(start, m.start() - 12) : m.start()].split()
            last = before[-1].lower() if before else ""
            if (len(last) == 1 and last.isalpha()) or last in _ABBREVIATIONS or "." in last:
                continue
        end = m.end()
        if text[start:end].strip():
            out.append((start, end))
        start = end
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out or [(0, len(text))]
