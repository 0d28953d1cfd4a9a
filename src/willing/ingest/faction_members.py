"""Members of the Indonesian parliament named with their faction ("TB Hasanuddin (Fraksi
PDI-P):", "Anggota Komisi I Nurul Arifin (F-Golkar)"): a faction sits in the DPR, so the
member acts for Indonesia although no state is written by the name."""

from __future__ import annotations

import re

from willing.ingest.document import Doc

#: up to four capitalised words, then the faction in brackets
_MEMBER = re.compile(
    r"(?<![\w’'])(?P<name>[A-Z][\w’'\-]*+(?:[ \t]+[A-Z][\w’'\-]*+){0,3})"
    r"[ \t]+\((?:Fraksi|F-|FPDIP|FPKB|FPKS)[^()\n]{0,30}\)"
)


#: capitalised words of a member's office, not of the name
_NOT_NAMES = frozenset({"Anggota", "Komisi", "Ketua", "Wakil", "DPR", "Member", "MP"})


def members(doc: Doc) -> list[tuple[str, str, int, int]]:
    """(name, party, start, end) of each member named with a faction."""
    if "(F" not in doc.text:
        return []
    out = []
    for m in _MEMBER.finditer(doc.text):
        words = m.group("name").split()
        keep = len(words)
        while keep and len(words[keep - 1]) > 1 and words[keep - 1] not in _NOT_NAMES:
            keep -= 1  # the name is the last words: "Anggota Komisi I Nurul Arifin"
        name = " ".join(words[keep:])
        if len(words) - keep >= 2:
            out.append((name, "IDN", m.end("name") - len(name), m.end("name")))
    return out
