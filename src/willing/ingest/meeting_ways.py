"""How a meeting is held, in words generated from lists rather than listed one by one:
several speaking at a distance (a verb of speaking + a link + a medium: "berbicara lewat
sambungan telepon", "conferred over a secure video link"), a call held among several
("mengadakan panggilan telepon"), or meeting in the same room (a verb of meeting + a word
of presence: "bertemu langsung", "meet face to face")."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from willing.ingest import rules
from willing.ingest.document import Doc
from willing.ingest.gazetteer import Match, phrase_key

#: a meeting word that is a verb of speaking at a distance ("spoke by video")
_DISTANT = re.compile(r"(?i:spoke|talked|conferred|berbicara)\b")
#: a meeting to come: "akan bertemu di Roma", "are due to meet in Rome"
_AHEAD = re.compile(
    r"(?i:\b(?:akan|dijadwalkan|direncanakan|rencananya|will|shall|to|would)\s+(?:[\w-]+\s+)?$)"
)
#: the last word of a meeting said to be held in a place, not in the same room
_PLACE_TAILS = frozenset({"di", "in", "at", "there", "here", "sana", "sini", "together", "bersama"})


def _phrases(data: dict[str, list[str]], verbs: str) -> list[str]:
    """Every verb of speaking (or meeting) + link + medium: "talked over a secure line"."""
    return [
        " ".join(w for w in (verb, link, filler, medium) if w)
        for verb in data[verbs]
        for link in data["links"]
        for filler in data["fillers"]
        for medium in data["media"]
    ]


def held_apart(data: dict[str, Any]) -> list[str]:
    """The meeting words of a meeting held at a distance: generated phrases and calls."""
    return [
        *_phrases(data["distance"], "verbs"),
        *_phrases(data["distance"], "meet_verbs"),
        *(str(w) for w in data["calls"]),
    ]


def format_phrases(data: dict[str, Any]) -> list[tuple[str, str]]:
    """(phrase, format) for the generated words of a format: virtual for every meeting
    word held at a distance, in person for a verb of meeting + presence or place."""
    out = [(w, "virtual") for w in held_apart(data)]
    present = data["in_person"]
    for verbs, tails in (("verbs", "tails"), ("past_verbs", "places")):
        for verb in present[verbs]:
            out.extend((f"{verb} {tail}", "in_person") for tail in present[tails])
    return out


@cache
def _speaking() -> frozenset[str]:
    """The meeting words that speak at a distance ("berbicara lewat telepon", "a phone
    call"): with "with" after them, a call of two; after a meeting, someone joining it."""
    data = rules.load("meetings")
    phrases = [*_phrases(data["distance"], "verbs"), *data["calls"]]
    return frozenset(" ".join(phrase_key(str(w))) for w in phrases)


def distant(doc: Doc, start: int, end: int) -> bool:
    """The meeting word in [start, end) speaks at a distance."""
    return _DISTANT.match(doc.text, start) is not None or (
        " ".join(phrase_key(doc.text[start:end])) in _speaking()
    )


@cache
def _media() -> tuple[frozenset[str], frozenset[str]]:
    """The calls that are meeting words by themselves, and the links before a medium."""
    data = rules.load("meetings")
    return (
        frozenset(str(w).casefold() for w in data["calls"]),
        frozenset(str(w).casefold() for w in data["distance"]["links"]),
    )


def is_medium(word: str, before: str) -> bool:
    """A call after a link ("KTT digelar melalui sambungan telepon") is how the meeting
    named before was held, not a meeting of its own."""
    calls, links = _media()
    return word in calls and before in links


def announced(doc: Doc, f: Match[str]) -> bool:
    """A meeting to come held in a place ("dijadwalkan bertemu di Roma"): its format is not
    known yet (a word of presence, "akan bertemu langsung", still says it)."""
    return (
        f.value == "in_person"
        and doc.keys[f.last] in _PLACE_TAILS
        and _AHEAD.search(doc.text, max(0, f.start - 40), f.start) is not None
    )
