"""Holders in a list: where one clause's list ends and the next one's starts.

"Ukraina menolak menyerahkan wilayah; Tiongkok dan India menyerukan perundingan": the word
before "Tiongkok" is "wilayah", but across the semicolon it owns nothing ("wilayah
Tiongkok" would). "China's and India's calls for negotiations" lists two holders, each
with its possessive.
"""

from __future__ import annotations

import re

from willing.ingest.document import Doc, Index
from willing.ingest.parties import Mention

#: punctuation that closes a clause or a phrase: no word before it governs what follows
_BREAK = re.compile(r"[;:,.()\[\]]")


#: words naming what kind of party follows: the word before them governs it ("pasukan asing
#: dari negara NATO" is NATO's force, as "dari NATO" is)
_KIND = frozenset({"negara", "negara-negara", "anggota", "member", "sekutu", "allied"})


def word_before(doc: Doc, pos: int) -> str | None:
    """The casefolded word right before `pos` (or before a word of kind right before it)
    when nothing closes the phrase between."""
    i = doc.token_at(pos) - 1
    if i < 0 or _BREAK.search(doc.text, doc.ends[i], pos):
        return None
    while doc.keys[i] in _KIND and i > 0 and not _BREAK.search(doc.text, doc.ends[i - 1], pos):
        i -= 1  # "dari negara-negara anggota NATO"
    return doc.keys[i]


#: a possessive ending a holder of a list: "China's and India's"
_OWNED = re.compile(r"^(?:'s|’s|')")


def owned(gap: str) -> str:
    """The text between two listed holders without the first one's possessive."""
    return _OWNED.sub("", gap)


#: an item of a list labelled with its holder, the verb right after the colon: "- Hungary:
#: blocks any new statement and calls for the force to withdraw", "Ukraina: menolak ..."
_LABELLED = re.compile(r"[ \t]*(?:[-•*–—]\s*)?[^:\n]{1,40}:[ \t]+(?=[a-z])")


def labelled(doc: Doc, s: int, pos: int, holders: Index[Mention]) -> str | None:
    """The holder labelling the list item that holds `pos`, when its text opens with a verb
    (in the item's first sentence `s`: the next ones name their own subjects)."""
    line = doc.text.rfind("\n", 0, pos) + 1
    label = _LABELLED.match(doc.text, line)
    if label is None or label.end() > pos or s > label.end():
        return None
    named = [h for h in holders.within(line, label.end()) if h.end <= label.end()]
    return named[0].code if len(named) == 1 else None


#: words that open a reported clause: its subject comes right after them
_THAT = frozenset({"that", "bahwa"})
#: what may stand between a reported clause's subject and the phrase: auxiliaries, a negation
_AUXILIARIES = frozenset(
    {"would", "will", "shall", "could", "can", "does", "did", "do", "is", "are", "was", "were"}
    | {"not", "never", "ever", "still", "also"}
    | {"akan", "tidak", "tak", "pernah", "masih", "tetap", "juga", "sudah", "telah"}
)


def reported(doc: Doc, s: int, m: re.Match[str], holders: Index[Mention]) -> str | None:
    """The subject of a reported clause the phrase ends: "said plainly that Ukraine would
    never trade land" is Ukraine's, not that of a party named before "said"."""
    before = [h for h in holders.within(s, m.start()) if h.end <= m.start()]
    if not before:
        return None
    opening = word_before(doc, before[-1].start)
    if opening == "the":  # "that the Russians would call ..."
        opening = word_before(doc, doc.starts[doc.token_at(before[-1].start) - 1])
    if opening not in _THAT:
        return None
    # the subject's own act, by a modal or a negation ("that Ukraine would never trade"),
    # not a thing said of it ("bahwa Ukraina berhak mengundang ..." is the speaker's view)
    between = doc.text[before[-1].end : m.start()].casefold().split()
    first = m.group().split(" ", 1)[0].casefold()
    if not set(between) <= _AUXILIARIES or not (between or first in _AUXILIARIES):
        return None
    return before[-1].code
