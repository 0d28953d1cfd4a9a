"""The position rules of `positions.yaml`, compiled once: one pattern per issue, and the
guarded rules each searched only where a word it needs stands."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from willing.ingest import rules, word_classes
from willing.ingest.document import Doc
from willing.ingest.gazetteer import phrase_key
from willing.ingest.prefilter import guarded


@dataclass(frozen=True)
class Stance:
    """One pattern of an issue, whose named group is the stance, and where to search it."""

    issue: str
    pattern: re.Pattern[str]
    #: words one of which the match holds or stands near
    needs: frozenset[str]
    #: how far from one of `needs` a match may start
    margin: int
    #: words one of which the sentence must hold as well (the issue's, for a guarded rule)
    also: frozenset[str]

    def spans(self, doc: Doc) -> list[tuple[int, int]]:
        """The stretches of text to search."""
        spans = doc.windows(self.needs, self.margin)
        if not self.also:
            return spans
        return [(a, b) for a, b in spans if _holds(doc, a, b, self.also)]


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


#: a blank between two words of a phrase, with a quote mark opening or closing there: a
#: stance is often quoted in part ('would "never" recognise', 'sees "no basis" for talks')
_BLANK = '[ "“”]+'


def quoted(pattern: str) -> str:
    """The pattern with each blank between words read as a blank that may hold a quote
    mark; blanks inside a character class or a lookbehind (which must keep its width)
    stay as they are."""
    out: list[str] = []
    groups: list[bool] = []  # per open group: is it a lookbehind
    in_class = escaped = False
    for i, c in enumerate(pattern):
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif in_class:
            in_class = c != "]" or pattern[i - 1] == "["
        elif c == "[":
            in_class = True
        elif c == "(":
            groups.append(pattern.startswith(("(?<=", "(?<!"), i))
        elif c == ")" and groups:
            groups.pop()
        elif c == " " and not any(groups):
            # a blank a quantifier follows ("deployment of)? ?foreign") stays optional
            quantified = pattern[i + 1 : i + 2] in ("?", "*", "+", "{")
            out.append(f"(?:{_BLANK})" if quantified else _BLANK)
            continue
        out.append(c)
    return "".join(out)


def _spelled(pattern: str) -> str:
    """A rule's pattern with its word classes spelled out and its blanks open to quotes."""
    return quoted(word_classes.expand(pattern))


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
            f"(?P<{stance}>{'|'.join(f'(?:{_spelled(p)})' for p in entry[stance])})"
            for stance in ("conditional", "oppose", "keep", "neutral", "support")
            if entry.get(stance)
        ]
        # a phrase starts at a word: the engine then tries the alternatives only there
        pattern = guarded(rf"(?i:\b(?:{'|'.join(groups)}))")
        stances.append(Stance(str(issue), pattern, keywords, 90, frozenset()))
        # a rule that tries many words after each force is searched only in sentences holding
        # a word it ends with ("unacceptable", "disambut"), and one of the issue's keywords
        # unless it names the issue in other words ("the plan": `alone`)
        for rule in entry.get("guarded") or []:
            body = _spelled(str(rule["pattern"]))
            compiled = guarded(rf"(?i:\b(?P<{rule['stance']}>{body}))")
            also = frozenset() if rule.get("alone") else keywords
            stances.append(Stance(str(issue), compiled, _words(rule["needs"]), 200, also))
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
