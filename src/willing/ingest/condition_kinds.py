"""(twentieth set) A parliament's approval named as a kind of condition, not one state's.

A text that explains the conditions (a glossary, a game's rules, a data story, a syllabus)
names "parliamentary approval" as one kind among others: a heading alone on its line
("Persetujuan parlemen"), a kind counted by the states that set it ("persetujuan parlemen
(9 negara)"), or an item of a list of kinds ("Ceasefire Holds, American Backstop, Parliament
Approves, Host Consents", "izin parlemen, persetujuan negara tuan rumah, dukungan ..."). Such
a parliament is no state's and sets no condition of its own: the states that do set it are
named where they do ("Belanda, misalnya, ... hanya bila Tweede Kamer menyetujui").

Only a parliament called by a word any state uses (parliament, parlemen, legislature) is
read so; a parliament by its own name ("the Bundestag") or with its state's adjective is
always a state's.
"""

from __future__ import annotations

import re

from willing.ingest.document import Doc

#: a generic parliament: its words are the match's only parliament words
_GENERIC = re.compile(r"(?i:\b(?:parliament(?:ary)?|parlemen(?:nya)?|legislatures?)\b)")

#: the other kinds of condition a list of kinds names with it
_OTHER_KIND = (
    r"(?:host(?:[- ](?:nation|state|country))?(?:\s+(?:consents?|approval|consent))?|"
    r"(?:negara\s+)?tuan rumah|backstop|payung|(?:American|US|Amerika|AS)\s+(?:backstop|"
    r"support|umbrella|cover|guarantee)|(?:dukungan|jaminan)\s+(?:AS|Amerika)|"
    r"ceasefire(?:\s+holds)?|truce|gencatan senjata|peace agreement(?:\s+signed)?|"
    r"perjanjian damai|mandat (?:PBB|Dewan Keamanan)|UN mandate)"
)
#: a list's joint: a comma, "and", "or", an opening bracket
_JOINT = r"(?:\s*[,;(]\s*(?:(?:and|or|dan|atau|serta)\s+)?|\s+(?:and|or|dan|atau|serta)\s+)"
_KIND_AFTER = re.compile(rf"(?i:(?:\s+\w+)?{_JOINT}(?:[\w-]+\s+){{0,2}}?{_OTHER_KIND}\b)")
_KIND_BEFORE = re.compile(rf"(?i:\b{_OTHER_KIND}(?:\s+\w+)?{_JOINT}$)")
#: a kind counted by the states that set it: "(9 negara)", "(named by 12 countries)"
_COUNTED = re.compile(
    r"(?i:\s*\(\s*(?:(?:disebut|dinyatakan|named|cited|set)\s+(?:oleh\s+|by\s+)?)?\d+\s+"
    r"(?:negara|countries|states|nations)\b|"
    # (twenty-first set) or the countries it is needed in: "parliamentary approval in at
    # least eleven countries", "persetujuan parlemen di sedikitnya sembilan negara"
    r"\s+(?:in|di)\s+(?:(?:at least|some|more than|over|nearly|almost|about|sedikitnya|"
    r"setidaknya|lebih dari|sekitar|hampir)\s+)?(?:\d+|[a-z]+)\s+(?:(?:other|lain)\s+)?"
    r"(?:negara|countries|states|nations|capitals)\b)"
)


def named_as_kind(doc: Doc, start: int, end: int) -> bool:
    """Whether the parliament matched at [start, end) is a kind of condition named."""
    matched = doc.text[start:end]
    if not _GENERIC.search(matched) or "\n" in matched:
        return False
    line_start = doc.text.rfind("\n", 0, start) + 1
    line_end = doc.text.find("\n", end)
    line = doc.text[line_start : line_end if line_end >= 0 else len(doc.text)]
    if line.strip(" \t:-*\u2022") == matched.strip():
        return True  # a heading alone on its line
    if _COUNTED.match(doc.text, end):
        return True
    if _KIND_AFTER.match(doc.text, end):
        return True
    return _KIND_BEFORE.search(doc.text, max(line_start, start - 60), start) is not None
