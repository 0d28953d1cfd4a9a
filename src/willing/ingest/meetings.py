"""Meetings: date, place, format, host and size, gathered from the sentences that name one.

Each meeting word opens a segment of its sentence (a noun such as "KTT" looks ahead to
the next meeting word or comma; a verb such as "berkumpul" also takes its subject).
Segments with the same day or place are one meeting; segments naming neither add to
the first meeting of the article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from willing.ingest import dateline, rules
from willing.ingest.dates import Found
from willing.ingest.document import Doc, Index
from willing.ingest.gazetteer import Gazetteer, Match
from willing.ingest.items import Item
from willing.ingest.meeting_answers import answer_end, answer_place
from willing.ingest.meeting_arrival import arrived
from willing.ingest.meeting_attendance import attends_previous
from willing.ingest.meeting_audiences import with_audience
from willing.ingest.meeting_bodies import other_body
from willing.ingest.meeting_calls import calls, with_one
from willing.ingest.meeting_clauses import (
    FAILED,
    WISHED,
    clause_end,
    own_clause,
    proposed,
)
from willing.ingest.meeting_days import (
    caption_day,
    date_line,
    from_dateline,
    heading_day,
    headings,
    scene_before,
)
from willing.ingest.meeting_format import joined_remotely
from willing.ingest.meeting_groups import another, group_words, groups, together
from willing.ingest.meeting_hosts import hosts as hosts_of
from willing.ingest.meeting_itinerary import travelled_place
from willing.ingest.meeting_lists import listed
from willing.ingest.meeting_merge import Meeting as _Meeting
from willing.ingest.meeting_merge import absorb as _absorb
from willing.ingest.meeting_merge import fits as _fits
from willing.ingest.meeting_merge import merge as _merge
from willing.ingest.meeting_merge import same_day_and_place as _same_day_and_place
from willing.ingest.meeting_merge import same_venue as _same_venue
from willing.ingest.meeting_merge import undated as _undated
from willing.ingest.meeting_messages import as_message
from willing.ingest.meeting_minutes import meeting as minutes_meeting
from willing.ingest.meeting_parts import parts_keys, parts_pattern
from willing.ingest.meeting_place import (
    english,
    entry_place,
    pointed_place,
    referred,
    segment_place,
)
from willing.ingest.meeting_segment_days import segment_date
from willing.ingest.meeting_sessions import bare_session
from willing.ingest.meeting_sizes import bounded
from willing.ingest.meeting_talks import as_means, unfinished
from willing.ingest.meeting_verbs import VERBS, no_gathering
from willing.ingest.meeting_visits import tour
from willing.ingest.meeting_ways import distant, is_medium, list_formats, list_held_apart, unsaid
from willing.ingest.numeric_dates import stamped
from willing.ingest.parties import Mention
from willing.ingest.prefilter import guarded, needed
from willing.ingest.retractions import retracted

#: a party named in up to three capitalised words, each read whole (possessive `*+`): a
#: shorter reading of a word would be followed by one of its own characters, never by the
#: space that must come next, so backtracking into a word finds nothing
_PARTY = r"(?P<party>[A-Z][\w’'.\-]*+(?:\s+[A-Z][\w’'.\-]*+){0,2})"


@dataclass(frozen=True)
class _Tables:
    triggers: Gazetteer[str]
    excluded: tuple[str, ...]
    excluded_before: frozenset[str]
    formats: Gazetteer[str]
    #: each host pattern, whether the party leads it, and the texts it needs (see `needed`)
    hosts: list[tuple[re.Pattern[str], bool, tuple[str, ...]]]
    host_words: frozenset[str]
    places: Gazetteer[str]
    remote: re.Pattern[str]
    remote_verbs: frozenset[str]
    attendance: Gazetteer[str]
    pledge: re.Pattern[str]
    references: Gazetteer[str]


@cache
def _tables() -> _Tables:
    data = rules.load("meetings")
    triggers: Gazetteer[str] = Gazetteer()
    for word in data["triggers"]:
        triggers.add(str(word), str(word).casefold())
    list_held_apart(triggers, data, str.casefold)
    formats: Gazetteer[str] = Gazetteer()
    for fmt, words in data["formats"].items():
        for word in words:
            formats.add(str(word).lower(), str(fmt))
    list_formats(formats, data)
    hosts = []
    for source in data["host_patterns"]:
        pattern = re.compile(str(source).replace("{party}", _PARTY))
        hosts.append((guarded(pattern), str(source).startswith("{party}"), needed(pattern)))
    places: Gazetteer[str] = Gazetteer()
    for name, code in rules.load("places")["places"].items():
        places.add(str(name), str(code))
    host_words = frozenset(str(w).casefold() for w in data["host_keywords"])
    return _Tables(
        triggers,
        tuple(str(w) for w in data["excluded_after"]),
        frozenset(str(w).casefold() for w in data["excluded_before"]),
        formats,
        hosts,
        host_words,
        places,
        guarded(
            "|".join(f"(?:{p})" for p in [*data["joined_remotely"], parts_pattern(data)]), re.I
        ),
        frozenset(str(w).casefold() for w in data["remote_verbs"]) | parts_keys(data),
        _words(data["attendance_words"]),
        re.compile(
            r"\W*(?:[\w-]+\s+){0,3}?(?:"
            + "|".join(re.escape(str(w)) for w in data["pledge_words"])
            + r")\b"
        ),
        _words(data["references"]),
    )


def _words(names: list[str]) -> Gazetteer[str]:
    gaz: Gazetteer[str] = Gazetteer()
    for name in names:
        gaz.add(str(name).lower(), str(name))
    return gaz


_QUALIFIES = re.compile(
    r"[ \t]+(?!(?:in|at|on|of|hosted|held|last|this|next|in|with|and|was|were|will|is)\b)"
    r"[a-z]"
)
#: "attended", or the meeting itself named where the countries agreed: "20 countries
#: agreed its outline at a video conference", "on a video call", "lewat konferensi video"
#: were at it
_ATTEND = re.compile(
    r"(?i:attend|hadir|kehadiran|keikutsertaan|present|took part|registered|terdaftar"
    r"|expected(?!\s+to\s+(?!attend|take part|join|be there|come))"
    r"|confirmed(?=\s*(?:[,.;]|$))|\b(?:at|during|on|in|over|via|by|dalam|pada|di"
    r"|lewat|melalui) (?:the |a |an )?"
    r"(?:[\w-]+ ){0,2}?(?:meeting|summit|call|conference|talks|pertemuan|KTT|rapat|konferensi"
    r"|panggilan)\b)"
)
#: a verb trigger followed by its agent: "hosted by", "dipimpin oleh"
_BY_AFTER = re.compile(r"\s+(?:by|oleh)\b", re.I)

#: how far after a meeting's last sentence a remote participant or its size may be stated
_FOLLOWING = 3


def _segments(doc: Doc) -> list[tuple[int, int, int, int, bool, int]]:
    """(segment start, segment end, trigger start, trigger end, first in sentence, end of
    the words whose counts the segment takes)."""
    t = _tables()
    out: list[tuple[int, int, int, int, bool, int]] = []
    # only the sentences holding a meeting word are read
    by_sentence: dict[int, list[Match[str]]] = {}
    listed = t.triggers.everywhere(doc)
    for m in sorted([*listed, *calls(doc, listed), *group_words(doc)], key=lambda m: m.start):
        n = doc.sentence_index(m.start)
        s, e = doc.sentences[n]
        if s <= m.start and m.end <= e:
            by_sentence.setdefault(n, []).append(m)
    for n, matches in by_sentence.items():
        s, e = doc.sentences[n]
        found: list[Match[str]] = []
        alone = all(m.value in groups() for m in matches)  # no meeting word but a group's
        for m in matches:
            if m.value in groups() and not (alone and together(doc, t.places, m.end, e)):
                continue  # "defence ministers at The Hague on 24 November": they met
            after = doc.text[m.end : m.end + 20].lstrip().lower()
            before = doc.keys[m.first - 1] if m.first > 0 else ""
            if after.startswith(t.excluded) or before in t.excluded_before:
                continue
            if other_body(doc, m.first, m.last):
                continue  # "rapat paripurna DPR", "the executive committee met": not ours
            if retracted(doc, m.start):
                continue  # "An earlier entry said they would meet in Turku": taken back
            if FAILED.match(doc.text, m.end, min(e, m.end + 50)):
                continue  # "since the talks in Istanbul broke down": no meeting reported
            if (
                WISHED.search(doc.text, max(s, m.start - 50), m.start)
                or proposed(doc.text, s, m.start, m.value in VERBS)
                or as_means(doc, m.value, m.start, s)
            ):
                continue  # "ready to meet Putin", "settled through talks": no meeting held
            if m.value.startswith("ministerial") and _QUALIFIES.match(doc.text, m.end):
                continue  # "ministerial level", "a ministerial statement": an adjective
            earlier = doc.keys[m.first - 2] if m.first > 1 else ""
            if is_medium(m.value, before, earlier, named=bool(found)):
                continue  # "KTT digelar melalui sambungan telepon": how a meeting was held
            if distant(doc, m.start, m.end) and with_one(doc, m.end):
                continue  # "Macron spoke by phone with Zelensky": a call of two, no meeting
            if bare_session(doc, t.places, m.value, s, e):
                continue  # "Sesi: Rabu, 14 November": a chat's own date, no meeting
            if as_message(doc.text, m.value, m.start, s):
                continue  # "sent his thanks by video call": a message's way, no meeting
            if no_gathering(doc, m.value, m.start, m.end, m.last, before, n):
                continue  # "hosts a website", "40,000 visits", "received 40 tanks"
            found.append(m)
        answered = answer_end(doc, n) if found and doc.text[e - 1] == "?" else None
        for k, m in enumerate(found):
            nxt = found[k + 1] if k + 1 < len(found) else None
            end = nxt.start if nxt else (answered or e)
            if nxt is not None and m.value not in VERBS and nxt.value in VERBS:
                end = clause_end(doc.text, m.end, nxt.start)
            start = m.start
            counted = end
            if k > 0 and _BY_AFTER.match(doc.text, m.end):
                # "a session hosted by Belgium, agreeing ...": the passive names who hosts
                # the meeting just named and ends at the comma (a size after it still
                # counts: "hosted by Germany in Berlin, Pistorius said 22 countries ...")
                comma = doc.text.find(",", m.end, end)
                end = comma if comma >= 0 else end
            elif k == 0 or m.value in VERBS:
                start = out[-1][1] if k > 0 and out else s
            out.append((start, end, m.start, m.end, k == 0, counted))
    return out


def find(
    doc: Doc, dates: list[Found], counts: list[Item], people: list[Mention] | None = None
) -> list[Item]:
    """Meeting items, the article's main meeting first.

    `people` are the persons named with a party: one who hosts or chairs makes the
    party the host ("British Prime Minister Keir Starmer chaired the call").
    """
    t = _tables()
    meetings: list[_Meeting] = []
    hosts: dict[int, list[tuple[str, int, int, float]]] = {}
    found_counts = Index(counts)
    persons = Index(people or [])
    days = Index(d for d in dates if d.day is not None and not stamped(doc, d.start))
    # a month dates a meeting held somewhere with no day, to come or past ("next in Ottawa
    # in March", "when its leaders met in Copenhagen in October 2027")
    months = Index(d for d in dates if d.precision == "month")
    remote = [
        m.span()
        for s, e in doc.sentences_with(t.remote_verbs)
        for m in t.remote.finditer(doc.text, s, e)
    ]
    previous: tuple[int, _Meeting] | None = None
    headed = minutes_meeting(
        doc, days, t.places, t.formats, remote, found_counts, lambda m, i: _fill_count(doc, t, m, i)
    )
    if headed is not None:
        meetings.append(headed)  # the meeting its minutes record comes first
    heads = headings(doc, dates)
    day_starts = sorted(d.start for d in dates if d.day is not None)
    for (start, end, t_start, t_end, _first, counted), part in listed(
        doc, _segments(doc), day_starts
    ):
        inside = next((span for span in remote if span[0] < t_start < span[1]), None)
        if inside is None and distant(doc, t_start, t_end):
            # "Zelensky spoke by video" after a summit: joining it; "on 9 March the
            # ministers spoke by video": a call of its own, on its own day
            undated = segment_date(doc, days.within(start, end), t_start) is None
            inside = (t_start, t_end) if undated else None
        if inside is not None and meetings:
            # "X followed the meeting from Ottawa by video": someone joining the meeting
            # already named, not a meeting where he is
            joined = previous[1] if previous is not None else meetings[-1]
            if joined.get("format") in ("in_person", None):
                joined.fields["format"] = ("hybrid", inside[0], inside[1], 0.75)
            continue
        seg = _Meeting(triggers=[(t_start, t_end)])
        day = segment_date(doc, days.within(start, end), t_start)
        if day is None and unfinished(doc, doc.text[t_start:t_end].casefold(), t_end, end):
            continue  # "perundingan di Jenewa belum menghasilkan ...": a process, no meeting
        if with_audience(doc.text, doc.text[t_start:t_end], t_end):
            continue  # "will meet donors in Oslo": no delegates met, no meeting of states
        place = (
            segment_place(doc, t.places, start, end, t_start, t_end)
            or pointed_place(doc, t.places, t_start, t_end)
            or (entry_place(doc, t.places, t_start) if heads else None)
            or (travelled_place(doc, t.places, t_start) if heads else None)
            or (answer_place(doc, t.places, t_start) if "?" in doc.text[t_end:end] else None)
        )
        # "secara virtual" in "X mengikuti ... secara virtual" is one participant's way in
        fmts = [
            f
            for f in [*t.formats.within(doc, start, end), *_medium_before(doc, t, start, t_end)]
            if (not any(a <= f.start < b for a, b in remote) or t_start <= f.start < t_end)
            and not unsaid(doc, f)
        ]
        # an explicit "virtual" or "hybrid" says more than a venue word such as "KTT"
        fmts.sort(key=lambda f: (f.value == "in_person", f.start))
        if not fmts and distant(doc, t_start, t_end):  # "spoke on Monday over a video link"
            fmts = [Match(0, 0, t_start, t_end, "virtual")]
        alone = previous is None or previous[0] < doc.sentence_index(t_start) - 1
        if day is None and place is None and alone and not another(doc, t_start, t_end):
            # the scene the sentence before sets, when it names no meeting
            day, place = scene_before(doc, days, t.places, t_start) or (None, None)
        if day is None and heads and (place or fmts) and not another(doc, t_start, t_end):
            day = heading_day(doc, heads, t_start)  # a timeline's entry held somewhere
        if day is None and (place is not None or (fmts and fmts[0].value == "virtual")):
            # "will be held in Ottawa in March", "a video summit in March": a month after
            day = next((d for d in months.within(start, end) if d.start >= t_start), None)
        if place is None and tour(doc, t_start, t_end):
            continue  # "the minister, who visited the ward on Wednesday": no meeting
        if place is not None:
            seg.fill("place", *place)
            if referred(doc, meetings, place[0], start, end):
                day = None  # "the Lisbon meeting" a day later: the meeting named before
        if day is not None:
            seg.fill("date", day.value, day.start, day.end, day.confidence)
        if fmts:
            seg.fill("format", fmts[0].value, fmts[0].start, fmts[0].end, 0.8)
        for host in hosts_of(doc, t.hosts, t.host_words, start, hosts, persons):
            if not part or start <= host[1] < end:  # a list's host is its own part's
                seg.fill("host", *host)
        for item in found_counts.within(start, counted):
            _fill_count(doc, t, seg, item)
        sentence = doc.sentence_index(t_start)
        if previous is not None and previous[0] == sentence and _fits(previous[1], seg):
            joined = previous[1]
            if joined.get("format") == "in_person" and seg.get("format") in ("virtual", "hybrid"):
                del joined.fields["format"]  # "met at a videolink session": the medium says more
            _absorb(joined, seg)  # "33 countries attended Tuesday's meeting in Paris"
        elif attends_previous(previous, sentence, seg, doc.text[t_start:t_end]):
            assert previous is not None
            _absorb(previous[1], seg)  # "... in Paris on 11 May. Thirty countries attended."
            previous = (sentence, previous[1])
        else:
            seg.other = another(doc, t_start, t_end)
            previous = (sentence, _merge(meetings, seg))
    meetings = _undated(_same_venue(meetings))
    arrived(doc, t.places, meetings)
    from_dateline(doc, meetings, dateline.find(doc, dates), remote)
    meetings = _same_day_and_place(meetings)
    _following(
        doc,
        t,
        meetings,
        found_counts,
        lambda pos: hosts_of(doc, t.hosts, t.host_words, pos, hosts, persons),
    )
    joined_remotely(doc, t.remote, t.remote_verbs, meetings, _FOLLOWING)
    date_line(doc, meetings, dates, t.places)
    caption_day(doc, meetings, days, t.places)
    meetings = _same_day_and_place(meetings)
    for m in meetings:
        # a meeting held by phone or video has no place ("a summit planned in London was
        # held by phone"): the place named is where it would have been
        if m.get("format") == "virtual" and m.get("date") is not None:
            m.fields.pop("place", None)
    return [
        _item(doc, m) for m in meetings if m.get("date") is not None or m.get("place") is not None
    ]


def _medium_before(doc: Doc, t: _Tables, start: int, t_end: int) -> list[Match[str]]:
    """A format word ending on the meeting word and opening before its segment: the
    medium of "convened a phone meeting" lies in the segment of "convened"."""
    lead = doc.token_at(start)
    if lead == 0 or doc.ends[lead - 1] < start - 2:
        return []  # nothing right before the segment
    first = doc.starts[max(0, lead - 2)]
    return [f for f in t.formats.within(doc, first, t_end) if f.start < start and f.end == t_end]


def _fill_count(doc: Doc, t: _Tables, seg: _Meeting, item: Item) -> None:
    """A number of countries or heads as the meeting's size, unless it counts pledges."""
    if item.value.get("value") is None or bounded(doc.text, item.start):
        return  # "more than 30 countries": a bound, not who sat there
    name = {"countries": "countries_count", "heads": "heads_count"}.get(item.value["measure"])
    if name is None:
        return
    # the words after the number in its own sentence: a pledge in the next sentence
    # ("... 21 kepala negara. Kanada ... menyatakan siap") says nothing of this one
    # (in its own clause: "rapat daring, yang diikuti 28 negara, sepakat menambah ...")
    window = doc.text[item.end : min(item.end + 60, doc.sentence_at(item.start)[1])]
    if t.pledge.match(own_clause(window)) is None or _ATTEND.search(window):
        seg.fill(name, item.value["value"], item.start, item.end, item.confidence)


def _following(
    doc: Doc,
    t: _Tables,
    meetings: list[_Meeting],
    counts: Index[Item],
    hosts_at: Callable[[int], list[tuple[str, int, int, float]]],
) -> None:
    """Sizes and hosts stated in the sentences after a meeting's, up to the next sentence
    naming a meeting: "29 negara ambil bagian" (when it says who attended), "Prime
    Minister Mark Carney chaired the call"."""
    marked = {doc.sentence_index(s) for m in meetings for s, _ in m.triggers}
    for meeting in meetings:
        # after each sentence naming the meeting: "Officials said around 20 countries had
        # confirmed attendance" may come before a later "join for part of the talks"
        mine = sorted({doc.sentence_index(s) for s, _ in meeting.triggers})
        alone = len(meetings) == 1
        following: list[int] = []
        taken: set[int] = set()
        far: set[int] = set()
        for first in mine:
            for i in range(first + 1, len(doc.sentences)):
                if i in marked:
                    break
                # further on, only a sentence pointing back at it: "Advisers from 12
                # countries took part in the call."
                near = i <= first + _FOLLOWING
                # the only meeting of the text: who attended may be said anywhere after it
                if i not in taken and (near or alone or _refers_back(doc, t, i)):
                    following.append(i)
                    taken.add(i)
                    if not near and not _refers_back(doc, t, i):
                        far.add(i)
        for i in following:
            s, e = doc.sentences[i]
            if meeting.get("host") is None and any(0 < i - f <= _FOLLOWING for f in mine):
                for host in hosts_at(s):
                    meeting.fill("host", *host)
            attended = t.attendance.within(doc, s, e)
            if i in far:
                # far on, only a size that took part in no other event ("took part in
                # drills" is not the meeting's)
                attended = [a for a in attended if not _ELSEWHERE.match(doc.text, a.end)]
            if not attended:
                continue
            for item in counts.within(s, e):
                _fill_count(doc, t, meeting, item)


_ELSEWHERE = re.compile(r"(?i:\s+(?:in|at|on|di|dalam|pada)\s)")


def _refers_back(doc: Doc, t: _Tables, i: int) -> bool:
    """Sentence i speaks of the meeting already named ("the call", "pertemuan itu")."""
    if doc.sentence_keys[i].isdisjoint(_reference_ends()):
        return False  # no word a reference ends with: the whole text is not searched
    s, e = doc.sentences[i]
    return bool(t.references.within(doc, s, e))


@cache
def _reference_ends() -> frozenset[str]:
    """The last word of each phrase pointing back at a meeting ("call", "itu")."""
    return frozenset(str(w).split()[-1].casefold() for w in rules.load("meetings")["references"])


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """[start, end) without surrounding blanks."""
    text = doc.text[start:end]
    return start + len(text) - len(text.lstrip()), end - len(text) + len(text.rstrip())


_SEATED = re.compile(r"\b(?:EU|European Union|European Council|Uni Eropa|Dewan Eropa|NATO|OTAN)\b")


def _item(doc: Doc, m: _Meeting) -> Item:
    """The meeting as an item whose span is the sentence that first names it."""
    if m.get("host") is None and m.get("place") is not None:
        place = m.fields["place"]
        code = _tables().places.get(str(place[0]))
        if code == "BEL":
            # Brussels is the seat of the EU and NATO: their leaders or ministers meeting
            # there ("EU leaders ... a summit in Brussels") meet at their own table
            s, e = doc.sentence_at(m.triggers[0][0])
            seat = _SEATED.search(doc.text, s, e)
            code = ("NATO" if seat.group().upper() in ("NATO", "OTAN") else "EU") if seat else code
        if code:
            m.fill("host", code, place[1], place[2], 0.5)
    value: dict[str, Any] = {
        name: m.get(name)
        for name in ("date", "place", "format", "host", "countries_count", "heads_count")
    }
    if value["place"] is not None:
        value["place"] = english(str(value["place"]))
    value["evidence"] = {name: [f[1], f[2]] for name, f in m.fields.items()}
    value["evidence"]["trigger"] = list(m.triggers[0])
    start, end = _trim(doc, *doc.sentence_at(m.triggers[0][0]))
    filled = sum(v is not None for k, v in value.items() if k != "evidence")
    confidence = min(0.95, 0.45 + 0.08 * filled + 0.02 * len(m.triggers))
    return Item("meeting", value, start, end, round(confidence, 2))
