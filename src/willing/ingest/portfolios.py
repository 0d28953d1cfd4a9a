"""A minister's portfolio between the office and the name: "Minister of Infrastructure, X",
"Norway's Minister of Trade and Industry, X", "Menteri Energi Ukraina, X". The portfolio
names no one; the name is set off after it (and after the state in Indonesian, where the
portfolio's words come before the state: "Menteri Pertanian dan Pangan Polandia, X")."""

from __future__ import annotations

from typing import Any

from willing.ingest.document import Doc
from willing.ingest.parties import Mention

#: the office whose portfolio may follow it (the other portfolios' minister)
_TITLE = "Minister"
#: words joining a portfolio's words ("Trade and Industry", "Pertanian dan Pangan")
_JOINS = frozenset({"and", "dan", "&", "the"})


def _words(doc: Doc, k: int, parties: dict[int, Mention]) -> int:
    """The last token of the capitalised portfolio words from token k (joined by "and"),
    none a state's, or k - 1."""
    from willing.ingest.people import roles  # people imports this module

    last = k - 1
    while k < len(doc) and k - last < 3 and k not in parties and doc.gap(k - 1) == " ":
        word = doc.words[k]
        if word[:1].isupper() and not word.isupper() and roles().match_at(doc, k) is None:
            last = k
        elif doc.keys[k] not in _JOINS or last < k - 1:
            break
        k += 1
    return last


def portfolio_end(doc: Doc, j: int, role: Any, parties: dict[int, Mention]) -> int:
    """The token after a minister's portfolio at token j that a comma closes (English) or
    a state follows (Indonesian), or j."""
    if role.title != _TITLE or j + 1 >= len(doc) or doc.gap(j - 1) != " ":
        return j
    if doc.keys[j] in ("of", "for"):  # "Minister of Infrastructure, X"
        last = _words(doc, j + 1 + (doc.keys[j + 1] == "the"), parties)
        if last > j and doc.gap(last) == ", ":
            return last + 1
        return j
    last = _words(doc, j, parties)  # "Menteri Energi Ukraina, X"
    state = parties.get(last + 1)
    if last >= j and state is not None and doc.gap(last) == " ":
        return last + 1  # the state, then the name or a verb: no "Perhubungan Ukraina"
    return j
