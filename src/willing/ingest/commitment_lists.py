"""Contributions given as a list of lines, one state and its amount each.

Budget stories and round-ups set amounts out as a table: a lead ("This is what each
government has put in so far:", "Berikut sumbangan negara-negara anggota:") and then
lines "Germany: €1.1 billion", "- Norway: NOK 5 billion". No line holds a verb of giving;
the lead does, for all of them. Each line whose state opens it and whose amount (a
currency or a number) follows the colon gives that state a funding commitment, and a
training one when the lead's paragraph is about training.

A scoreboard labels a line with what is given and lists the givers after it: "Troops
pledged: France 2,000, Britain 1,500.", "Jets: Sweden two Gripens, Belgium four F-16s.",
"Kapal: Italia tiga kapal penyapu ranjau." Each state opening a part of such a line gives
the label's layer and domain (troops are land).
"""

from __future__ import annotations

import re

from willing.ingest.commitment_tables import tables
from willing.ingest.document import Doc, Index
from willing.ingest.items import Item
from willing.ingest.parties import Mention

#: a list line: an optional bullet, the state (checked against the mentions), a colon, then
#: an amount: a currency sign or code, or a digit
_LINE = re.compile(
    r"^[ \t]*(?:[-•*–—][ \t]*)?(?P<name>[^\n:]{2,40}?)[ \t]*:[ \t]*"
    r"(?P<amount>(?:[€£$¥]|US\$|A\$|C\$|(?-i:[A-Z]{3})[ \t]?\d|\d)[^\n]{0,80})$",
    re.M,
)
#: a lead that gives: the words of contributing, pledging, paying in, in both languages
_GIVING = re.compile(
    r"(?i:\b(?:sumbangan|menyumbang\w*|disumbangkan|kontribusi|iuran|dana|pendanaan|dijanjikan"
    r"|menjanjikan|komitmen|contribut\w*|pledg\w*|put in|paid in|pays? in|chipp\w* in|commit\w*"
    r"|gave|given|giving|fund\w*|shares?|donat\w*)\b)"
)
_TRAINING = re.compile(r"(?i:\b(?:pelatihan|melatih|latihan|training|train)\b)")
#: a labelled line: what is given, a colon, the givers with their amounts
_LABELLED = re.compile(
    r"^[ \t]*(?:[-•*–—][ \t]*)?(?P<label>[^\n:.]{2,40}):[ \t]*(?P<rest>[^\n]+)$", re.M
)
#: where one giver's part of a line ends
_PARTS = re.compile(r"(?i:[,;]\s*|\s+(?:and|dan|serta)\s+|\.\s+)")
#: a label that denies: "No troops:", "Belum ada kapal:"
_DENIED = re.compile(r"(?i:\b(?:no|not|none|without|tanpa|belum|tidak|refused|menolak)\b)")


def _counted(doc: Doc, a: int, b: int) -> bool:
    """The amount counts assets or troops, no money: "8 pesawat Typhoon", "hingga 1.200
    prajurit" (the line's own rules give them)."""
    if not doc.text[a].isdigit():
        return False
    t = tables()
    hits = [h.value.domain for h in t.domains.within(doc, a, b)]
    if "funding" in hits:
        return False
    return any(d is not None for d in hits) or bool(t.troops.within(doc, a, b))


def _lead(doc: Doc, start: int) -> str:
    """The paragraph before a list that starts at `start` (its lines above, to a blank)."""
    end = doc.text.rfind("\n\n", 0, start)
    if end < 0:
        return ""
    begin = doc.text.rfind("\n\n", 0, end)
    return doc.text[begin + 2 if begin >= 0 else 0 : end]


def find(doc: Doc, parties: list[Mention], found: list[Item]) -> list[Item]:
    """Funding (and training) commitments of the states that open the lines of a list."""
    if ":" not in doc.text or "\n" not in doc.text:
        return []
    named = Index(parties)
    have = {(i.value["party"], i.value["layer"], i.value["domain"]) for i in found}
    out: list[Item] = []
    leads: dict[int, str] = {}
    for line in _LINE.finditer(doc.text):
        name_start = line.start("name")
        opening = [p for p in named.within(name_start, line.end("name")) if p.start == name_start]
        if not opening or opening[0].end != line.end("name"):
            continue  # the state must be the whole label: "Germany:", not "Germany's share:"
        block = doc.text.rfind("\n\n", 0, line.start()) + 1
        if block not in leads:
            leads[block] = _lead(doc, line.start())
        lead = leads[block]
        if not _GIVING.search(lead) or _counted(doc, line.start("amount"), line.end("amount")):
            continue
        domains = ["funding"] + (["training"] if _TRAINING.search(lead) else [])
        for domain in domains:
            key = (opening[0].code, "regenerate", domain)
            if key in have:
                continue
            have.add(key)
            value = {
                "party": opening[0].code,
                "layer": "regenerate",
                "domain": domain,
                "conditions": [],
                "evidence": {"domain": [line.start("amount"), line.end("amount")]},
            }
            out.append(Item("commitment", value, line.start(), line.end(), 0.7))
    return out + _scoreboard(doc, named, have)


def _scoreboard(doc: Doc, named: Index[Mention], have: set[tuple[str, str, str]]) -> list[Item]:
    """Commitments of the states that open the parts of a line labelled with what is given."""
    t = tables()
    out: list[Item] = []
    for line in _LABELLED.finditer(doc.text):
        a, b = line.span("label")
        hits = t.domains.within(doc, a, b)
        given = [(h.value.layer, h.value.domain) for h in hits]
        if not given and t.troops.within(doc, a, b):
            given = [("reassure", "land")]
        if not given or _DENIED.search(doc.text, a, b):
            continue
        starts = [line.start("rest")] + [
            m.end() for m in _PARTS.finditer(doc.text, *line.span("rest"))
        ]
        for start in starts:
            opening = [p for p in named.within(start, start + 40) if p.start == start]
            if not opening:
                continue
            for layer, domain in given:
                if layer is None or domain is None:
                    continue
                key = (opening[0].code, str(layer), str(domain))
                if key in have:
                    continue
                have.add(key)
                value = {
                    "party": key[0],
                    "layer": key[1],
                    "domain": key[2],
                    "conditions": [],
                    "evidence": {"domain": [a, b]},
                }
                out.append(Item("commitment", value, line.start(), line.end(), 0.7))
    return out
