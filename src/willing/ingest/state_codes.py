"""A state written as its three-letter code in brackets right after a person's name
("Col. X (NOR)", "Mr X (CZE), adviser"): logs, rosters, passes and situation reports tag a
person's nationality so, as they tag a unit or a ship. The code is read only in capitals,
alone in its brackets and right after a name a reader of people found, so an
organisation's initialism after a body ("Kementerian ... (KKP)") is no one's state."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest.document import Doc
from willing.ingest.parties import alpha3, code_of, is_state

#: a bracket right after the name, holding one word or a short name
_BRACKET = re.compile(r"[ \t]*\(([A-Z][^()\n]{1,39})\)")
#: a state's code: three capitals
_CODE = re.compile(r"[A-Z]{3}")


@cache
def state_codes() -> frozenset[str]:
    """The three-letter codes of the world's states (ISO 3166 alpha-3)."""
    return frozenset(c for c in alpha3().values() if is_state(c))


def code_state(word: str) -> str | None:
    """The party a bracket's text stands for: its name ("Ukraine", "NATO") or a state's
    code ("UKR")."""
    word = word.strip()
    if _CODE.fullmatch(word) and word in state_codes():
        return word
    return code_of(word)


def bracket_state(doc: Doc, end: int) -> str | None:
    """The state in brackets right after a name ending at `end`, if any."""
    m = _BRACKET.match(doc.text, end)
    code = code_state(m.group(1)) if m is not None else None
    return code if code is not None and is_state(code) else None


def coded(doc: Doc, officers: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """The readers' people, each of the state its name is tagged with in brackets: a word
    of address or a label gave such a name the text's setting only."""
    out = []
    for name, code, start, end in officers:
        tagged = bracket_state(doc, end)
        out.append((name, tagged or code, start, end))
    return out
