"""The state whose office issues a document, told by its header: a ministry, an embassy or
a state's armed forces named on the opening lines as whom the paper comes from or whom a
person on it serves ("KEDUTAAN BESAR REPUBLIK INDONESIA", "Disusun oleh: ..., Kemhan RI",
"Department of Defence (Ireland), Form TS-4", "Appraisee: Colonel X, Defence Forces
(Ireland)", "Ruang Krisis ..., Kementerian Luar Negeri" in an Indonesian paper). The
people such a paper names without a role are that office's staff, and the annotation gives
them its state, not the state of a town the header also names (the venue of the meeting the
paper reports on, or the city an embassy sits in: "Den Haag", "MADRID", "di Praha")."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules
from willing.ingest.document import Doc
from willing.ingest.parties import Mention, is_state
from willing.ingest.parties import gazetteer as party_names

#: how many opening lines may name the issuer, and how long such a line is at most
_OPENING_LINES = 6
_SHORT_LINE = 160
#: bodies that are no state's own office
_NOT_STATES = frozenset({"COTW", "UN", "EU", "NATO"})


@cache
def _office() -> re.Pattern[str]:
    """A segment of a header line (after its start, a label's colon or a comma) that opens
    with a state's office and holds nothing but capitalised words, joining words and a
    state in brackets, up to a comma or the line's end."""
    words = [str(w) for w in rules.words("roles", "issuing_offices")]
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    name = r"(?:[A-Z][\w’'\-.]*|of|the|for|and|dan|in|di|to|untuk|\([A-Z][^()\n]{1,40}\))"
    return re.compile(
        rf"(?:^|[:,][ \t]*)(?P<office>(?i:{alt})\b(?:[ \t]+{name}){{0,6}})[ \t]*(?=,|$)",
        re.M,
    )


#: Indonesia's missions by their acronyms, which hold the state ("KBRI Kyiv", "KJRI")
_OWN_NAME = re.compile(r"(?:KBRI|KJRI)\b")
#: the Indonesian ministries' words: untold, such an office is Indonesia's own
_INDONESIAN = re.compile(
    r"(?i)^(?:Kementerian|Kemen|Kemhan|Kemlu|Kedutaan|Kedubes|Konsulat|Perutusan|Markas)"
)


def issuing_state(doc: Doc, parties: list[Mention], limit: int | None = None) -> str | None:
    """The state of the office a header line names (see the module's docstring), if one
    line names one; `limit` ends the header (the first line of running text)."""
    pos, text = 0, doc.text
    end_of_header = len(text) if limit is None else limit
    for _ in range(_OPENING_LINES):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if pos >= end_of_header:
            return None
        if end - pos <= _SHORT_LINE:
            for m in _office().finditer(text, pos, end):
                office = m["office"]
                code = "IDN" if _OWN_NAME.match(office) else None
                code = code or _state_in(doc, m.start("office"), m.end("office"), parties)
                if code is None and doc.language == "id" and _untold(office):
                    code = "IDN"
                if code is not None:
                    return code
        if end >= len(text):
            return None
        pos = end + 1
        while pos < len(text) and text[pos] == "\n":
            pos += 1
    return None


def _state_in(doc: Doc, start: int, end: int, parties: list[Mention]) -> str | None:
    """The state that ends an office's words ("Kemhan RI", "Defence Forces (Ireland)",
    "EMBASSY OF NORWAY"); words after it make a headline's clause, not an office's name
    ("Kementerian Pertahanan Rusia Kecam Koalisi"). A capital is where the office sits, not
    whose it is ("KBRI Kyiv")."""
    inside = [
        p
        for p in parties
        if start <= p.start < end
        and is_state(p.code)
        and p.code not in _NOT_STATES
        and not _capital(doc, p)
    ]
    if not inside or doc.text[inside[-1].end : end].strip(" \t)"):
        return None
    return inside[-1].code


@cache
def _ministries() -> frozenset[str]:
    """The ministries' names of the role rules, casefolded."""
    return frozenset(str(w).casefold() for w in rules.words("roles", "ministries"))


def _untold(office: str) -> bool:
    """Whether the words are an Indonesian ministry's or mission's name alone, without its
    state ("Kementerian Luar Negeri", "Kemhan"): in an Indonesian paper, Indonesia's own."""
    return _INDONESIAN.match(office) is not None and office.casefold() in _ministries()


def _capital(doc: Doc, p: Mention) -> bool:
    """Whether a party is named by its capital (a metonym)."""
    m = party_names().match_at(doc, p.first)
    return m is not None and m.value.metonym
