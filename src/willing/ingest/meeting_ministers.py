"""A minister named by state alone ("Japan's minister, X", "The French minister, X",
"menteri Jepang, X"), in a text whose ministers are of one portfolio: a meeting or a
statement of the defence ministers, or of the foreign ministers, and of no other. The
portfolio is the person's role; the state the phrase names is the party. A text naming
ministers of two portfolios, or of none, gives the bare minister no role (and no person:
"minister" alone is no office the extractor reports)."""

from __future__ import annotations

from typing import Any

from willing.ingest.capacity_people import name_of
from willing.ingest.document import Doc
from willing.ingest.parties import Mention, is_state
from willing.ingest.prefilter import guarded

#: the ministers of a portfolio, in the plural: "the coalition's defence ministers",
#: "para menteri luar negeri", "a meeting of foreign ministers"
_PORTFOLIOS = guarded(
    r"(?i)\b(?:(?P<defence>defen[cs]e)[ \t]+ministers|ministers[ \t]+of[ \t]+"
    r"(?P<defence2>defen[cs]e)|(?P<foreign>foreign)[ \t]+ministers|ministers[ \t]+of[ \t]+"
    r"(?P<foreign2>foreign[ \t]+affairs)|para[ \t]+menteri[ \t]+(?:(?P<pertahanan>pertahanan)"
    r"|(?P<luar>luar[ \t]+negeri)))\b"
)
_WORD = r"[A-ZÀ-Þ][a-zß-ÿ][\w’'\-]*+"
#: a state's name before its possessive "'s": no apostrophe inside
_STATE = r"[A-ZÀ-Þ][a-zß-ÿ][\w\-]*+"
#: the state, then "minister" in lower case, then the name set off by a comma
_BARE = guarded(
    rf"(?:\b[Tt]he[ \t]+(?P<adj>{_WORD})|(?P<own>{_STATE}(?:[ \t]+{_STATE})?)['’]s)[ \t]+"
    rf"minister,[ \t]+(?P<name>{_WORD}(?:[ \t]+(?:{_WORD}|van|de|von|der)){{1,3}})"
    r"(?=[ \t]*[,.;:(]|[ \t]+[a-z])"
    rf"|\bmenteri[ \t]+(?P<id>{_WORD}(?:[ \t]+{_WORD})?),[ \t]+"
    rf"(?P<idname>{_WORD}(?:[ \t]+{_WORD}){{1,3}})(?=[ \t]*[,.;:(]|[ \t]+[a-z])"
)


def _portfolio(text: str) -> str | None:
    """The one portfolio whose ministers the text names in the plural, if one only."""
    kinds = set()
    for m in _PORTFOLIOS.finditer(text):
        if m.group("defence") or m.group("defence2") or m.group("pertahanan"):
            kinds.add("Defence Minister")
        else:
            kinds.add("Foreign Minister")
    return kinds.pop() if len(kinds) == 1 else None


def meeting_ministers(doc: Doc, parties: list[Mention], covered: set[int]) -> list[Any]:
    """The ministers named by state alone, with the text's one portfolio as their role
    (people.PersonMention each)."""
    from willing.ingest.people import PersonMention, roles  # people imports this module

    text = doc.text
    if " minister, " not in text and "menteri " not in text:
        return []
    title = _portfolio(text)
    role = roles().get(title) if title is not None else None
    if role is None:
        return []
    out: list[Any] = []
    for m in _BARE.finditer(text):
        group = "adj" if m.group("adj") else "own" if m.group("own") else "id"
        a, b = m.span(group)
        code = next((p.code for p in parties if a <= p.start < b and is_state(p.code)), None)
        words = m.group("name") or m.group("idname")
        name = name_of(words)
        if code is None or name is None or name != words:
            continue
        start = m.start("name") if m.group("name") else m.start("idname")
        end = start + len(words)
        first, last = doc.token_at(start), doc.token_at(end) - 1
        if covered.intersection(range(first, last + 1)):
            continue
        out.append(PersonMention(name, role, code, m.start(), end, first, last))
        covered.update(range(first, last + 1))
    return out
