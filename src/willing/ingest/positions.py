"""Positions of parties on the open issues (territory, foreign troops, negotiations)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from willing.ingest import rules
from willing.ingest.document import Doc, Index
from willing.ingest.gazetteer import phrase_key
from willing.ingest.items import Item
from willing.ingest.parties import Mention
from willing.ingest.prefilter import guarded


@dataclass(frozen=True)
class _Tables:
    #: per issue: one pattern whose named group is the stance, and the keywords it needs
    stances: list[tuple[str, re.Pattern[str], frozenset[str]]]
    context: dict[str, frozenset[str]]
    speech: re.Pattern[str]
    not_holder: frozenset[str]
    #: per issue: parties for whom refusing to withdraw supports the claim
    occupiers: dict[str, frozenset[str]]


@cache
def _tables() -> _Tables:
    data = rules.load("positions")
    stances = []
    for issue, entry in data["issues"].items():
        keywords = frozenset(k for word in entry["keywords"] for k in phrase_key(str(word)))
        # one pass per issue; at one place the narrower stances win ("menyerahkan wilayah
        # akan menguntungkan" opposes, although "menyerahkan wilayah" alone supports)
        groups = [
            f"(?P<{stance}>{'|'.join(f'(?:{p})' for p in entry[stance])})"
            for stance in ("conditional", "oppose", "keep", "neutral", "support")
            if entry.get(stance)
        ]
        stances.append((str(issue), guarded(re.compile(rf"(?i:{'|'.join(groups)})")), keywords))
    speech = "|".join(re.escape(str(w)) for w in data["speech_verbs"])
    context = {
        str(issue): frozenset(k for w in entry.get("context") or [] for k in phrase_key(str(w)))
        for issue, entry in data["issues"].items()
    }
    return _Tables(
        stances,
        context,
        guarded(re.compile(rf"(?i:\b(?:{speech})\b)")),
        frozenset(str(w) for w in data["not_holder_before"]),
        {
            str(issue): frozenset(str(c) for c in entry.get("occupiers") or [])
            for issue, entry in data["issues"].items()
        },
    )


_CLAUSE = guarded(
    re.compile(r"(?i:[,;]\s*(?:sementara|sedangkan|while|whereas|but|tetapi|namun)\b|;)")
)


def _clause_start(doc: Doc, s: int, pos: int) -> int:
    """Where the clause holding `pos` starts: "..., sementara Kyiv menolak ..." is Kyiv's."""
    starts = [m.end() for m in _CLAUSE.finditer(doc.text, s, pos)]
    return starts[-1] if starts else s


#: nouns whose owner follows them: "penolakan Moskow untuk bernegosiasi" is Moscow's
_NOMINALS = frozenset({"penolakan", "tuntutan", "refusal", "demands", "demand"})


def _holder(doc: Doc, t: _Tables, s: int, m: re.Match[str], holders: Index[Mention]) -> str | None:
    before = holders.within(s, m.end())
    if m.group().split(" ", 1)[0].casefold() in _NOMINALS:
        inside = [h for h in before if h.start > m.start()]
        if inside:
            return inside[0].code
    for h in reversed(before):  # "Kyiv menegaskan bahwa ..." names the holder
        if h.end <= m.start():
            between = doc.text[h.end : m.start()]
            speech = t.speech.match(between.lstrip(" ,"))
            if speech is None:
                found = t.speech.search(between)
                if found and len(between[: found.start()].split()) <= 5:
                    return h.code
            else:
                return h.code
    for h in reversed(before):
        if h.start < m.start() and doc.previous_key(h.start) not in t.not_holder:
            return h.code
    return None


def find(doc: Doc, parties: list[Mention], speakers: list[Mention]) -> list[Item]:
    """Position items: {party, issue, stance, as_of}; people speak for their party."""
    t = _tables()
    holders = Index(parties + speakers)
    out: list[Item] = []
    seen: set[tuple[int, int]] = set()
    for issue, pattern, keywords in t.stances:
        spans = doc.windows(keywords, 90)
        for m in (m for s, e in spans for m in pattern.finditer(doc.text, s, e)):
            stance = str(m.lastgroup)
            s, _ = doc.sentence_at(m.start())
            needed = t.context[issue]
            if needed and doc.sentence_keys[doc.sentence_index(s)].isdisjoint(needed):
                continue
            party = _holder(doc, t, _clause_start(doc, s, m.start()), m, holders)
            party = party or _holder(doc, t, s, m, holders)
            if party is None:
                continue
            if stance == "keep":
                stance = "support" if party in t.occupiers[issue] else "oppose"
            value = {
                "party": party,
                "issue": issue,
                "stance": stance,
                "as_of": doc.published.isoformat() if doc.published else None,
            }
            if m.span() not in seen:
                seen.add(m.span())
                out.append(Item("position", value, m.start(), m.end(), 0.65))
    return sorted(out, key=lambda i: i.start)
