"""How a meeting was held: in person, or hybrid when someone joined by video or phone
("Witkoff mengikuti ... secara virtual"), read from the sentences around the meeting."""

from __future__ import annotations

import re

from willing.ingest.document import Doc
from willing.ingest.meeting_merge import Meeting

#: the paragraphs (from 0, the title) that report the news rather than recall the past
_OPENING = 2


def joined_remotely(
    doc: Doc,
    remote: re.Pattern[str],
    verbs: frozenset[str],
    meetings: list[Meeting],
    following: int,
) -> None:
    """In person, but someone joined by video: hybrid ("Witkoff mengikuti ... secara virtual").

    A meeting at a place with no format stated counts as held there. Read: each sentence
    naming such a meeting (a remote clause there belongs to the meeting named last before
    it), the sentence after it, and up to two more when each opens a line or follows one
    that does (the entries of a live blog), as long as they name no meeting (they belong
    to the meeting named last before them). The meeting the article reports (named in its
    opening paragraphs), at a place, already held, whose format is still unknown was held
    in person; one recalled in passing further on keeps no format ("the idea was first
    raised at a meeting in Brussels in October" says nothing of how), even when it is the
    first meeting named (a notice, a statement or a history that cites a summit).
    """

    # a meeting held at a place is reported: one whose format and place nobody states,
    # someone joining from afar, is held there too ("Live: summit in Stockholm ... will
    # chair today's meeting ... X will take part by video link")
    placed = any(m.get("place") is not None for m in meetings)

    def in_person(m: Meeting) -> bool:
        return m.get("format") == "in_person" or (
            m.get("format") is None and (m.get("place") is not None or placed)
        )

    marks: dict[int, list[tuple[int, int]]] = {}
    for n, m in enumerate(meetings):
        for start, _ in m.triggers:
            marks.setdefault(doc.sentence_index(start), []).append((start, n))
    for i, found in sorted(marks.items()):
        if not any(in_person(meetings[n]) for _, n in found):
            continue
        found.sort()
        s, e = doc.sentences[i]
        hit = _remote(doc, remote, verbs, i)
        if hit is not None:
            before = [n for start, n in found if start <= hit.start()]
            _hybrid(meetings[before[-1] if before else found[0][1]], hit)
        for k in range(i + 1, min(i + 1 + following, len(doc.sentences))):
            # a live blog's entry goes on past its first sentence ("16.20 - X tidak datang.
            # Ia bergabung melalui sambungan video")
            entry = _opens_paragraph(doc, k) or _opens_paragraph(doc, k - 1)
            # the account goes on past a sentence that gave the meeting its size ("26
            # countries sat around the table ... Others joined by video")
            told = _gave(doc, meetings[found[-1][1]], k - 1)
            if k in marks or (k > i + 1 and not entry and not told):
                break
            hit = _remote(doc, remote, verbs, k)
            if hit is not None:
                _hybrid(meetings[found[-1][1]], hit)
                break
    for m in meetings:
        day = m.get("date")
        if (
            doc.paragraph_index(m.triggers[0][0]) <= _OPENING
            and m.get("format") is None
            and m.get("place") is not None
            and day is not None
            and doc.published is not None
            and len(str(day)) == 10
            and str(day) <= doc.published.isoformat()
        ):
            place = m.fields["place"]
            m.fill("format", "in_person", place[1], place[2], 0.5)


def _remote(
    doc: Doc, remote: re.Pattern[str], verbs: frozenset[str], i: int
) -> re.Match[str] | None:
    """A remote participation in sentence i (tried only where one of its verbs is)."""
    if doc.sentence_keys[i].isdisjoint(verbs):
        return None
    s, e = doc.sentences[i]
    return remote.search(doc.text, s, e)


def _gave(doc: Doc, meeting: Meeting, k: int) -> bool:
    """Sentence k gave the meeting one of its fields."""
    s, e = doc.sentences[k]
    return any(s <= start < e for _, start, _, _ in meeting.fields.values())


def _opens_paragraph(doc: Doc, k: int) -> bool:
    """Sentence k starts a line: in a live blog each entry goes on with the story."""
    start = doc.sentences[k][0]
    return doc.paragraph_index(start) != doc.paragraph_index(doc.sentences[k - 1][0])


def _hybrid(meeting: Meeting, hit: re.Match[str]) -> None:
    if meeting.get("format") in ("in_person", None):
        meeting.fields["format"] = ("hybrid", hit.start(), hit.end(), 0.75)
