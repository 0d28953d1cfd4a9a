"""The truce as a past event, not a condition (twenty-third set, round eight).

A text that dates, recalls or counts time from the truce states no condition: "two years
after the guns fell silent", "a month after the ceasefire", "dua tahun lebih setelah
gencatan senjata", "Dalam dua tahun sejak gencatan senjata", "When a ceasefire took hold in
Ukraine in February 2028", "Ketika gencatan senjata berlaku pada 14 Februari 2028". What
separates them from a condition is general: a stretch of time counted from the truce (an
amount of days, weeks or years before "after" or "since") measures time from an event,
and the truce told in a past verb with its date is an event; a condition makes a
contribution hang on the truce to come ("two weeks after a ceasefire is signed", "only
after the ceasefire has held", "setelah gencatan senjata berlaku, pemantau berangkat").
"""

from __future__ import annotations

import re

from willing.ingest.document import Doc

#: the word time is counted from
_CUE = re.compile(r"(?i:\b(?:after|since|following|setelah|sesudah|sejak|usai)\b)")

#: an amount of time right before the cue: "two years", "a month", "a few weeks",
#: "dua tahun lebih", "sebulan", "beberapa pekan"
_SPAN = re.compile(
    r"(?i:\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"eighteen|a\s+few|few|several|some|many|satu|dua|tiga|empat|lima|enam|tujuh|delapan|"
    r"sembilan|sepuluh|sebelas|belasan|beberapa|se)\s*(?:days?|weeks?|months?|years?|hari|"
    r"minggu|pekan|bulan|tahun)(?:\s+(?:lebih|or\s+so|and\s+a\s+half|setengah|later|"
    r"kemudian))?\s+$)"
)

#: (ninth set) time counted ahead, to a contribution still to come: "ready to move within
#: three weeks after a ceasefire", "siap bergerak dalam tiga pekan setelah gencatan senjata"
_AHEAD = re.compile(
    r"(?i:\b(?:will|would|shall|can|could|ready|within|akan|siap|dapat|bisa|dalam)\b)"
)

#: a truce still to come: an indefinite one, or a verb in the present or future
_TO_COME = re.compile(
    r"(?i:\b(?:an?\s+(?:\w+\s+)?(?:ceasefire|cease-fire|truce|armistice)|is|are|has|have|"
    r"takes|comes|holds|hold|will|would|begins|starts|fall|falls|stop|stops|go|goes|"
    r"akan|sudah|telah|bertahan|berlaku|ditandatangani|disepakati|tercapai)\b)"
)

#: a year: the event is dated
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

#: the truce told in a past verb, with its date in the same clause: "a ceasefire took hold
#: in Ukraine in February 2028", "gencatan senjata berlaku pada 14 Februari 2028"; not a
#: date in a relative clause, which names the truce a condition may still hang on ("apabila
#: gencatan senjata yang berlaku sejak April 2027 runtuh")
_DATED_EVENT = re.compile(
    r"(?i:\b(?:ceasefire|cease-fire|truce|armistice|guns|senjata)\s+"
    r"(?:(?!yang\b|that\b|which\b)[\w-]+\s+){0,2}?"
    r"(?:took|came|fell|went|was|were|began|entered|berlaku|dimulai|ditandatangani|"
    r"disepakati|diteken)\b[^.;:!?\n]{0,40}?\b(?:19|20)\d\d\b)"
)

#: a modal in the clause makes even a dated truce one still to come
_MODAL = re.compile(r"(?i:\b(?:will|would|shall|akan|only|hanya)\b)")


def _counted(doc: Doc, m: re.Match[str]) -> bool:
    """Time counted from the truce: an amount of time right before "after" or "since"."""
    cue = _CUE.search(m.group())
    if not cue:
        return False
    at = m.start() + cue.start()
    if not _SPAN.search(doc.text, max(0, at - 40), at):
        return False
    a, _ = doc.sentence_at(m.start())
    if cue.group().lower() not in ("since", "sejak") and _AHEAD.search(
        doc.text, max(a, at - 60), at
    ):
        return False  # "siap bergerak dalam tiga pekan setelah gencatan senjata": time ahead
    # the truce and what follows it in its clause, up to a few words
    tail = doc.text[m.start() + cue.end() : m.end() + 25]
    tail = re.split(r"[.;:!?,\n]", tail, maxsplit=1)[0]
    return not _TO_COME.search(tail) or bool(_YEAR.search(tail))


def _dated(doc: Doc, m: re.Match[str]) -> bool:
    """The truce in a past verb with its year: an event told, not a condition."""
    s, e = doc.sentence_at(m.start())
    clause = doc.text[m.start() : min(e, m.end() + 80)]
    found = _DATED_EVENT.search(clause)
    if found is None:
        return False
    return not _MODAL.search(doc.text, max(s, m.start() - 40), m.start() + found.end())


def past(doc: Doc, m: re.Match[str]) -> bool:
    """A truce matched by a condition pattern that is a past event: dated or counted from."""
    return _counted(doc, m) or _dated(doc, m)
