"""A state said to be undecided gives nothing in that clause: holder x a stance of not yet
deciding, studying, having nothing to announce, being expected or reported by others, or
staying out.

The cue table's negations govern a word after them up to the next comma only ("ruled out
sending troops"); a state that "has not decided whether to fund the radar project, worth
EUR 1 billion" or "is examining whether a ship can be spared" names its asset beyond that
reach, or before the hedge ("Belgium, which we said would join with a frigate, has said
only that it is examining ..."). This reader finds the stance (a small family of verbs,
nouns and adjectives of not deciding, both languages) and vetoes the commitments of the
state that holds it (the nearest state named before it in the sentence) whose clause holds
it. Guards: a stance inside a relative clause (", which is still considering
minehunters,") leaves the main clause's gift standing; another state's gift is untouched;
a gift in a clause of its own ("will send troops, but is examining the fund") is kept,
since the veto needs the stance inside the commitment's own words.
"""

from __future__ import annotations

import re

from willing.ingest.document import Doc
from willing.ingest.items import Item
from willing.ingest.parties import Mention
from willing.ingest.vetoes import drop_in_sentence

#: cheap test first: a sentence needs one of these words before the pattern is run
_KEYS = frozenset(
    {
        "decided", "decide", "undecided", "decision", "examining", "studying", "reviewing",
        "assessing", "weighing", "considering", "options", "announce", "sympathetic",
        "expected", "reportedly", "said", "reported", "plans", "commit", "committed",
        "declined", "still", "memutuskan", "diputuskan", "keputusan", "final", "mengkaji", "dikaji",
        "mempelajari", "dipelajari", "mempertimbangkan", "dipertimbangkan", "menimbang",
        "menjajaki", "disebut-sebut", "dikabarkan", "diperkirakan", "rencana", "ikut",
        "mendanai", "berkontribusi", "berpartisipasi", "berkomitmen", "menolak",
        "allows", "allow", "allowed", "lets", "permits", "permitted", "mengizinkan",
        "mengijinkan", "membolehkan", "memperbolehkan",
    }
)  # fmt: skip

_EN = (
    # not yet deciding, in every tense and with "yet"
    r"(?:has|have|had)(?:\s+not|n't)\s+(?:yet\s+)?(?:decided|committed|made up (?:its|their) mind)"
    r"|(?:has|have|had)\s+yet\s+to\s+(?:decide|commit|make a decision)"
    r"|(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?undecided"
    r"|no decision (?:has|had) (?:yet\s+)?been (?:taken|made)"
    # studying it: "is examining whether", "is still weighing", "said it was reviewing"
    r"|(?:is|are|was|were)\s+(?:still\s+|now\s+|only\s+)?(?:examining|studying|reviewing|assessing"
    r"|weighing|considering|looking at options|looking into)"
    r"|(?:is|are|was|were)\s+not\s+(?:currently\s+)?considering"
    r"|still\s+(?:weighing|considering|examining|studying|undecided|mulling)"
    r"|(?:has|had|have)\s+nothing to announce|nothing to announce"
    r"|(?:is|are|was|were)\s+[\"“]?sympathetic"
    # said or expected by others, or reported wrongly: "had been expected to send",
    # "which we said would join", "is reportedly sending"
    r"|(?:had been|has been|was|were|is|are)\s+(?:widely\s+)?expected\s+to"
    r"|(?:which|that|whom)\s+(?:we|this newspaper|our report|the report)\s+"
    r"(?:said|reported|wrote|stated)\s+would"
    r"|(?:is|are|was|were)\s+reportedly"
    r"|(?:has|have|had)\s+no\s+(?:such\s+)?plans?\s+to"
    r"|(?:has|have|had)\s+declined\s+(?:every|all|the|an?|to)"
    # letting others' ships or aircraft pass is giving none: "allows the minehunters
    # through", "permitted coalition aircraft to transit its airspace"
    r"|(?:allows?|allowed|allowing|lets|permits?|permitted|permitting)\s+(?:\S+\s+){0,4}?"
    r"(?:through|to pass|to transit|to cross|passage|transit)"
)
_ID = (
    r"belum\s+(?:memutuskan|diputuskan|final|berkomitmen|menyatakan\s+sikap|ada\s+keputusan)"
    r"|keputusan(?:nya)?\s+belum"
    r"|(?:masih|sedang|tengah)\s+(?:\w+\s+)?(?:mengkaji|dikaji|mempelajari|dipelajari"
    r"|mempertimbangkan|dipertimbangkan|menimbang|menjajaki)"
    r"|tidak\s+(?:sedang\s+)?mempertimbangkan"
    r"|(?:disebut-sebut|dikabarkan|diperkirakan|semula\s+diperkirakan)\s+(?:akan\s+)?"
    r"|tidak\s+ada\s+rencana|tak\s+ada\s+rencana"
    r"|(?:tidak|tak)\s+(?:ikut|mendanai|berkontribusi|berpartisipasi|menyumbang)"
    r"|menolak\s+ikut"
    r"|(?:mengizinkan|mengijinkan|membolehkan|memperbolehkan)\s+(?:\S+\s+){0,5}?"
    r"(?:melintas|melintasi|lewat|transit)"
)
_STANCE = re.compile(rf"(?i:\b(?:{_EN}|{_ID})\b)")

#: a relative clause opened after a state and closed by a comma: its stance is the
#: relative clause's, not the main clause's ("Norway, which is still considering
#: minehunters, pledged ...")
_RELATIVE = re.compile(r"(?i:,\s*(?:which|who|yang)\b[^,;]*$)")


def vetoed(doc: Doc, parties: list[Mention], found: list[Item]) -> list[Item]:
    """`found` without the commitments of a state said, in their clause, to be undecided."""
    return drop_in_sentence(
        doc,
        found,
        lambda n: _stances(doc, parties, n),
        lambda item, stance: (
            stance[2] == item.value["party"] and item.start <= stance[0] < item.end
        ),
    )


def _stances(doc: Doc, parties: list[Mention], n: int) -> list[tuple[int, int, str]]:
    """The stances of not deciding in sentence `n`, each with the state that holds it."""
    if doc.sentence_keys[n].isdisjoint(_KEYS):
        return []
    s, e = doc.sentences[n]
    out: list[tuple[int, int, str]] = []
    for m in _STANCE.finditer(doc.text, s, e):
        # the coalition is no holder: "kapal penyapu ranjau koalisi melintas"
        before = [p for p in parties if s <= p.start and p.end <= m.start() and p.code != "COTW"]
        if not before:
            continue
        holder = max(before, key=lambda p: p.end)
        between = doc.text[holder.end : m.start()]
        if _RELATIVE.search(between) and not between.rstrip().endswith(","):
            # the stance sits inside a relative clause still open: "Norway, which is
            # still considering minehunters, ..." (checked when its comma closes it)
            closed = doc.text.find(",", m.end(), e)
            if closed != -1:
                continue
        out.append((m.start(), m.end(), holder.code))
    return out
