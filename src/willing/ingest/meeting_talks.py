"""Talks as a way or a process, not a meeting held: "settled through talks in Geneva",
"mendesak agar perundingan di Jenewa dilanjutkan", "the Geneva talks have produced no
settlement". Negotiations between the warring sides run on for months; the news names
them as the means it wants, or as a process still without result, and then names no
meeting of the coalition (a round held on a day still is one).
"""

from __future__ import annotations

import re

from willing.ingest.document import Doc

#: the words for talks that may name a process rather than a meeting
TALKS = frozenset({"talks", "perundingan", "perundingannya", "pembicaraan", "negotiations"})

#: a word of means or goal right before the talks word, with its fillers: "through",
#: "lewat", "ready for", "kembali ke meja", "mendesak agar", "dibukanya"; "for" and "to"
#: only after a word of readiness or return ("travelled to Oslo for talks" met there)
_MEANS = re.compile(
    r"(?i:(?:\b(?:melalui|lewat|via|through|dengan|agar|supaya|urged?|urges|urging"
    r"|demand(?:ed|s|ing)?|mendesak(?:kan)?|menuntut|menyerukan|mendorong)"
    r"|\b(?:ready|readiness|basis|calls?|called|calling|hopes?|push(?:ed|es|ing)?|pressure"
    r"|open|appetite|path|way|return(?:ed|s|ing)?|back|siap|kesiapan|jalan|kembali|dasar"
    r"|pray(?:s|ed|ing)?|prayers?|berdoa|doa)"
    r"(?:[\s\"”’']+\w+){0,2}?[\s\"”’']+(?:for|to|untuk|ke))"
    r"\s+(?:(?:the|a|new|fresh|direct|renewed|peace|damai|baru|meja|dibukanya|dimulainya"
    r"|digelarnya|kembali|lanjutan)\s+)*)$"
)


#: after the talks word, in its sentence: no result yet, or to be continued or sped up
_UNFINISHED = re.compile(
    r"(?i:\b(?:belum|not yet|yet to|tak kunjung|tidak kunjung|yielded no|produced no"
    r"|brought no|have yet|has yet|had yet|dilanjutkan|diteruskan|dipercepat|dilanjutkannya"
    r"|to continue"
    r"|to go on|to resume|be resumed|be continued|be accelerated|be sped up|speeded up"
    r"|sped up|stalling|dragging on|drag on|berlarut)\b)"
)


def as_means(doc: Doc, value: str, start: int, sentence_start: int) -> bool:
    """The talks word at `start` is named as the means or the goal ("through talks")."""
    return value in TALKS and bool(_MEANS.search(doc.text, max(sentence_start, start - 40), start))


def unfinished(doc: Doc, value: str, end: int, sentence_end: int) -> bool:
    """The talks word ending at `end` is a process still without result ("perundingan di
    Jenewa belum menghasilkan perjanjian"); asked only of talks given no day."""
    return value in TALKS and bool(_UNFINISHED.search(doc.text, end, sentence_end))
