"""A state's people who watch the ceasefire line (eighteenth set).

Texts that are not reports often say what a state gives by what its people do there: "one
of the 500 Kenyan soldiers watching the ceasefire line", "Peruvian officers who man the
observation posts", "troops from Ghana patrolling the line of contact", "prajurit Vietnam
yang mengawasi garis gencatan senjata", "Chile still has 80 personnel guarding the buffer
zone". Each is a combination of three small families in one clause: the state (its
adjective or name right before the people, its name right after them, or its name as the
subject that has or keeps them), a noun for people in uniform, and a verb of watching,
patrolling, guarding or manning with the line, the buffer zone or the observation posts as
its object. Every state so named backstops the ceasefire by monitoring. People denied,
refused, wished for ("Moscow wants Chinese troops watching the line") or asked about name
no sender; nor do the warring sides, nor the coalition.
"""

from __future__ import annotations

import re

from willing.ingest import stated_commitments
from willing.ingest.document import Doc, Index
from willing.ingest.items import Item
from willing.ingest.monitor_origins import backwards, contributor_sentences, listed_from
from willing.ingest.parties import Mention
from willing.ingest.prefilter import guarded
from willing.ingest.stated_commitments import Key

#: the words a sentence must hold for this rule to look at it: a verb of watching
_WORDS = frozenset(
    {"watch", "watching", "watched", "watches", "patrol", "patrolling", "patrolled", "patrols"}
    | {"guard", "guarding", "guarded", "guards", "man", "manning", "manned", "mans"}
    | {"policing", "police", "observe", "observing", "monitor", "monitoring", "monitored"}
    | {"keep", "keeping", "mengawasi", "memantau", "menjaga", "berjaga", "berpatroli"}
    | {"bersiaga", "mengamati"}
)
#: people in uniform, the verb of watching and the line watched, in one short stretch
_WATCHERS = guarded(
    r"(?i:\b(?P<people>soldiers|troops|officers|personnel|servicemen|servicewomen|sailors"
    r"|marines|peacekeepers|monitors|observers|men and women|prajurit|tentara|personel|perwira"
    r"|anggota|pasukan)\b"
    r"(?P<after>\s+(?:from|dari|asal)\s+|\s+(?=(?-i:[A-Z])))?"
    r"(?:[^.;:!?()]{0,60}?)"
    r"(?:\s+(?:who|that|which|yang))?"
    r"(?:\s+(?:are|were|is|was|now|still|also|sedang|masih|kini|juga|bertugas|will|akan))*"
    r"\s+(?:watch|watching|watched|watches|patrol|patrolling|patrolled|patrols|guard|guarding"
    r"|guarded|guards|man|manning|manned|mans|police|policing|observe|observing|monitor"
    r"|monitoring|monitored|keep(?:ing)? watch (?:on|over|along)|mengawasi|memantau|menjaga"
    r"|mengamati|berjaga(?: di)?|berpatroli(?: di)?|bersiaga(?: di)?)"
    r"\s+(?:(?:the|a|an|two|three|several|its|their|our|along|on|over|sepanjang|di|para)\s+)*"
    r"(?:[\w-]+\s+){0,3}?"
    r"(?:(?:ceasefire|truce|contact|demarcation|separation|front)[ -]lines?|line of contact"
    r"|line of separation|lines|buffer zone|observation posts?|observation points?"
    r"|monitoring posts?|ceasefire|truce|garis|zona penyangga|pos(?:-pos)? (?:pengamatan"
    r"|pemantauan|observasi|pengawasan)|gencatan senjata)\b)"
)
#: between a state's adjective or name and the people: "British", "Britain's 600", "Irish
#: Army", "the Kenyan contingent's"
_BEFORE_PEOPLE = re.compile(
    r"(?i:(?:['’]s)?\s+(?:(?:about|some|around|nearly|over|more than|sekitar)\s+)?"
    r"(?:[\d.,]+\s+)?(?:(?:military|army|naval|navy|air force|own|unarmed|uniformed|young"
    r"|off-duty)\s+)?$)"
)
#: the state as the subject that has, keeps or posts the people: "Chile still has 80"
_HOLDER = re.compile(
    r"(?i:^\s+(?:(?:still|now|also|already|masih|kini|juga|sudah|tetap)\s+)*"
    r"(?:has|have|had|keeps|keep|kept|maintains|maintained|posts|posted|memiliki|mempunyai"
    r"|punya|menempatkan|menyiagakan)\s+(?:(?:about|some|around|nearly|over|sekitar|hingga)\s+)?"
    r"[\d.,]+\s+(?:[\w-]+\s+)?$)"
)
#: the people denied, refused, or only wished for before them
_NOT_THERE = guarded(
    r"(?i:\b(?:no|not|never|nor|without|refus\w*|reject\w*|rules? out|wants?|wanted|demand\w*"
    r"|calls? for|called for|asks? for|asked for|proposes?|proposed|would accept|instead of"
    r"|rather than|if|whether|tanpa|tidak|tak|bukan|belum|menolak|ditolak|menginginkan|ingin"
    r"|meminta|menuntut|mengusulkan|alih-alih|jika|apakah|russian|ukrainian|rusia|ukraina)\b)"
)


def _states(doc: Doc, named: Index[Mention], m: re.Match[str], s: int, e: int) -> list[Mention]:
    """The states whose people the match names: before them, after them, or holding them."""
    start = m.start("people")
    if m.group("after"):
        listed = listed_from(doc, named, m.end("after"), e)
        if listed:
            return listed
    near = named.within(max(s, start - 60), start)
    for p in reversed(near):
        if _BEFORE_PEOPLE.fullmatch(doc.text, p.end, start):
            return backwards(doc, named, p, s)
        if _HOLDER.match(doc.text[p.end : start]):
            return [p]
    return []


def find(doc: Doc, parties: list[Mention], have: set[Key]) -> list[Item]:
    """A monitoring commitment for each state whose people are said to watch the line."""
    sentences, named = contributor_sentences(doc, parties, _WORDS)
    out: list[Item] = []
    for s, e in sentences:
        if doc.asks(s, e):
            continue  # "Will Peruvian soldiers patrol the zone?": asked about, not stated
        for m in _WATCHERS.finditer(doc.text, s, e):
            states = _states(doc, named, m, s, e)
            if not states:
                continue
            first = min(p.start for p in states)
            if _NOT_THERE.search(doc.text, max(s, first - 40), m.start("people")):
                continue
            out += stated_commitments.each(states, "backstop", "monitoring", have, (s, e))
    return out
