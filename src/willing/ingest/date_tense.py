"""The tense of a date's sentence: whether it looks forward from the date or back, by the
nearest word of future or past ("will be held", "akan", "said", "telah") or an infinitive
after a verb of promising ("pledged to send ... in October")."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules
from willing.ingest.document import Doc
from willing.ingest.prefilter import alternation, guarded


def _alt(names: object) -> str:
    return alternation(sorted(names, key=len, reverse=True))  # type: ignore[call-overload]


@cache
def _cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Future phrases ("will be held", "akan digelar"), future words and past words.

    Modal verbs ("should arrive in August", "may remain until November") are future words
    in lower case only ("May" is a month) and not before "have" ("should have arrived").
    """
    data = rules.load("dates")
    past_words = _alt(data["past_cues"])
    phrases = rf"(?i:\b(?:{_alt(data['future_before_past'])})\s+(?:{past_words})\b)"
    modals = rf"\b(?:{_alt(data['modal_ahead'])})\b(?![ \t]+(?:not[ \t]+)?have\b)"
    future = rf"(?i:\b(?:{_alt(data['future_cues'])})\b)|{modals}"
    ago = _alt(data["ago_after"])
    past = rf"(?i:\b(?:{past_words}|(?:{ago})\s+(?P<ago>lalu))\b)"
    return guarded(phrases), guarded(future), guarded(past)


def _tense_words(doc: Doc, s: int, e: int) -> list[tuple[int, int, int]]:
    """(start, end, +1 future / -1 past) for each tense word of the sentence [s, e).

    Multi-word future phrases are matched first: the past word inside "will be held" or
    "akan digelar" is part of a future phrase, not a past cue.
    """
    phrases, future, past = _cues()
    found = [(m.start(), m.end(), 1) for m in phrases.finditer(doc.text, s, e)]
    covered = [(a, b) for a, b, _ in found]

    def free(m: re.Match[str]) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in covered)

    found += [(m.start(), m.end(), 1) for m in future.finditer(doc.text, s, e) if free(m)]
    # "Desember lalu": the past word is "lalu", the month is the date it speaks of
    found += [
        (*m.span("ago" if m.group("ago") else 0), -1)
        for m in past.finditer(doc.text, s, e)
        if free(m)
    ]
    found += [(*m.span("to"), 1) for m in _promised().finditer(doc.text, s, e)]
    return found


@cache
def _promised() -> re.Pattern[str]:
    """A verb of promising, then its infinitive ("to", "untuk") a few words on."""
    verbs = _alt(rules.load("dates")["promised_ahead"])
    return guarded(
        rf"(?i:\b(?:{verbs})\b)(?:[ \t]+[\w'’]+){{0,5}}?[ \t]+(?P<to>(?:to|untuk)[ \t]+[a-z]\w*)"
    )


def direction(doc: Doc, start: int, end: int, cache: dict[int, list[tuple[int, int, int]]]) -> int:
    """+1 when the sentence looks forward from the date, -1 back, 0 when it does not say.

    The nearest tense word before the date decides; failing one, the nearest after it
    (so "akan ... pada hari Kamis, kata ... kemarin" looks forward).
    """
    s, e = doc.sentence_at(start)
    if s not in cache:
        cache[s] = _tense_words(doc, s, e)
    # another clause after a semicolon says nothing of this date's tense, nor does an aside
    # in brackets after the date ("July 9 - summit, Madrid (Spain has invited ...)")
    a = doc.text.rfind(";", s, start) + 1 or s
    b = doc.text.find(";", end, e)
    b = e if b < 0 else b
    p = doc.text.find("(", end, b)
    q = doc.text.find(")", p, b) if p >= 0 else -1
    p, q = (b, b) if p < 0 else (p, b if q < 0 else q)
    before = [(start - we, way) for ws, we, way in cache[s] if a <= ws and we <= start]
    after = [
        (ws - end, way) for ws, we, way in cache[s] if ws >= end and we <= b and not p <= ws < q
    ]
    best = min(before) if before else (min(after) if after else None)
    return best[1] if best else 0
