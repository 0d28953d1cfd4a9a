"""Views held by a group at once: a subject "both" / "keduanya" stands for the two parties
named last before it ("Brazil and Mexico stayed out of the coalition. Both called for talks"
is Brazil's and Mexico's, not the coalition's they stayed out of), "the three countries" /
"ketiga negara" for the last three, and so on: the group's number says how many."""

from __future__ import annotations

import re
from collections.abc import Callable

from willing.ingest.document import Doc, Index
from willing.ingest.parties import Mention, is_state

#: a subject naming the two people (or states) just spoken of: "Keduanya sepakat bahwa
#: ...", "Kedua pemimpin juga menyerukan ...", "Both leaders said ...", "Both called for
#: ..." (a bare "both" only before a verb in the past or an aside, "both, like Chile, ...",
#: not "both sides"); (twenty-seventh round) and groups of three or four
BOTH = re.compile(
    r"(?i:\s*(?:keduanya|ketiganya|keempatnya|(?:kedua|ketiga|keempat) (?:pemimpin|menteri"
    r"|kepala negara|kepala pemerintahan|negara|pemerintah|pihak)|(?:both|the two|(?:all|the)"
    r" (?:three|four)) (?:leaders|ministers|men|women|countries|states|nations|governments"
    r"|heads of government)|(?:both|all (?:three|four))(?=,? (?:(?:also|have|has|had|were|are"
    r"|will|would|still|again|then) )?[a-z]+ed\b|,))\b)"
)
#: how many parties a group word stands for ("kedua", "both": two)
_NUMBER = re.compile(r"(?i:ke(dua|tiga|empat)|(both|two|three|four))")
_COUNT = {"dua": 2, "tiga": 3, "empat": 4, "both": 2, "two": 2, "three": 3, "four": 4}
#: words naming the party after them a partner or a body one is in, not a holder: "menuntut
#: perundingan dengan Moskow dan menolak ..." is not Moscow's view, nor "tidak ikut dalam
#: koalisi. Keduanya ..." the coalition's, nor "outside the coalition"
_PARTNER = frozenset({"dengan", "with", "dalam", "within", "between", "outside"})
#: "both" said of states rather than of people
_STATES = re.compile(r"(?i:negara|pemerintah|countries|states|nations|governments)")


def both(
    doc: Doc,
    s: int,
    clause: int,
    people: Index[Mention],
    holders: Index[Mention],
    free: Callable[[Mention], bool],
) -> list[str]:
    """The parties a clause opening with "both" / "kedua" (or "ketiga negara", "all three")
    speaks for: those of the last two (three, ...) people (else states) named before it,
    nearest first; a party named as a place, an owner or a partner ("tidak ikut dalam
    koalisi", "talks with Moscow") is not one of them (`free` tells)."""
    match = group(doc, clause)
    if not match:
        return []
    number = _NUMBER.search(match.group())
    count = _COUNT[next(g for g in number.groups() if g).casefold()] if number else 2
    persons = people.within(0, clause)
    named = [*reversed(persons), *(h for h in reversed(holders.within(0, clause)) if free(h))]
    if _STATES.search(match.group()):
        # "Kedua negara menolak ...": the states named last before it, or those of the
        # sentence before, not its people; "the three countries" are no organisations
        i = doc.sentence_index(s)
        before = holders.within(*doc.sentences[i - 1]) if i else []
        named = [*(h for h in before if h not in persons and free(h)), *named]
        if count > 2:
            states = [h for h in holders.within(s, clause) if h not in persons and free(h)]
            named = [h for h in [*reversed(states), *named] if is_state(h.code)]
    codes: list[str] = []
    for h in named:
        if h.code not in codes:
            codes.append(h.code)
        if len(codes) == count:
            return codes
    return []


def group(doc: Doc, clause: int) -> re.Match[str] | None:
    """The group word ("both", "keduanya", "ketiga negara") opening the clause, if any."""
    return BOTH.match(doc.text, clause)


def partner(doc: Doc, h: Mention) -> bool:
    """The party is named as a partner or a body one is in ("with Moscow", "with the
    coalition", "dalam koalisi")."""
    i = h.first - 1
    if i > 0 and doc.keys[i] in ("the", "a"):
        i -= 1
    # "stayed out of the coalition", not "the Security Council of the Russian Federation"
    return i >= 0 and (
        doc.keys[i] in _PARTNER or (i > 0 and doc.keys[i] == "of" and doc.keys[i - 1] == "out")
    )


#: an aside between commas: "keduanya, seperti Indonesia, menyatakan ...", "Ketiga negara,
#: menurut juru bicara, ..."; one of comparison names a party that holds the view as well
_ASIDE = re.compile(r",[^,;]{1,80},")
_LIKE = re.compile(r"(?i:,\s*(?:seperti|sebagaimana|like|as)\b)")


def led(doc: Doc, clause: int, m: re.Match[str], holders: Index[Mention]) -> list[str] | None:
    """When the group opening the clause is the phrase's subject (no party stands between
    them but in an aside), the parties compared with it ("like Indonesia"), else None: a
    party named between ("both said Russia would never ...") is a subject of its own."""
    match = group(doc, clause)
    if match is None or match.end() > m.start():
        return None
    asides = [a.span() for a in _ASIDE.finditer(doc.text, match.end(), m.start())]
    compared: list[str] = []
    for h in holders.within(match.end(), m.start()):
        aside = next(((a, b) for a, b in asides if a < h.start and h.end < b), None)
        if aside is None:
            return None
        if _LIKE.match(doc.text, aside[0]):
            compared.append(h.code)
    return compared
