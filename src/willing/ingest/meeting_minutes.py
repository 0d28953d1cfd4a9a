"""A meeting stated by the labelled lines that head its minutes or agenda ("Date: ...",
"Place: Rzeszow, Poland (host)", "Present: delegations of 16 countries", "Tempat:",
"Peserta:", "Pimpinan rapat:"): the record says in fields what a report says in a
sentence, and no meeting word need stand near them."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from willing.ingest import rules
from willing.ingest.dates import Found
from willing.ingest.document import Doc, Index
from willing.ingest.gazetteer import Gazetteer
from willing.ingest.items import Item
from willing.ingest.meeting_bodies import headed_by_body
from willing.ingest.meeting_merge import Meeting
from willing.ingest.meeting_preparations import prepares_another
from willing.ingest.parties import code_of

#: the head of a record: labels are looked for only this far into the text
_HEAD = 1500


@dataclass(frozen=True)
class Field:
    """One labelled line: what it states (date, place, ...) and its value's span."""

    kind: str
    start: int
    end: int


@cache
def _labels() -> dict[str, str]:
    data = rules.load("meetings")["minutes_labels"]
    return {str(w).casefold(): str(kind) for kind, words in data.items() for w in words}


def fields(doc: Doc) -> list[Field]:
    """The labelled fields at the head of the text, when a date and one other field of a
    meeting are among them (one "Date:" line alone heads many kinds of text)."""
    head = doc.text[:_HEAD]
    kinds = _labels()
    # each colon is looked at (few in a text's head): the words since the line's start or
    # the last full stop before it are the label, if listed
    found: list[tuple[int, int, str]] = []
    colon = head.find(":")
    while colon >= 0:
        # (a mark not found leaves -1: a label on the text's first line starts at 0)
        marks = (head.rfind(". ", 0, colon), head.rfind("; ", 0, colon))
        line = max([head.rfind("\n", 0, colon), *(i + 1 for i in marks if i >= 0)])
        label = head[line + 1 if line >= 0 else 0 : colon].strip().casefold()
        kind = kinds.get(label)
        if kind is not None:
            found.append((line, colon + 1, kind))
        colon = head.find(":", colon + 1)
    if not found:
        return []
    out: list[Field] = []
    for k, (_, start, kind) in enumerate(found):
        end = head.find("\n", start)
        end = len(head) if end < 0 else end
        if k + 1 < len(found):
            end = min(end, found[k + 1][0] + 1)
        while start < end and head[start] in " \t":
            start += 1
        out.append(Field(kind, start, end))
    present = {f.kind for f in out}
    named = next(
        (
            k
            for k, f in enumerate(out)
            if f.kind == "event" and _titled().search(head, f.start, f.end)
        ),
        None,
    )
    if named is not None:
        # "Event: Meeting of the chiefs of defence", "Subject: Ministers' meeting, Helsinki,
        # 8 October": the form's own line names the meeting and may date and place it; the
        # lines right after it are the meeting's, those before the form's own ("Date:" of a
        # mail); a blank line or the next subject ends its block (a thread's next mail)
        block = [out[named]]
        for f in out[named + 1 :]:
            if f.kind == "event" or "\n\n" in head[block[-1].end : f.start]:
                break
            block.append(f)
        return block
    if len(found) < 2 or "date" not in present or len(present - {"date", "format", "event"}) == 0:
        return []
    if not _titled().search(head, 0, found[0][0] + 1):
        return []  # "Exercise factbox / Date: / Location: / Participants:" is no meeting
    if headed_by_body(doc, found[0][0] + 1):
        return []  # "RAPAT KERJA KOMISI I DPR RI / Hari/Tanggal: ...": a parliament's
    if prepares_another(head[: found[0][0] + 1]):
        return []  # "Rapat Koordinasi Persiapan ... pada Pertemuan ...": a meeting at home
    return out


@cache
def _titled() -> re.Pattern[str]:
    data = rules.load("meetings")
    words = [str(w) for w in data["triggers"]] + [str(w) for w in data["minutes_titles"]]
    names = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?i:\b(?:{names})\b)")


_HOST = re.compile(r"(?i:\(\s*(?:host|hosts|host nation|host country|tuan rumah)\s*\))")
_IN_BRACKETS = re.compile(r"\(([^()]{2,40})\)")


def meeting(
    doc: Doc,
    days: Index[Found],
    places: Gazetteer[str],
    formats: Gazetteer[str],
    remote: list[tuple[int, int]],
    counts: Index[Item],
    fill_count: Callable[[Meeting, Item], None],
) -> Meeting | None:
    """The meeting the head of a record states, or None when it has no such head."""
    found = fields(doc)
    if not found:
        return None
    seg = Meeting(triggers=[(found[0].start, found[0].end)])
    # a date or place line says more than the event's own line, read last
    for f in sorted(found, key=lambda f: f.kind == "event"):
        if f.kind in ("date", "event"):
            day = next(iter(days.within(f.start, f.end)), None)
            if day is not None:
                seg.fill("date", day.value, day.start, day.end, 0.8)
        if f.kind in ("place", "event"):
            place = next(iter(places.within(doc, f.start, f.end)), None)
            if place is not None:
                name = " ".join(doc.words[place.first : place.last + 1])
                seg.fill("place", name, place.start, place.end, 0.8)
                if _HOST.search(doc.text, f.start, f.end):
                    named = _bracketed_state(doc.text[place.end : f.end], loose=True)
                    seg.fill("host", named or place.value, f.start, f.end, 0.8)
        elif f.kind == "chair":
            named = _bracketed_state(doc.text[f.start : f.end], loose=False)
            if named is not None:
                seg.fill("host", named, f.start, f.end, 0.7)
        elif f.kind == "host":
            named = code_of(doc.text[f.start : f.end].strip(" ."))
            if named is not None:
                seg.fill("host", named, f.start, f.end, 0.8)
        if f.kind in ("present", "format", "place"):
            for item in counts.within(f.start, f.end):
                fill_count(seg, item)
    afar = [(a, b) for a, b in remote if any(f.start <= a < f.end for f in found)]
    kinds = [
        fmt
        for f in found
        for fmt in formats.within(doc, f.start, f.end)
        if not any(a <= fmt.start < b for a, b in afar)
    ]
    if afar and all(k.value != "virtual" for k in kinds):
        # "Format: in person; the Canadian representative joined by telephone"
        seg.fill("format", "hybrid", afar[0][0], afar[0][1], 0.75)
    elif kinds:
        seg.fill("format", kinds[0].value, kinds[0].start, kinds[0].end, 0.8)
    return seg if seg.get("date") is not None else None


def _bracketed_state(text: str, loose: bool) -> str | None:
    """A state named in brackets ("Colonel X (Lithuania)"); `loose`, any state named
    ("Rzeszow, Poland (host)")."""
    for m in _IN_BRACKETS.finditer(text):
        code = code_of(m.group(1).strip())
        if code is not None:
            return code
    if not loose:
        return None
    for word in re.findall(r"[A-Z][\w-]+", text):
        code = code_of(word)
        if code is not None:
            return code
    return None
