"""A body's name read as a person's: capitalised words that continue the name of a
ministry, a directorate, a coalition or a company ("Kementerian Luar Negeri", "Kepala
Subdirektorat Kawasan Eropa", "PT Maju Jaya Abadi"). A reader that finds a name by its
shape (two capitalised words set off by a comma, after a label, before a calling) cannot
tell these from a person; the word that opens a body's name can: right before the name on
the same line, or inside it, it makes the words the body's."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules


@cache
def _heads() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in rules.words("roles", "body_heads"))


#: the word right before a name, joined to it by one blank on the same line
_BEFORE = re.compile(r"([\w’'\-]+)[ \t]\Z")


def a_bodys_name(text: str, start: int, end: int) -> bool:
    """Whether the name in text[start:end] continues a body's name: a word that opens one
    stands right before it ("Kementerian [Luar Negeri]") or among its words."""
    heads = _heads()
    if any(w.casefold() in heads for w in text[start:end].split()):
        return True
    m = _BEFORE.search(text, max(0, start - 30), start)
    return m is not None and m.group(1).casefold() in heads
