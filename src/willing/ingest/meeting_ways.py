"""How a meeting is held, in words generated from lists rather than listed one by one:
several speaking at a distance (a verb of speaking + a link + a medium: "berbicara lewat
sambungan telepon", "conferred over a secure video link"), a call held among several
("mengadakan panggilan telepon"), or meeting in the same room (a verb of meeting + a word
of presence: "bertemu langsung", "meet face to face")."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any, TypeVar

from willing.ingest import rules
from willing.ingest.document import Doc
from willing.ingest.gazetteer import Gazetteer, Match, phrase_key, split
from willing.ingest.meeting_calls import gapped

T = TypeVar("T")

#: a meeting word that is a verb of speaking at a distance ("spoke by video")
_DISTANT = re.compile(r"(?i:spoke|talked|conferred|berbicara)\b")
#: a meeting to come: "akan bertemu di Roma", "are due to meet in Rome"
_AHEAD = re.compile(
    r"(?i:\b(?:akan|dijadwalkan|direncanakan|rencananya|will|shall|to|would)\s+(?:[\w-]+\s+)?$)"
)
#: the last word of a meeting said to be held in a place, not in the same room
_PLACE_TAILS = frozenset({"di", "in", "at", "there", "here", "sana", "sini", "together", "bersama"})


def _parts(data: dict[str, list[str]], verbs: str) -> list[list[str]]:
    """The lists whose product is every verb of speaking (or meeting) + link + filler +
    medium: "talked over a secure line" (about a hundred thousand phrases)."""
    return [
        [str(w) for w in data[verbs]],
        [str(w) for w in data["links"]],
        [str(w) for w in data["fillers"]],
        [str(w) for w in data["media"]],
    ]


def list_held_apart(
    gazetteer: Gazetteer[T], data: dict[str, Any], value: Callable[[str], T], lower: bool = False
) -> None:
    """List the meeting words of a meeting held at a distance (in lower case if `lower`),
    with `value(word)`: the generated phrases, then the calls."""
    case: Callable[[str], str] = str.lower if lower else str
    for verbs in ("verbs", "meet_verbs"):
        parts = [[case(w) for w in part] for part in _parts(data["distance"], verbs)]
        gazetteer.add_product(parts, value)
    for word in data["calls"]:
        gazetteer.add(case(str(word)), value(case(str(word))))


def list_formats(formats: Gazetteer[str], data: dict[str, Any]) -> None:
    """List the generated words of a format (lower case): virtual for every meeting word
    held at a distance and every meeting noun with its medium ("video meeting", "rapat
    daring"), in person for a verb of meeting + presence or place."""
    list_held_apart(formats, data, lambda _: "virtual", lower=True)
    medium = data["by_medium"]
    for parts in (
        (medium["media"], medium["nouns"]),
        (medium["nouns_id"], medium["media_id"]),
    ):
        formats.add_product([[str(w).lower() for w in part] for part in parts], lambda _: "virtual")
    present = data["in_person"]
    for verbs, tails in (("verbs", "tails"), ("past_verbs", "places")):
        for verb in present[verbs]:
            for tail in present[tails]:
                formats.add(f"{verb} {tail}".lower(), "in_person")


@cache
def _speaking() -> tuple[list[tuple[tuple[str, ...], ...]], frozenset[tuple[str, ...]]]:
    """The meeting words that speak at a distance ("berbicara lewat telepon", "a phone
    call"): the keys of each part of the generated phrases, and the calls' keys. With
    "with" after them, a call of two; after a meeting, someone joining it."""
    data = rules.load("meetings")
    parts = [
        tuple(dict.fromkeys(map(phrase_key, part))) for part in _parts(data["distance"], "verbs")
    ]
    return parts, frozenset(phrase_key(str(w)) for w in data["calls"])


def distant(doc: Doc, start: int, end: int) -> bool:
    """The meeting word in [start, end) speaks at a distance."""
    if _DISTANT.match(doc.text, start) is not None or gapped(doc, (start, end)):
        return True
    return _speaks(phrase_key(doc.text[start:end]))


@lru_cache(maxsize=4096)
def _speaks(key: tuple[str, ...]) -> bool:
    """Whether a meeting word's keys are a call or a generated phrase of speaking at a
    distance: read once per wording, as an article names the same few meeting words over
    and over (the distance phrases are many, and each is tried part by part). Bounded:
    the wordings come from the text."""
    parts, calls = _speaking()
    return key in calls or next(split(key, parts), None) is not None


@cache
def _media() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The calls that are meeting words by themselves, the other media, the links before a
    medium, and the words that may stand between ("over a secure video link")."""
    data = rules.load("meetings")
    distance = data["distance"]
    return (
        frozenset(str(w).casefold() for w in data["calls"]),
        frozenset(str(w).casefold() for w in distance["media"]),
        frozenset(str(w).casefold() for w in distance["links"]),
        frozenset(w.casefold() for f in distance["fillers"] for w in str(f).split()),
    )


def is_medium(word: str, before: str, earlier: str = "", named: bool = False) -> bool:
    """A call after a link ("KTT digelar melalui sambungan telepon") is how the meeting
    named before was held, not a meeting of its own; so is any medium after a meeting
    already `named` in the sentence ("the meeting on 9 March, held by video conference",
    "was held over a video call"), but "agreed it on a video call" names the meeting."""
    calls, media, links, fillers = _media()
    if word in calls and before in links:
        return True
    linked = before in links or (before in fillers and earlier in links)
    return named and linked and (word in calls or word in media)


def announced(doc: Doc, f: Match[str]) -> bool:
    """A meeting to come held in a place ("dijadwalkan bertemu di Roma"): its format is not
    known yet (a word of presence, "akan bertemu langsung", still says it)."""
    return (
        f.value == "in_person"
        and doc.keys[f.last] in _PLACE_TAILS
        and _AHEAD.search(doc.text, max(0, f.start - 40), f.start) is not None
    )


#: a verb of spreading or publishing before "online" or "daring": what went online is
#: text or talk, not a meeting ("claims have spread quickly online", "diunggah secara daring")
_PUBLISHED = re.compile(
    r"(?i:\b(?:spread|spreads|spreading|posted|posts|published|circulat\w*|shared|appeared"
    r"|went|goes|available|leaked|streamed|viral|sold|bought|read|beredar|menyebar|diunggah"
    r"|mengunggah|diterbitkan|dibagikan|tersebar|viral)\s+(?:\w+\s+){0,2}\Z)"
)


def published_online(doc: Doc, f: Match[str]) -> bool:
    """A word of "virtual" saying where something was published, not how one met."""
    return (
        f.value == "virtual"
        and doc.keys[f.last] in ("online", "daring")
        and _PUBLISHED.search(doc.text, max(0, f.start - 40), f.start) is not None
    )


def unsaid(doc: Doc, f: Match[str]) -> bool:
    """A format word that does not say how the meeting was held: one to come in a place,
    or something published online."""
    return announced(doc, f) or published_online(doc, f)
