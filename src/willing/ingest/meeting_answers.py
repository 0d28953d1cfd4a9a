"""A meeting asked about and answered: an interview's or a quiz's question asking when,
where or how a meeting is held ("When do you meet next?", "Which city hosted the summit on
3 May?", "Kapan para menteri bertemu lagi?"), the answer on the next line giving the day,
the place or the way ("By video on 14 May, then in person in Tallinn", "Rome. Thirty-six
countries attended"). The answer belongs to the question's meeting."""

from __future__ import annotations

import re

from willing.ingest.document import Doc
from willing.ingest.gazetteer import Gazetteer

#: a question asking for a time, a place or a way
_ASKED = re.compile(
    r"(?i:\b(?:when|where|which|what\s+(?:day|date|city|place|country)|how|kapan|di\s*mana"
    r"|mana|bagaimana|tanggal\s+berapa|kota\s+apa)\b)"
)
#: a short answer that names only a place or a word: "Rome.", "a) Helsinki."
_SHORT = 4


def answer_end(doc: Doc, n: int) -> int | None:
    """The end of the answer to sentence n when it is such a question answered on the
    next line; None otherwise."""
    s, e = doc.sentences[n]
    if not doc.text[s:e].rstrip().endswith("?") or n + 1 >= len(doc.sentences):
        return None
    if not _ASKED.search(doc.text, s, e):
        return None
    a_start, a_end = doc.sentences[n + 1]
    if "\n" not in doc.text[e:a_start]:
        return None  # the answer opens its own line
    if len(doc.text[a_start:a_end].split()) <= _SHORT and n + 2 < len(doc.sentences):
        nxt_start, nxt_end = doc.sentences[n + 2]
        if "\n" not in doc.text[a_end:nxt_start]:
            a_end = nxt_end  # "Rome. Thirty-six countries attended": the line goes on
    return a_end


#: what an answer line may hold before its first word: a label ("A:", "Answer:", "Jawab:",
#: a speaker's name and a colon) or a quiz's letter ("a)")
_LABEL = re.compile(r"\s*(?:[\w .’'-]{0,30}:\s*)?(?:[a-d]\)\s*)?(?:(?:in|at|di)\s+)?")
#: a question asking for a place
_WHERE = re.compile(
    r"(?i:\b(?:where|which\s+(?:city|capital|country|town)|what\s+(?:city|place|country)"
    r"|di\s*mana|kota\s+(?:apa|mana)|negara\s+mana)\b)"
)


def answer_place(
    doc: Doc, places: Gazetteer[str], t_start: int
) -> tuple[str, int, int, float] | None:
    """The place opening the answer to a question asking where a meeting is held ("Q:
    Where is the next summit? A: Lisbon, on 4 November"; "Which city hosted ...? Rome.")."""
    n = doc.sentence_index(t_start)
    s, e = doc.sentences[n]
    if not _WHERE.search(doc.text, s, e) or answer_end(doc, n) is None:
        return None
    a_start, a_end = doc.sentences[n + 1]
    for m in places.within(doc, a_start, a_end):
        if _LABEL.fullmatch(doc.text, a_start, m.start):
            return " ".join(doc.words[m.first : m.last + 1]), m.start, m.end, 0.75
        break
    return None
