"""Parts of a force: after a force's strength and a word of composition ("berjumlah 250
personel, terdiri atas 210 personel TNI AD, 25 TNI AL dan 15 TNI AU", "berkekuatan 200
personel: 165 prajurit TNI, 25 anggota Polri dan 10 tenaga kesehatan", "410 troops, made
up of 300 marines, 90 Army and 20 military police"), each part of the list is a figure of
the same kind as the whole, its noun left out, a body's name in its place ("25 TNI AL"),
or a word for people in a force ("30 anggota Polri"). A part that is a thing ("12 truk"),
a sum or a year is none, and ends the list."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from willing.ingest import rules
from willing.ingest.document import Doc
from willing.ingest.figures import parse_number
from willing.ingest.items import Item

_KINDS = ("troops",)
#: a word of composition right after the strength: "terdiri atas", "consisting of", ":"
_COMPOSED = re.compile(
    r"(?i:[ \t]*(?:[\w-]+[ \t]+){0,2}?(?:,[ \t]*)?(?:yang[ \t]+)?(?:terdiri[ \t]+(?:atas|dari)"
    r"|consisting[ \t]+of|comprising|made[ \t]+up[ \t]+of|composed[ \t]+of)[ \t]+"
    r"|[ \t]*:[ \t]+)"
)
_N = r"\d{1,3}(?:[.,]\d{3})+|\d+"
#: a joiner between parts ("," "dan" "and" "serta"), then the part's number
_PART = re.compile(
    r"(?i:(?:[ \t]*(?:,|,?[ \t]+(?:dan|and|serta))[ \t]+)?(?:(?:about|some|sekitar)[ \t]+)?)"
    r"(?P<n>" + _N + r")(?![.,]?\d|[ \t]*%)[ \t]*(?P<rest>[^,;.\d]*)"
)

#: the joiner that ends a part's words: "25 TNI AL| dan 15 TNI AU"
_JOINED = re.compile(r"(?i:[ \t]+(?:dan|and|serta)[ \t]+)")


@cache
def _people() -> re.Pattern[str]:
    words = sorted((str(w) for w in rules.load("figures")["force_part_people"]), key=len)
    return re.compile(rf"(?i:(?:{'|'.join(re.escape(w) for w in reversed(words))})\b)")


def _a_part(rest: str) -> bool:
    """What follows a part's number: nothing, a name ("TNI AL"), or a word for people."""
    rest = _JOINED.split(rest, maxsplit=1)[0].strip()
    return not rest or rest[0].isupper() or _people().match(rest) is not None


def force_parts(doc: Doc, found: list[Item]) -> list[Item]:
    """Figures of the parts of a force whose strength is a figure in `found`."""
    out: list[Item] = []
    taken = [(i.start, i.end) for i in found]
    for item in found:
        if item.type != "figure" or item.value.get("kind") not in _KINDS:
            continue
        _, end = doc.sentence_at(item.start)
        # cheap guard first: the strength's noun, then a word of composition or a colon
        cue = _COMPOSED.match(doc.text, _noun_end(doc, item.end, end), end)
        if cue is None:
            continue
        semi = doc.text.find(";", cue.end(), end)
        end = end if semi < 0 else semi
        pos, first = cue.end(), True
        while (m := _PART.match(doc.text, pos, end)) is not None:
            a, b = m.span("n")
            if not first and not m.group(0)[: a - m.start()].strip(" \t"):
                break  # no joiner: not the next part of the list
            first = False
            if not any(x < b and a < y for x, y in taken):
                if not _a_part(m.group("rest")):
                    break  # "12 truk logistik": a thing, not a part of the force
                number = parse_number(m.group("n"), doc.language)
                if len(m.group("n")) == 4 and 1900 <= number <= 2100:
                    break  # a year
                value: dict[str, Any] = dict(item.value)
                value.update(value=int(number) if number == int(number) else number)
                value.update(low=None, high=None, approximate=False, measure=None)
                out.append(Item("figure", value, a, b, 0.6))
                taken.append((a, b))
            pos = m.start("rest") + len(_JOINED.split(m.group("rest"))[0])
    return out


def _noun_end(doc: Doc, pos: int, end: int) -> int:
    """The end of the strength's noun after its number ("250 personel", "410 troops")."""
    m = re.compile(r"[ \t]*[\w-]+").match(doc.text, pos, end)
    return m.end() if m else pos
