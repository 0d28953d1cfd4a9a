"""Indonesian or English, told apart by how often each language's function words occur.

A text too short for that (a headline, one sentence) is told by the words that only
one of the languages has: cue words and the names of states ("Jerman", "Germany").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from babel import Locale

from willing.ingest import rules

_WORD = re.compile(r"[^\W\d_]+")


@cache
def _profiles() -> dict[str, frozenset[str]]:
    data = rules.load("text")["function_words"]
    return {lang: frozenset(str(w) for w in words) for lang, words in data.items()}


@cache
def _cues() -> dict[str, frozenset[str]]:
    """Words of one language only: cue words, and words of state names in its locale."""
    data = rules.load("text")
    words: dict[str, set[str]] = {}
    for lang in data["cue_locales"]:
        names = Locale.parse(str(lang)).territories.values()
        words[str(lang)] = {
            w for name in names for w in _WORD.findall(str(name).lower()) if len(w) > 2
        }
    out: dict[str, frozenset[str]] = {}
    for lang, own in words.items():
        others = set().union(*(w for other, w in words.items() if other != lang))
        cues = {str(w) for w in data["cue_words"].get(lang, [])}
        out[lang] = frozenset((own - others) | cues)
    # a word both lists claim tells nothing
    shared = set.intersection(*(set(w) for w in out.values())) if out else set()
    return {lang: frozenset(w - shared) for lang, w in out.items()}


@cache
def _blanks() -> dict[int, str]:
    """Every character below U+3000 that is not a letter, mapped to a space."""
    return {c: " " for c in range(0x3000) if not _WORD.fullmatch(chr(c))}


def letter_runs(text: str) -> list[str]:
    """The runs of letters in `text`, as `_WORD.findall` gives them, found faster: the
    characters that are not letters become spaces and the text is split on them; a piece
    left with another character (beyond the table, or a letter-like numeral) is read by
    the pattern itself."""
    pieces = text.translate(_blanks()).split()
    if "".join(pieces).isalpha():
        return pieces
    return [run for p in pieces for run in ([p] if p.isalpha() else _WORD.findall(p))]


def detect(text: str, sample: int = 5000) -> str | None:
    """'id', 'en', or None when neither function words nor cue words tell."""
    seen = Counter(letter_runs(text[:sample].lower()))
    counts = {lang: sum(seen[w] for w in words) for lang, words in _profiles().items()}
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top >= 3 and top >= 1.3 * second:
        return best
    # too few function words: add the words only one language has
    for lang, words in _cues().items():
        counts[lang] = counts.get(lang, 0) + sum(seen[w] for w in words)
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    return best if top >= 1 and top > second else None
