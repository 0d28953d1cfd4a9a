"""Where a monitoring mission's people come from (fourteenth set).

A mission's monitors are often named by their states rather than given by a verb: "monitors
from Ghana, Chile and Portugal", "300 monitors drawn from eleven countries, including Mexico",
"the monitors come from 20 nations, Ireland among them", "Austrian and Irish monitors",
"Finland's monitors", "pemantau Brasil dan Malaysia", "pemantau asal Austria", "para pemantau
berasal dari 15 negara, antara lain Meksiko", and, in a paragraph about watching the line,
"bersama rekan-rekan dari Brasil"; so does a state's own force named in a sentence about
monitors ("180 personel Satgas Garuda dalam misi pemantauan", "pemantau TNI"). Every state
so named sends monitors: it backstops the ceasefire by monitoring. A noun denied, refused
or only wished for ("no monitors from Hungary", "Rusia menolak pemantau dari Polandia",
"Moscow wants monitors from China") names no sender; nor do the warring sides, nor the
coalition or another organisation.
"""

from __future__ import annotations

import re

from willing.ingest import givers, stated_commitments
from willing.ingest.commitment_tables import tables
from willing.ingest.document import Doc, Index
from willing.ingest.items import Item
from willing.ingest.parties import Mention, is_state
from willing.ingest.prefilter import guarded
from willing.ingest.stated_commitments import Key

#: a commitment's key: state, layer, domain

#: the words a sentence must hold for this rule to look at it
_WORDS = frozenset(
    {"monitors", "monitor", "observers", "observer", "pemantau", "pemantauan", "memantau"}
    | {"rekan", "rekan-rekan", "colleagues", "counterparts"}
)
#: a monitor noun and what joins it to the states it comes from
_AFTER = guarded(
    r"(?i:\b(?:monitors|observers|pemantau|(?P<fellow>rekan-rekan|rekan|colleagues|counterparts))"
    r"(?:\s+(?:sipil|militer|tak bersenjata|tidak bersenjata|internasional))?"
    r"(?:,?\s+(?:who\s+|that\s+|yang\s+)?(?:(?:are|were|have been|mostly|all|largely|kebanyakan"
    r"|sebagian besar|semuanya)\s+)*(?:drawn|come|came|coming|sent|seconded|recruited|hailing"
    r"|berasal|datang|dikirim|didatangkan))?"
    r"\s+(?:(?:from|dari|asal)\s+)?)"
)
#: "eleven countries, including", "18 negara, termasuk", "among them" before the states
_COUNTED = re.compile(
    # "13 other countries", "13 negara lain" (Indonesian puts "other" after its noun)
    r"(?i:(?:(?:\d+|[a-z]+)\s+(?:other\s+|lain\s+)?(?:countries|nations|states|negara)"
    r"(?:\s+lain(?:nya)?)?\s*,?\s*)?"
    r"(?:(?:including|among them|among others|such as|notably|like|termasuk|antara lain"
    r"|di antaranya|seperti|yakni|yaitu|misalnya)\s*:?\s*)?)"
)
#: a monitor noun right after a state: "Irish monitors", "Finland's monitors"
_BEFORE = re.compile(
    r"(?i:(?:['’]s)?\s+(?:(?:military|civilian|unarmed|ceasefire|own)\s+)?"
    r"(?:monitors?|observers?)\b"
    # "Japan monitors the sea lanes": a verb, no noun
    r"(?!\s+(?:the|a|an|its|their|his|her|every|all|whether|how)\b))"
)
#: what joins two states of one list
_JOIN = re.compile(r"(?i:\s*,\s*(?:(?:and|dan|serta)\s+)?|\s+(?:and|dan|serta|&)\s+)")
#: a noun denied, refused or only wished for before it: no state sends these monitors
_NOT_SENT = guarded(
    r"(?i:\b(?:no|not|never|nor|without|refus\w*|reject\w*|rules? out|wants?|wanted|demand\w*"
    r"|calls? for|called for|asks? for|asked for|proposes?|proposed|would accept|instead of"
    r"|rather than|tanpa|tidak|tak|bukan|belum|menolak|ditolak|menginginkan|ingin|meminta"
    r"|menuntut|mengusulkan|alih-alih)\b)"
)
#: the monitors' goods, carried or paid for by another: "perlengkapan pemantau Malaysia",
#: "the kit of the Irish monitors" name the monitors as a gift's object, not their sender
_GOODS = guarded(
    r"(?i:\b(?:perlengkapan|peralatan|logistik|barang|pengangkutan|kit|gear|equipment|supplies"
    r"|transport)(?:\s+(?:of|for|the|para|untuk|bagi))*\s+$)"
)
#: what a fellow ("rekan-rekan dari Brasil") must be seen with: watching the line
_WATCHING = guarded(r"(?i:\b(?:monitor\w*|pemantau\w*|memantau|observers?)\b)")


def listed_from(doc: Doc, named: Index[Mention], start: int, end: int) -> list[Mention]:
    """The states listed from `start`: a state, then more joined by commas or "and"."""
    out: list[Mention] = []
    pos = start
    for p in named.within(start, end):
        if p.start < pos:
            continue
        if p.start != pos:
            break
        out.append(p)
        join = _JOIN.match(doc.text, p.end, end)
        if join is None:
            break
        pos = join.end()
    return out


def backwards(doc: Doc, named: Index[Mention], last: Mention, s: int) -> list[Mention]:
    """`last` and the states listed right before it: "Austrian, Irish and Finnish"."""
    out = [last]
    for p in reversed(named.within(s, last.start)):
        if p.end > out[0].start:
            continue
        join = _JOIN.fullmatch(doc.text, p.end, out[0].start)
        if join is None:
            break
        out.insert(0, p)
    return out


def _unsent(doc: Doc, s: int, start: int) -> bool:
    """Whether the monitor noun starting at `start` is denied, wished for, or a gift's object."""
    return bool(
        _NOT_SENT.search(doc.text, max(s, start - 50), start)
        or _GOODS.search(doc.text, max(s, start - 40), start)
    )


def _paragraph(doc: Doc, pos: int) -> tuple[int, int]:
    """The paragraph holding `pos`: a fellow's mission may be named a sentence before."""
    return doc.paragraphs[doc.paragraph_index(pos)] if doc.paragraphs else (0, len(doc.text))


def contributors(parties: list[Mention]) -> Index[Mention]:
    """The states named that may give: never a warring side or a state the tables rule out."""
    never = tables().never
    return Index(p for p in parties if is_state(p.code) and p.code not in never)


def contributor_sentences(
    doc: Doc, parties: list[Mention], words: frozenset[str]
) -> tuple[list[tuple[int, int]], Index[Mention]]:
    """The sentences holding one of `words` and the states named that may give (not looked
    for when no sentence holds them): where the readers of contributors look."""
    sentences = doc.sentences_with(words)
    return sentences, contributors(parties) if sentences else Index([])


def find(doc: Doc, parties: list[Mention], have: set[Key]) -> list[Item]:
    """A monitoring commitment for each state a mission's monitors are said to come from."""
    sentences, named = contributor_sentences(doc, parties, _WORDS)
    if not sentences:
        return []
    never = tables().never
    out: list[Item] = []
    has_forces = bool(givers.own_forces(doc, 0, len(doc.text)))
    for s, e in sentences:
        found: list[Mention] = []
        for m in _AFTER.finditer(doc.text, s, e):
            if m.group("fellow") and not _WATCHING.search(doc.text, *_paragraph(doc, s)):
                continue
            counted = _COUNTED.match(doc.text, m.end(), e)
            listed = listed_from(doc, named, counted.end() if counted else m.end(), e)
            if listed and not _unsent(doc, s, m.start()):
                found += listed
        for p in named.within(s, e):
            before = _BEFORE.match(doc.text, p.end, e)
            if before:
                listed = backwards(doc, named, p, s)
                found += [] if _unsent(doc, s, listed[0].start) else listed
        # a state's own force by its name, in a sentence about monitors: "180 personel
        # Satgas Garuda", "pemantau TNI", "Irish Defence Forces monitors"
        senders = [(p.code, p.start, p.end) for p in found]
        forces = givers.own_forces(doc, s, e) if has_forces else []
        if forces and _WATCHING.search(doc.text, s, e) and not _NOT_SENT.search(doc.text, s, e):
            senders += [(c, s, e) for c in forces if c not in never]
        for code, start, end in senders:
            key = (code, "backstop", "monitoring")
            stated_commitments.add(out, have, key, (start, end), (s, e))
    return out


#: the monitoring mission, its monitors or their task
_MONITORING = guarded(r"(?i:\b(?:monitor\w*|pemantau\w*|observers?)\b)")


def in_mission_paragraph(doc: Doc, s: int, e: int) -> bool:
    """Whether the paragraph holding the sentence [s, e) names the monitoring mission, its
    monitors or their task: a report names the mission once and its contingents after."""
    ps, pe = doc.paragraphs[doc.paragraph_index(s)] if doc.paragraphs else (s, e)
    return bool(_MONITORING.search(doc.text, min(ps, s), max(pe, e)))
