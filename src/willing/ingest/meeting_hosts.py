"""Who hosts a meeting: the party a host phrase of the sentence names ("hosted by
France", "Inggris menjadi tuan rumah"), or the state of a person who hosts or chairs it."""

from __future__ import annotations

import re

from willing.ingest.document import Doc, Index
from willing.ingest.parties import Mention, code_of

_NOT_HOSTS = frozenset({"COTW", "UN"})

_AND = re.compile(r"(?i:\s+(?:and|dan|serta)\s+)")
_PERSON_HOSTS = re.compile(
    r"\s*,?\s*(?:who\s+(?:is|was)\s+|yang\s+)?(?:will\s+|would\s+)?(?:hosts?|hosted|hosting|"
    r"chairs?|chaired|chairing|convened|convenes|led|leads|menjadi tuan rumah|memimpin|pimpin|"
    r"menggelar|menyelenggarakan|membuka)\b",
    re.I,
)
_BY_PERSON = re.compile(
    # "chaired from Rome by", "dipimpin dari Roma oleh": where the chair sat, then who
    r"(?:hosted|chaired|co-chaired|convened|led|opened|dipimpin|dipandu|diselenggarakan|diketuai"
    r"|dibuka)"
    r"(?:\s+(?:from|in|at|dari|di)\s+[A-Z][\w-]*)?(?:\s+(?:by|oleh))?\s*$",
    re.I,
)


_LEADING = ("led ", "yang dipimpin", "dipimpin", "headed ", "co-led ")
#: the coalition named right before a phrase of leading: "the coalition, led by Britain",
#: "Koalisi Sukarela yang dipimpin Inggris dan Prancis"
_LEADS_COALITION = re.compile(
    r"(?i:\b(?:coalition|koalisi)(?:\s+(?:of\s+the\s+)?[\w-]+){0,2},?\s+(?:yang\s+)?\Z)"
)


def hosts(
    doc: Doc,
    patterns: list[tuple[re.Pattern[str], bool, tuple[str, ...]]],
    host_words: frozenset[str],
    start: int,
    cache: dict[int, list[tuple[str, int, int, float]]],
    persons: Index[Mention],
) -> list[tuple[str, int, int, float]]:
    """Host phrases of the sentence around `start` (each sentence read once); a person
    who hosts or chairs stands for the party given with the name."""
    s, e = doc.sentence_at(start)
    if s in cache:
        return cache[s]
    out: list[tuple[str, int, int, float]] = []
    cache[s] = out
    if doc.sentence_keys[doc.sentence_index(start)].isdisjoint(host_words):
        return out
    sentence = doc.text[s:e]
    for pattern, leads, needs in patterns:
        if needs and not any(map(sentence.__contains__, needs)):
            continue  # a sentence without "tuan rumah" holds no "X menjadi tuan rumah"
        for m in pattern.finditer(doc.text, s, e):
            if m.group().startswith(_LEADING) and _LEADS_COALITION.search(
                doc.text, max(s, m.start() - 50), m.start()
            ):
                continue  # "Koalisi Sukarela yang dipimpin Inggris": who leads it, not a host
            words = m.group("party").split()
            # the party is the words nearest the verb: the end of a leading capture
            spans = (
                [words[k:] for k in range(len(words))]
                if leads
                else [words[:n] for n in range(len(words), 0, -1)]
            )
            if not leads:
                # "dipimpin oleh Perdana Menteri Inggris Keir Starmer": the leader's country
                n = len(words)
                spans += [words[a:b] for a in range(1, n) for b in range(n, a, -1)]
            for candidate in spans:
                code = code_of(" ".join(candidate))
                if code and code not in _NOT_HOSTS:
                    out.append((code, m.start(), m.end(), 0.85))
                    break
    named = persons.within(s, e)
    for k, person in enumerate(named):
        if _PERSON_HOSTS.match(doc.text, person.end) or _BY_PERSON.search(
            doc.text, max(s, person.start - 45), person.start
        ):
            # co-chairs ("Macron dan Starmer memimpin"): the first named hosts
            while k > 0 and _AND.fullmatch(doc.text[named[k - 1].end : named[k].start]):
                k -= 1
            first = named[k]
            out.append((first.code, first.start, person.end, 0.8))
    return out
