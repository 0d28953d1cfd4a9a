"""Offices that sign for a body that is no state: a name on a line of its own with a bare
office after it and nothing more ("For the Executive Committee,\nX, President"), with no
state given for the office, or in a text that names such a body (a union, an association,
a club). The office is the signing body's, not one the extractor reports for a state: the
person keeps the state the text gives (else the article's, as a capacity's) and the role
is dropped. A known figure keeps his office."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from willing.ingest.body_offices import body_state
from willing.ingest.document import Doc
from willing.ingest.parties import Mention

#: a body that is no state, named in the text that a bare office signs for
_BODIES = re.compile(
    r"\b(?:[Aa]ssociation|[Tt]rade [Uu]nion|[Uu]nion (?:members|branch|executive)|[Cc]lub|"
    r"[Ss]ociety|[Ff]ederation|[Ff]oundation|[Cc]harity|[Gg]uild|[Pp]erkumpulan|"
    r"[Pp]ersatuan|[Ss]erikat|[Aa]sosiasi|[Yy]ayasan|[Hh]impunan|[Pp]aguyuban)\b"
)


def _bare_signature(doc: Doc, m: Any, starts: set[int]) -> bool:
    """The mention is "Name, Office" making a whole line, with no state on the next."""
    a = doc.token_at(m.start)
    if a > 0 and not doc.gap(a - 1).endswith("\n"):
        return False
    k = doc.token_at(m.end) - 1
    if k < m.last + 1 or doc.gap(m.last) != ", ":
        return False
    tail = doc.gap(k) if k + 1 < len(doc) else "\n"
    return tail.startswith("\n") and k + 1 not in starts


def signed_for_bodies(doc: Doc, found: list[Any], parties: list[Mention]) -> list[Any]:
    """The people found, a body's signing officer without the role."""
    if "\n" not in doc.text:
        return found
    from willing.ingest.people import known  # people imports this module

    starts = {m.first for m in parties}
    out = []
    home: str | None = None
    body: bool | None = None  # the text names a body: read once, when first needed
    for m in found:
        if m.role is not None and _bare_signature(doc, m, starts):
            if m.party is not None and body is None:
                body = _BODIES.search(doc.text) is not None
            if (m.party is None or body) and known().get(m.name) is None:
                if m.party is None:
                    home = home or body_state(doc, parties)
                m = replace(m, role=None, party=m.party or home)
        out.append(m)
    return out
