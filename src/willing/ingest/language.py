"""Indonesian or English, told apart by how often each language's function words occur."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from willing.ingest import rules

_WORD = re.compile(r"[^\W\d_]+")


@cache
def _profiles() -> dict[str, frozenset[str]]:
    data = rules.load("text")["function_words"]
    return {lang: frozenset(str(w) for w in words) for lang, words in data.items()}


def detect(text: str, sample: int = 5000) -> str | None:
    """'id', 'en', or None when the text has too few function words to tell."""
    seen = Counter(_WORD.findall(text[:sample].lower()))
    counts = {lang: sum(seen[w] for w in words) for lang, words in _profiles().items()}
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < 3 or top < 1.3 * second:
        return None
    return best
