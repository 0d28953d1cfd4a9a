"""A part of those present at a meeting taking part from afar, as one clause of small word
families (rules/meetings.yaml, parts_from_afar): a part, what it counts, how it took part
and its medium ("five more on video link", "tujuh lainnya mengikuti dari layar", "empat di
antaranya secara daring", "ada yang ikut lewat video").

A share by itself ("the rest", "sebagian", "ada yang") needs nothing more; a number (of up
to three figures: "2027 was held over a video call" is a year) needs a
partitive ("four more", "lima di antaranya") or a verb of taking part ("dua negara
bergabung secara virtual"): "diikuti 30 negara secara daring" is a meeting held online.
The pattern joins the other ways of joining remotely (meeting_format.joined_remotely)."""

from __future__ import annotations

import re
from typing import Any


def _alt(words: list[Any]) -> str:
    """The words as one group, longest first, spaces matching any run of spaces."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


def parts_pattern(data: dict[str, Any]) -> str:
    """The clause of a part taking part from afar, as a regular expression (case ignored)."""
    t = data["parts_from_afar"]
    shares, numbers = _alt(t["shares"]), r"(?:\d{1,3}|" + _alt(t["numbers"])[3:]
    partitive, counted, ways = _alt(t["partitives"]), _alt(t["counted"]), _alt(t["ways"])
    medium = (
        rf"(?:{_alt(t['media'])}|{_alt(t['before_medium'])}\s+(?:a\s+|the\s+|their\s+|"
        rf"its\s+|secure\s+)?{_alt(t['medium_nouns'])})\b"
    )
    noun = rf"(?:\s+(?:of\s+the\s+)?{counted})?"
    # how it took part: a verb, up to two more words ("joined the talks", "ikut rapat itu")
    way = rf"\s+{ways}\b(?:\s+[\w-]+){{0,2}}?"
    return (
        rf"\b(?:{shares}(?:\s+{partitive})?{noun}(?:{way})?"
        rf"|{numbers}\s+{partitive}{noun}(?:{way})?"
        rf"|{numbers}{noun}{way})"
        rf",?\s+{medium}"
    )


def parts_keys(data: dict[str, Any]) -> frozenset[str]:
    """The words of which a sentence holding such a clause holds one (its media)."""
    t = data["parts_from_afar"]
    words = [*t["media"], *t["medium_nouns"]]
    return frozenset(w for phrase in words for w in str(phrase).casefold().split()[-1:])
