"""The idioms of paying (twentieth set): a state "lays down EUR 1.2 billion", "chipped in
EUR 15 million", "came with EUR 15 million", "stumped up", "forked out", "injected",
"merogoh kocek EUR 20 juta", "menyuntikkan", "menyetorkan", "urunan". Each is a verb of
giving only when a sum of money follows it closely; "came with a warning", "lay down their
arms", "membawa pesan" give nothing."""

from __future__ import annotations

import re

from willing.ingest.document import Doc
from willing.ingest.gazetteer import Match

#: the idioms in the cue table that give only a sum
PAYING = frozenset(
    {"lay down", "lays down", "laid down", "put up", "puts up", "stump up", "stumps up"}
    | {"stumped up", "fork out", "forks out", "forked out", "shell out", "shells out"}
    | {"shelled out", "pony up", "ponied up", "cough up", "coughed up", "chip in", "chips in"}
    | {"chipped in", "came with", "come with", "comes with", "came up with", "come up with"}
    | {"pour in", "poured in", "pours in", "pump in", "pumped in", "pumps in", "inject"}
    | {"injects", "injected", "plough in", "ploughed in", "plow in", "plowed in", "tabled"}
    | {"brought", "brings", "bring", "merogoh kocek", "merogoh", "menyuntikkan", "suntikkan"}
    | {"menyetor", "menyetorkan", "setor", "urunan", "patungan", "membawa", "menanamkan"}
    | {"mencairkan", "cairkan"}
)

#: a sum within a few words after the idiom: "laid down a further EUR 1.2 billion", "put
#: up three hundred million US dollars"
_SUM_NEXT = re.compile(
    r"(?:\s+(?:[\w-]+\s+){0,4}?)?\s*(?:[€£$¥]\s?\d|(?-i:[A-Z]{3})\s?\d"
    r"|(?i:million|billion|juta|miliar|triliun|bn|dollars|euros|pounds|kroner|yen)\b)"
)


def unpaid(doc: Doc, cue: Match[str]) -> bool:
    """Whether an idiom of paying names no sum right after it, and so gives nothing."""
    return cue.value in PAYING and not _SUM_NEXT.match(doc.text, cue.end)
