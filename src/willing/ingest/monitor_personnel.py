"""Personnel sent to a monitoring mission (fifteenth set).

A state's people counted only as "personnel" ("Indonesia mengirim 200 personel dalam
gelombang ketiga", "menambah 20 personel kesehatan pada Gelombang IV", "Chile will send 40
personnel") are a ground force only when nothing says what they serve; in a paragraph about
a monitoring mission (its monitors, "misi pemantauan", "negara penyumbang pemantau") they
are that mission's people: the state backstops the ceasefire by monitoring. Troops and
soldiers by those words stay land: only the bare word for staff is read so.
"""

from __future__ import annotations

from willing.ingest.commitment_hits import Domain
from willing.ingest.document import Doc
from willing.ingest.gazetteer import Match
from willing.ingest.prefilter import guarded

_PERSONNEL = frozenset({"personel", "personnel"})
#: the monitoring mission named in the paragraph
_WATCHING = guarded(
    r"(?i:\b(?:pemantau|pemantauan|monitors|monitoring mission|monitoring missions"
    r"|observer mission|observers)\b)"
)
MONITORING = Domain("backstop", "monitoring")


def watched(doc: Doc, troop: Match[Domain]) -> Match[Domain]:
    """The troop hit, read as monitoring when it counts bare personnel in a paragraph about
    a monitoring mission."""
    if not any(doc.keys[k] in _PERSONNEL for k in range(troop.first, troop.last + 1)):
        return troop
    a, b = (
        doc.paragraphs[doc.paragraph_index(troop.start)] if doc.paragraphs else (0, len(doc.text))
    )
    if not _WATCHING.search(doc.text, a, b):
        return troop
    return troop._replace(value=MONITORING)
