"""A part of those present at a meeting taking part from afar, as one clause of small word
families (rules/meetings.yaml, parts_from_afar): a part, what it counts, how it took part
and its medium ("five more on video link", "another four on a secure link", "tujuh
lainnya mengikuti dari layar", "empat di antaranya secara daring", "ada yang ikut lewat
video").

A share by itself ("the rest", "sebagian", "ada yang") needs nothing more, and an aside
may name who is in it ("a handful, including the president, by video"); a number (of up
to three figures: "2027 was held over a video call" is a year) needs a partitive ("four
more", "lima di antaranya"), a verb of taking part ("dua negara bergabung secara
virtual") or "with" before it ("in person, with two chiefs by video"): "diikuti 30 negara
secara daring" is a meeting held online.
The pattern joins the other ways of joining remotely (meeting_format.joined_remotely)."""

from __future__ import annotations

import re
from typing import Any


def _alt(words: list[Any]) -> str:
    """The words as one group, longest first (then in alphabetical order, so the text is
    the same in every process), spaces matching any run of spaces."""
    items = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


def parts_pattern(data: dict[str, Any]) -> str:
    """The clause of a part taking part from afar, as a regular expression (case ignored)."""
    t = data["parts_from_afar"]
    shares, numbers = _alt(t["shares"]), r"(?:\d{1,3}|" + _alt(t["numbers"])[3:]
    partitive, counted, ways = _alt(t["partitives"]), _alt(t["counted"]), _alt(t["ways"])
    # the link may be called secure or live ("on a secure link", "by secure video")
    medium = (
        rf"(?:{_alt(t['media'])}|{_alt(t['before_medium'])}\s+(?:(?:a|the|their|its)\s+)?"
        rf"(?:{_alt(t['medium_qualifiers'])}\s+)?{_alt(t['medium_nouns'])})\b"
    )
    noun = rf"(?:\s+(?:of\s+the\s+)?{counted})?"
    # how it took part: a verb, up to two more words ("joined the talks", "ikut rapat itu")
    way = rf"\s+{ways}\b(?:\s+[\w-]+){{0,2}}?"
    # who is in the part, said aside before its medium ("a few, among them X, by video")
    aside = rf"(?:,\s+{_alt(t['asides'])}\b[^,.;]{{1,60}})?"
    return (
        rf"\b(?:{shares}(?:\s+{partitive})?{noun}(?:{way})?"
        rf"|{numbers}\s+{partitive}{noun}(?:{way})?"
        rf"|{numbers}{noun}{way}"
        # a counted part the meeting is held "with" needs no verb ("in person, with two
        # chiefs by video"): the room holds the rest
        rf"|{_alt(t['attached'])}\s+{numbers}\s+(?:of\s+the\s+)?{counted})"
        rf"{aside},?\s+{medium}"
    )


def parts_keys(data: dict[str, Any]) -> frozenset[str]:
    """The words of which a sentence holding such a clause holds one (its media)."""
    t = data["parts_from_afar"]
    words = [*t["media"], *t["medium_nouns"]]
    return frozenset(w for phrase in words for w in str(phrase).casefold().split()[-1:])
