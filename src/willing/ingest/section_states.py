"""The state a section of a text is about, for a person named in it with a role and no
state: a round-up's item led by its capital's dateline ("BEIJING - Foreign ministry
spokeswoman X urged ...") or a factbox's heading naming a state on a line of its own
("GERMANY" over "* ..., Defence Minister X said"). The article's own dateline gives only
its ministers a state (see `person_party.home_state`); an item's or a section's is nearer."""

from __future__ import annotations

import re

from willing.ingest.document import Doc
from willing.ingest.parties import Mention, is_state
from willing.ingest.parties import gazetteer as party_names
from willing.ingest.people_lines import entry

#: a capital in capitals opening its paragraph, then a dash: an item of a round-up
_ITEM = re.compile(r"[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,2}(?=[ \t]*[-—–]+[ \t])")
#: a heading in capitals on a line of its own: a state's name, perhaps with a colon
_HEADING = re.compile(r"[ \t]*([A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3})[ \t]*:?[ \t]*")
#: what stands between a listed person's role and the state after it: only names set off by
#: commas (", Ministry of Defence, "), no clause ("melaporkan hasil ... di Brussel, ")
_SET_OFF = re.compile(
    r"(?:,[ \t]+[A-Z][\w'’.\-]*(?:[ \t]+(?:of|the|for|and|dan|untuk|[A-Z][\w'’.\-]*))*)*,[ \t]+"
)
#: how many lines above the person a section's heading may stand
_LINES_UP = 12


def section_state(doc: Doc, start: int, body: int) -> str | None:
    """The state of the item or the section holding the character `start`, after the
    text's first line of running text (ending at `body`; before it, a dateline is the
    article's): the capital leading the paragraph, else the nearest heading above that
    names a state alone (a heading naming none closes the search)."""
    if start < body:
        return None
    s, _ = doc.paragraphs[doc.paragraph_index(start)]
    item = _ITEM.match(doc.text, s)
    if item is not None and item.end() <= start:
        return _state(doc, s, item.end(), capital=True)
    line_end = doc.text.rfind("\n", 0, start)
    for _ in range(_LINES_UP):
        if line_end < body:
            return None
        line_start = doc.text.rfind("\n", 0, line_end) + 1
        heading = _HEADING.fullmatch(doc.text, line_start, line_end)
        if heading is not None:
            return _state(doc, heading.start(1), heading.end(1), capital=False)
        line_end = line_start - 1
    return None


def _state(doc: Doc, a: int, b: int, capital: bool) -> str | None:
    """The state named by the whole of text[a:b] (a capital when `capital`, which the
    gazetteer marks as standing for its state), if any."""
    m = party_names().match_at(doc, doc.token_at(a))
    if m is None or m.end != b or not is_state(m.value.code):
        return None
    return m.value.code if m.value.metonym or not capital else None


def entry_state(doc: Doc, end: int, parties: list[Mention]) -> str | None:
    """The one state a list entry names after the person's role, set off by commas with
    only names between, on the person's line ("4. X, spokesperson, Ministry of Defence,
    Rome")."""
    s, e = doc.paragraphs[doc.paragraph_index(end)]
    if not entry(doc.text, s):
        return None
    line_end = doc.text.find("\n", end, e)
    line_end = e if line_end < 0 else line_end
    codes = {
        p.code
        for p in parties
        if end <= p.start < line_end
        and is_state(p.code)
        and _SET_OFF.fullmatch(doc.text, end, p.start) is not None
    }
    return codes.pop() if len(codes) == 1 else None
