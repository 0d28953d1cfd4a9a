"""The position rules of `positions.yaml`, compiled once: one pattern per issue, and the
guarded rules each searched only where a word it needs stands."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property

from willing.ingest import rules, word_classes
from willing.ingest.document import Doc
from willing.ingest.gazetteer import phrase_key
from willing.ingest.prefilter import deferred, guarded


@dataclass(frozen=True)
class Stance:
    """One pattern of an issue, whose named group is the stance, and where to search it."""

    issue: str
    #: the pattern's text, its blanks plain blanks
    source: str
    #: words one of which the match holds or stands near
    needs: frozenset[str]
    #: how far from one of `needs` a match may start
    margin: int
    #: words one of which the sentence must hold as well (the issue's, for a guarded rule)
    also: frozenset[str]

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The pattern, compiled at its first search (an article meets few of them)."""
        return deferred(self.source)

    def finditer(self, text: str, a: int, b: int, fragments: list[int]) -> Iterator[re.Match[str]]:
        """The matches in text[a:b], and where quote marks stand in it, those of the text
        read without them: a stance is often quoted in part ('would "never" recognise',
        'sees "no basis" for talks'), and the patterns' blanks are plain blanks.
        `fragments`: the text's marks of short quoted fragments (`fragments`), in order."""
        marks = fragments[bisect_left(fragments, a) : bisect_left(fragments, b)]
        if not marks:
            return self.pattern.finditer(text, a, b)
        found = list(self.pattern.finditer(text, a, b))
        # a phrase read without the marks holds one of them: it starts a phrase's length
        # before the first at most, and ends as far after the last
        a, b = max(a, marks[0] - _REACH), min(b, marks[-1] + _REACH)
        marks = [q for q in marks if a <= q < b]
        cuts = [a - 1, *marks, b]
        bare = "".join(text[x + 1 : y] for x, y in zip(cuts, cuts[1:], strict=False))
        taken = [m.span() for m in found]

        def at(i: int) -> int:
            """Where the character `i` of the bare text stands in the text."""
            i += a
            for q in marks:
                if q <= i:
                    i += 1
            return i

        for m in self.pattern.finditer(bare):
            if m.end() == m.start() or m.lastgroup is None:
                continue
            start, end = at(m.start()), at(m.end() - 1) + 1
            if any(s < end and start < e for s, e in taken):
                continue  # the phrase was read where it stands
            whole = _whole(m.lastgroup).match(text, start, end)
            if whole:
                found.append(whole)
                taken.append((start, end))
        return iter(sorted(found, key=lambda m: m.start()))

    def spans(self, doc: Doc) -> list[tuple[int, int]]:
        """The stretches of text to search."""
        spans = doc.windows(self.needs, self.margin)
        if not self.also:
            return spans
        return [(a, b) for a, b in spans if _holds(doc, a, b, self.also)]


_QUOTES = '"“”'
_QUOTE = re.compile(f"[{_QUOTES}]")
#: the longest a phrase runs, in characters
_REACH = 120


def fragments(text: str) -> list[int]:
    """The quote marks of the text that open or close a short quoted fragment ('"never"',
    '"no basis"', '"sending foreign forces into a conflict zone"'): a phrase runs across
    those; one inside a long quotation is read where it stands."""
    marks = [q.start() for q in _QUOTE.finditer(text)]
    out: set[int] = set()
    for x, y in zip(marks, marks[1:], strict=False):
        if text.count(" ", x, y) <= _FRAGMENT:
            out.update((x, y))
    return sorted(out)


#: the most blanks a quoted fragment inside a phrase holds
_FRAGMENT = 8


@cache
def _whole(stance: str) -> re.Pattern[str]:
    """A match of the whole stretch given, as a match of `stance` (a phrase found in the
    text read without its quote marks, matched again where it stands)."""
    return re.compile(rf"(?P<{stance}>.+)", re.S)


def _holds(doc: Doc, a: int, b: int, words: frozenset[str]) -> bool:
    """Whether a sentence of [a, b) holds one of `words`."""
    last = doc.sentence_index(max(a, b - 1))
    return any(
        not doc.sentence_keys[i].isdisjoint(words) for i in range(doc.sentence_index(a), last + 1)
    )


@dataclass(frozen=True)
class Tables:
    stances: list[Stance]
    context: dict[str, frozenset[str]]
    speech: re.Pattern[str]
    not_holder: frozenset[str]
    #: per issue: parties for whom refusing to withdraw supports the claim
    occupiers: dict[str, frozenset[str]]


def _words(words: list[str]) -> frozenset[str]:
    return frozenset(k for word in words for k in phrase_key(str(word)))


@cache
def tables() -> Tables:
    data = rules.load("positions")
    stances = []
    for issue, entry in data["issues"].items():
        keywords = _words(entry["keywords"])
        # one pass per issue; at one place the narrower stances win ("menyerahkan wilayah
        # akan menguntungkan" opposes, although "menyerahkan wilayah" alone supports)
        groups = [
            f"(?P<{stance}>{'|'.join(f'(?:{word_classes.expand(p)})' for p in entry[stance])})"
            for stance in ("conditional", "oppose", "keep", "neutral", "support")
            if entry.get(stance)
        ]
        # a phrase starts at a word: the engine then tries the alternatives only there
        source = rf"(?i:\b(?:{'|'.join(groups)}))"
        stances.append(Stance(str(issue), source, keywords, 90, frozenset()))
        # a rule that tries many words after each force is searched only in sentences holding
        # a word it ends with ("unacceptable", "disambut"), and one of the issue's keywords
        # unless it names the issue in other words ("the plan": `alone`)
        for rule in entry.get("guarded") or []:
            body = word_classes.expand(str(rule["pattern"]))
            source = rf"(?i:\b(?P<{rule['stance']}>{body}))"
            also = frozenset() if rule.get("alone") else keywords
            stances.append(Stance(str(issue), source, _words(rule["needs"]), 200, also))
    for stance in stances:
        stance.pattern  # noqa: B018 - made now, so a batch compiles it before workers fork
    speech = "|".join(re.escape(str(w)) for w in data["speech_verbs"])
    context = {
        str(issue): _words(entry.get("context") or []) for issue, entry in data["issues"].items()
    }
    return Tables(
        stances,
        context,
        guarded(rf"(?i:\b(?:{speech})\b)"),
        frozenset(str(w) for w in data["not_holder_before"]),
        {
            str(issue): frozenset(str(c) for c in entry.get("occupiers") or [])
            for issue, entry in data["issues"].items()
        },
    )
