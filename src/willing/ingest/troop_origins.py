"""Where a force's soldiers come from (fifteenth set).

A bulletin, a timetable or a course notice names the states of the force's soldiers with
no verb of sending: "1,800 soldiers of the rotation, mostly from France, Spain and Italy",
"the trains and troops of France, Spain and Italy are moving", "700 prajurit dari Ceko dan
Slovakia tiba di Lviv", "a battalion of Estonian, Latvian and Lithuanian soldiers". Soldiers
there are a state's ground force: each state so named gives land. A sentence that denies,
withdraws or keeps them at home gives nothing ("no troops from Hungary", "soldiers from
Greece stayed home"); nor does a question, a sentence about training them (those trained
are no gift of their state), monitors (`monitor_origins`), or a warring side's soldiers.
A state named alone before the noun ("British soldiers") is left to the clauses with a
verb: only a list of two or more, or states after "from", is read here.
"""

from __future__ import annotations

import re

from willing.ingest import stated_commitments
from willing.ingest.document import Doc
from willing.ingest.items import Item
from willing.ingest.monitor_origins import backwards, contributor_sentences, listed_from
from willing.ingest.parties import Mention
from willing.ingest.prefilter import guarded
from willing.ingest.stated_commitments import Key

_WORDS = frozenset({"soldiers", "troops", "servicemen", "prajurit", "tentara", "pasukan"})
#: a soldiers' noun and what joins it to the states it comes from: "soldiers of the
#: rotation, mostly from", "troops of", "prajurit asal", "tentara dari"
_AFTER = guarded(
    r"(?i:\b(?:soldiers|troops|servicemen|prajurit|tentara|pasukan)"
    r"(?:\s+(?:of|for)\s+(?:the|its|their)\s+(?:\w+\s+)?(?:rotation|force|contingent|battalion"
    r"|brigade))?"
    r"(?:,?\s+(?:(?:are|were|mostly|all|largely|chiefly|mainly|kebanyakan|sebagian besar"
    r"|semuanya|yang)\s+)*(?:(?:drawn|come|came|coming|sent|hailing|berasal|datang|dikirim)\s+)?"
    r"(?:from|dari|asal)|\s+of)\s+(?:the\s+)?)"
)
#: the noun right after a list of states: "Estonian, Latvian and Lithuanian soldiers"
_BEFORE = re.compile(r"(?i:\s+(?:soldiers|troops|servicemen)\b)")
#: soldiers denied, withdrawn, kept at home, trained, lost or hostile
_AWAY = guarded(
    r"(?i:\b(?:no|not|never|without|refus\w*|withdrawn|withdrew|withdraw\w*|pulled out|home"
    r"|trained|training|trains? (?:the|\d)|instruct\w*|killed|wounded|died|captured|massed"
    r"|invad\w*|enemy|hostile"
    r"|tidak|tak|bukan|belum|tanpa|menolak|ditarik|pulang|batal|dibatalkan|melatih|dilatih"
    r"|pelatihan|tewas|gugur|terluka|monitor\w*|pemantau\w*|observers?)\b)"
)


#: how far around the soldiers and their states a denial or a loss is looked for
_AROUND = 40


def _away(doc: Doc, s: int, e: int, start: int, end: int) -> bool:
    """Whether the soldiers named in [start, end) are denied, trained, lost or hostile."""
    return bool(_AWAY.search(doc.text, max(s, start - _AROUND), min(e, end + _AROUND)))


def find(doc: Doc, parties: list[Mention], have: set[Key]) -> list[Item]:
    """A land commitment for each state the force's soldiers are said to come from."""
    sentences, named = contributor_sentences(doc, parties, _WORDS)
    out: list[Item] = []
    for s, e in sentences:
        if doc.asks(s, e):
            continue
        found: list[Mention] = []
        for m in _AFTER.finditer(doc.text, s, e):
            listed = listed_from(doc, named, m.end(), e)
            if listed and not _away(doc, s, e, m.start(), listed[-1].end):
                found += listed
        for p in named.within(s, e):
            if (b := _BEFORE.match(doc.text, p.end, e)) is not None:
                listed = backwards(doc, named, p, s)
                if len(listed) > 1 and not _away(doc, s, e, listed[0].start, b.end()):
                    found += listed
        out += stated_commitments.each(found, "reassure", "land", have, (s, e))
    return out
