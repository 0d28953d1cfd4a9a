"""A counterpart holds the office of the person whose counterpart it is: "Foreign Minister
X spoke with her Latvian counterpart Y", "Menteri Pertahanan Prancis X bertemu mitranya
dari Jerman, Y". Y takes X's role, and the state the counterpart's words name."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, TypeVar

from willing.ingest.capacity_people import name_of
from willing.ingest.document import Doc
from willing.ingest.parties import code_of

_WORD = r"[A-ZÀ-Þ][a-zß-ÿ][\w’'\-]*+"
_NAME = rf"(?P<name>{_WORD}(?:[ \t]+(?:{_WORD}|van|de|von|der)){{1,3}})"
_COUNTERPART = re.compile(
    rf"\b(?:(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)[ \t]+(?P<adj>{_WORD})[ \t]+counterparts?"
    rf"|(?:mitra|rekan(?:[ \t]+sejawat)?)nya[ \t]+dari[ \t]+(?P<state>{_WORD}(?:[ \t]+{_WORD})?))"
    rf",?[ \t]+{_NAME}"
)

P = TypeVar("P", bound=Any)


def counterparts(doc: Doc, found: list[P]) -> list[P]:
    """The people found, with each counterpart given the role of the office-holder named
    before it in its sentence (added when no rule found the name)."""
    if "counterpart" not in doc.text and "nya dari" not in doc.text:
        return found
    out = list(found)
    for m in _COUNTERPART.finditer(doc.text):
        code = code_of(m.group("adj") or m.group("state"))
        name = name_of(m.group("name"))
        s, _ = doc.sentence_at(m.start())
        holders = [p for p in out if s <= p.start < m.start() and p.role is not None]
        if code is None or name is None or not holders:
            continue
        role = holders[-1].role
        at = m.start("name")
        same = [k for k, p in enumerate(out) if p.start <= at < p.end]
        if same:
            k = same[0]
            if out[k].role is None:
                out[k] = replace(out[k], role=role, party=out[k].party or code)
            continue
        end = m.end("name")
        first, last = doc.token_at(at), doc.token_at(end) - 1
        out.append(
            replace(
                holders[-1],
                name=name,
                role=role,
                party=code,
                start=at,
                end=end,
                first=first,
                last=last,
            )
        )
    return out
