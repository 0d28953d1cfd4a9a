"""Positions read across sentences: a view restated by another state, a demand refused in
the sentence after it, a quote's holder named after it, a force's context given before.

Articles state a view once and refer to it after: "Slovakia rejects foreign troops in
Ukraine. Hungary takes the same position."; "Moscow demands Donbas. Kyiv rejected the
demand."; a list of quotes names each speaker on the line under the quote. The rules of
`positions.yaml` read one sentence; the functions here carry what it found to the next one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from willing.ingest.document import Doc, Index
from willing.ingest.items import Item
from willing.ingest.parties import Mention

#: a state holding the view just stated: "Hungary takes the same position", "Hongaria
#: bersikap sama", "Sikap serupa disampaikan Austria", "The Czech Republic holds the same view"
_SAME = re.compile(
    r"(?i:\b(?:bersikap (?:sama|serupa|senada)|(?:sikap|pandangan|posisi|pendapat|pendirian)"
    r" (?:yang )?(?:sama|serupa|senada)|sependapat|senada|(?:takes?|took|taking|holds?|held"
    r"|shares?|shared|has|have|had|adopts?|adopted|voiced|expressed) (?:the |a )?(?:same|similar"
    r"|identical) (?:position|view|line|stance|approach)|(?:did|does|do) (?:likewise|the same)"
    r"|(?:a |the )?(?:same|similar) (?:position|view|line|stance) (?:was|is) (?:taken|held"
    r"|voiced|expressed) by|(?:is|are|was|were|stands?|stood|remains?) (?:firmly )?on the same"
    r" (?:line|page|side)|sejalan|satu suara)\b)"
)
#: the most words a sentence restating a view has up to the words that say so: a short
#: sentence says only that ("Slovakia, she says, is on the same line, but ...")
_SAME_WORDS = 14

#: a demand of the sentence before refused by reference: "Kyiv rejected the demand
#: outright", "Zelenskyy menolak tuntutan itu", "Ukraina tidak akan melakukannya"
_REFUSED = re.compile(
    r"(?i:\b(?:(?:menolak|menepis|rejects?|rejected|rejecting|refuses?|refused|dismiss(?:es|ed)?"
    r"|rebuff(?:s|ed)?)(?: (?:the|that|this|such|those|these|its|their|Moscow's|Russia's"
    r"|Kremlin's))? (?:tuntutan|permintaan|syarat|klaim|demands?|claims?|ultimatum|conditions?"
    r"|terms)\b|(?:tidak|tak) akan (?:pernah )?melakukan(?:nya\b| hal (?:itu|tersebut)\b| itu\b)"
    r"|(?:will|would|shall) (?:not|never) (?:ever )?do (?:so|that|it|this)\b"
    r"|won't (?:ever )?do (?:so|that|it|this)\b"
    # (fourteenth set) a bare refusal closing its clause: "...; Kyiv refuses."
    r"|(?:menolak|refuses|refused|rejects|rejected|declines|declined|says no|said no)"
    r"(?=\s*(?:[.;!]|$))))"
)

#: the speaker named after a quote: '..., Zelenskyy said.', '"...," the minister told'
_SAID_AFTER = re.compile(
    r"(?i:[,\"”]\s*((?:[\w'’.-]+ ){1,5}?)(?:said|says|told|added|wrote|stated|declared"
    r"|insisted|kata|ujar|tegas|ucap)\b)"
)
#: a line under a quote naming its speaker: "- Andrii Sybiha, Ukrainian Foreign Minister"
_BYLINE = re.compile(r"[ \t]*[-–—][ \t]*\S")
_QUOTE_OPEN = re.compile(r"[ \t]*[\"“]")

#: words before a party that name it as a place troops would go to: "to Lithuania"
_TOWARDS = frozenset({"to", "into", "in", "towards", "ke", "di"})


def holder_after(doc: Doc, m: re.Match[str], holders: Index[Mention]) -> str | None:
    """The party of whoever is named after the phrase as saying it, in its sentence
    (", Zelenskyy said") or on the line under a quote ("- Andrii Sybiha, ...")."""
    _, e = doc.sentence_at(m.start())
    said = _SAID_AFTER.search(doc.text, m.end(), e)
    if said is not None:
        named = holders.within(*said.span(1))
        if named:
            return named[0].code
    line = doc.text.rfind("\n", 0, m.start()) + 1
    if not _QUOTE_OPEN.match(doc.text, line):
        return None
    end = doc.text.find("\n", m.end())
    if end < 0 or not _BYLINE.match(doc.text, end + 1):
        return None
    stop = doc.text.find("\n", end + 1)
    named = holders.within(end + 1, stop if stop >= 0 else len(doc.text))
    return named[0].code if named else None


#: words of sending a force or of its plan, one of which a sentence taking its context from
#: the one before must hold: the other sentences are not searched again
_SENDING = frozenset(
    {"pengerahan", "pengiriman", "penempatan", "kehadiran", "deployment", "deploying", "sending"}
    | {"stationing", "presence", "deploy", "send", "mengirim", "mengerahkan", "menempatkan"}
    | {"rencana", "plan", "plans", "proposal", "usulan", "mission", "misi"}
)


def follows(doc: Doc, s: int, needed: frozenset[str], parties: Index[Mention]) -> bool:
    """A sentence sending troops nowhere else takes its context from the sentence before:
    "Rusia menolak pasukan asing di Ukraina. Hongaria juga menentang pengerahan pasukan.",
    not "... Hungary opposes sending troops to Gaza"."""
    i = doc.sentence_index(s)
    return (
        i > 0
        and not doc.sentence_keys[i].isdisjoint(_SENDING)
        and not doc.sentence_keys[i - 1].isdisjoint(needed)
        and not any(
            p.code != "UKR" and doc.previous_key(p.start) in _TOWARDS
            for p in parties.within(*doc.sentences[i])
        )
    )


#: where a clause after the one restating a view starts: "..., but lets coalition trains cross"
_CLAUSE_AFTER = re.compile(r"(?i:,\s*(?:but|tetapi|namun|while|sementara|although|meski)\b|;)")

#: words one of which a view restated holds: a cheap test before `_SAME`
_SAME_WORDS_NEEDED = frozenset(
    {"same", "similar", "identical", "likewise", "sama", "serupa", "senada", "sependapat"}
    | {"sejalan", "satu"}
)


def _by_sentence(doc: Doc, found: list[Item]) -> dict[int, list[Item]]:
    out: dict[int, list[Item]] = {}
    for item in found:
        out.setdefault(doc.sentence_index(item.start), []).append(item)
    return out


def _position(item: Item, party: str, stance: str, start: int, end: int) -> Item:
    value = {**item.value, "party": party, "stance": stance}
    return Item("position", value, start, end, item.confidence)


def restated(
    doc: Doc, found: list[Item], parties: Index[Mention], free: Callable[[Mention], bool]
) -> list[Item]:
    """Views of a sentence taken up by the states of a short sentence after it that say
    they hold the same one: "Slovakia rejects ... Hungary takes the same position"."""
    out: list[Item] = []
    for i, before in _by_sentence(doc, found).items():
        if i + 1 >= len(doc.sentences) or doc.sentence_keys[i + 1].isdisjoint(_SAME_WORDS_NEEDED):
            continue
        a, b = doc.sentences[i + 1]
        same = _SAME.search(doc.text, a, b)
        if same is None or len(doc.text[a : same.end()].split()) > _SAME_WORDS:
            continue
        held = {(p.value["party"], p.value["issue"]) for p in before}
        # its holders stand in the clause saying so, not in a clause after it
        after = _CLAUSE_AFTER.search(doc.text, same.end(), b)
        stop = after.start() if after else b
        for party in dict.fromkeys(p.code for p in parties.within(a, stop) if free(p)):
            for item in before:
                if (party, item.value["issue"]) not in held:
                    held.add((party, item.value["issue"]))
                    out.append(_position(item, party, item.value["stance"], *same.span()))
    return out


def refused(
    doc: Doc,
    found: list[Item],
    holder: Callable[[int, re.Match[str]], str | None],
    occupiers: frozenset[str],
) -> list[Item]:
    """A demand for land refused by reference in a clause after it or in the next sentence
    ("...; Kyiv refuses.", "Kyiv rejected the demand outright"): the refusing state
    opposes the claim (an occupier refusing keeps it, as the rules of `keep` read)."""
    claims = [
        p for p in found if p.value["issue"] == "territory" and p.value["stance"] == "support"
    ]
    out: list[Item] = []
    for i, before in _by_sentence(doc, claims).items():
        # in a clause after the demand ("...; Kyiv refuses."), else in the next sentence
        a, b = before[-1].end, doc.sentences[i][1]
        m = _REFUSED.search(doc.text, a, b)
        if m is None and i + 1 < len(doc.sentences):
            a, b = doc.sentences[i + 1]
            m = _REFUSED.search(doc.text, a, b)
        if m is None:
            continue
        party = holder(a, m)
        if party is None or any(p.value["party"] == party for p in before):
            continue
        stance = "support" if party in occupiers else "oppose"
        out.append(_position(before[0], party, stance, *m.span()))
    return out
