"""Officers named by rank with their state in brackets ("Brigadier General Anna Nowak
(Poland)", "Kolonel Rasa Jankauskiene (Lituania)"): a record of a working group names its
chair so. A rank is not a role the extractor reports; the person and the state are."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules
from willing.ingest.document import Doc
from willing.ingest.parties import code_of


@cache
def _pattern() -> re.Pattern[str]:
    ranks = sorted((str(r) for r in rules.words("roles", "ranks")), key=len, reverse=True)
    names = "|".join(re.escape(r) for r in ranks)
    word = r"[A-Z][\w’'\-]*+"
    return re.compile(
        rf"\b(?:{names})\.?\s+(?P<name>{word}(?:\s+(?:[A-Z]\.\s+)?{word}){{1,3}})"
        r"\s*\((?P<state>[^()\n]{2,40})\)"
    )


@cache
def _first_words() -> frozenset[str]:
    return frozenset(str(r).split()[0] for r in rules.words("roles", "ranks"))


def ranked(doc: Doc) -> list[tuple[str, str, int, int]]:
    """(name, state, start, end) for each officer named by rank with a bracketed state."""
    if "(" not in doc.text or not any(w in doc.text for w in _first_words()):
        return []
    out = []
    for m in _pattern().finditer(doc.text):
        code = code_of(m.group("state").strip())
        if code is not None:
            out.append((m.group("name"), code, m.start("name"), m.end("name")))
    return out
