"""The commitment rule file (`rules/commitments.yaml`) compiled once: cue and domain
gazetteers, condition patterns, the clause splitter and the word sets that decide who
gives and in which layer. Applying them is `commitments.py`'s work."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from willing.ingest import parliaments, rules, word_classes
from willing.ingest.commitment_hits import Domain
from willing.ingest.gazetteer import Gazetteer, phrase_key
from willing.ingest.prefilter import ahead, alternation, deferred, guarded


@dataclass(frozen=True)
class Tables:
    """The compiled rule tables of commitments and their conditions."""

    cues: Gazetteer[str]
    domains: Gazetteer[Domain]
    coalition: Gazetteer[str]
    backstop: frozenset[str]
    not_contributor: frozenset[str]
    conditions: list[tuple[str, str, re.Pattern[str], frozenset[str]]]
    negation: Gazetteer[str]
    splitter: re.Pattern[str]
    backstop_domains: frozenset[str]
    host_nations: frozenset[str]
    destination: frozenset[str]
    troops: Gazetteer[str]
    troop_cues: Gazetteer[str]
    items: frozenset[str]
    open_questions: Gazetteer[str]
    #: the first words of `open_questions`: a sentence without one is not searched
    open_words: frozenset[str]
    never: frozenset[str]


def _alt(words: list[str]) -> str:
    return alternation(sorted(words, key=len, reverse=True))


def _lead(words: list[str]) -> str:
    """The guard of a case-insensitive alternation of `words` (see `prefilter.ahead`):
    a clause start is tried after every blank, and most blanks start no such word."""
    return ahead(_alt([str(w) for w in words]), re.I)


def _words(names: list[str]) -> Gazetteer[str]:
    """Phrases matched in any letter case."""
    gaz: Gazetteer[str] = Gazetteer()
    for name in names:
        gaz.add(str(name).lower(), str(name))
    return gaz


@cache
def tables() -> Tables:
    """The tables, built at first use."""
    data = rules.load("commitments")
    domains: Gazetteer[Domain] = Gazetteer()
    for entry in data["domains"]:
        for word in entry["words"]:
            domains.add(str(word).lower(), Domain(str(entry["layer"]), entry.get("domain")))
    conditions = [
        (
            str(c["code"]),
            str(c["name"]),
            # a condition starts at a word: the alternatives are tried only there
            deferred(
                r"\b(?:"
                + "|".join(
                    f"(?:{word_classes.expand(parliaments.expand(p))})" for p in c["patterns"]
                )
                + ")",
                re.I,
            ),
            # every keyword also without its diacritics ("Dail" for "Dáil")
            frozenset(
                k
                for word in c["keywords"]
                for form in {str(word), parliaments.folded(str(word))}
                for k in phrase_key(form)
            ),
        )
        for c in data["conditions"]
    ]
    return Tables(
        _words(data["cues"]),
        domains,
        _words(data["coalition_words"]),
        frozenset(str(p) for p in data["backstop_parties"]),
        frozenset(str(w) for w in data["not_contributor_before"]),
        conditions,
        _words(data["negations"]),
        guarded(
            rf"(?i:(?:[,;]\s*|\s){_lead(data['clause_starts'])}"
            rf"(?:{_alt([str(w) for w in data['clause_starts']])})\b|;)"
            rf"|,\s+(?:{_alt([str(w) for w in data['comma_joins']])})\s+(?=[A-Z])"
            # "agreed that Romania would host ..., and that the United States would ..."
            rf"|,\s+(?:{_alt([str(w) for w in data['comma_joins']])})\s+(?=(?:that|bahwa)\b)"
            # (thirteenth set) every reported clause has its own subject: "noted that China
            # urged talks and that Bulgaria offered", "menyebut bahwa Inggris ..., bahwa
            # Jerman ...", "..., and the Finnish minister said"
            rf"|[\s\"”]\s*(?:{_alt([str(w) for w in data['comma_joins']])})\s+(?=(?:that|bahwa)\b)"
            r"|,\s+(?=bahwa\b)"
            rf"|,\s+(?:{_alt([str(w) for w in data['comma_joins']])})\s+the\s+(?=[A-Z])"
            # (fourteenth set) a label before a colon is no subject: "kontribusi utama negara
            # koalisi: Prancis menempatkan ..."
            # (a sum after it, "NOK 5 billion", is the label's own)
            r"|:(?=\s+[A-Z][a-z])"
            # (fifteenth set) a second report of the same subject is a clause of its own:
            # "pledged NOK 2 billion for air defence and said it would station two batteries"
            rf"|\s+(?:{_alt([str(w) for w in data['comma_joins']])})\s+(?=(?:said|says|added"
            r"|announced|confirmed|menyatakan|mengatakan|menambahkan)\s+(?:that\s+|bahwa\s+)?"
            r"(?:it|they|pihaknya|mereka)\b)"
        ),
        frozenset(str(d) for d in data["backstop_domains"]),
        frozenset(str(p) for p in data["host_nations"]),
        frozenset(str(w) for w in data["destination_words"]),
        _words(data["troop_words"]),
        _words(data["troop_cues"]),
        frozenset(str(w).casefold() for w in data["items"]),
        _words(data["open_questions"]),
        frozenset(phrase_key(str(w))[0] for w in data["open_questions"]),
        frozenset(str(p) for p in data["never_contributors"]),
    )
