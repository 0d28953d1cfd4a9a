"""A force's contingents named by their states (fourteenth set).

A notice, a timetable or a list of goods names the states of a force by their contingents,
with no verb of sending: "the French, Belgian and Portuguese contingents of the force",
"the Czech and Slovak contingents arrived", "kontingen Ceko dan Slovakia tiba". A contingent
is a state's ground force there: each state named gives land. A sentence that denies,
withdraws or keeps it at home ("the Polish contingent stayed at home", "kontingen Belanda
ditarik") gives nothing; nor does a question about one ("Bagaimana peran kontingen
Indonesia?") or a warring side's.

A contingent of the ceasefire monitoring mission is no ground force (seventeenth set): a
report, a terms of reference or a script about the mission names its contributors by
their contingents in a sentence that need not name the mission again ("Laporan kinerja
misi pemantauan ... disepakati pertukaran perwira dengan kontingen Brasil dan Malaysia",
"the monitoring mission met in Oslo. The Ghanaian contingent presented ..."). Where the
paragraph (the line that holds the sentence) names the mission, its monitors or their
monitoring, each state so named backstops the ceasefire by monitoring instead.
"""

from __future__ import annotations

import re

from willing.ingest import stated_commitments
from willing.ingest.document import Doc
from willing.ingest.items import Item
from willing.ingest.monitor_origins import (
    backwards,
    contributor_sentences,
    in_mission_paragraph,
    listed_from,
)
from willing.ingest.parties import Mention
from willing.ingest.prefilter import guarded
from willing.ingest.stated_commitments import Key

#: a commitment's key: state, layer, domain

_WORDS = frozenset({"contingent", "contingents", "kontingen"})
#: a contingent noun right after a state: "the French contingent", "Belgium's contingent"
_BEFORE = re.compile(r"(?i:(?:['’]s)?\s+(?:(?:ground|national|army|military)\s+)?contingents?\b)")
#: the Indonesian noun before its states: "kontingen Ceko dan Slovakia"
_AFTER = guarded(r"(?i:\bkontingen(?:\s+(?:darat|militer|nasional))?\s+)")
#: a contingent denied, withdrawn or kept at home
_AWAY = guarded(
    r"(?i:\b(?:no|not|never|without|refus\w*|withdrawn|withdrew|withdraw\w*|pulled out|home"
    r"|tidak|tak|bukan|belum|tanpa|menolak|ditarik|pulang|batal|dibatalkan)\b)"
)


def find(doc: Doc, parties: list[Mention], have: set[Key]) -> list[Item]:
    """A land commitment for each state whose contingent of the force is named."""
    sentences, named = contributor_sentences(doc, parties, _WORDS)
    out: list[Item] = []
    for s, e in sentences:
        if _AWAY.search(doc.text, s, e) or doc.asks(s, e):
            continue  # denied or asked about
        found: list[Mention] = []
        for m in _AFTER.finditer(doc.text, s, e):
            found += listed_from(doc, named, m.end(), e)
        for p in named.within(s, e):
            if _BEFORE.match(doc.text, p.end, e):
                found += backwards(doc, named, p, s)
        if found and in_mission_paragraph(doc, s, e):
            out += stated_commitments.each(found, "backstop", "monitoring", have, (s, e))
        else:
            out += stated_commitments.each(found, "reassure", "land", have, (s, e))
    return out
