"""The day of a meeting word's segment: the day owning the word ("Yesterday's meeting"),
else the first day after it in its clause (or the day it was moved to, never the one it
was moved from), else the last day before it that dates no statement about it.

A day named after a meeting word may be the day of something else the sentence measures
from: "the first visit since the ceasefire of 14 April", "sebulan setelah keberangkatan
Satgas pada 16 Agustus", "the talks before the truce that began on 3 May". A day governed
by a word of time reference (since, after, before, sejak, setelah) or owned by another
event (a ceasefire, a departure, an arrival) is that event's, not the meeting's."""

from __future__ import annotations

import re

from willing.ingest.dates import Found
from willing.ingest.document import Doc
from willing.ingest.meeting_clauses import later_clause, moved_to, stated_on
from willing.ingest.meeting_moves import former_day

#: a word of time reference, then up to four words (no clause break) to the day; or an
#: event noun owning the day right after it ("gencatan senjata 14 April", "the ceasefire
#: of 14 April", "the truce that began on 3 May"; not "guarantee the ceasefire on Thursday
#: 26 April", where the day may be the sentence's own)
_OWNER = re.compile(
    r"(?i:\b(?:(?:since|after|before|following|prior to|sejak|semenjak|setelah|sesudah"
    r"|sebelum|menyusul|pasca)\b(?:[ \t]+[\w’'()/-]+){0,4}?"
    r"|(?:ceasefire|cease-fire|truce|armistice|gencatan senjata|departure|keberangkatan"
    r"|arrival|kedatangan|invasion|invasi)(?:[ \t]+(?:of|(?:that|which) (?:began|started|"
    r"took effect|came into force)(?: on)?|yang (?:dimulai|berlaku|mulai berlaku)(?: pada)?))?)"
    r"[ \t]*\Z)"
)


def owned_elsewhere(text: str, t_end: int, day_start: int) -> bool:
    """The day at `day_start`, after a meeting word ending at `t_end`, is another event's."""
    return _OWNER.search(text, max(t_end, day_start - 60), day_start) is not None


#: a verb of saying before the meeting word: the day before it dates the statement
_REPORTED = re.compile(
    r"(?i:\b(?:menjelaskan|mengatakan|menyatakan|mengumumkan|menyebut|said|says|announced|stated|told"
    r"(?:\s+\w+){0,3})\s+(?:bahwa|that)\b)"
)


def segment_date(doc: Doc, days: list[Found], t_start: int) -> Found | None:
    """The day of the segment whose meeting word starts at `t_start`, among its `days`."""
    # "originally 30 January, now 13 February", "semula dijadwalkan 2-3 Oktober": the days
    # it was first set for, a range's last day with its first
    left = [d for d in days if former_day(doc.text, d.start)]
    days = [
        d
        for d in days
        if (d.end <= t_start or not owned_elsewhere(doc.text, t_start, d.start))
        and d not in left
        and not any(f.end == d.start for f in left)
    ]
    # "Yesterday's meeting ... this morning": the day owning the meeting word is its day
    owned = [d for d in days if 0 <= t_start - d.end < 40 and _OWNED.match(doc.text, d.end)]
    if owned:
        return owned[-1]
    after = [d for d in days if d.start >= t_start]
    # "pada hari Senin menjelaskan bahwa pertemuan ..." dates the statement, not the meeting
    before = [
        d
        for d in days
        if not (_REPORTED.search(doc.text[d.end : t_start]) or stated_on(doc.text, d.start, d.end))
    ]
    # "On 26 April the leaders meet in Helsinki, and on 3 May ...": the clause's own day
    opening = [d for d in before if d.end <= t_start]
    if after and not (opening and later_clause(doc.text, t_start, after[0].start)):
        # "planned for 8 December, has been moved to 15 January": the day it moved to
        return next((d for d in after if moved_to(doc.text, d.start)), after[0])
    return first_of_range(days, (opening or before)[-1]) if before else None


def first_of_range(days: list[Found], day: Found) -> Found:
    """The first day of the range `day` ends ("20 and 21 June", "4-5 Desember"), found
    ending where the last day starts, or `day`: a meeting held over days is dated by the
    first, whether the range stands before its meeting word or after it."""
    if day.day is None:
        return day
    first = [d for d in days if d.end == day.start and d.day is not None and d.day < day.day]
    return first[-1] if first else day


_OWNED = re.compile(r"['’]s\b")
