"""Numbers a factbox gives after a label naming what they count ("- Negara penyumbang
pasukan atau kapal: 14.", "Heads of state present: 22", "Troops pledged: 4,000"): the
label opens on the measure's noun, the number closes the line or its sentence."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from willing.ingest.document import Doc
from willing.ingest.figures import _NUM, _clean, _tables, parse_number
from willing.ingest.items import Item
from willing.ingest.prefilter import alternation


@cache
def _pattern() -> re.Pattern[str]:
    measures = alternation(sorted(_tables().measures, key=len, reverse=True))
    return re.compile(
        r"(?im)^[ \t]*(?:[-•*][ \t]*)?(?:(?:jumlah|number of|total(?: number of)?|banyaknya)"
        rf"[ \t]+)?(?P<measure>{measures})\b[^\n:]{{0,50}}:[ \t]*(?P<n>{_NUM})"
        r"(?=[ \t]*(?:[.,;(]|$))"
    )


def labelled(doc: Doc, found: list[Item]) -> list[Item]:
    """Count and figure items of the numbers after a label naming their measure."""
    if ":" not in doc.text:
        return []
    t = _tables()
    out: list[Item] = []
    for m in _pattern().finditer(doc.text):
        if any(i.start <= m.start("n") < i.end for i in found):
            continue
        try:
            number = _clean(parse_number(m.group("n"), doc.language))
        except ValueError:
            continue
        measure = t.measures[m.group("measure").casefold()]
        value: dict[str, Any]
        if measure in t.counts:
            kind, value = "count", {"measure": measure}
        else:
            kind, value = "figure", {"kind": measure, "unit": measure, "measure": None}
        value.update(value=number, low=None, high=None, approximate=False)
        out.append(Item(kind, value, m.start("n"), m.end("n"), 0.7))
    return out
