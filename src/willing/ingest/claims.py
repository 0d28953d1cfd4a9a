"""Claims of fact that sources may contradict, such as whether a peace agreement was reached."""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules, word_classes
from willing.ingest.document import Doc
from willing.ingest.gazetteer import phrase_key
from willing.ingest.items import Item
from willing.ingest.prefilter import deferred


@cache
def _tables() -> list[tuple[str, str, str, re.Pattern[str], frozenset[str]]]:
    out = []
    for subject, entry in rules.load("claims")["subjects"].items():
        keywords = frozenset(k for w in entry["keywords"] for k in phrase_key(str(w)))
        for value, patterns in entry["values"].items():
            # a claim starts at a word: the alternatives are tried only there
            joined = r"\b(?:" + "|".join(f"(?:{word_classes.expand(p)})" for p in patterns) + ")"
            out.append(
                (
                    str(subject),
                    str(entry["title"]),
                    str(value),
                    deferred(joined, re.I),
                    keywords,
                )
            )
    return out


#: a clause of condition or time to come: what it says has not happened
_HYPOTHETICAL = re.compile(
    r"(?i:\b(?:once|if|unless|when|jika|apabila|bila|begitu|kalau)"
    r"\s+(?:[\w-]+\s+){0,2}$)"
)


def _answered(doc: Doc, s: int, e: int) -> int:
    """A window's end, run on into the answer when its sentence is a question that ends
    there ("Has a peace agreement been signed? No."): the answer states the fact."""
    a, b = doc.sentence_at(s)
    if e < b or not doc.text[a:b].rstrip(" \"”'’)").endswith("?"):
        return e
    return max(e, min(len(doc.text), b + 40))


def find(doc: Doc) -> list[Item]:
    """Claim items: {subject, title, value}, one per statement."""
    found: list[tuple[int, int, str, str, str]] = []
    for subject, title, value, pattern, keywords in _tables():
        for s, e in doc.windows(keywords, 100):
            for m in pattern.finditer(doc.text, s, _answered(doc, s, e)):
                if _HYPOTHETICAL.search(doc.text, max(s, m.start() - 25), m.start()):
                    continue  # "only once a peace agreement has been signed": not a fact
                a, b = doc.sentence_at(m.start())
                if m.end() <= b and doc.text[a:b].rstrip(" \"”'’)").endswith("?"):
                    continue  # "Has a peace deal been signed?" asks; its answer may say
                found.append((m.start(), m.end(), subject, title, value))
    # one statement, one value: "No peace agreement has been signed" holds "a peace agreement
    # has been signed"; the statement that starts first (with its negation) is the claim
    out: list[Item] = []
    for start, end, subject, title, value in sorted(set(found), key=lambda f: (f[0], -f[1])):
        if any(i.start < end and start < i.end and i.value["subject"] == subject for i in out):
            continue
        item = {"subject": subject, "title": title, "value": value}
        out.append(Item("claim", item, start, end, 0.7))
    return out
