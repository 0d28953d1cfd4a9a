"""Where a meeting was held: a listed place after "di"/"in"/"at", or right by the meeting
word; a city after its venue ("di Gedung Pancasila, Jakarta") counts as after "di"."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from willing.ingest import rules
from willing.ingest.document import Doc
from willing.ingest.gazetteer import Gazetteer, Match
from willing.ingest.meeting_merge import Meeting


def english(name: str) -> str:
    """The English name of a place ("Brussel" -> "Brussels"): one city is one place in
    reports of either language."""
    return _english().get(name.casefold(), name)


def same_place_key(name: str) -> str:
    """A place as compared: its English name, casefolded, without diacritics ("Rzeszów",
    "Rzeszow")."""
    folded = unicodedata.normalize("NFKD", english(name).casefold())
    return "".join(c for c in folded if not unicodedata.combining(c))


@cache
def _english() -> dict[str, str]:
    table = rules.load("places").get("english") or {}
    return {str(k).casefold(): str(v) for k, v in table.items()}


#: the place as the subject of the meeting verb, an auxiliary between: "Copenhagen will
#: host the leaders", "Riga akan menjamu", "Oslo is set to host", "Wina kembali menjadi"
_AUXILIARY = re.compile(
    r"(?i:[ \t]+(?:(?:will|would|shall|is|was|are|were|has|have|had|been|set|due|to|also"
    r"|again|akan|telah|sudah|pernah|juga|kembali|segera|lagi)[ \t]+){1,3})"
)


def segment_place(
    doc: Doc, places: Gazetteer[str], start: int, end: int, t_start: int, t_end: int
) -> tuple[str, int, int, float] | None:
    earlier = None
    for m in places.within(doc, start, end):
        before = _locative(doc, m.first)
        # right by the meeting word ("KTT Vilnius", "the Rome summit"), with no word but a
        # preposition between: "told the meeting that Tallinn would add" names a state
        adjacent = (
            (
                0 <= m.start - t_end <= 8
                and (
                    _BY.fullmatch(doc.text, t_end, m.start) is not None
                    or _TO.fullmatch(doc.text, t_end, m.start) is not None
                    and doc.text[t_start:t_end].casefold().startswith("visit")
                )
                and _ACTS.match(doc.text, m.end) is None  # "At the summit Warsaw offered ..."
            )
            or 0 <= t_start - m.end <= 2
            or _AUXILIARY.fullmatch(doc.text, m.end, t_start) is not None
        )
        name = " ".join(doc.words[m.first : m.last + 1])
        if before == "for" and _planned_for(doc, m):
            before = "di"  # "a second summit is planned for Rome": where it will be held
        if (m.start >= t_start and before in _LOCATIVES) or adjacent:
            return name, m.start, m.end, 0.85
        if before in _TOWARDS and m.end <= t_start and _TO_MEET.match(doc.text, m.end, t_start):
            return name, m.start, m.end, 0.75  # "kunjungan ke Warsawa ... untuk bertemu"
        if earlier is None and before in _LOCATIVES:
            earlier = (name, m.start, m.end, 0.7)
        if earlier is None and m.start > t_end and _listed(doc, m):
            # "Meeting of the defence ministers, Vilnius, Radisson Blu": a listing's place
            earlier = _listed(doc, m)
    if earlier is None:
        # the place listed right after the meeting word: "summit, Madrid (in person)"
        earlier = next(
            (_listed(doc, m) for m in places.within(doc, t_end, t_end + 40) if _listed(doc, m)),
            None,
        )
    # "Leaders are arriving at Lancaster House for today's meeting": a place stated
    # before the meeting word in its own segment, when none follows it
    return earlier


def _listed(doc: Doc, m: Match[str]) -> tuple[str, int, int, float] | None:
    """A place set off by a comma before it and a comma, a bracket or a line's end after."""
    if _LISTED.fullmatch(doc.text, m.start - 2, m.start) and _LISTED_END.match(doc.text, m.end):
        return " ".join(doc.words[m.first : m.last + 1]), m.start, m.end, 0.7
    return None


def _locative(doc: Doc, first: int) -> str:
    """The word before a place; "di" also for a city after its venue ("di Hotel X, Jakarta",
    "at the Palace of Culture, Helsinki")."""
    k = first - 1
    if k < 1 or doc.gap(k) != ", ":
        if k >= 1 and doc.keys[k] == "the":
            return doc.keys[k - 1]  # "in the Elysee", "at the Hofburg"
        return doc.keys[k] if k >= 0 else ""
    while k > 0 and first - k <= 5 and (doc.words[k][:1].isupper() or doc.keys[k] in _OF_THE):
        if doc.keys[k - 1] in ("di", "in", "at"):
            return "di"
        k -= 1
    return ""


#: verbs of planning a meeting: the place after their "for" is where it will be held
_PLANNED = frozenset(
    {
        "planned",
        "scheduled",
        "set",
        "slated",
        "pencilled",
        "penciled",
        "booked",
        "earmarked",
        "fixed",
        "proposed",
        "mooted",
        "tabled",
        "pegged",
        "lined",
    }
)


def _planned_for(doc: Doc, m: Match[str]) -> bool:
    """ "planned for Rome", "scheduled for Vilnius", "pencilled in for Oslo" (not "planned
    for Ukraine's reconstruction": a place owning something is not the venue)."""
    k = m.first - 1
    verb = doc.keys[k - 1] if k >= 1 else ""
    if verb in ("in", "up") and k >= 2:
        verb = doc.keys[k - 2]  # "pencilled in for", "lined up for"
    return verb in _PLANNED and not doc.text.startswith(("'s", "’s"), m.end)


#: a place gone to, then the purpose of meeting someone there: "berkunjung ke Roma pada 3
#: Mei untuk bertemu", "flies to Vilnius on 5 May to meet", "travelled to Oslo for talks",
#: "terbang ke Paris guna menghadiri KTT"
_TOWARDS = frozenset({"to", "ke"})
_TO_MEET = re.compile(
    r"(?i:[^.;]{0,50}?\b(?:to|untuk|guna|for)\s+(?:(?:attend|join|menghadiri|mengikuti)\s+)?"
    r"(?:a\s+|the\s+)?\Z)"
)

#: what may stand between a meeting word and its place right after it
_BY = re.compile(r"(?i:[\s,]*(?:(?:in|at|di|of|ke|,)\s+)?(?:the\s+)?)")

#: a verb right after a capital: the state it stands for acts ("Warsaw offered two frigates")
_ACTS = re.compile(
    r"(?i:\s+(?:would|will|has|had|is|was|says|said|offered|offers|pledged|pledges|promised"
    r"|wants|insists|refused|refuses|agreed|akan|telah|sudah|menawarkan|menolak|mengatakan"
    r"|menyatakan|berjanji|menjanjikan|ingin|bersedia)\b)"
)

#: words before the place a meeting is held at ("squeezed into the Elysee")
_LOCATIVES = frozenset({"di", "in", "at", "into", "inside"})
_OF_THE = frozenset({"of", "the", "de", "la"})


#: a place pointed back at right by the meeting word: "met there", "bertemu di sana"
_THERE = re.compile(
    r"(?i:\s+(?:again\s+|once more\s+|lagi\s+)?(?:there|here|di sana|di situ|di sini|di kota itu"
    r"|in that city)\b(?!\s+(?:is|are|was|were|will|would|has|have|had|ada)\b))"
)


#: where a visit goes: "a visit to Warsaw"
_TO = re.compile(r"\s+to\s+(?:the\s+)?")
_LISTED = re.compile(r",[ \t]")
_LISTED_END = re.compile(r"[ \t]*(?:[,;(\n]|\.(?:\s|$)|$)")


def entry_place(
    doc: Doc, places: Gazetteer[str], t_start: int
) -> tuple[str, int, int, float] | None:
    """The place a diary's entry opens with ("ROME - Italy hosts ...", "BRUSSELS/VIDEO -
    Foreign ministers ..."): where the entry's meeting is held."""
    line = doc.text.rfind("\n", 0, t_start) + 1
    m = _ENTRY.match(doc.text, line)
    if m is None or m.end() > t_start:
        return None
    name = m.group(1).title()
    return (name, m.start(1), m.end(1), 0.7) if places.get(name) is not None else None


#: an entry's dateline: a place in capitals, a medium after a slash, a dash
_ENTRY = re.compile(
    r"[ \t]*([A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)?)(?:/[A-Z]+)?[ \t]+[-\u2013\u2014][ \t]"
)


def pointed_place(
    doc: Doc, places: Gazetteer[str], t_start: int, t_end: int
) -> tuple[str, int, int, float] | None:
    """The one place the sentence before names, for a meeting said to be held "there"
    ("It began in Paris. Leaders met there on 6 January")."""
    if not _THERE.match(doc.text, t_end):
        return None
    n = doc.sentence_index(t_start)
    if n == 0:
        return None
    s, e = doc.sentences[n - 1]
    found = places.within(doc, s, e)
    names = {" ".join(doc.words[m.first : m.last + 1]) for m in found}
    if len(names) != 1:
        return None
    m = found[-1]
    return " ".join(doc.words[m.first : m.last + 1]), m.start, m.end, 0.6


def referred(doc: Doc, meetings: list[Meeting], place: str, start: int, end: int) -> bool:
    """The segment names a meeting by the place of one already named ("attended the
    Lisbon meeting", "pertemuan Lisabon itu"): it is that meeting, whatever day its line
    is dated."""
    if not any(m.get("place") == place for m in meetings):
        return False
    name = re.escape(place)
    return (
        re.search(rf"\bthe {name}\b|\b\w+ {name} (?:itu|tersebut)\b", doc.text[start:end])
        is not None
    )
