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


#: (sixteenth set) an aside that says the deal is not there, inside a hypothetical: "If
#: there is ever a peace treaty - and there isn't one yet - ..." states a fact; (nineteenth
#: set) or the next sentence: "... when a peace treaty is signed. There is none."
_ASIDE = re.compile(
    r"(?i:(?:\s[-\u2013\u2014]|\(|,|[.;]\s+(?:[\w-]+,?\s+){0,2}?)\s*(?:(?:and|but|though|although)\s+)?"
    r"(?:there|none|belum ada|tidak ada)\b)"
)


#: a frame that denies the statement after it: "do not imply that a peace agreement has been
#: reached", "nothing suggests that", "tidak berarti perjanjian damai telah ditandatangani"
_DENIED = re.compile(
    r"(?i:(?:\b(?:do|does|did|should|would|must|can|could)(?: not|n['’]t)\s+(?:{verb})"
    r"|\b(?:nothing|no one|none)[^.;]{{0,40}}?\b(?:{verb})|\bit is (?:not true|untrue|false)"
    r"|\b(?:tidak|tak|bukan)(?: juga)?\s+(?:{verb}))"
    r"\s+(?:that |bahwa )?(?:an? |the |any )?$)".format(
        verb="means?|impl(?:y|ies)|suggests?|indicates?|signals?|shows?|says?|claims?|proves?"
        "|berarti|menandakan|menunjukkan|menyiratkan|bermakna|membuktikan"
    )
)
#: the statement taken back right after it: "... has been reached; none has."
_NONE_HAS = re.compile(
    r"(?i:\s*[;,:\u2013\u2014-]+\s*(?:but |and |yet )?none (?:has|have|was|had)\b)"
)


#: (nineteenth set) a next sentence that opens by saying there is none: "... until a peace
#: treaty is signed. There is none.", "... perjanjian damai. Sampai kini belum ada."
_NEXT_NONE = re.compile(
    r"(?i:[.;]?\s*(?:[\w-]+,?\s+){0,3}?(?:there (?:is|are|was|were|isn|aren)|none|belum ada"
    r"|tidak ada)\b)"
)


def _answered(doc: Doc, s: int, e: int) -> int:
    """A window's end, run on into the answer when its sentence is a question that ends
    there ("Has a peace agreement been signed? No."), or into a next sentence that says
    there is none: the answer states the fact."""
    a, b = doc.sentence_at(max(s, e - 1))  # the question ends the window, whatever opens it
    if e < b or not (doc.asks(a, b) or _NEXT_NONE.match(doc.text, b)):
        return e
    return max(e, min(len(doc.text), b + 40))


def find(doc: Doc) -> list[Item]:
    """Claim items: {subject, title, value}, one per statement."""
    found: list[tuple[int, int, str, str, str]] = []
    for subject, title, value, pattern, keywords in _tables():
        for s, e in doc.windows(keywords, 100):
            for m in pattern.finditer(doc.text, s, _answered(doc, s, e)):
                if _HYPOTHETICAL.search(
                    doc.text, max(s, m.start() - 25), m.start()
                ) and not _ASIDE.search(m.group()):
                    continue  # "only once a peace agreement has been signed": not a fact
                a, b = doc.sentence_at(m.start())
                if m.end() <= b and doc.asks(a, b):
                    continue  # "Has a peace deal been signed?" asks; its answer may say
                if value == "reached" and (
                    _DENIED.search(doc.text, max(a, m.start() - 60), m.start())
                    or _NONE_HAS.match(doc.text, m.end())
                ):
                    value = "not reached"  # "does not mean a peace deal was signed"
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
