"""A number of countries split by the way each part took part: "Thirty-four countries
took part, thirty-two in person and two dialled in", "27 of them here in the room and four
on the screen", "34 negara hadir, 32 secara langsung dan dua melalui konferensi video".
Each part is a count of countries of its own, as the annotation counts it."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest.document import Doc
from willing.ingest.figures import figure_tables
from willing.ingest.items import Item

#: the ways of taking part, in the room or from afar
_WAYS = (
    r"in\s+person|in\s+the\s+room|at\s+the\s+table|on\s+(?:the\s+|a\s+)?(?:video\s+)?screens?"
    r"|by\s+(?:video(?:\s*link|conference)?|phone|telephone|videolink)|via\s+video(?:\s*link)?"
    r"|online|virtually|remotely|(?:dialled|dialed|called|phoned|logged)\s+in"
    r"|(?:hadir\s+)?langsung|secara\s+(?:langsung|daring|virtual|online|jarak\s+jauh|hibrida)"
    r"|tatap\s+muka|daring"
    r"|(?:melalui|lewat|via)\s+(?:konferensi\s+video|video|telepon|tautan\s+video"
    r"|sambungan\s+(?:video|telepon)|panggilan\s+video)"
)


@cache
def _part() -> re.Pattern[str]:
    t = figure_tables()
    units = "|".join(sorted(t.word_units, key=len, reverse=True))
    tens = "|".join(re.escape(w) for w in sorted(t.word_values, key=len, reverse=True))
    number = rf"\d{{1,3}}|(?:{tens})(?:[- ](?:{units}))?"
    return re.compile(
        r"(?i:(?:[,;:(]|\s(?:and|dan|serta|with|dengan))\s*"
        rf"(?P<n>{number})\b(?:\s+(?:of\s+them|di\s+antaranya))?"
        rf"(?:\s+[\w-]+){{0,3}}?\s+(?:{_WAYS})\b)"
    )


def _number(words: str) -> int | None:
    if words.isdigit():
        return int(words)
    t = figure_tables()
    key = words.casefold().replace("-", " ")
    if key in t.word_values:
        return t.word_values[key]
    head, _, unit = key.rpartition(" ")
    if head in t.word_values and unit in t.word_units:
        return t.word_values[head] + t.word_units[unit]
    return None


def parts(doc: Doc, found: list[Item]) -> list[Item]:
    """Counts of countries given as parts of a number of countries, in its sentence, each
    with the way it took part."""
    out: list[Item] = []
    for total in found:
        if total.type != "count" or total.value["measure"] != "countries":
            continue
        end = doc.sentence_at(total.start)[1]
        for m in _part().finditer(doc.text, total.end, end):
            n = _number(m.group("n"))
            if n is None or not 0 < n < total.value["value"]:
                continue
            if any(i.start <= m.start("n") < i.end for i in found + out):
                continue  # "400 troops arrived in person": a figure of its own
            value = {"measure": "countries", "value": n, "low": None, "high": None}
            value["approximate"] = False
            out.append(Item("count", value, m.start("n"), m.end("n"), 0.6))
    return out
