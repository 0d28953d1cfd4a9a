"""Words of address before a name ("Bapak X", "Ibu X", "Mr X", "Sdr. X"): a speech greets
"Duta Besar Ukraina, Bapak X" and a school hears "Mr X, Head of History". The word is no
part of the name; the name after it is the person's."""

from __future__ import annotations

from functools import cache

from willing.ingest import rules
from willing.ingest.document import Doc


@cache
def honorifics() -> frozenset[str]:
    """The words of address, as written (capitalised: "ibu kota" is a capital city)."""
    return frozenset(str(w) for w in rules.words("roles", "honorifics"))


def after_honorific(doc: Doc, j: int) -> int:
    """The token after a word of address opening at token j when a capitalised word
    follows it ("Bapak Sjafrie", "Mr. Okafor"), else j."""
    if j + 1 >= len(doc) or doc.words[j] not in honorifics():
        return j
    if doc.gap(j) not in (" ", ". ") or not doc.words[j + 1][:1].isupper():
        return j
    return j + 1


def addressed_from(doc: Doc, first: int) -> int:
    """The token of the word of address right before a name's first token, else `first`:
    "..., Bapak X," is set off by its commas as "..., X," is."""
    if first > 0 and after_honorific(doc, first - 1) == first:
        return first - 1
    return first


def without_address(name: str) -> str:
    """The name without the words of address opening it ("Ibu Sri Hartati" of a reader's
    question, "Mr. Daniel Okafor"), when a name of two words or more remains."""
    words = name.split()
    k = 0
    while k < len(words) and words[k].rstrip(".") in honorifics():
        k += 1
    return " ".join(words[k:]) if 0 < k <= len(words) - 2 else name
