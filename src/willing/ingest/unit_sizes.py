"""A force's size given in persons rather than as troops: a unit named, then its number
of people ("satu kompi berjumlah 150 orang", "pemantau, yang kini 220 orang"); people who
go as part of a unit ("23 orang ... sebagai bagian dari Kontingen Garuda"); a strength
("a company of peacekeepers, 150 strong", "a 600-strong battalion"); a number "of them"
after the troops' noun ("Ukrainian Navy divers, 12 of them"). Each is a number of troops
no noun of troops follows."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from willing.ingest import rules
from willing.ingest.document import Doc
from willing.ingest.items import Item
from willing.ingest.prefilter import guarded

_NUM = r"\d{1,3}(?:[.,]\d{3})+(?![.,]?\d)|\d+(?![.,]?\d)"
#: how far before the number its unit may be named, and after it the unit joined
_BEFORE, _AFTER = 70, 120


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class _Patterns:
    persons: re.Pattern[str]
    unit: re.Pattern[str]
    part_of: re.Pattern[str]
    harmed: re.Pattern[str]
    strong: re.Pattern[str]
    of_them: re.Pattern[str]
    troops_before: re.Pattern[str]
    unit_of: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    data = rules.load("figures")
    sizes = data["unit_sizes"]
    troops = [str(w) for w in data["measures"]["troops"]]
    units = _alt([str(w) for w in sizes["units"]] + troops)
    return _Patterns(
        guarded(rf"(?P<n>{_NUM})[ \t]+(?:{_alt([str(w) for w in sizes['persons']])})\b"),
        guarded(rf"(?i:\b(?:{units})\b)"),
        guarded(
            rf"(?i:\b(?:{_alt([str(w) for w in sizes['part_of']])})\s+(?:the\s+|a\s+)?"
            rf"(?:[\w’'-]+\s+){{0,2}}?(?:{units})\b)"
        ),
        guarded(rf"(?i:\b(?:{_alt([str(w) for w in sizes['harmed']])})\b)"),
        guarded(rf"(?P<n>{_NUM})(?:[ \t]+|-)strong\b"),
        guarded(rf"(?P<n>{_NUM})[ \t]+(?:of them|di antaranya)\b"),
        # "Ukrainian Navy divers, 12 of them", "we train sappers as well: 300 of them"
        guarded(
            rf"\b(?i:{_alt(troops)})(?:[ \t]+[A-Z][\w-]+)?"  # "prajurit zeni Ukraina: 180 ..."
            r"(?:[ \t]+(?i:as well|too|juga))?[,:][ \t]+$"
        ),
        # a unit, then its strength: "the contingent of 250 deploys", "kontingen yang
        # berjumlah 220 berangkat"; not of states, years or sums ("a force of 30 nations"),
        # nor a unit's own name ("soldiers of 16 Air Assault Brigade")
        guarded(
            rf"\b(?i:{units})(?:[ \t]+[A-Z][\w-]+){{0,2}}[ \t]+"
            r"(?i:of|(?:yang[ \t]+)?(?:berjumlah|beranggotakan))[ \t]+"
            r"(?i:(?:about|some|around|sekitar)[ \t]+)?"
            rf"(?P<n>{_NUM})"
            r"(?![ \t]*(?:%|-)|[ \t]+[A-Z]|[ \t]+(?i:countries|states|nations|members|negara"
            r"|years?|tahun|months?|bulan|days?|hari|per|percent|persen|million|billion|juta"
            r"|miliar)\b)"
        ),
    )


def _number(text: str) -> int:
    """A whole number with its thousands marked in either language ("8.000", "8,000")."""
    return int(re.sub(r"[.,]", "", text))


#: the words a sentence needs for a size in persons to be looked for in it
_PERSONS = frozenset(
    {"orang", "people", "persons", "jiwa", "personnel", "personel", "men", "women"}
)


#: the words that join a unit to its strength: a sentence holding none has no such size
_UNIT_OF = frozenset({"of", "berjumlah", "beranggotakan"})


def sized(doc: Doc, found: list[Item]) -> list[Item]:
    """Troop figures for forces sized in persons, where no figure is found already."""
    p = _patterns()
    taken = [(i.start, i.end) for i in found]
    out: list[Item] = []

    def add(m: re.Match[str]) -> None:
        a, b = m.span("n")
        if any(s < b and a < e for s, e in taken):
            return
        value = _number(m.group("n"))
        if value < 2 or 1900 <= value <= 2100:
            return  # one person is no force; a year is no size
        item = {"kind": "troops", "unit": "troops", "measure": None, "value": value}
        item.update(low=None, high=None, approximate=False)
        out.append(Item("figure", item, a, b, 0.7))
        taken.append((a, b))

    strong = "strong" in doc.text
    of_them = "of them" in doc.text or "di antaranya" in doc.text
    for s, e in doc.sentences_with_digits():
        keys = doc.sentence_keys[doc.sentence_index(s)]
        if not keys.isdisjoint(_UNIT_OF):
            for m in p.unit_of.finditer(doc.text, s, e):
                add(m)
        if strong:
            for m in p.strong.finditer(doc.text, s, e):
                add(m)
        if of_them:
            for m in p.of_them.finditer(doc.text, s, e):
                if p.troops_before.search(doc.text, max(s, m.start() - 60), m.start()):
                    add(m)  # "Ukrainian Navy divers, 12 of them"
        if keys.isdisjoint(_PERSONS):
            continue
        for m in p.persons.finditer(doc.text, s, e):
            a, b = m.span("n")
            if any(x < b and a < y for x, y in taken):
                continue  # "3,000 personnel": a figure already
            after = doc.text[m.end() : min(e, m.end() + _AFTER)]
            if p.harmed.search(doc.text[max(s, m.start() - 30) : min(e, m.end() + 40)]):
                continue
            before = doc.text[max(s, m.start() - _BEFORE) : m.start()]
            if p.unit.search(before) or p.part_of.search(after):
                add(m)
    return out
