"""States said to take part in the ceasefire monitoring mission (seventeenth set).

A report, a CV or a decree's explanation states a contributor's place in the mission with
a verb of taking part and no verb of sending: "Indonesia ikut serta dalam misi pemantauan",
"Kenya, not a coalition member, takes part in the ceasefire monitoring mission", "Ghana
joined the monitoring mission", or labels the state as the mission's contributor where the
paragraph names the mission: "Kedudukan Indonesia dalam misi adalah sebagai negara
penyumbang personel", "Chile, as a contributor of personnel". Each state so named
backstops the ceasefire by monitoring. A part denied or asked about gives nothing
("Kolombia tidak ikut dalam misi pemantauan", "Will Chile join the monitoring mission?"),
nor does talk about the mission ("joined the talks on the monitoring mission"); warring
sides never contribute.
"""

from __future__ import annotations

import re

from willing.ingest import stated_commitments
from willing.ingest.document import Doc
from willing.ingest.items import Item
from willing.ingest.monitor_origins import contributor_sentences, in_mission_paragraph
from willing.ingest.parties import Mention
from willing.ingest.prefilter import guarded
from willing.ingest.stated_commitments import Key

#: the words a sentence must hold for this rule to look at it
_WORDS = frozenset(
    {"pemantauan", "monitoring", "misi", "mission", "penyumbang", "pengirim", "contributor"}
)
#: a verb of taking part, then the monitoring mission, after the state and a short gap
#: (an apposition: "Kenya, not a coalition member, takes part in ...")
_TAKES_PART = re.compile(
    r"(?i:(?:[^.;:?]{0,50}?\s)?(?P<verb>(?:ikut|turut)(?:\s+serta)?|berpartisipasi|bergabung"
    r"|terlibat|mengambil\s+bagian|menjadi\s+(?:bagian|anggota)|(?:takes?|took|taking|has\s+taken"
    r"|have\s+taken)\s+part|participat\w+|(?:has\s+|have\s+)?joined|joins|(?:is|are|was|were"
    r"|has\s+been|remains?)\s+(?:a\s+)?(?:part|member|contributor)|serves?|serving|served)"
    r"\s+(?:(?:dalam|di|ke|dengan|dari|in|with|of|to)\s+)?(?:the\s+)?"
    r"(?:misi\s+pemantauan|(?:ceasefire\s+|truce\s+)?monitoring\s+mission)\b)"
)
#: a label of the state as the mission's contributor, a few words after it
_LABEL = re.compile(
    r"(?i:[^.;:?]{0,40}?\b(?:sebagai|as)\s+(?:a\s+|an\s+|the\s+)?(?:negara\s+)?(?:pengirim"
    r"|penyumbang|kontributor|contributors?|contributing\s+(?:state|country|nation))\s+"
    r"(?:(?:of|to)\s+)?(?:pemantau|personel|prajurit|monitors|observers|personnel|troops)\b)"
)
#: a part denied just before its verb
_NOT = guarded(
    r"(?i:\b(?:no|not|never|nor|tidak|tak|bukan|belum|batal|menolak|refused\s+to|declined\s+to)"
    r"\s+(?:(?:lagi|again|yet|to)\s+)?$)"
)


def find(doc: Doc, parties: list[Mention], have: set[Key]) -> list[Item]:
    """A monitoring commitment for each state said to take part in the mission."""
    sentences, named = contributor_sentences(doc, parties, _WORDS)
    out: list[Item] = []
    for s, e in sentences:
        if doc.asks(s, e):
            continue  # asked about
        for p in named.within(s, e):
            part = _TAKES_PART.match(doc.text, p.end, e)
            if part is not None:
                if _NOT.search(doc.text, max(s, part.start("verb") - 20), part.start("verb")):
                    continue
            elif not (_LABEL.match(doc.text, p.end, e) and in_mission_paragraph(doc, s, e)):
                continue
            key = (p.code, "backstop", "monitoring")
            stated_commitments.add(out, have, key, (p.start, p.end), (s, e))
    return out
