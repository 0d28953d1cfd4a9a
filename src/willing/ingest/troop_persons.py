"""Troops named by a word any person shares ("Chile menambah 45 orang", "mengirim 40
insinyur", "a further 80 people to the mission"): a force's only where the sentence sends,
adds or fields them, the sentence or the one before names a force or its work, and nothing
in the sentence says they were harmed, employed, present or counted as a crowd
(rules/figures.yaml, generic_persons)."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules
from willing.ingest.document import Doc


def _alt(words: list[object]) -> str:
    return "|".join(re.escape(str(w)) for w in sorted(map(str, words), key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The person nouns (at an item's end), the deploying words, the force's, the harm's."""
    data = rules.load("figures")["generic_persons"]
    return (
        re.compile(rf"(?i:\b(?:{_alt(data['nouns'])})\Z)"),
        re.compile(rf"(?i:\b(?:{_alt(data['deploy'])})\b)"),
        re.compile(rf"(?i:\b(?:{_alt(data['force'])})\b)"),
        re.compile(rf"(?i:\b(?:{_alt(data['harmed'])})\b)"),
    )


def persons_unfielded(doc: Doc, start: int, end: int) -> bool:
    """The figure at start..end counts persons by a word any person shares, and no state
    fields them there: no troops. A count in brackets labels a post or a row ("Analis (2
    orang)"): no troops either."""
    noun, deploy, force, harmed = _patterns()
    if noun.search(doc.text, start, end) is None:
        return False
    if doc.text[max(0, start - 1) : start] == "(":
        return True
    s, e = doc.sentence_at(start)
    i = doc.sentence_index(start)
    before = doc.sentences[i - 1][0] if i > 0 else s
    return (
        deploy.search(doc.text, s, e) is None
        or force.search(doc.text, before, e) is None
        or harmed.search(doc.text, s, e) is not None
    )
