"""Parliaments named in a condition: the words a pattern's `{parliament}` stands for, and
the state a parliament's own name belongs to ("the Congress of Deputies" is Spain's)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from willing.ingest import rules
from willing.ingest.document import Doc, Index
from willing.ingest.parties import Mention

#: words any state's parliament is called by
_GENERIC = (
    "parlemen(?:nya)?",
    "parliament",
    "legislature",
    # the name many states give their parliament (Bulgaria, Serbia, Slovenia, ...)
    "[Nn]ational [Aa]ssembly",
    "[Mm]ajelis [Nn]asional",
)


@cache
def _names() -> list[tuple[str, str]]:
    """(name, state) of `parliaments`, the longest name first."""
    named = rules.load("commitments")["parliaments"]
    return sorted(((str(w), str(c)) for w, c in named.items()), key=lambda n: -len(n[0]))


@cache
def alternation() -> str:
    """What `{parliament}` in a condition pattern stands for."""
    words = [re.escape(w) for w, _ in _names()] + list(_GENERIC)
    return "(?:" + "|".join(words) + ")"


def expand(pattern: str) -> str:
    """A condition pattern with `{parliament}` spelled out."""
    return pattern.replace("{parliament}", alternation())


@cache
def _search() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    """One pattern for every name (the longest first), each name's state, the shared names."""
    names = _names()
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w, _ in names) + r")\b")
    shared = frozenset(str(w) for w in rules.load("commitments")["shared_parliament_names"])
    return pattern, dict(names), shared


def named(
    doc: Doc, m: re.Match[str], parties: Index[Mention], nearby: Callable[[], str | None]
) -> str | None:
    """The state whose parliament the match names by its own name, if it does.

    A name several states use ("Congress") is the state whose fuller name the text gave
    before ("the Congress of Deputies"); else, in a text that never names the table's
    state, the state the sentence speaks of (`nearby`)."""
    pattern, states, shared = _search()
    found = pattern.search(m.group())
    if found is None:
        return None
    word = found.group()
    code = states[word]
    if word not in shared:
        return code
    for fuller, other in _names():
        if fuller != word and word in fuller and fuller in doc.text[: m.start()]:
            return other
    if any(p.code == code for p in parties.within(0, len(doc.text))):
        return code
    return nearby() or code


#: a parliament listed after another by its own name: "in the Folketing and the Riksdag"
_AND = re.compile(r"(?i:\s*(?:,|,?\s+(?:and|or|dan|atau|serta))\s+(?:(?:the|in|di)\s+)*)")


def listed_after(doc: Doc, end: int) -> list[str]:
    """The states of the parliaments named by their own name in a list right after `end`
    ("subject to votes in the Folketing and the Riksdag": Sweden's too)."""
    pattern, states, shared = _search()
    out: list[str] = []
    while (gap := _AND.match(doc.text, end)) is not None:
        found = pattern.match(doc.text, gap.end())
        if found is None or found.group() in shared:
            break
        out.append(states[found.group()])
        end = found.end()
    return out
