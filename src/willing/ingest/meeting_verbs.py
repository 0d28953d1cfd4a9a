"""Verbs of meeting and the senses in which they name none: "hosts a website", "meets the
standards", "40,000 visits", "received 40 tanks" (a visitor must follow a verb of
receiving: a role, a known person or a counterpart)."""

from __future__ import annotations

import re

from willing.ingest.document import Doc

#: verbs that name a meeting: each takes its subject into the meeting's segment
VERBS = frozenset(
    {
        "berkumpul",
        "bertemu",
        "gathered",
        "met",
        "meet",
        "meets",
        "convened",
        "hosted",
        "menjamu",
        "hadir",
        "attended",
        "attend",
        "menerima",
        "menyambut",
        "received",
        "welcomed",
        # the same verbs in the present and the progressive: a diary's "Italy hosts ..."
        "hosts",
        "hosting",
        "receives",
        "receiving",
        "welcomes",
        "welcoming",
        "attends",
        "convening",
        "host",
        "menjadi tuan rumah",
        "bertindak sebagai tuan rumah",
        "dijamu",
        "bersidang",
    }
)
#: verbs of receiving a visitor: a meeting only when a role or person follows
_RECEIVING = frozenset(
    {"menerima", "menyambut", "received", "welcomed", "receives", "receiving", "welcomes"}
)
#: a visit of one state's officials to another's city is a meeting held there
_VISITS = frozenset({"visit", "visits", "kunjungan"})
#: verbs of meeting in the present, which also have senses of no meeting: one when people
#: or a meeting follow, or where or with whom ("hosts the chiefs of defence", "meets in")
_PRESENT = frozenset(
    {
        *("hosts", "hosting", "host", "meets", "welcomes", "welcoming", "attends"),
        *("menjadi tuan rumah", "bertindak sebagai tuan rumah"),
    }
)
_GATHERS = re.compile(
    r"(?i:\s+(?:in|at|with|on|for|by|online|virtually|(?:[\w'’-]+\s+){0,5}?"
    r"(?:ministers?|leaders?|chiefs?|heads?|counterparts?|delegations?|delegates|envoys?"
    r"|officials|president|prime minister|chancellor|king|secretary|summit|meeting|talks"
    r"|conference|session|gathering|call)\b)"
    # the same in Indonesian: "menjadi tuan rumah para menteri pertahanan", "... KTT"
    r"|\s+(?:(?:[\w'’-]+\s+){0,4}?(?:para|menteri|pemimpin|kepala|delegasi"
    r"|utusan|pejabat|presiden|perdana menteri|KTT|pertemuan|rapat|konferensi|sidang)\b))"
)
#: the words before the verb "host" in its base form ("will host", "to host"): after any
#: other word it is the noun ("the host delegation", "as host")
_MODALS = frozenset(
    {"will", "would", "shall", "should", "can", "could", "may", "might", "must", "to", "not"}
    | {"also", "jointly", "again", "then", "cannot", "ll", "'ll", "’ll", "never", "to"}
)
#: verbs of hosting in their base form, and a meeting noun right after them, which names
#: the meeting itself ("will host a meeting of coalition leaders in Rome on Friday"): the
#: verb would open a segment of its own, dated by a dateline before it
_HOSTING = frozenset({"host", "menjadi tuan rumah", "bertindak sebagai tuan rumah"})
_NAMED_AFTER = re.compile(
    r"(?i:\s+(?:(?:a|an|the|this|that|its|their|next|second|first|bagi|untuk)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:summit|meeting|conference|talks|session|gathering|ministerial"
    r"|call|KTT|pertemuan|rapat|konferensi|sidang|perundingan)\b)"
)
#: the visitor named by office alone: "receives his Ukrainian counterpart", "menerima
#: mitranya dari Ukraina", "welcomed the visiting ministers"
#: or a group of office-holders: "welcomes the coalition's foreign ministers", "menyambut
#: para pemimpin koalisi"
_COUNTERPART = re.compile(
    r"\s*(?:(?:his|her|their|its|the|a|visiting|[A-Z][\w-]*|[\w-]+['’]s?)\s+){0,3}"
    r"(?:counterparts?|opposite numbers?|mitra(?:nya)?|rekan(?:nya)?|sejawat(?:nya)?"
    r"|(?:defen[cs]e |foreign )?ministers|leaders|heads of (?:state|government)|delegations"
    r"|envoys|para (?:menteri|pemimpin|kepala|delegasi|utusan)|delegasi)\b"
)


def _headline_end(doc: Doc) -> int:
    """Where a headline ends: a first line without a full stop, followed by more text."""
    end = doc.text.find("\n")
    line = doc.text[:end].rstrip()
    return end if end > 0 and line and line[-1] not in '.!?"”' else 0


def _visitor(doc: Doc, i: int) -> bool:
    """A role or a known person's name starts at token i ("menerima Presiden Finlandia")."""
    from willing.ingest.people import known, roles  # people imports parties, not meetings

    if i >= len(doc):
        return False
    if roles().match_at(doc, i) is not None or known().match_at(doc, i) is not None:
        return True
    return _COUNTERPART.match(doc.text, doc.starts[i]) is not None


def no_gathering(
    doc: Doc, value: str, start: int, end: int, last: int, before: str, n: int
) -> bool:
    """The meeting word `value` at [start, end) (last token `last`, the word before it
    `before`, in sentence n) names no one gathering."""
    if value == "host" and before not in _MODALS:
        return True  # "the host delegation", "as host": the noun, not the verb
    if value in _HOSTING and _NAMED_AFTER.match(doc.text, end):
        return True  # "will host a meeting of coalition leaders": the noun names it
    if value in _PRESENT and (not _GATHERS.match(doc.text, end) or start < _headline_end(doc)):
        # "hosts a website", "meets the standards": no one gathers; a headline's
        # "Starmer hosts leaders in London" sums up the meeting the text names
        return True
    if value in _VISITS and before[:1].isdigit():
        return True  # "40,000 visits": a count of calls on a page, no one travelled
    return value in _RECEIVING and (
        not _visitor(doc, last + 1) or "bilateral" in doc.sentence_keys[n]
    )
