"""A task said to be carried out by a state is that state's part of the force.

"Carry out" is no verb of giving in general: talks, checks and evacuations are carried out
too. But the passive of carrying out with its agent named after "by"/"oleh" ("air patrols,
which are carried out among others by Dutch and Swedish fighter jets", "patroli udara yang
dilaksanakan oleh pesawat tempur Belanda", "pengawalan dilakukan oleh kapal Turki") says
who performs the task; when the clause also names a layer or domain (a patrol, an escort,
ships, aircraft), the agent gives that asset, as it would after "provided by". The agent
itself is found as for any passive: after "by"/"oleh", with the states joined to it. A
passive of carrying out without an agent ("patrols are carried out daily") gives no cue.
"""

from __future__ import annotations

import re

from willing.ingest.document import Doc
from willing.ingest.gazetteer import Match

#: the verb of carrying out, then at most three words ("antara lain", "among others",
#: "jointly"), then the agent's "by"/"oleh"
_PERFORMED = re.compile(
    r"(?i:\b(?P<verb>dilaksanakan|dilakukan|dijalankan|carried\s+out|conducted|performed)"
    r"(?:\s+[\w-]+){0,3}?\s+(?:by|oleh)\s)"
)


def cues(doc: Doc, start: int, end: int) -> list[Match[str]]:
    """The verbs of carrying out in characters [start, end) that name their agent."""
    out = []
    for m in _PERFORMED.finditer(doc.text, start, end):
        a, b = m.span("verb")
        out.append(Match(doc.token_at(a), doc.token_at(b) - 1, a, b, m.group("verb")))
    return out
