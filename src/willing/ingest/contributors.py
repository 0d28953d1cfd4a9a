"""People who write to a paper or ask it a question, named with their town: the asker after
a question ("Berapa biayanya? (Dewi, Bandung)", "Will they stay? (Jack Miller, Perth)") and
a letter's writer on the lines that close it ("- Jane Roe, Harbour Row", "Budi Santoso\\n
Semarang, Jawa Tengah"); and people the press introduces by their age ("Maria Seran (52),
ibu dari ...", "Tom Reed, 61, a fisherman"). They hold no role; they are of the article's
state."""

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

#: a name of two words or more and an age, in brackets or set off by commas
_AGED = re.compile(
    rf"(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,3}})(?:[ \t]+\([1-9]\d(?:[ \t]+tahun)?\)"
    r"|,[ \t]+[1-9]\d,[ \t]+(?=[a-z]))"
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
    if home is None:
        return []
    out = []
    hits = [(m, "name") for m in _ASKER.finditer(doc.text)] if "?" in doc.text else []
    if "\n" in doc.text:
        for m in _WRITER.finditer(doc.text):
            hits.append((m, "dashed" if m.group("dashed") else "name"))
    hits += [(m, "aged") for m in _AGED.finditer(doc.text)]
    for m, group in hits:
        name = _opening_dropped(doc, m.group("name" if group == "aged" else group))
        town = (m.group("town") or "") if group != "aged" else ""
        if group == "aged" and " " not in name:
            continue  # a first name alone with an age is too little to report
        if name and _a_name(name) and not any(w in _not_names() for w in town.split()):
            end = m.end("name" if group == "aged" else group)
            out.append((name, home, end - len(name), end))
    return out


def _opening_dropped(doc: Doc, words: str) -> str:
    """The name without the words before it that the text also writes in lower case: they
    open a sentence ("Bagi Maria Seran" is "for Maria Seran")."""
    parts = words.split()
    while parts and any(doc.words[n].islower() for n in doc.positions.get(parts[0].casefold(), [])):
        parts = parts[1:]
    return " ".join(parts)
