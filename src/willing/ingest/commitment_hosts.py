"""A host named, not hosting: "host" is a verb of giving only as a verb ("Poland will host
the hub", "Romania hosts eight Typhoons"). Named as a noun ("the host government has said
that Norway will send", "As host, Poland will also send", "the host city") it opens no
clause of giving, and the state that gives may come after it."""

from __future__ import annotations

import re

from willing.ingest.document import Doc
from willing.ingest.gazetteer import Match

#: the cue words that are also nouns
_HOSTS = frozenset({"host", "hosts"})

#: a determiner or "as" before the word: "the host", "as host", "a host of nations"
_NOUN_BEFORE = re.compile(r"(?i:\b(?:the|a|an|its|our|their|his|her|as|each|every)\s+$)")

#: a noun or a stop after it: "host government", "host country", "host's", "As host,"
_NOUN_AFTER = re.compile(
    r"(?i:(?:['’]s?)?\s*[,;:.)]|['’]s\b|\s+(?:government|governments|nation|nations|country"
    r"|countries|city|cities|state|states|capital|minister|ministers|community|of)\b)"
)


def named_host(doc: Doc, cue: Match[str], s: int) -> bool:
    """Whether a cue "host" is the noun, not the verb."""
    return cue.value in _HOSTS and bool(
        _NOUN_BEFORE.search(doc.text, max(s, cue.start - 8), cue.start)
        or _NOUN_AFTER.match(doc.text, cue.end)
    )
