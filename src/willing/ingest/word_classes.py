"""Word classes a rule pattern names instead of spelling out its words.

A pattern of `positions.yaml` or a condition of `commitments.yaml` may write `{land}`,
`{cede}`, `{us}`, ... for a class of `rules/classes.yaml`: a concept's words in both
languages with their inflections. A rule written as "a demand verb, then Ukraine, then a
verb of giving up, then a land word" covers wordings no article showed, where a list of
whole phrases fits only the articles it was written on. `{0,3}` and other repeats are
left alone: only the names of the table are replaced.
"""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules

_NAME = re.compile(r"\{([a-z_]+)\}")


@cache
def _classes() -> dict[str, str]:
    """Each class as one group; a class may name classes written before it."""
    out: dict[str, str] = {}
    for name, words in rules.load("classes")["classes"].items():
        spelled = [_NAME.sub(lambda m: out.get(m.group(1), m.group()), str(w)) for w in words]
        out[str(name)] = _grouped(spelled)
    return out


def _grouped(words: list[str]) -> str:
    """The alternation of a class, its words grouped by a first letter they open with (the
    engine then tries only the group of the letter it reads), the longest first."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=lambda w: -len(w)):
        head = w[:1].lower()
        plain = head.isalpha() and w[1:2] not in ("?", "*", "+", "{", "|", "")
        groups.setdefault(head if plain and not w.startswith("(?-i") else "", []).append(w)
    parts = [
        (f"{head}(?:{'|'.join(w[1:] for w in ws)})" if head else "|".join(ws))
        for head, ws in groups.items()
    ]
    return "(?:" + "|".join(parts) + ")"


def expand(pattern: str) -> str:
    """The pattern with every `{class}` of the table spelled out."""
    if "{" not in pattern:
        return pattern
    table = _classes()
    return _NAME.sub(lambda m: table.get(m.group(1), m.group()), pattern)
