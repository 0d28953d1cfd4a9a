"""People named as a known figure's relative ("menantu Trump, Jared Kushner"): they act
for the relative's party."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from willing.ingest import rules
from willing.ingest.document import Doc


@cache
def _relation_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in rules.words("roles", "relations"))


def relatives(doc: Doc, found: list[Any], covered: set[int]) -> list[Any]:
    """'menantu Trump, Jared Kushner': the person named gets the relative's party."""
    from willing.ingest.people import PersonMention, known, name_tokens  # people imports this

    out: list[Any] = []
    for i in doc.tokens_in(_relation_words()):
        if i >= len(doc) - 3:
            break
        named = i > 0 and doc.words[i][:1].isupper() and doc.words[i - 1][:1].isupper()
        if named and doc.gap(i - 1) == " ":
            continue  # a word of a name: "Nadia Putri Kusuma", not a daughter
        relative = known().match_at(doc, i + 1)
        after = relative.last + 1 if relative else i + 2
        if after >= len(doc) or not re.fullmatch(r",\s", doc.gap(after - 1)) or after in covered:
            continue
        last = name_tokens(doc, after, len(doc))
        if last > after:
            party = relative.value.party if relative else None
            out.append(
                PersonMention(
                    doc.text[doc.starts[after] : doc.ends[last]],
                    None,
                    party,
                    doc.starts[after],
                    doc.ends[last],
                    after,
                    last,
                )
            )
    return out
