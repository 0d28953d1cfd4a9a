"""A sum in a clause about a price is not a sum given. News states a gift or a budget with
a giving verb or a giver ("pledged", "dianggarkan", "bantuan"); a price, a rent, a wage, a
fee, a fare or a fraud's loss is stated with a noun or verb of price in the same clause
("a studio that rented for USD 600", "gaji USD 3.500 per bulan", "diminta membayar biaya
pendaftaran sebesar Rp 12 juta", "korban ... menyerahkan Rp 45 juta", a speaker's "honor",
a trader's quote, a thing "dijual" for a sum), or with a unit a person buys by right after
it ("EUR 95 a night", "Rp 18 juta sekali jalan", "USD 28 a tonne"). A word of
giving anywhere in the clause keeps the sum: it is then a budget. "Cost" and "biaya" are
no words of price: the annotation counts a mission's cost as a sum budgeted."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules
from willing.ingest.document import Doc
from willing.ingest.items import Item
from willing.ingest.prefilter import alternation

#: how far back a clause is read from a sum, and how far after
_BACK = 160
_AHEAD = 60

#: the ends of a clause: a sentence's end, a line's, a semicolon
_CLAUSE_END = re.compile(r"[.!?][\"'”’]?[ \t]+(?=[\"'“‘(]?[A-Z])|[\n;|]")


def _alt(words: list[str]) -> str:
    return alternation(sorted({str(w) for w in words}, key=len, reverse=True))


@cache
def _words(key: str) -> re.Pattern[str]:
    """Whole words of price; words of giving by their stems."""
    data = rules.load("figures")["price_clauses"]
    tail = r"\b" if key == "price" else r"\w*"
    return re.compile(rf"(?i:\b(?:{_alt(data[key])}){tail})")


@cache
def _unit_after() -> re.Pattern[str]:
    data = rules.load("figures")["price_clauses"]
    return re.compile(rf"(?i:[ \t]*(?:{_alt(data['unit_after'])})\b)")


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause holding the sum at start..end."""
    lo = max(0, start - _BACK)
    before = [m.end() for m in _CLAUSE_END.finditer(text, lo, start)]
    head = before[-1] if before else lo
    after = _CLAUSE_END.search(text, end, min(len(text), end + _AHEAD))
    return head, after.start() if after else min(len(text), end + _AHEAD)


def is_price_clause(doc: Doc, item: Item) -> bool:
    """Whether the sum at the item stands in a clause about a price and none of giving."""
    text = doc.text
    if _unit_after().match(text, item.end):
        return True
    head, tail = _clause(text, item.start, item.end)
    if not _words("price").search(text, head, item.start):
        return False
    return not _words("giving").search(text, head, tail)
