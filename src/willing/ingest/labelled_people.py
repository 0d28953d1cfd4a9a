"""People a label names: a calling and a colon before the names ("Sutradara: X",
"Senior cabin crew: X", "Convenors: Dr X (chair), Dr Y"), a part and dotted leaders in a
cast list ("Declan ........ X"), and the maker on a header line ("A new play by X").
They hold no role the extractor reports: each is of the state of the institution in
brackets after the name, else of the state the article is set in (setting.py). A label of
a thing ("Lokasi: Gedung Merdeka", "Source: Ministry of Defence") names no one."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from willing.ingest import rules
from willing.ingest.capacity_people import name_of
from willing.ingest.document import Doc
from willing.ingest.parties import Mention
from willing.ingest.setting import affiliation_state, institution_state, setting_state
from willing.ingest.signed_offices import officer

_WORD = r"[A-ZÀ-Þ][a-zß-ÿ][\w’'\-]*+"
_NAME = rf"(?P<name>{_WORD}(?:[ \t]+(?:{_WORD}|bin|binti|van|de|von|der|den)){{1,3}})"
_TITLES = r"(?:(?:Dr|Dra|Drs|Prof|Professor|Ir|Hj|Mr|Mrs|Ms|Bapak|Ibu|Sir|Dame)\.?[ \t]+)*"
#: where a name ends: a clause mark, a bracket, "and", the line's end
_END = r"(?=[ \t]*(?:[.;,/(]|[ \t]+(?:and|dan)[ \t]|\n|\Z))"
#: what joins the names of a list after a label: a comma or "and", a bracket between
_JOIN = re.compile(r"(?:[ \t]*\([^()\n]{1,60}\))?(?:,[ \t]+|[ \t]+(?:and|dan)[ \t]+)")
#: a line of a cast list: the part, three dots or more, the player
_LEADERS = re.compile(r"(?m)^[^\n.]{1,40}?[ \t]*(?:\.{3,}|…+)[ \t]*(?=\S)")
_LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")
#: a header line ending with its maker: "A new play by X", "Sebuah novel oleh X"
_MAKER = re.compile(rf"(?m)^[^\n]{{2,50}}?[ \t](?:by|oleh)[ \t]+{_NAME}[ \t]*$")
#: a label before a colon: up to four words from a line's or a sentence's start
_LABEL = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<label>[A-Za-z][\w \t’'\-]{1,40}?)[ \t]*:")


@cache
def _callings() -> frozenset[str]:
    """The words of a calling a label may end on, casefolded ("director", "narasumber")."""
    words = rules.words("roles", "capacities") + rules.words("roles", "credited_callings")
    return frozenset(str(w).casefold() for w in words)


@cache
def _person() -> re.Pattern[str]:
    # a member's letters after the name are no part of it ("Sponsor: X MP")
    return re.compile(rf"{officer()}{_TITLES}{_NAME}(?:[ \t]+MEP|[ \t]+MP)?{_END}")


def calling(label: str) -> bool:
    """A label of up to four words naming a calling in a word or two of them ("Senior
    cabin crew", "Liaison officer aboard")."""
    words = label.casefold().split()
    if not words or len(words) > 4:
        return False
    callings = _callings()
    return any(w in callings for w in words) or any(
        f"{a} {b}" in callings for a, b in zip(words, words[1:], strict=False)
    )


def labelled(doc: Doc, parties: list[Mention]) -> list[tuple[str, str, int, int]]:
    """(name, state, start, end) of each person a label, a cast list or a maker names."""
    text = doc.text
    if ":" not in text and "..." not in text and "…" not in text and " by " not in text:
        return []
    out: list[tuple[str, str, int, int]] = []
    setting: list[str | None] = []

    def state(end: int) -> Callable[[], str | None]:
        def get() -> str | None:
            code = institution_state(doc, end, parties)
            if code is None:
                if not setting:
                    setting.append(setting_state(doc, parties))
                code = setting[0]
            return code

        return get

    def add(name: str, start: int, end: int) -> None:
        clean = name_of(name)
        if clean is not None and (code := state(end)()) is not None:
            out.append((clean, code, start, end))

    person = _person()
    at = text.find(":")
    while at >= 0:
        line_start = text.rfind("\n", 0, at) + 1
        label = _LABEL.search(text, max(line_start, at - 45), at + 1)
        if label is not None and label.end() > at and calling(label.group("label")):
            pos = at + 1
            while pos < len(text) and text[pos] in " \t":
                pos += 1
            while (m := person.match(text, pos)) is not None:
                own = affiliation_state(doc, m.end("name"), parties)
                if own is not None:  # "X, Universitas Y": the institution is no name
                    clean = name_of(m.group("name"))
                    if clean is not None:
                        out.append((clean, own, m.start("name"), m.end("name")))
                    break
                add(m.group("name"), m.start("name"), m.end("name"))
                joined = _JOIN.match(text, m.end())
                if joined is None:
                    break
                pos = joined.end()
        at = text.find(":", at + 1)
    if "..." in text or "…" in text:
        for lead in _LEADERS.finditer(text):
            m = person.match(text, lead.end())
            if m is not None and _LINE_END.match(text, m.end()):
                add(m.group("name"), m.start("name"), m.end("name"))
    if " by " in text or " oleh " in text:
        for m in _MAKER.finditer(text, 0, min(len(text), 400)):
            add(m.group("name"), m.start("name"), m.end("name"))
    return out
