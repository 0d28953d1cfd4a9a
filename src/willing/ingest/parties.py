"""Parties named in an article: ISO 3166 alpha-3 codes for states, codes for organisations."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from babel import Locale
from babel.core import get_global

from willing.ingest import dateline, rules
from willing.ingest.document import Doc
from willing.ingest.gazetteer import Gazetteer
from willing.ingest.items import Item


@dataclass(frozen=True)
class PartyName:
    """What a listed name stands for."""

    code: str
    confidence: float
    metonym: bool = False
    guarded: bool = False


class Mention(NamedTuple):
    """A party named in the text, characters [start, end), tokens [first, last].

    A named tuple: an article names parties dozens of times, and a tuple is cheap to build.
    """

    code: str
    start: int
    end: int
    first: int
    last: int
    confidence: float


def is_state(code: str) -> bool:
    """A state's code, not the coalition's or an organisation's (COTW, NATO, EU, UN): states
    carry their three-letter ISO code, and the rule data gives groups codes of other lengths."""
    return len(code) == 3


@cache
def alpha3() -> dict[str, str]:
    """ISO 3166 alpha-2 -> alpha-3, from CLDR's territory aliases."""
    data = rules.load("parties")
    out: dict[str, str] = {}
    for three, twos in get_global("territory_aliases").items():
        if len(three) == 3 and three.isalpha() and len(twos) == 1:
            out.setdefault(twos[0], three)
    out.update({str(k): str(v) for k, v in data["alpha3_overrides"].items()})
    return out


@cache
def gazetteer() -> Gazetteer[PartyName]:
    """Every known name of every party: aliases first, then CLDR names per locale."""
    data = rules.load("parties")
    gaz: Gazetteer[PartyName] = Gazetteer()
    for code, entries in data["aliases"].items():
        for entry in entries:
            gaz.add(
                str(entry["name"]),
                PartyName(
                    str(code),
                    float(entry.get("confidence", 0.95)),
                    bool(entry.get("metonym")),
                    bool(entry.get("guarded")),
                ),
            )
    # a state's people in the plural stand for it ("the Poles offered logistics")
    # and the adjectives of states the CLDR names lack ("Brazilian monitors")
    for code, names in [*data.get("demonyms", {}).items(), *data.get("adjectives", {}).items()]:
        for name in names:
            gaz.add(str(name), PartyName(str(code), 0.8))
    for code, names in data["organisations"].items():
        for name in names:
            lowercase = str(name)[:1].islower()
            gaz.add(str(name), PartyName(str(code), 0.7 if lowercase else 0.95))
    ignored = frozenset(str(n) for n in data["ignored_names"])
    codes = alpha3()
    for locale in data["locales"]:
        for two, name in Locale.parse(str(locale)).territories.items():
            if two in codes and name not in ignored:
                gaz.add(name, PartyName(codes[two], 0.95))
    return gaz


def english_name(code: str) -> str:
    """The English short name of a party code (CLDR for states, the rule data for groups)."""
    organisations = rules.load("parties")["organisations"]
    if code in organisations:
        return str(organisations[code][0])
    two = {three: two for two, three in alpha3().items()}.get(code)
    return str(Locale.parse("en").territories.get(two, code)) if two else code


def code_of(name: str) -> str | None:
    """The party code a name stands for (any known variant), or None."""
    found = gazetteer().get(name.strip())
    return found.code if found else None


def mentions(doc: Doc) -> list[Mention]:
    """Every party named in the text; a capital after 'di'/'in' is a place, not a party."""
    locative, documents = _context_words()
    found = list(gazetteer().find(doc))
    out: list[Mention] = []
    for m in found:
        # a capital after "to" is a place, unless spoken to: "keep talking to Moscow"
        if (
            m.value.metonym
            and m.first > 0
            and doc.keys[m.first - 1] in locative
            and not (m.first > 1 and doc.keys[m.first - 2] in _ADDRESSING)
        ):
            continue
        if m.value.metonym and dateline.covers(doc, m.start):
            continue  # "BRUSSELS - ...": where the report was filed, not the EU
        if _a_continent(doc, m.first, m.last):
            continue  # "North America", "Amerika Latin": a continent, not the United States
        if m.value.metonym and _names_document(doc, m, documents):
            continue  # "the Budapest Memorandum", "Perjanjian Minsk": a text, not a state
        if m.value.guarded and doc.language != "id" and not _guarded_ok(doc, m, found):
            continue  # "AS OF TODAY": an English word in capitals, not the United States
        out.append(Mention(m.value.code, m.start, m.end, m.first, m.last, m.value.confidence))
    return out


@cache
def _context_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words before a capital that make it a place, and words naming a document."""
    return (
        frozenset(rules.words("parties", "locative_words")),
        frozenset(w.casefold() for w in rules.words("parties", "document_words")),
    )


def _names_document(doc: Doc, m: Any, documents: frozenset[str]) -> bool:
    """A city in the name of a document ("Minsk agreements"); the words that are common
    otherwise (Final, Format, Process) count only in capitals."""

    def document(i: int) -> bool:
        if not 0 <= i < len(doc.keys) or doc.keys[i] not in documents:
            return False
        return doc.keys[i] not in _COMMON or doc.words[i][:1].isupper()

    return document(m.last + 1) or document(m.first - 1)


_COMMON = frozenset({"final", "format", "process"})

#: verbs of speaking to someone: the capital after "to" is then the government addressed
_ADDRESSING = frozenset(
    {
        "talk",
        "talks",
        "talking",
        "talked",
        "speak",
        "speaks",
        "speaking",
        "spoke",
        "appeal",
        "appealed",
        "message",
        "letter",
        "signal",
        "reply",
        "replied",
        "berbicara",
        "bicara",
        "pesan",
        "surat",
        "sinyal",
    }
)
_CONTINENT_BEFORE = frozenset({"north", "south", "latin", "central"})
_CONTINENT_AFTER = frozenset({"utara", "selatan", "latin", "tengah"})


def _a_continent(doc: Doc, first: int, last: int) -> bool:
    """America or Amerika named as a continent: "North America", "Amerika Utara"."""
    if first != last or doc.keys[first] not in ("america", "amerika"):
        return False
    before = doc.keys[first - 1] if first > 0 else ""
    after = doc.keys[last + 1] if last + 1 < len(doc.keys) else ""
    return before in _CONTINENT_BEFORE or after in _CONTINENT_AFTER


@cache
def _guard_words() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in rules.load("parties")["guard_words"])


def _guarded_ok(doc: Doc, m: Any, found: list[Any]) -> bool:
    """Whether a guarded abbreviation stands next to a guard word or another party name.

    The neighbours looked at are the tokens just before and after, and the one beyond a
    joining word ("France and AS"); a neighbour in capitals counts only if it is a party.
    """
    guard = _guard_words()
    joiners = frozenset(("and", "dan", "or", "atau", "with", "dengan"))
    near = [m.first - 1, m.last + 1]
    if m.first - 2 >= 0 and doc.keys[m.first - 1] in joiners:
        near.append(m.first - 2)
    if m.last + 2 < len(doc.keys) and doc.keys[m.last + 1] in joiners:
        near.append(m.last + 2)
    others = {i for o in found if o is not m for i in range(o.first, o.last + 1)}
    for i in near:
        if not 0 <= i < len(doc.keys):
            continue
        if i in others:
            return True
        word = doc.words[i]
        if doc.keys[i] in guard - joiners and not (word.isupper() and len(word) > 1):
            return True
    return False


def items(found: list[Mention]) -> list[Item]:
    """One item per party: the first mention's span, the best confidence, every mention."""
    by_code: dict[str, list[Mention]] = {}
    for m in found:
        by_code.setdefault(m.code, []).append(m)
    out = []
    for code, ms in by_code.items():
        best = max(m.confidence for m in ms)
        out.append(
            Item(
                "party",
                {"code": code, "mentions": [[m.start, m.end] for m in ms]},
                ms[0].start,
                ms[0].end,
                round(min(0.99, best + 0.02 * (len(ms) - 1)), 2),
            )
        )
    return sorted(out, key=lambda i: i.start)
