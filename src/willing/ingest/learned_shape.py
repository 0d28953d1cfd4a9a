"""The shape of a party's clause as commitment features, judged on held-out sets and left
off (`SHAPE` empty): kept so the next feature set can be judged against them.

Groups: "question" (a question mark ends the party's sentence, alone and joined with the
asset's state), "place" (the sentence is the headline, the first paragraphs or the body),
"distance" (tokens from the name to the first giving verb of its clause), "verb" (that
verb, alone and joined with the key's layer and domain), "state" (the clause's condition
and future joined with its role, verb and refusal), "vkey" (the word after the name joined
with the key), "skey" (the asset's states joined with the key). With `SHAPE` empty the
commitment model reads none of them and does no work for them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from willing.ingest.learned_commitments import Reading

#: the groups read (none: each was no better on held-out sets, docs/ingest.md)
SHAPE: frozenset[str] = frozenset()


def shape(
    r: Reading, k: int, last: int, end: int, labels: frozenset[str], state: str
) -> tuple[set[str], str, set[str]]:
    """One clause's shape: party features, a suffix for its asset states, and features to
    join with each key."""
    doc = r.doc
    out: set[str] = set()
    suffix = ""
    keyed: set[str] = set()
    a, b = doc.sentences[k]
    if "question" in SHAPE and doc.text[a:b].rstrip().endswith("?"):
        out.update(("q", "q:" + state))
    if "place" in SHAPE:
        paragraph = doc.paragraph_index(a)
        out.add("at:head" if k == 0 else "at:lead" if paragraph <= 2 else "at:body")
    if "distance" in SHAPE or "verb" in SHAPE:
        at = r.labelled
        within = at[bisect_left(at, last + 1) : bisect_left(at, end)]
        cue = next((i for i in within if "cue" in r.labels[i]), None)
        if "distance" in SHAPE:
            out.add("d:" + ("none" if cue is None else str(min(cue - last - 1, 4))))
        if "verb" in SHAPE and cue is not None:
            out.add("cv:" + doc.keys[cue])
            keyed.add("cv:" + doc.keys[cue])
    if "state" in SHAPE:
        suffix = (":cond" if "cond" in labels else "") + (":fut" if "fut" in labels else "")
    return out, suffix, keyed


def keyed(shaped: set[str], party: Iterable[str], states: set[str], name: str) -> set[str]:
    """The features joined with one key's layer and domain (`name`)."""
    out = {f"{x}|{name}" for x in shaped}
    if "vkey" in SHAPE:
        out.update(f"{x}|{name}" for x in party if x.startswith("v0:"))
    if "skey" in SHAPE:
        out.update(f"{x}|{name}" for x in states)
    return out
