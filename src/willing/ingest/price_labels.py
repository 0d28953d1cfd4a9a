"""A price is not a sum given, however it is written: a label before it in a catalogue or a
notice ("Estimate £3,000-5,000", "Harga: Rp 95.000"), a book's edition ("hardback £25"), a
book's particulars in brackets ("(Otava Press, 352 pages, £25)"), or a person it is paid to
or for, named first ("santunan bagi keluarga setiap prajurit sebesar Rp 15 juta"). News
states sums given in verbs; a price is stated by a noun, right against the sum."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules
from willing.ingest.document import Doc
from willing.ingest.items import Item
from willing.ingest.prefilter import alternation
from willing.ingest.price_clauses import is_price_clause
from willing.ingest.unit_prices import per_head


def _alt(words: list[str]) -> str:
    return alternation(sorted(set(words), key=len, reverse=True))


@cache
def _label() -> re.Pattern[str]:
    """Read backwards from a sum: a label opening its line or clause, or an edition word."""
    data = rules.load("figures")["price_labels"]
    labelled = _alt([str(w) for w in data["labelled"]])
    edition = _alt([str(w) for w in data["edition"]])
    return re.compile(
        rf"(?i:(?:(?:^|[\n|;(]|[.:,][ \t])[ \t]*(?:{labelled})|\b(?:{edition}))"
        r"[ \t]*:?[ \t]*(?:from[ \t]+|dari[ \t]+|mulai[ \t]+)?\Z)"
    )


@cache
def _book() -> re.Pattern[str]:
    words = _alt([str(w) for w in rules.load("figures")["price_labels"]["book"]])
    return re.compile(rf"(?i:\b(?:{words})\b)")


#: a person named first, then the sum paid to or for each, said as its size: "setiap
#: prajurit sebesar Rp 15 juta", "for every cadet worth EUR 900" (not "have each pledged":
#: no person after it; an allowance a soldier "receives" the annotation counts as money)
_HEAD_FIRST = re.compile(
    r"(?i:\b(?:setiap|tiap|each|every|per)[ \t]+(?:student|participant|person|soldier|troop"
    r"|officer|trainee|cadet|delegate|monitor|family|peserta|orang|prajurit|personel|siswa"
    r"|pemantau|keluarga)s?\b(?:[ \t]+[\w-]+){0,2}?[ \t]+(?:sebesar|senilai|worth)[ \t]*\Z)"
)


def _in_book_bracket(text: str, start: int, end: int) -> bool:
    """The sum stands in a bracket that also gives a book's pages or number."""
    open_ = text.rfind("(", max(0, start - 120), start)
    if open_ < 0 or ")" in text[open_:start]:
        return False
    close = text.find(")", end, end + 40)
    inside = text[open_ : close if close >= 0 else end]
    return "\n" not in inside and _book().search(inside) is not None


def is_price(doc: Doc, item: Item) -> bool:
    """Whether the sum of money at the item is a price, by the words just before it."""
    text = doc.text
    window = max(0, item.start - 40)
    if _label().search(text, window, item.start) or _HEAD_FIRST.search(text, window, item.start):
        return True
    return "(" in text[max(0, item.start - 120) : item.start] and _in_book_bracket(
        text, item.start, item.end
    )


def unpriced(doc: Doc, items: list[Item]) -> list[Item]:
    """The items, without sums of money that are prices: by a label before the sum, by a
    person it is counted by after it (`unit_prices`), or by a clause about a price
    (`price_clauses`)."""
    return [
        i
        for i in items
        if not (
            i.type == "figure"
            and i.value.get("kind") == "money"
            and (is_price(doc, i) or per_head(doc, i) or is_price_clause(doc, i))
        )
    ]
