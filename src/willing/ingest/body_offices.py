"""Offices of bodies that are no state: a role owned by a body named in the possessive ("the
Association's president, X", "the federation's spokesman, X") is the body's office, not
one the extractor reports for a state. The person keeps the state the text gives (else
the article's, as a capacity's); the role is dropped."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from willing.ingest.capacity_people import dateline_state
from willing.ingest.document import Doc
from willing.ingest.parties import Mention
from willing.ingest.person_party import home_state
from willing.ingest.role_tail import ministries

_POSSESSIVES = ("'s ", "’s ")


def body_state(doc: Doc, parties: list[Mention]) -> str | None:
    """The state of a body named without one: the article's, as a capacity's."""
    home = home_state(doc) or dateline_state(doc, parties)
    return home or ("IDN" if doc.language == "id" else None)


def _a_state_s(doc: Doc, k: int, ends: set[int]) -> bool:
    """The body ending at token k is a state's: a ministry ("the Russian foreign
    ministry's spokeswoman") or a body a state's name opens ("the Polish Navy's ...")."""
    for a in range(max(0, k - 4), k + 1):
        hit = ministries().match_at(doc, a)
        if hit is not None and hit.last == k:
            return True
    return any(e in ends and doc.gap(e) == " " for e in range(max(0, k - 4), k))


def of_bodies(doc: Doc, found: list[Any], parties: list[Mention]) -> list[Any]:
    """The people found, a body's officer without the role."""
    if "'s " not in doc.text and "’s " not in doc.text:
        return found
    from willing.ingest.people import known  # people imports this module

    ends = {m.last for m in parties}
    out = []
    home: str | None = None
    for m in found:
        k = doc.token_at(m.start) - 1
        if (
            m.role is not None
            and k >= 0
            and doc.gap(k) in _POSSESSIVES
            and k not in ends
            and known().match_at(doc, k) is None
            and doc.starts[k + 1] == m.start
            and not _a_state_s(doc, k, ends)
        ):
            if m.party is None:
                home = home or body_state(doc, parties)
            m = replace(m, role=None, party=m.party or home)
        out.append(m)
    return out
