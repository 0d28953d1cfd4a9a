"""Where on its line a name stands: headlines (whose capitals are no names, unless set
off by commas), bylines and live-blog entries (text, whatever their capitals), a
transcript's speaker label in capitals, and a word with no capital joined to it."""

from __future__ import annotations

import re

from willing.ingest.document import Doc

_CLOCK_ENTRY = re.compile(r"\d{1,2}[:.]\d{2}\b")
_BYLINE = re.compile(r"(?:By|Oleh|BY|OLEH) (?-i:[A-Z])")
#: a line of a form or a list: a label and its colon, or a number or a letter and its dot
#: an entry of a list: a bullet or a number and its dot ("- X, Defence Minister of Y",
#: "2. Duta Besar ..., X"); a letter's dot is a section's heading ("C. Waktu dan Tempat")
_ENTRY = re.compile(r"[ \t]*(?:[-\u2013\u2014\u2022*]|\d{1,2}[.)])[ \t]+(?=\S)")
_FIELD = re.compile(r"[ \t]*(?:[A-Z][\w \t\-]{0,30}?[ \t]*:[ \t]+\S|(?:\d{1,2}|[a-z])\.[ \t]+\S)")


def headline_paragraphs(doc: Doc) -> set[int]:
    """Paragraphs in title case without a closing stop (headlines): capitals are not names."""
    out = set()
    for n, (s, e) in enumerate(doc.paragraphs):
        if doc.text[s:e].rstrip().endswith((".", "!", "?", '"', "”")):
            continue
        if _CLOCK_ENTRY.match(doc.text, s) or _BYLINE.match(doc.text, s):
            continue  # a live blog's entry, "10:35 CET - ...", is text whatever its capitals;
            # so is a byline, "By Jane Doe, Minister of ..."
        words = [w for w in doc.text[s:e].split() if w[:1].isalpha()]
        if len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words):
            out.add(n)
    return out


def field_line(text: str, s: int, e: int) -> bool:
    """Whether the line text[s:e] is one of a form's fields or a list's entries: it opens
    on a label and its colon, or on a number and its dot, and so does the line before or
    after it ("Dari: Kolonel X" over "Kepada: Y"; "1. X, ..." over "2. Y, ...")."""
    if not _FIELD.match(text, s, e):
        return False
    before = text.rfind("\n", 0, max(0, s - 1)) + 1
    after_end = text.find("\n", e + 1)
    after_end = len(text) if after_end < 0 else after_end
    return (s > 0 and bool(_FIELD.match(text, before, s - 1))) or (
        e + 1 < len(text) and bool(_FIELD.match(text, e + 1, after_end))
    )


def set_off(doc: Doc, first: int, last: int) -> bool:
    """The name at tokens first..last stands between commas, opens an entry of a list and
    is closed by a comma ("On the podium: X, Defence Minister of Norway; Y, ..."), or fills
    its line."""
    after = doc.gap(last) if last + 1 < len(doc) else ""
    before = doc.gap(first - 1) if first > 0 else "\n"
    if "\n" in before and after == "\n":
        return True  # a line of its own: a signature's name above its office
    return (before == ", " or before.endswith(("; ", ": "))) and after.startswith(",")


def entry(text: str, s: int) -> bool:
    """The line at text[s] opens on a bullet or a number and its dot: a list's entry."""
    return _ENTRY.match(text, s) is not None


def listed(doc: Doc, first: int, last: int) -> bool:
    """The name at tokens first..last is a list entry's attribution, whose capitals are a
    name though the line has no stop: it opens the entry after its bullet or number and a
    comma closes it ("- X, Defence Minister of Y"), or a comma sets it off and it closes
    its line or a comma follows ("- Canada's Defence Minister, X"; "2. Duta Besar ..., X")."""
    s, _ = doc.paragraphs[doc.paragraph_index(doc.starts[first])]
    entry = _ENTRY.match(doc.text, s)
    if entry is None:
        return False
    after = doc.gap(last) if last + 1 < len(doc) else "\n"
    if doc.starts[first] == entry.end():
        return after.startswith(",")
    before = doc.gap(first - 1) if first > 0 else ""
    return before == ", " and after.startswith((",", "\n"))


def speaker_label(doc: Doc, last: int) -> bool:
    """Words in capitals up to token `last` opening their paragraph: a speaker's label."""
    s, _ = doc.paragraphs[doc.paragraph_index(doc.starts[last])]
    head = doc.text[s : doc.ends[last]]
    letters = [c for c in head if c.isalpha()]  # "DAVID McGUINTY": nearly all capitals
    return (
        len(head) < 40 and "," not in head and sum(map(str.isupper, letters)) > 0.8 * len(letters)
    )


#: a number in roman capitals, a month's or a chapter's
_ROMAN = re.compile(r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def alone(doc: Doc, i: int, not_names: frozenset[str] = frozenset()) -> bool:
    """Token i is a capitalised word with no capitalised word joined before or after it
    (but one of `not_names`, casefolded: "Menurut Erdogan")."""
    before = (
        i > 0
        and doc.gap(i - 1) == " "
        and doc.words[i - 1][:1].isupper()
        and doc.keys[i - 1] not in not_names
    )
    after = i + 1 < len(doc) and doc.gap(i) == " " and doc.words[i + 1][:1].isupper()
    # a number in roman capitals ("No. 041/SP/XI", "XI. Penutup") is no surname ("Xi")
    numeral = _ROMAN.fullmatch(doc.words[i]) is not None
    return doc.words[i][:1].isupper() and not before and not after and not numeral


def own_line(doc: Doc, a: int, last: int) -> bool:
    """Tokens a..last, two words or more and not in capitals, open their line (a signature's
    name, where a line in capitals is a heading)."""
    words = doc.words[a : last + 1]
    return (
        len(words) > 1
        and not any(w.isupper() for w in words)
        and (a == 0 or "\n" in doc.gap(a - 1))
    )
