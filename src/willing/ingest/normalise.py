"""One normal form for article text, so that spans mean the same thing everywhere."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from willing.ingest import rules

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANKS = re.compile(r"\n{3,}")


@cache
def _boilerplate() -> re.Pattern[str]:
    patterns = rules.words("text", "boilerplate_lines")
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


def normalise(text: str) -> tuple[str, int]:
    """NFC, one space between words, no boilerplate lines; return text and lines dropped."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    boilerplate = _boilerplate()
    kept: list[str] = []
    dropped = 0
    for line in text.split("\n"):
        line = _SPACES.sub(" ", line).strip()
        if line and boilerplate.match(line):
            dropped += 1
            continue
        kept.append(line)
    out = _BLANKS.sub("\n\n", "\n".join(kept)).strip()
    return out, dropped
