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
    # read backwards from a bracket: the rank and the name end right before it
    return re.compile(
        rf"\b(?:{names})\.?\s+(?P<name>{word}(?:\s+(?:[A-Z]\.\s+)?{word}){{1,3}})\s*\Z"
    )


_BRACKET = re.compile(r"\(([A-Z][^()\n]{1,39})\)")


def ranked(doc: Doc) -> list[tuple[str, str, int, int]]:
    """(name, state, start, end) for each officer named by rank with a bracketed state."""
    out = []
    # brackets holding a state are few: only before them is a rank looked for
    for b in _BRACKET.finditer(doc.text):
        code = code_of(b.group(1).strip())
        if code is None:
            continue
        m = _pattern().search(doc.text, max(0, b.start() - 90), b.start())
        if m is not None:
            out.append((m.group("name"), code, m.start("name"), m.end("name")))
    return out
