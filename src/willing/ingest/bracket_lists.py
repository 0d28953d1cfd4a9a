"""Numbers in brackets after the names of a list, the noun said only in the first:
"Brazil (150 monitors), Malaysia (90), South Africa (60) and Uruguay (25)", "Norwegia (40
prajurit zeni), Swedia (35) dan Finlandia (20)". Each bare number after the first is a
figure of the same kind as the first. A bracket that holds anything but the number (a
year, a code, a word) ends the list."""

from __future__ import annotations

import re
from typing import Any

from willing.ingest.document import Doc
from willing.ingest.figures import parse_number
from willing.ingest.items import Item

_KINDS = ("troops", "aircraft", "ships")
#: the next entry of the list: a joiner, a capitalised name of up to four words, then the
#: bare number alone in its bracket
_NEXT = re.compile(
    r"[ \t]*(?:,|;|,?[ \t]+(?:and|dan|serta|as well as))[ \t]+"
    r"(?:(?:the|and|dan)[ \t]+)?[A-Z][\w.'-]*(?:[ \t]+(?:[A-Z][\w.'-]*|of|and|dan)){0,3}?"
    r"[ \t]*\((?P<n>\d{1,3}(?:[.,]\d{3})+|\d{1,5})\)"
)


def _opens_bracket(doc: Doc, item: Item) -> int | None:
    """The end of the bracket the figure fills ("(150 pemantau)"), or None."""
    before = doc.text[max(0, item.start - 2) : item.start].rstrip(" \t")
    if not before.endswith("("):
        return None
    close = doc.text.find(")", item.end, item.end + 40)
    if close < 0 or "(" in doc.text[item.end : close]:
        return None
    return close + 1


def bracketed(doc: Doc, found: list[Item]) -> list[Item]:
    """Figures of the entries after the first of a bracketed list of states' numbers."""
    out: list[Item] = []
    taken = {(i.start, i.end) for i in found}
    for item in found:
        if item.type != "figure" or item.value.get("kind") not in _KINDS:
            continue
        if item.value.get("value") is None or "(" not in doc.text[item.start - 2 : item.start]:
            continue
        pos = _opens_bracket(doc, item)
        _, end = doc.sentence_at(item.start)
        while pos is not None:
            m = _NEXT.match(doc.text, pos, end)
            if m is None:
                break
            try:
                number = parse_number(m.group("n"), doc.language)
            except ValueError:
                break
            if number < 2 or (len(m.group("n")) == 4 and 1900 <= number <= 2100):
                break  # "(2027)": a year, no strength
            if (m.start("n"), m.end("n")) not in taken:
                value: dict[str, Any] = dict(item.value)
                value.update(value=int(number) if number == int(number) else number)
                value.update(low=None, high=None, approximate=False, measure=None)
                out.append(Item("figure", value, m.start("n"), m.end("n"), 0.6))
            pos = m.end()
    return out
