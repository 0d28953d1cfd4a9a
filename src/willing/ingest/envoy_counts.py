"""States counted by the office-holders or embassies they send: "26 ministers at the
table", "Thirty ministers sat around the table", "about twenty ministers in the room",
"25 menteri hadir langsung", "perwakilan 18 kedutaan besar". Each state sends one
minister, one chief of defence, one ambassador to a meeting, so a number of them is a
number of states. The figure table reads such a number with the measure `envoys`
(`figures.yaml`); here it becomes a count of countries, unless the office-holders are one
state's own: a state's name or adjective between the number and the noun ("two British
ministers"), or right after it ("tiga menteri Jerman", "ministers from France"), or fewer
than three of them (a government sends two ministers; a meeting of two states is no
count anyone reports that way), or the ones just named ("Estonia, Latvia and Lithuania
..., the three defence ministers said": the states are listed, not counted)."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest.document import Doc
from willing.ingest.figures import figure_tables
from willing.ingest.items import Item

#: capitalised words before the noun that name a group of states, not one state
_COLLECTIVE = frozenset(
    {"european", "nato", "eu", "nordic", "baltic", "western", "allied", "coalition", "g7"}
)
#: a capitalised word: a state's name or adjective ("British", "Jerman")
_CAPITAL = re.compile(r"(?-i:\b[A-Z][\w-]*)")
#: a state named right after the noun: "menteri Jerman", "ministers from France"
_OWNER_AFTER = re.compile(
    r"(?:nya)?[ \t]+(?:(?:of|from|dari|asal)[ \t]+)?(?:the[ \t]+)?(?-i:[A-Z][a-z])"
)
#: a determiner pointing back to office-holders just named: "the three ministers"
_NAMED_BEFORE = re.compile(r"(?i:\b(?:the|these|those|its|their)[ \t]+)\Z")


@cache
def _noun_at_end() -> re.Pattern[str]:
    nouns = sorted((w for w, m in figure_tables().measures.items() if m == "envoys"), key=len)
    alt = "|".join(re.escape(n) for n in reversed(nouns))
    return re.compile(rf"(?i:(?:{alt})(?:nya)?)\Z")


def as_states(doc: Doc, numbers: list[Item]) -> list[Item]:
    """The numbers, with each count of envoys made a count of countries or dropped."""
    if not any(i.type == "count" and i.value["measure"] == "envoys" for i in numbers):
        return numbers
    out: list[Item] = []
    for i in numbers:
        if i.type != "count" or i.value["measure"] != "envoys":
            out.append(i)
        elif not _own(doc, i):
            out.append(Item("count", {**i.value, "measure": "countries"}, i.start, i.end, 0.7))
    return out


def _own(doc: Doc, item: Item) -> bool:
    """The envoys counted are one state's own, or too few to count states."""
    number = item.value["value"] if item.value["value"] is not None else item.value["high"]
    if not isinstance(number, int) or number < 3:
        return True
    if _NAMED_BEFORE.search(doc.text, max(0, item.start - 8), item.start):
        return True
    span = doc.text[item.start : item.end]
    noun = _noun_at_end().search(span)
    if noun is None:
        return True
    spelled = figure_tables().word_values
    words = [  # between the number and the noun, but the words of a number ("Twenty Six")
        w for w in span[: noun.start()].split()[1:] if w.casefold().split("-")[0] not in spelled
    ]
    if any(_CAPITAL.match(w) and w.casefold() not in _COLLECTIVE for w in words):
        return True
    return _OWNER_AFTER.match(doc.text, item.end) is not None
