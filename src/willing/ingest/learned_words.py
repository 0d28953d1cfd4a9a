"""What a learned model sees of a word beyond its spelling: its stem and its word classes.

A word the annotated articles never showed gives its model nothing; the same word's stem
("ditolak", "menolaknya" -> "tolak"; "rejects", "rejected" -> "reject") or a class of
`rules/classes.yaml` it belongs to ("a verb of giving up", "a land word") may have been
seen in other words, so an unseen inflection or synonym still weighs. The stemmer is crude
on purpose (a few affixes, no dictionary): a stem only has to be the same for the forms of
one word, not a real root. Both are cached per word: a sentence's features cost one
dictionary lookup per word once the word was met. Judged on held-out sets they did not
help the shipped models (docs/ingest.md), so the models' switches for them are off; they
stay for the next feature set to be judged against.
"""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules, word_classes

#: the extra features (switched off to judge the bare words against them on held-out sets)
STEMS = True
CLASSES = True
#: the shortest stem an affix is cut down to
_SHORTEST = 4
#: Indonesian particles and suffixes, then prefixes (longest first); a nasal prefix before
#: a vowel dropped the first letter of the root ("menolak" <- "tolak", "memukul" <- "pukul")
_ID_PARTICLES = ("nya", "lah", "kah", "pun")
_ID_SUFFIXES = ("kan", "an")
_ID_PREFIXES: tuple[str, ...] = ("meng", "meny", "mem", "men", "me", "peng", "peny", "pem")
_ID_PREFIXES += ("pen", "per", "pe", "ber", "ter", "di", "ke", "se")
_NASAL = {"meny": "s", "mem": "p", "men": "t", "peny": "s", "pem": "p", "pen": "t"}
_VOWELS = frozenset("aeiou")
#: English suffixes, longest first, with what replaces them
_EN_SUFFIXES = (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))


def _cut_id(word: str) -> str:
    for suffix in _ID_PARTICLES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _SHORTEST:
            word = word[: -len(suffix)]
            break
    for suffix in _ID_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _SHORTEST:
            word = word[: -len(suffix)]
            break
    for prefix in _ID_PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= _SHORTEST - 1:
            if prefix in _NASAL and rest[:1] in _VOWELS:
                return _NASAL[prefix] + rest
            return rest
    return word


def _cut_en(word: str) -> str:
    for suffix, instead in _EN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _SHORTEST:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            return word[: -len(suffix)] + instead
    return word


def stem(word: str, language: str | None) -> str:
    """The word with its common affixes cut (Indonesian or English by the article)."""
    if not word.isalpha():
        return word
    return _cut_id(word) if language == "id" else _cut_en(word)


@cache
def _class_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    names = rules.load("classes")["classes"]
    return tuple((str(n), re.compile(word_classes.expand("{" + str(n) + "}"), re.I)) for n in names)


@cache
def classes(word: str) -> tuple[str, ...]:
    """The classes of `rules/classes.yaml` the word alone is a word of."""
    return tuple(name for name, pattern in _class_patterns() if pattern.fullmatch(word))


@cache
def features(word: str, language: str | None) -> frozenset[str]:
    """A word's extra features: "t:" and its stem, "c:" and each of its classes."""
    out: set[str] = set()
    if STEMS:
        out.add("t:" + stem(word, language))
    if CLASSES:
        out.update("c:" + name for name in classes(word))
    return frozenset(out)
