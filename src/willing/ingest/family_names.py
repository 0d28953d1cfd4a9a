"""A name closed by a family name of the Indonesian peoples that keep one (Batak margas,
Minahasa and Maluku family names: "Yosua Simatupang", "Abdul Karim Siregar"), when the
given name before it is not one the given names' table knows. The family names are a
gazetteer written from general knowledge (rules/given_names.yaml, family_names); one or two
capitalised words right before one, not a title, a rank, a place's or a thing's word, open
the name. The name is read as a given name's is (given_names.py); its person is of
Indonesia unless the name's own line names another state."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules
from willing.ingest.document import Doc
from willing.ingest.name_titles import a_title_word

#: a capitalised word of a given name
_GIVEN = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ][\w’'\-]*+\Z")


@cache
def _families() -> tuple[frozenset[str], frozenset[str]]:
    """The family names' last words as written, and casefolded (the tokens' keys)."""
    names = frozenset(str(n).split()[-1] for n in rules.words("given_names", "family_names"))
    return names, frozenset(n.casefold() for n in names)


@cache
def _not_given() -> frozenset[str]:
    return frozenset(rules.words("given_names", "thing_before")) | _families()[0]


def spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each name closed by a family name, one or two words before it."""
    names, keys = _families()
    out = []
    for i in doc.tokens_in(keys):
        if doc.words[i] not in names:
            continue
        k = i
        while (
            k > 0
            and i - k < 3
            and doc.gap(k - 1) == " "
            and _GIVEN.match(doc.words[k - 1])
            and doc.words[k - 1] not in _not_given()
            and not a_title_word(doc.words[k - 1])
        ):
            k -= 1
        if k < i:
            out.append((doc.starts[k], doc.ends[i]))
    return out
