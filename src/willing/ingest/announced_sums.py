"""A sum a state announces or confirms as its own is a sum it gives.

"Announce" is no verb of giving in general: a host announces what others give ("the host
announced that Norway will send ..."), and a date or a meeting is announced as well. But
when the verb's own object is a sum of money ("Britain announced GBP 500 million for ...",
"Norway will announce 1 billion kroner for ...", "Jerman mengumumkan dana EUR 2 miliar
untuk ...", "Germany would confirm 1.8 billion euros for ..."), the state that announces
it puts the money in: the sum is its pledge, said in the words of a statement. Only the
sum right after the verb (past a few words of kind or size: "a further", "dana",
"bantuan", "sebesar") counts; "announced that ...", "announced the date" and a sum said
by someone "from" another state are left to the other rules.
"""

from __future__ import annotations

import re
from functools import cache

from willing.ingest import rules
from willing.ingest.commitment_tables import tables
from willing.ingest.document import Doc
from willing.ingest.gazetteer import Match
from willing.ingest.prefilter import alternation


@cache
def _announced() -> re.Pattern[str]:
    """The verb (`sum_announcers`), the words of kind or size a sum may take before it
    (`sum_fillers`), then the sum itself: a currency sign or code before a digit, or a
    number and its scale ("1.8 billion") before what `_money` must find a currency's
    name."""
    data = rules.load("commitments")
    verbs = alternation(sorted((str(w) for w in data["sum_announcers"]), key=len, reverse=True))
    fillers = alternation(sorted((str(w) for w in data["sum_fillers"]), key=len, reverse=True))
    scales = alternation(sorted((str(w) for w in rules.load("figures")["scales"]), key=len))
    return re.compile(
        rf"(?i:\b(?P<verb>{verbs})\s+(?:(?:{fillers})\s+){{0,3}}"
        r"(?:(?P<signed>[€£¥]|(?:US|A|C|NZ)?\$|(?-i:[A-Z]{3})\s?\d)"
        rf"|\d[\d.,]*\s+(?:(?:{scales})\b\s*)?(?P<unit>)))"
    )


#: a sum said to come from another state: "announced EUR 2 billion from Germany"
_FROM = re.compile(r"(?i:[^,;.\n]{0,60}?\b(?:from|dari)\s+(?-i:[A-Z]))")


def _money(doc: Doc, pos: int, end: int) -> bool:
    """A currency's name (a funding word of the rules) starts at `pos`: "1 billion kroner"."""
    hits = tables().domains.within(doc, pos, end)
    return bool(hits) and hits[0].start == pos and hits[0].value.domain == "funding"


def cues(doc: Doc, start: int, end: int) -> list[Match[str]]:
    """The verbs of announcing in characters [start, end) whose object is a sum."""
    out = []
    for m in _announced().finditer(doc.text, start, end):
        if m.group("signed") is None and not _money(doc, m.start("unit"), end):
            continue  # "announced 26 countries", "announced 14 May": no sum
        if _FROM.match(doc.text, m.end(), end):
            continue
        first = doc.token_at(m.start("verb"))
        out.append(Match(first, first, m.start("verb"), m.end("verb"), m.group("verb")))
    return out
