"""Parliaments named in a condition: the words a pattern's `{parliament}` stands for, and
the state a parliament's own name belongs to ("the Congress of Deputies" is Spain's)."""

from __future__ import annotations

import re
import unicodedata
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
    # a lower house as "the House" or "the Chamber", capitalised: not the White House, a
    # chamber of commerce or house style; its state is the one the sentence speaks of
    r"(?<!White )(?<!Opera )(?<!Guest )(?-i:House|Chamber)"
    r"(?!\s+(?:of\s+(?:Commerce|Industry|Lords)|style)\b)",
    r"(?-i:[Ll]ower [Hh]ouse)",
    # (nineteenth set) a state's assembly by the word alone, capitalised ("as soon as our
    # Assembly gives its consent"): not the UN's General Assembly nor a parliamentary one
    r"(?<!General )(?<!Parliamentary )(?<!Generale )(?-i:Assembly)(?!\s+(?:of|Hall|Rooms?)\b)",
)


def folded(name: str) -> str:
    """A name without its diacritics: "Dail" is how many texts write the Dáil."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@cache
def _names() -> list[tuple[str, str]]:
    """(name, state) of `parliaments` and each name without diacritics, the longest first."""
    named = {str(w): str(c) for w, c in rules.load("commitments")["parliaments"].items()}
    named |= {folded(w): c for w, c in named.items()}
    return sorted(named.items(), key=lambda n: -len(n[0]))


#: a parliament's committee stands for it: "Komisi I DPR", "the defence committee of the Sejm"
_COMMITTEE = r"(?:(?:Komisi\s+[IVX\d]+|(?:the\s+)?[\w-]+\s+committee\s+of)\s+(?:the\s+)?)?"


@cache
def alternation() -> str:
    """What `{parliament}` in a condition pattern stands for."""
    words = [re.escape(w) for w, _ in _names()] + list(_GENERIC)
    return _COMMITTEE + "(?:" + "|".join(words) + ")"


def expand(pattern: str) -> str:
    """A condition pattern with `{parliament}` spelled out."""
    return pattern.replace("{parliament}", alternation())


@cache
def _search() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    """One pattern for every name (the longest first), each name's state, the shared names."""
    names = _names()
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w, _ in names) + r")\b")
    shared = frozenset(
        folded(str(w)) for w in rules.load("commitments")["shared_parliament_names"]
    ) | frozenset(str(w) for w in rules.load("commitments")["shared_parliament_names"])
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
    named_states = {p.code for p in parties.within(0, len(doc.text))}
    if code in named_states:
        return code
    for other in _sharers().get(folded(word), ()):
        if other in named_states:
            return other
    return nearby() or code


@cache
def _sharers() -> dict[str, tuple[str, ...]]:
    """(twentieth set) the other states that give a shared name to their parliament."""
    table = rules.load("commitments")["shared_parliament_states"]
    return {folded(str(w)): tuple(str(c) for c in cs) for w, cs in table.items()}


#: a lower house named only as "the House" or "the Chamber": a parliament only of a state
#: the text names with it
_BARE = re.compile(r"\b(?:House|Chamber)\b(?!\s+of\b)")


def bare(m: re.Match[str]) -> bool:
    """The match names its parliament only as "the House" or "the Chamber"."""
    return _BARE.search(m.group()) is not None and _search()[0].search(m.group()) is None


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


#: states given as examples after parliaments: "(e.g. the Netherlands, Spain)", ", notably
#: in Denmark and Portugal", "seperti Belanda dan Spanyol"
_EXAMPLES = re.compile(
    r"(?i:\s*[(,;:\u2013\u2014-]?\s*(?:e\.\s?g\.|for example|for instance|such as|notably|"
    r"including|in particular|namely|among them|misalnya|seperti|antara lain|termasuk|yakni|"
    r"yaitu|terutama|khususnya)\s*,?\s+(?:(?:in|di)\s+)?(?:the\s+)?)"
)
#: between states of a list: "Denmark and Portugal", "the Netherlands, Spain", "Dutch and Spanish"
_BETWEEN = re.compile(
    r"(?i:\s*(?:,\s*(?:and\s+|dan\s+|or\s+|atau\s+)?|\s+(?:and|dan|serta|or|atau)\s+)(?:in\s+|di\s+)?(?:the\s+)?)"
)


@cache
def _own_for() -> re.Pattern[str]:
    """(sixteenth set) an example given as a parliament's own name and its state: "the
    Bundestag for Germany", "DPR bagi Indonesia"; the state after it is the example."""
    names = "|".join(re.escape(w) for w, _ in _names())
    return re.compile(rf"(?:the\s+)?(?:{names})\s+(?:for|of|in|bagi|untuk|di|milik)\s+(?:the\s+)?")


def _run(doc: Doc, start: int, parties: Index[Mention]) -> list[str]:
    """The states of a list of parties that starts at `start`."""
    _, e = doc.sentence_at(start)
    found = {p.start: p for p in parties.within(start, max(e, start))}
    out: list[str] = []
    while (p := found.get(_skip_own(doc, start))) is not None:
        out.append(p.code)
        gap = _BETWEEN.match(doc.text, p.end)
        if gap is None:
            break
        start = gap.end()
    return out


_NATIONAL = re.compile(r"(?i:\s+(?:nasional|national)\b)")


def _skip_own(doc: Doc, start: int) -> int:
    """`start`, or past a parliament's own name and the word that gives its state."""
    own = _own_for().match(doc.text, start)
    return own.end() if own else start


def shown(doc: Doc, m: re.Match[str], parties: Index[Mention]) -> list[str]:
    """The states a parliaments' condition names them by: listed as examples right after it
    ("votes in national parliaments (e.g. the Netherlands, Spain)"), or, for parliaments in
    the plural, as the adjectives right before ("the Dutch and Spanish parliaments")."""
    plural = doc.text.startswith("s", m.end()) and not doc.text[m.end() + 1 : m.end() + 2].isalpha()
    # "persetujuan parlemen nasional, misalnya ...": the adjective the match stops before
    national = _NATIONAL.match(doc.text, m.end() + plural)
    after = _EXAMPLES.match(doc.text, national.end() if national else m.end() + plural)
    if after is not None and (states := _run(doc, after.end(), parties)):
        return list(dict.fromkeys(states))
    if not re.search(r"(?i:\b(?:parliaments|legislatures)\b)", m.group()):
        return []
    s, _ = doc.sentence_at(m.start())
    before = [p for p in parties.within(s, m.start()) if p.end <= m.start()]
    if not before or doc.text[before[-1].end : m.start()].strip():
        return []
    run = [before[-1]]
    for p in reversed(before[:-1]):
        if not _BETWEEN.fullmatch(doc.text, p.end, run[-1].start):
            break
        run.append(p)
    return list(dict.fromkeys(p.code for p in reversed(run)))
