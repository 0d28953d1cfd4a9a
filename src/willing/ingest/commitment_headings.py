"""Contributions listed under a state's heading: the heading names the giver once, its
items name only what is given (twenty-second set).

A factbox or a slide sets each state's name on a line of its own ("FRANCE", "## Norway",
"Norway:", "[PANEL 8 - AMERIKA SERIKAT]", "SLIDE 3 - Polandia") and lists its
contributions below it as bullet items that name no state ("* Up to 2,000 troops and six
fighters for air policing.", "- Berbagi intelijen dengan pasukan koalisi"). Each item
gives what a row would give (`commitment_rows`), part by part, to the heading's state. A
part that denies or hedges ("No personnel.", "Will not put its own soldiers ...") gives
nothing; nor does an item that names another state than the host ("... rests on
Washington standing behind it") or states a wish ("Paris wants the deployment put to a
vote"), nor a heading of the warring sides; what an asset is for ("batteries to cover the
logistics corridor") is served, not given. The block of items ends at the first line that is not a
bullet. Only read when the text speaks of contributions (`commitment_rows.about`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from willing.ingest import commitment_rows, stated_commitments
from willing.ingest.commitment_tables import tables
from willing.ingest.document import Doc, Index
from willing.ingest.host_consent import hosts
from willing.ingest.items import Item
from willing.ingest.parties import Mention, is_state
from willing.ingest.prefilter import guarded
from willing.ingest.stated_commitments import Key

#: a bullet item: a mark or a number, then its text
_BULLET = re.compile(r"[ \t]*(?:[-•*–—]|\d{1,2}[.)])[ \t]+(?=\S)")
#: a heading line: decorations around a label, or a label after a dash ("PANEL 8 - X")
_HEADING = re.compile(
    r"[ \t]*[#*\[]*[ \t]*(?:[^\n]{1,40}?[ \t][-–—][ \t]+)?(?P<label>[^\n#*\[\]:]{2,40}?)"
    r"[ \t]*[\]*:]*[ \t]*$"
)
#: an item that states a wish or a demand: its state asks, it gives nothing
_WISH = guarded(
    r"(?i:\b(?:wants?|wanted|wishes|insists?|demands?|calls? for|urges?|ingin|menginginkan"
    r"|menuntut|mendesak|meminta)\b)"
)
#: a purpose after the asset: what follows is served, not given ("batteries to cover the
#: logistics corridor", "EUR 1.2 billion to re-equip brigades", "untuk melindungi jalur")
_PURPOSE = guarded(
    r"(?i:\b(?:to|untuk|guna)\s+(?:cover|protect|defend|guard|shield|secure|equip|re-equip"
    r"|rearm|buy|pay|fund|rebuild|melindungi|mengamankan|membeli|membiayai|mempersenjatai)\b)"
)
#: the longest heading line
_LONGEST = 60


def find(doc: Doc, parties: list[Mention], have: set[Key]) -> list[Item]:
    """The commitments of bullet items under a heading that names one state alone."""
    if "\n" not in doc.text or commitment_rows.about(doc) is None:
        return []
    t = tables()
    named = Index(p for p in parties if is_state(p.code))
    out: list[Item] = []
    for code, heading, items in _blocks(doc, named):
        if code in t.never:
            continue
        for a, b in items:
            others = [p for p in named.within(a, b) if p.code != code and p.code not in hosts()]
            if others or _WISH.search(doc.text, a, b):
                continue
            purpose = _PURPOSE.search(doc.text, a, b)
            given_end = purpose.start() if purpose else b
            for span, given in commitment_rows.given_parts(doc, t, a, given_end):
                for layer, domain in given:
                    stated_commitments.add(
                        out, have, (code, layer, domain), span, (heading, b), 0.65
                    )
    return out


def _blocks(doc: Doc, named: Index[Mention]) -> Iterator[tuple[str, int, list[tuple[int, int]]]]:
    """Each heading's state, where the heading starts, and its bullet items (line spans)."""
    text = doc.text
    line = 0
    while line < len(text):
        end = text.find("\n", line)
        end = len(text) if end < 0 else end
        code = _heading(doc, named, line, end) if 0 < end - line <= _LONGEST else None
        if code is None:
            line = end + 1
            continue
        items: list[tuple[int, int]] = []
        nxt = end + 1
        while nxt < len(text):
            stop = text.find("\n", nxt)
            stop = len(text) if stop < 0 else stop
            bullet = _BULLET.match(text, nxt, stop)
            if bullet is None:
                break
            items.append((bullet.end(), stop))
            nxt = stop + 1
        if items:
            yield code, line, items
        line = nxt if items else end + 1


def _heading(doc: Doc, named: Index[Mention], a: int, b: int) -> str | None:
    """The one state a heading line names as its whole label, else None."""
    if _BULLET.match(doc.text, a, b) or not named.within(a, b):
        return None
    m = _HEADING.match(doc.text, a, b)
    if m is None:
        return None
    states = commitment_rows.label_states(doc, named, *m.span("label"))
    return states[0] if len(states) == 1 else None
