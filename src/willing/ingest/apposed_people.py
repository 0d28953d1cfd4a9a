"""People named with an apposition that says they are people: an age set off after the
name ("X, 34 tahun,", "X, 29,"), a calling with its article ("X, a retired postman from
Y", "X, seorang guru"), or a member of parliament's letters ("X MP"). They hold no role
the extractor reports: each is of the state the apposition names (a state, a town),
else of the state the article is set in (setting.py). A place or a ship set off with its
kind ("Port Talbot, a steel town", "HMS X, a patrol ship") names no one."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules
from willing.ingest.capacity_people import name_of
from willing.ingest.document import Doc
from willing.ingest.parties import Mention, is_state
from willing.ingest.setting import setting_state, town_state

_WORD = r"[A-ZÀ-Þ][a-zß-ÿ][\w’'\-]*+"
_TITLE = r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?[ \t]+)?"
_NAME = (
    rf"(?<![\w’'.\-]){_TITLE}"
    rf"(?P<name>{_WORD}(?:[ \t]+(?:{_WORD}|van|de|der|den|bin|binti)){{1,3}})"
)
#: the apposition: an age, then a comma or the calling; an article and a calling; "MP"
_APPOSITION = re.compile(
    r",[ \t]+(?P<age>\d{1,3})(?:[ \t]+(?:tahun|years?(?:[ \t]+old)?))?,"
    r"|,[ \t]+(?:a|an|seorang)[ \t]+(?P<desc>(?:[a-z][\w\-]*+[ \t]+){0,3}[a-z][\w\-]*+)"
    r"(?P<rest>[^,.;:\n]{0,60})"
    r"|[ \t]+(?:MP|MEP)(?=[,.;:)]|[ \t]+[a-z])"
)
#: where an apposition may begin: a cheap look for its first marks
_TRIGGER = re.compile(r",[ \t]+(?:\d|(?:a|an|seorang)[ \t])|[ \t]ME?P\b")
#: the name right before the apposition
_NAMED = re.compile(rf"{_NAME}\Z")


@cache
def _nouns() -> frozenset[str]:
    """The words of a person's calling or bond an apposition may name, casefolded."""
    words = (
        rules.words("roles", "person_nouns")
        + rules.words("roles", "capacities")
        + rules.words("roles", "credited_callings")
    )
    return frozenset(str(w).casefold() for w in words)


def _a_person(desc: str) -> bool:
    """An apposition's words naming a person's calling or bond ("retired bus driver")."""
    nouns = _nouns()
    return any(w in nouns for w in desc.casefold().split())


def apposed(doc: Doc, parties: list[Mention]) -> list[tuple[str, str, int, int]]:
    """(name, state, start, end) of each person an apposition names."""
    text = doc.text
    if ", " not in text and " MP" not in text:
        return []
    out = []
    setting: str | None = None  # "" once looked up and not found
    for hit in _TRIGGER.finditer(text):
        at = hit.start()
        m = _APPOSITION.match(text, at)
        if m is None or (m.group("desc") is not None and not _a_person(m.group("desc"))):
            continue
        named = _NAMED.search(text, max(0, at - 80), at)
        if named is None:
            continue
        name = name_of(named.group("name"))
        if name is None:
            continue
        code = None
        for p in parties:
            if m.start() <= p.start < m.end() and is_state(p.code):
                code = p.code
                break
        code = code or town_state(text, m.start(), m.end())
        if code is None:
            setting = (setting_state(doc, parties) or "") if setting is None else setting
            code = setting or None
        if code is not None:
            out.append((name, code, named.start("name"), named.end("name")))
    return out
