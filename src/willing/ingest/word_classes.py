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
        alternatives = sorted((str(w) for w in words), key=lambda w: -len(w))
        body = "|".join(alternatives)
        out[str(name)] = "(?:" + _NAME.sub(lambda m: out.get(m.group(1), m.group()), body) + ")"
    return out


def expand(pattern: str) -> str:
    """The pattern with every `{class}` of the table spelled out."""
    if "{" not in pattern:
        return pattern
    table = _classes()
    return _NAME.sub(lambda m: table.get(m.group(1), m.group()), pattern)
