"""Numbers whose noun is said elsewhere: after a factbox's label naming what they count
("- Negara penyumbang pasukan atau kapal: 14.", "Heads of state present: 22"; the label
opens on the measure's noun, the number closes the line or its sentence), before a dash
and the noun on a line of figures ("21,700 - troops deployed", "27 – negara yang ..."),
by state under a heading naming it ("Troops pledged: France 2,000, Britain 1,500"), or
after a figure, by state, the noun left out ("Britain sends 4,000 troops, France 5,500")."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from willing.ingest.document import Doc
from willing.ingest.figures import _NUM, clean_number, figure_tables, parse_number
from willing.ingest.items import Item
from willing.ingest.parties import code_of
from willing.ingest.prefilter import alternation


@cache
def _pattern() -> re.Pattern[str]:
    measures = alternation(sorted(figure_tables().measures, key=len, reverse=True))
    return re.compile(
        r"(?im)^[ \t]*(?:[-•*][ \t]*)?(?:(?:jumlah|number of|total(?: number of)?|banyaknya)"
        rf"[ \t]+)?(?P<measure>{measures})\b[^\n:]{{0,50}}:[ \t]*(?P<n>{_NUM})"
        r"(?=[ \t]*(?:[.,;(]|$))"
    )


@cache
def _dashed() -> re.Pattern[str]:
    measures = alternation(sorted(figure_tables().measures, key=len, reverse=True))
    return re.compile(
        rf"(?im)^[ \t]*(?P<n>{_NUM})[ \t]*[-–—][ \t]+(?:[\w-]+[ \t]+){{0,2}}?"
        rf"(?P<measure>{measures})\b"
    )


def dashed(doc: Doc, found: list[Item]) -> list[Item]:
    """Counts and figures of lines opening on a number, a dash and the noun it measures,
    up to two words before it ("48 - combat aircraft on call", "38 - countries that have
    signed"); none for zero, a year ("2027 - the year ...") nor a time ("10.20 - ...")."""
    if "-" not in doc.text and "–" not in doc.text and "—" not in doc.text:
        return []
    t = figure_tables()
    out: list[Item] = []
    for m in _dashed().finditer(doc.text):
        if any(i.start <= m.start("n") < i.end for i in found) or _YEAR.fullmatch(m.group("n")):
            continue
        item = listed(doc, m, t.measures[m.group("measure").casefold()])
        # "10.20 - Keterangan ...": a time heading a line, no number of anything
        if item is not None and item.value["value"] and isinstance(item.value["value"], int):
            out.append(item)
    return out


#: a state and its number in a headed list: "France 2,000," "Belanda 2."
_LISTED = re.compile(
    rf"(?-i:[A-Z][\w-]+)[ \t]+(?P<n>{_NUM})(?=[ \t]*(?:[,;]|\.(?!\d)|$|\n|and\b|dan\b))",
    re.M,
)


def headed(doc: Doc, found: list[Item]) -> list[Item]:
    """Numbers listed by state after a heading that says what they count ("Troops
    pledged: France 2,000, Britain 1,500"; "Kapal yang dijanjikan: Belanda 2")."""
    if ":" not in doc.text:
        return []
    t = figure_tables()
    out: list[Item] = []
    for s, e in doc.paragraphs:
        head = t.heading.match(doc.text, s, e)
        measure = t.measures[head.group("measure").casefold()] if head else None
        if head is None or measure is None or measure in t.counts:
            continue
        for m in _LISTED.finditer(doc.text, head.end(), e):
            if any(i.start <= m.start("n") < i.end for i in found):
                continue
            item = listed(doc, m, measure)
            if item is not None:
                out.append(item)
    return out


def listed(doc: Doc, m: re.Match[str], measure: str) -> Item | None:
    """The count or figure of a number (group "n" of `m`) listed under a word of what it
    measures ("Troops pledged: France 2,000"; "Heads of state present: 22"); None when the
    number cannot be read."""
    try:
        number = clean_number(parse_number(m.group("n"), doc.language))
    except ValueError:
        return None
    value: dict[str, Any]
    if measure in figure_tables().counts:
        kind, value = "count", {"measure": measure}
    else:
        kind, value = "figure", {"kind": measure, "unit": measure, "measure": None}
    value.update(value=number, low=None, high=None, approximate=False)
    return Item(kind, value, m.start("n"), m.end("n"), 0.7)


def labelled(doc: Doc, found: list[Item]) -> list[Item]:
    """Count and figure items of the numbers after a label naming their measure."""
    if ":" not in doc.text:
        return []
    t = figure_tables()
    out: list[Item] = []
    for m in _pattern().finditer(doc.text):
        if any(i.start <= m.start("n") < i.end for i in found):
            continue
        item = listed(doc, m, t.measures[m.group("measure").casefold()])
        if item is not None:
            out.append(item)
    return out


#: a state and a number after a figure, its noun left out: "Britain sends 4,000 troops,
#: France 5,500", "Inggris 4.000 tentara, Prancis sekitar 5.500", "...; France has 5,600"
_GAPPED = re.compile(
    r"[^,;.\n]{0,60}?[ \t]*(?:[,;]|\band\b|\bdan\b|\bserta\b)[ \t]+"
    r"(?:(?:and|dan|serta|while|whereas|sementara|sedangkan)[ \t]+)?"
    r"(?P<state>[A-Z][\w’'\-]*+(?:[ \t]+[A-Z][\w’'\-]*+)?)[ \t]+"
    # a verb of having between: "France has 5,600", "Jerman punya 3.100"
    r"(?:(?:has|had|keeps|sends|fields|punya|memiliki|mengirim)[ \t]+)?"
    r"(?:(?:about|around|some|roughly|nearly|up to|sekitar|kira-kira|hampir|sebanyak)[ \t]+)?"
    rf"(?P<n>{_NUM})(?![.,]?\d)(?=[ \t]*(?:[.,;)]|$|\band\b|\bdan\b|\bserta\b))"
)
#: a year, not a number of anything ("France in 2027")
_YEAR = re.compile(r"(?:19|20)\d\d")


def gapped(doc: Doc, found: list[Item]) -> list[Item]:
    """The figures of states listed after a figure with its noun left out."""
    out: list[Item] = []
    for item in found:
        if item.type != "figure" or item.value.get("kind") in ("money", "percent"):
            continue
        end = doc.sentence_at(item.start)[1]
        pos = item.end
        while (m := _GAPPED.match(doc.text, pos, end)) is not None:
            if code_of(m.group("state")) is None or _YEAR.fullmatch(m.group("n")):
                break
            try:
                number = clean_number(parse_number(m.group("n"), doc.language))
            except ValueError:
                break
            value = dict(item.value, value=number, low=None, high=None, approximate=False)
            out.append(Item("figure", value, m.start("n"), m.end("n"), 0.7))
            pos = m.end()
    return out
