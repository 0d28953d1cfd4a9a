"""Titles glued to the front of a name: a knight's or a dame's style ("Sir X", "Dame X"), a
rank of any grade and its corps mark ("Sergeant X", "Letda Inf. X", "Kapten Laut (P) X"),
a calling of the clergy or the ulama ("Pdt. X", "Pnt. X", "Ustaz X"), a degree ("Drs. X",
"dr. X"). None is part of the person's name: the honorifics, the ranks and the table of
name titles (rules/roles.yaml) together are the family, stripped from every reader's name
when a name of two words remains, and skipped when a list's line is read back from a name
to its label ("Preacher: Pdt. X")."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules


@cache
def _titles() -> tuple[frozenset[tuple[str, ...]], int]:
    """The titles as tuples of words without their full stops, and the longest's length."""
    words = (
        rules.words("roles", "honorifics")
        + rules.words("roles", "ranks")
        + rules.words("roles", "name_titles")
    )
    keys = frozenset(tuple(w.rstrip(".") for w in str(t).split()) for t in words)
    return keys, max(len(k) for k in keys)


@cache
def _corps() -> frozenset[str]:
    return frozenset(str(w).rstrip(".") for w in rules.words("roles", "rank_corps"))


@cache
def _title_words() -> frozenset[str]:
    keys, _ = _titles()
    return frozenset(w for k in keys for w in k) | _corps()


def a_title_word(word: str) -> bool:
    """Whether a word is one of a title's ("Pdt", "Sergeant", "Inf")."""
    return word.rstrip(".") in _title_words()


def _title_length(words: list[str], k: int) -> int:
    """How many words from k make one title (the longest), with its corps marks."""
    keys, longest = _titles()
    for n in range(min(longest, len(words) - k), 0, -1):
        if tuple(w.rstrip(".") for w in words[k : k + n]) in keys:
            while k + n < len(words) and words[k + n].rstrip(".") in _corps():
                n += 1
            return n
    return 0


@cache  # merge asks it for every mention, the same names again and again
def untitled(name: str) -> str:
    """The name without the titles opening it, when a name of two words or more remains
    ("Sir Jonathan Hale" -> "Jonathan Hale"; "Sir Hale" stays as it is)."""
    words = name.split()
    k = 0
    while k < len(words) and (n := _title_length(words, k)):
        k += n
    return " ".join(words[k:]) if 0 < k <= len(words) - 2 else name


#: the last word before a point, with its full stop and the blanks after it
_LAST = re.compile(r"(\(?[\w/\-]+\)?\.?)[ \t]+\Z")


def before_titles(text: str, start: int) -> int:
    """Where the run of titles right before a name at `start` opens ("Pnt. " before a
    name), else `start`."""
    pos = start
    for _ in range(4):
        m = _LAST.search(text, max(0, pos - 24), pos)
        if m is None:
            break
        if not a_title_word(m.group(1)):
            break
        pos = m.start()
    return pos
