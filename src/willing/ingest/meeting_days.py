"""Days a meeting takes from lines around it rather than from its own words: a line
holding only a date above a live blog's entries (or above each entry of a timeline), or
the day a photo caption closes on."""

from __future__ import annotations

import itertools
import re

from willing.ingest import dateline, rules
from willing.ingest.dates import Found
from willing.ingest.document import Doc, Index
from willing.ingest.gazetteer import Gazetteer
from willing.ingest.meeting_merge import Meeting
from willing.ingest.meeting_place import segment_place


def date_line(
    doc: Doc, meetings: list[Meeting], dates: list[Found], places: Gazetteer[str]
) -> None:
    """A line near the top holding only a date ("Saturday 3 January 2026" above the
    entries of a live blog), or a sentence of it ("All times GMT. Thursday 5 November
    2026."), dates a meeting held at a place, or a call held by video only, that the
    article gives no day for, when that day is not after the publication. A place may
    open the line ("Roma, Kamis, 14 Januari 2027" under a programme's title): it places
    and dates the meeting the title names, the first one, when it has neither."""
    if all(m.get("date") is not None for m in meetings):
        return
    for p_start, p_end in doc.paragraphs[:4]:
        in_line = [d for d in dates if p_start <= d.start < p_end and d.day is not None]
        if not in_line:
            continue
        spans = [(p_start, p_end)]
        for span in itertools.islice(doc.sentences, doc.sentence_index(p_start) + 1, None):
            if span[0] >= p_end:
                break
            spans.append(span)  # a sentence of the line: "All times GMT. Thursday 5 ..."
        for s, e in spans:
            line = doc.text[s:e].strip(" .")
            days = [d for d in in_line if s <= d.start < e]
            if not days:
                continue
            place = _OPENING_PLACE.match(doc.text, s)
            hit = places.match_at(doc, doc.token_at(s)) if place is not None else None
            rest = len(line) - (len(place.group()) if hit is not None and place else 0)
            if len(doc.text[days[0].start : days[0].end]) < rest - 12:
                continue
            day = days[0]
            first = meetings[0] if meetings else None
            if (
                hit is not None
                and first is not None
                and not first.other
                and first.get("date") is None
                and first.get("place") is None
                and first.triggers[0][0] < p_start
                and doc.paragraph_index(first.triggers[0][0]) >= doc.paragraph_index(p_start) - 2
            ):
                # the title right above names the meeting: its place and day, to come or not
                name = " ".join(doc.words[hit.first : hit.last + 1])
                first.fill("place", name, hit.start, hit.end, 0.55)
                first.fill("date", day.value, day.start, day.end, 0.55)
                return
            if doc.published is not None and day.day is not None and day.day > doc.published:
                return
            for m in meetings:
                if (
                    m.get("date") is None
                    and not m.other
                    and (m.get("place") is not None or m.get("format") == "virtual")
                ):
                    m.fill("date", day.value, day.start, day.end, 0.55)
            return


def headings(doc: Doc, dates: list[Found]) -> list[Found]:
    """The days of the lines holding only a day ("Rabu, 28 April 2027", "Friday 16 April
    2027:") when the article has two or more: a timeline or a diary whose entries each
    happened on the day heading them. One such line alone is a live blog's or a
    programme's date (see `date_line`)."""
    out = []
    for d in dates:
        if d.day is None:
            continue
        s = doc.text.rfind("\n", 0, d.start) + 1
        e = doc.text.find("\n", d.end)
        line = doc.text[s : e if e >= 0 else len(doc.text)].strip(" .:;-\u2013\u2014\t")
        # a note in brackets after the day is still a heading: "26 April 2029 (dijadwalkan)",
        # "3 June 2029 (tentative)", "9 Mei 2029 [rencana]"
        line = _NOTE.sub("", line)
        if len(doc.text[d.start : d.end]) >= len(line) - 12:
            out.append(d)
    return out if len({d.value for d in out}) > 1 else []


_NOTE = re.compile(r"[ \t]*[(\[][^()\[\]\n]{1,40}[)\]]\Z")


def heading_day(doc: Doc, heads: list[Found], t_start: int) -> Found | None:
    """The day of the nearest heading line above the meeting word (on a line before it),
    unless the sentence speaks of a meeting to come ("the next summit will be in Rome")."""
    line = doc.text.rfind("\n", 0, t_start)
    above = [d for d in heads if d.end <= line]
    if not above or _AHEAD.search(doc.text, *doc.sentence_at(t_start)):
        return None
    return above[-1]


#: a place opening a line, before a comma ("Roma, Kamis, 14 Januari 2027")
_OPENING_PLACE = re.compile(r"[A-Z][\w’'\-]*+(?:[ \t][A-Z][\w’'\-]*+)?,[ \t]")


_AHEAD = re.compile(
    r"(?i:\b(?:will|akan|next|berikutnya|mendatang|upcoming|planned|scheduled|dijadwalkan"
    r"|direncanakan|is to|are to)\b)"
)


def scene_before(
    doc: Doc, days: Index[Found], places: Gazetteer[str], t_start: int
) -> tuple[Found, tuple[str, int, int, float]] | None:
    """The day and the place the sentence before sets in its paragraph, for a meeting word
    naming neither ("Puncaknya terjadi pada Kamis, 17 September 2026, di Helsinki. Finlandia
    menjadi tuan rumah KTT yang dihadiri 31 negara"), unless it speaks of one to come."""
    n = doc.sentence_index(t_start)
    if n == 0 or _AHEAD.search(doc.text, *doc.sentences[n]):
        return None
    s, e = doc.sentences[n - 1]
    if doc.paragraph_index(s) != doc.paragraph_index(t_start):
        return None
    day = next((d for d in days.within(s, e)), None)
    place = segment_place(doc, places, s, e, e, e) if day is not None else None
    return (day, place) if day is not None and place is not None else None


def caption_day(
    doc: Doc, meetings: list[Meeting], days: Index[Found], places: Gazetteer[str]
) -> None:
    """A meeting with no day, named right after a sentence of its paragraph that closes on
    a day, took place that day, and where that sentence places it when its own words do
    not: a photo caption ends on its date ("... di Kastil Praha, Senin (19/4/2027). Ceko
    menjadi tuan rumah KTT itu"; "..., Monday, April 19.")."""
    for m in meetings:
        if m.get("date") is not None or m.get("format") == "virtual":
            continue
        for t_start, _ in m.triggers:
            n = doc.sentence_index(t_start)
            if _AHEAD.search(doc.text, *doc.sentences[n]):
                continue  # "The next summit will be held in Rome": not the caption's day
            if n == 0 or doc.paragraph_index(t_start) != doc.paragraph_index(
                doc.sentences[n - 1][0]
            ):
                continue
            s, e = doc.sentences[n - 1]
            closing = [d for d in days.within(s, e) if not doc.text[d.end : e].strip(" .)")]
            if closing and (
                doc.published is None or closing[-1].day is None or closing[-1].day <= doc.published
            ):
                d = closing[-1]
                m.fill("date", d.value, d.start, d.end, 0.55)
                if m.get("place") is None:
                    place = segment_place(doc, places, s, e, e, e)  # "di Gedung X, Oslo"
                    if place is not None:
                        m.fill("place", place[0], place[1], place[2], 0.55)
                break


def from_dateline(
    doc: Doc,
    meetings: list[Meeting],
    line: dateline.Dateline | None,
    remote: list[tuple[int, int]],
) -> None:
    """A meeting in the dateline's city without its own date took place that day; a dated
    meeting without a place named in the dateline's paragraph, not held online and not
    named only as what someone joined from afar ("Luxon joined the meeting by video"), is
    in the dateline's city."""
    if line is None:
        return
    venues = {
        str(k).casefold(): str(v).casefold() for k, v in rules.load("places")["venues"].items()
    }
    for meeting in meetings:
        place = meeting.get("place")
        # "a meeting at the White House" under a WASHINGTON dateline is in that city
        city = venues.get(str(place).casefold(), str(place).casefold())
        here = place is not None and line.place.casefold() in (str(place).casefold(), city)
        if line.day is not None and meeting.get("date") is None and here:
            meeting.fill("date", line.day.value, line.day.start, line.day.end, 0.6)
        if (
            place is None
            and meeting.get("date") is not None
            and doc.paragraph_index(meeting.triggers[0][0]) == line.paragraph
            and meeting.get("format") != "virtual"
            and not all(any(a < t < b for a, b in remote) for t, _ in meeting.triggers)
        ):
            meeting.fill("place", line.place, line.start, line.end, 0.6)
