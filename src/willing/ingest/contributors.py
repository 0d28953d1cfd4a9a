"""People who write to a paper or ask it a question, named with their town: the asker after
a question ("Berapa biayanya? (Dewi, Bandung)", "Will they stay? (Jack Miller, Perth)") and
a letter's writer on the lines that close it ("- Jane Roe, Harbour Row", "Budi Santoso\\n
Semarang, Jawa Tengah"). They hold no role; they are of the article's state."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules
from willing.ingest.document import Doc
from willing.ingest.parties import code_of

_WORD = r"[A-ZÀ-Þ][a-zß-ÿ][\w’'\-]*+"
_TOWN = rf"(?P<town>{_WORD}(?:[ \t]+{_WORD}){{0,2}}(?:,[ \t]+{_WORD}(?:[ \t]+{_WORD}){{0,2}})?)"
#: a question, then the asker and the town in brackets
_ASKER = re.compile(rf"\?[ \t]*\((?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,2}}),[ \t]+{_TOWN}\)")
#: a letter's last lines: "- Name, Town" or "Name" above "Town[, Region]", then a blank line
_WRITER = re.compile(
    rf"[.?!\"”][ \t]*\n+(?:[-–—][ \t]*(?P<dashed>{_WORD}(?:[ \t]+{_WORD}){{1,3}}),[ \t]+"
    rf"|(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,3}})[ \t]*\n){_TOWN}[ \t]*(?:\n[ \t]*\n|\n?\Z)"
)


@cache
def _not_names() -> frozenset[str]:
    return frozenset(rules.words("roles", "not_names")) | frozenset(
        rules.words("roles", "not_name_words")
    )


def _a_name(words: str) -> bool:
    """No word of a state, a place, an office or a sentence's opening."""
    parts = words.split()
    return code_of(words) is None and not any(
        w in _not_names() or code_of(w) is not None for w in parts
    )


def contributors(doc: Doc, home: str | None) -> list[tuple[str, str, int, int]]:
    """(name, state, start, end) of each asker and letter writer, for the article's state."""
    if home is None or ("(" not in doc.text and "\n" not in doc.text):
        return []
    out = []
    hits = [(m, "name") for m in _ASKER.finditer(doc.text)] if "?" in doc.text else []
    if "\n" in doc.text:
        for m in _WRITER.finditer(doc.text):
            hits.append((m, "dashed" if m.group("dashed") else "name"))
    for m, group in hits:
        name = m.group(group)
        town = m.group("town").replace(",", " ").split()
        if _a_name(name) and not any(w in _not_names() for w in town):
            out.append((name, home, m.start(group), m.end(group)))
    return out
