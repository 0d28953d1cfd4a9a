"""Meetings told apart by their words. Officials acting together at a place on a day,
with no meeting word ("the text adopted by defence ministers at The Hague on 24
November", "para menteri pertahanan sepakat di Tallinn pada 2 Desember"): a group of
office-holders in the plural with a place after "at/in/di" and a day after "on/pada" in
the same clause held a meeting. And "the next summit": another meeting than the one
reported."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules
from willing.ingest.document import Doc
from willing.ingest.gazetteer import Gazetteer, Match

#: a place after "at/in/di", then the day after "on/pada" (a weekday may come first)
_AT_ON = re.compile(
    r"\s(?:at|in|di)\s+(?P<place>(?:[Tt]he\s+)?[A-Z][\w’'\-]*+(?:\s+[A-Z][\w’'\-]*+)?),?"
    r"\s+(?:on|pada)\s+(?:(?:hari\s+)?[A-Z][a-z]+,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}\b)"
)


@cache
def groups() -> frozenset[str]:
    """The group words (casefolded)."""
    return frozenset(str(w).casefold() for w in rules.load("meetings")["groups"])


@cache
def _group_names() -> Gazetteer[str]:
    gaz: Gazetteer[str] = Gazetteer()
    for word in rules.load("meetings")["groups"]:
        gaz.add(str(word), str(word).casefold())
    return gaz


def group_words(doc: Doc) -> list[Match[str]]:
    """The group words of the sentences holding a place and a day after it (read once
    over the text: few sentences do)."""
    gaz = _group_names()
    out: list[Match[str]] = []
    done = 0  # the token read up to
    for hit in _AT_ON.finditer(doc.text):
        s, _ = doc.sentence_at(hit.start())
        first = max(doc.token_at(s), done)
        done = doc.token_at(hit.start())
        out.extend(gaz.find(doc, first, done))
    return out


def together(doc: Doc, places: Gazetteer[str], end: int, stop: int) -> bool:
    """A known place and a day follow the group word ending at `end`, before `stop`."""
    m = _AT_ON.search(doc.text, end, stop)
    if m is None or doc.text.find(",", end, m.start()) >= 0:
        return False  # another clause: "ministers, who had met in Paris on 3 May, ..."
    return places.match_at(doc, doc.token_at(m.start("place"))) is not None or (
        places.match_at(doc, doc.token_at(m.start("place")) + 1) is not None
    )


#: a meeting named as another than the one reported: "the next summit", "a follow-up
#: session", "pertemuan puncak berikutnya", "rapat lanjutan"
_BEFORE = re.compile(
    r"(?i:\b(?:next|following|follow-up|subsequent|another)\s+(?:[\w-]+\s+){0,2}\Z)"
)
_AFTER = re.compile(r"(?i:\s+(?:[\w-]+\s+)?(?:berikutnya|selanjutnya|lanjutan|mendatang)\b)")


def another(doc: Doc, start: int, end: int) -> bool:
    """The meeting word at [start, end) names another meeting than one named before."""
    return bool(_BEFORE.search(doc.text, max(0, start - 40), start) or _AFTER.match(doc.text, end))
