"""Views held by two parties at once: a subject "both" / "keduanya" stands for the two
parties named last before it ("Brazil and Mexico stayed out of the coalition. Both called
for talks" is Brazil's and Mexico's, not the coalition's they stayed out of)."""

from __future__ import annotations

import re
from collections.abc import Callable

from willing.ingest.document import Doc, Index
from willing.ingest.parties import Mention

#: a subject naming the two people (or states) just spoken of: "Keduanya sepakat bahwa
#: ...", "Kedua pemimpin juga menyerukan ...", "Both leaders said ...", "Both called for
#: ..." (a bare "both" only before a verb in the past, not "both sides")
BOTH = re.compile(
    r"(?i:\s*(?:keduanya|kedua (?:pemimpin|menteri|kepala negara|kepala pemerintahan|negara"
    r"|pemerintah|pihak)|(?:both|the two) (?:leaders|ministers|men|women|countries|"
    r"governments|heads of government)|both(?=,? (?:(?:also|have|has|had|were|are|will|"
    r"would|still|again|then) )?[a-z]+ed\b))\b)"
)
#: words naming the party after them a partner or a body one is in, not a holder: "menuntut
#: perundingan dengan Moskow dan menolak ..." is not Moscow's view, nor "tidak ikut dalam
#: koalisi. Keduanya ..." the coalition's
_PARTNER = frozenset({"dengan", "with", "dalam", "within", "between"})
#: "both" said of states rather than of people
_STATES = re.compile(r"(?i:negara|pemerintah|countries|governments)")


def both(
    doc: Doc,
    s: int,
    clause: int,
    people: Index[Mention],
    holders: Index[Mention],
    free: Callable[[Mention], bool],
) -> list[str]:
    """The two parties a sentence opening with "both" / "kedua" speaks for: those of the
    last two people (else states) named before it, nearest first; a party named as a
    place, an owner or a partner ("tidak ikut dalam koalisi", "talks with Moscow") is not
    one of them (`free` tells)."""
    match = BOTH.match(doc.text, clause)
    if not match:
        return []
    persons = people.within(0, s)
    named = [*reversed(persons), *(h for h in reversed(holders.within(0, s)) if free(h))]
    if _STATES.search(match.group()):
        # "Kedua negara menolak ...": the two states of the sentence before, not its people
        i = doc.sentence_index(s)
        before = holders.within(*doc.sentences[i - 1]) if i else []
        named = [*(h for h in before if h not in persons and free(h)), *named]
    codes: list[str] = []
    for h in named:
        if h.code not in codes:
            codes.append(h.code)
        if len(codes) == 2:
            return codes
    return []


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
