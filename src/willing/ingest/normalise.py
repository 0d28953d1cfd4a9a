"""One normal form for article text, so that spans mean the same thing everywhere."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from willing.ingest import rules

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
#: a space other than the plain one: without it (and without two spaces in a row) every
#: run of spaces is already one plain space
_ODD_SPACE = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_BLANKS = re.compile(r"\n{3,}")


@cache
def _boilerplate() -> re.Pattern[str]:
    patterns = rules.words("text", "boilerplate_lines")
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


@cache
def _ending_words() -> tuple[str, ...]:
    """The word each paragraph-ending promotion starts with: without one, none is tried."""
    patterns = rules.words("text", "boilerplate_endings")
    # a pattern that does not start with a letter gives "", which every text contains
    return tuple({re.split(r"[^a-z]", p.lower(), maxsplit=1)[0] for p in patterns})


@cache
def _endings() -> re.Pattern[str]:
    words = "|".join(f"(?:{p})" for p in rules.words("text", "boilerplate_endings"))
    # after a sentence's end; then no further sentence up to the end of the line
    return re.compile(
        rf"(?<=[.!?\"'”’)\]])\s+(?:{words})(?:(?![.!?]\s+[A-Z\"“])[^\n]){{0,240}}$", re.I
    )


def normalise(text: str) -> tuple[str, int]:
    """NFC, one space between words, no boilerplate lines or paragraph-ending promotions;
    return the text and how many lines were dropped or cut."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    boilerplate = _boilerplate()
    lowered = text.lower()
    endings = _endings() if any(w in lowered for w in _ending_words()) else None
    kept: list[str] = []
    dropped = 0
    if "  " in text or _ODD_SPACE.search(text):
        text = _SPACES.sub(" ", text)  # one space between words (no run crosses a line)
    for line in text.split("\n"):
        line = line.strip()
        if line and boilerplate.match(line):
            dropped += 1
            continue
        cut = endings.search(line) if endings is not None else None
        if cut is not None:
            line = line[: cut.start()]
            dropped += 1
        kept.append(line)
    out = "\n".join(kept)
    if "\n\n\n" in out:
        out = _BLANKS.sub("\n\n", out)
    return out.strip(), dropped
