"""The backstop a contribution rests on is needed, not given (twentieth set).

"Their contribution rests on American intelligence support", "with a proviso from Warsaw
that the United States keep its air and intelligence cover", "asalkan payung udara Amerika
tetap terjaga", "selama payung udara Amerika masih terbentang", "kontribusi mereka bertumpu
pada dukungan intelijen Amerika Serikat", "US early-warning data on which the unit would
depend": the air cover, intelligence or surveillance named after a word of depending (or
before "on which ... depend") is what a contribution needs. Neither the state that needs it
nor the one named as its source gives a backstop in that clause. This reader finds the
combination (a small family of words of depending, resting on, premising, provisos and
"as long as" in both languages x a backstop asset within a few words, no sentence end
between) and vetoes the backstop commitments of air, intelligence and monitoring whose own
words hold it. Not vetoed: a pledge named as such between them ("rests on the American
commitment to provide intelligence" is the pledge itself), and a backstop named before the
word of depending ("air support, as long as Europe plans more").
"""

from __future__ import annotations

import re

from willing.ingest.document import Doc
from willing.ingest.items import Item
from willing.ingest.vetoes import drop_in_sentence

#: cheap test first: a sentence needs one of these words before the pattern is run
_KEYS = frozenset(
    {
        "depend", "depends", "dependent", "depending", "rests", "rest", "resting", "rested",
        "premised", "predicated", "proviso", "conditional", "contingent", "hinges", "hinge",
        "relies", "rely", "relying", "relied", "provided", "long", "bergantung", "tergantung",
        "bertumpu", "bersandar", "mengandalkan", "asalkan", "asal", "selama", "syarat",
        "catatan", "memerlukan", "membutuhkan", "requires", "require", "needs", "need",
    }
)  # fmt: skip

_DEPEND = (
    r"(?:depend(?:s|ed|ing|ent)?\s+(?:on|upon)|rest(?:s|ed|ing)?\s+on|premised\s+on"
    r"|predicated\s+on|conditional\s+on|contingent\s+on|hinges?\s+on|hinged\s+on"
    r"|rel(?:y|ies|ied|ying)\s+on|proviso|provided(?:\s+that)?|(?:as|so)\s+long\s+as"
    r"|on\s+condition\s+that|requires?|needs?|(?:ber|ter)gantung\s+(?:pada|kepada|dari)"
    r"|bertumpu\s+pada|bersandar\s+pada|mengandalkan|asalkan|asal|selama"
    r"|dengan\s+(?:syarat|catatan)|memerlukan|membutuhkan)"
)
_ASSET = (
    r"(?:air\s+(?:cover|umbrella|support|policing|defen[cs]e\s+cover)|intelligence"
    r"|early[\s-]warning|surveillance|reconnaissance|satellite\w*|backstop"
    r"|payung\s+udara|perlindungan\s+udara|dukungan\s+udara|intelijen|pengintaian"
    r"|peringatan\s+dini|satelit)"
)
#: a pledge named between: the backstop is then given ("the American commitment to
#: provide intelligence")
_PLEDGE = r"(?:commitment|pledge|promise|guarantee|undertaking|komitmen|janji|jaminan)"
_NEEDED = re.compile(
    rf"(?i:\b{_DEPEND}\b(?:(?!{_PLEDGE})[^.;!?\n]){{0,110}}?\b{_ASSET}\b"
    rf"|\b{_ASSET}\b[^.;!?\n]{{0,40}}?\bon\s+which\b[^.;!?\n]{{0,40}}?\b(?:depends?|relies|rel(?:y|ied)"
    r"|rests?)\b)"
)
_DOMAINS = frozenset({"air", "intelligence", "monitoring"})


def _needed(doc: Doc, n: int) -> list[tuple[int, int]]:
    if doc.sentence_keys[n].isdisjoint(_KEYS) and "which" not in doc.sentence_keys[n]:
        return []
    s, e = doc.sentences[n]
    return [m.span() for m in _NEEDED.finditer(doc.text, s, e)]


def vetoed(doc: Doc, found: list[Item]) -> list[Item]:
    """`found` without the backstop commitments whose own words only need the backstop."""
    return drop_in_sentence(
        doc,
        found,
        lambda n: _needed(doc, n),
        lambda item, span: item.start <= span[0] < item.end or item.start < span[1] <= item.end,
        lambda item: item.value.get("layer") == "backstop" and item.value.get("domain") in _DOMAINS,
    )
