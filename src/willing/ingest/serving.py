"""The size of a force told by an anaphor: soldiers named, then a number "of them"
serving somewhere ("the first British soldiers crossed into Ukraine ... Today some 900 of
them serve there", "Kini 450 di antaranya bertugas di Lviv"). Only a verb of service
after it makes the number a force's: "400 of them live near Salisbury" is none."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest.document import Doc
from willing.ingest.figures import clean_number, figure_tables, parse_number
from willing.ingest.items import Item
from willing.ingest.prefilter import guarded

#: a number of them, then (a word or two on) a verb of serving, stationing or standing guard
_SERVING = guarded(
    r"(?i:\b(?P<approx>(?:some|about|around|roughly|nearly|almost|sekitar|kira-kira|hampir"
    r"|sebanyak)\s+)?(?P<n>\d{1,3}(?:[.,]\d{3})*)\s+(?:of\s+them|of\s+those|di\s+antaranya"
    r"|dari\s+mereka|dari\s+jumlah\s+itu)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:serve|serves|serving|served|remain|remains|are\s+(?:\w+\s+)?(?:deployed|stationed"
    r"|based|posted|serving|on\s+duty)|were\s+(?:\w+\s+)?(?:deployed|stationed|based|posted)"
    r"|patrol|guard|bertugas|ditempatkan|disiagakan|berjaga|bersiaga|berpatroli|bermarkas"
    r"|dikerahkan|berada)\b)"
)
#: sentences before the number that may name the soldiers it counts
_BACK = 3


@cache
def _soldiers() -> re.Pattern[str]:
    """The nouns of troops (the figure table's), as a word in a sentence."""
    t = figure_tables()
    nouns = sorted((k for k, v in t.measures.items() if v == "troops"), key=len, reverse=True)
    return guarded(rf"(?i:\b(?:{'|'.join(re.escape(n) for n in nouns)})\b)")


def serving(doc: Doc, found: list[Item]) -> list[Item]:
    """Figures of troops given as a number of soldiers named just before, serving."""
    if not any(w in doc.positions for w in ("them", "antaranya", "mereka", "itu", "those")):
        return []
    out: list[Item] = []
    for m in _SERVING.finditer(doc.text):
        if any(i.start <= m.start("n") < i.end for i in found):
            continue  # "31 countries ..., 19 of them": counted already
        n = doc.sentence_index(m.start())
        s = doc.sentences[max(0, n - _BACK)][0]
        if not _soldiers().search(doc.text, s, m.start()):
            continue
        try:
            number = clean_number(parse_number(m.group("n"), doc.language))
        except ValueError:
            continue
        value = {"kind": "troops", "unit": "troops", "measure": None, "value": number}
        value.update(low=None, high=None, approximate=bool(m.group("approx")))
        out.append(Item("figure", value, m.start("n"), m.end("n"), 0.6))
    return out
