"""People listed beside a person on a label's line: a roster, a duty rota, a booth or
panel sheet ("Pagi: X Y, Z W", "German: X Y, Z W"). The label is a time, a place or a
language, no calling (so `labelled_people` does not read it), and most names in the list
are not of a known given name; but a list whose every entry is a name's shape, and one
entry of which a reader has already found to be a person, lists people: entries of one
list are of one kind. Found names seed other lines of the same text, so a rota whose
lines share their people is read whole. Each is of the state of the institution in
brackets after the name, else of the state the text is set in, as a label's people are."""

from __future__ import annotations

import re

from willing.ingest.body_names import a_bodys_name
from willing.ingest.capacity_people import name_of
from willing.ingest.document import Doc
from willing.ingest.labelled_people import calling
from willing.ingest.parties import Mention
from willing.ingest.setting import institution_state, setting_state, town_state

_WORD = r"[A-ZÀ-Þ][a-zß-ÿ][\w’'\-]*+"
#: a line: an optional bullet, a short label and its colon, then the list to the line's end
_LINE = re.compile(r"(?m)^[ \t]*(?:[-•*][ \t]+)?[^:\n]{1,40}?:[ \t]*(?P<list>[^\n]+?)[ \t]*$")
#: an entry: a word of address or a title, then two to four capitalised words
_ENTRY = re.compile(
    rf"(?:(?:Dr|Prof|Mr|Mrs|Ms|Bapak|Ibu)\.?[ \t]+)?(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,3}})"
)
#: what joins the entries of a list: a comma, "and", "dan"
_JOIN = re.compile(r",[ \t]+|[ \t]+(?:and|dan)[ \t]+")


def _entries(doc: Doc, start: int, end: int) -> list[tuple[str, int, int]] | None:
    """(name, start, end) of each entry of the list in [start, end), or None when one entry
    is not a name's shape (a title, a place, an office, a calling) or the list holds a
    single entry."""
    out: list[tuple[str, int, int]] = []
    pos = start
    for joint in [*_JOIN.finditer(doc.text, start, end), None]:
        stop = joint.start() if joint is not None else end
        m = _ENTRY.fullmatch(doc.text, pos, stop)
        if m is None:
            return None
        name = name_of(m.group("name"))
        if name is None or name != m.group("name") or town_state(name) or calling(name):
            return None  # "X, Transport Coordinator": a signature's capacity, no list
        if a_bodys_name(doc.text, m.start("name"), m.end("name")):
            return None
        out.append((name, m.start("name"), m.end("name")))
        pos = joint.end() if joint is not None else end
    return out if len(out) > 1 else None


def rostered(
    doc: Doc, officers: list[tuple[str, str, int, int]], parties: list[Mention]
) -> list[tuple[str, str, int, int]]:
    """(name, state, start, end) of the people listed beside a found person on a label's
    line, not already among `officers`."""
    if ":" not in doc.text:
        return []
    lists = [
        e for m in _LINE.finditer(doc.text) if (e := _entries(doc, *m.span("list"))) is not None
    ]
    if not lists:
        return []
    known = {name.casefold() for name, *_ in officers}
    found: list[tuple[str, int, int]] = []
    grew = True
    while grew:  # a name found on one line seeds the other lines it stands on
        grew = False
        for entries in lists:
            if not any(name.casefold() in known for name, _, _ in entries):
                continue
            for name, a, b in entries:
                if name.casefold() not in known:
                    known.add(name.casefold())
                    found.append((name, a, b))
                    grew = True
    if not found:
        return []
    home = setting_state(doc, parties)
    out = []
    for name, a, b in found:
        code = institution_state(doc, b, parties) or home
        if code is not None:
            out.append((name, code, a, b))
    return out
