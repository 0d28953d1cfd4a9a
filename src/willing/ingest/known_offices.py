"""The office of a public figure named without one ("Hakan Fidan of Turkiye, who wants
...", "Robert Fico also called the force a mistake"), when the text names that office
elsewhere without another holder ("Which foreign minister said ...?", "Slovakia's prime
minister"): the office the rule data gives the figure, for the figure's own state."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from willing.ingest import rules
from willing.ingest.document import Doc
from willing.ingest.parties import Mention
from willing.ingest.person_party import text_state

if TYPE_CHECKING:
    from willing.ingest.people import Known, Role

#: the possessive between a state and the office it owns: "Slovakia's prime minister"
_OWNS = re.compile(r"['’]s[ \t]+")


@cache
def _by_title() -> dict[str, Role]:
    """A role without a state of its own, by title (the first listed)."""
    from willing.ingest.people import Role  # people imports this module

    out: dict[str, Role] = {}
    for entry in rules.load("roles")["roles"]:
        if entry.get("party") is None:
            title = str(entry["title"])
            out.setdefault(
                title,
                Role(
                    title,
                    str(entry["level"]),
                    int(entry["rank"]),
                    bool(entry.get("of_person")),
                    None,
                ),
            )
    return out


def office_named(
    doc: Doc, person: Known, parties: list[Mention], named: list[tuple[int, int]]
) -> Role | None:
    """The figure's office, when the text names it without a state, or for the figure's
    state ("Hungary's prime minister", "Perdana Menteri Hongaria"); not when it names it
    only for another state or with another holder (`named`: the characters of the
    people named with a role: "British Prime Minister Keir Starmer")."""
    from willing.ingest.people import roles  # people imports this module

    if person.office is None:
        return None
    if "nya" in doc.text and _owned(doc.text, person):
        return _by_title().get(person.office)
    by_last: dict[int, Mention] | None = None
    by_first: dict[int, Mention] = {}
    for m in roles().everywhere(doc):
        if m.value.title != person.office:
            continue
        if m.value.party is not None and m.value.party != person.party:
            continue
        if any(a <= m.start and m.end <= b for a, b in named):
            continue
        if by_last is None:  # built once an office of the figure's is met
            by_last = {p.last: p for p in parties}
            by_first = {p.first: p for p in parties}
        before = by_last.get(m.first - 1)
        after = by_first.get(m.last + 1)
        states = set()
        if before is not None and _OWNS.fullmatch(doc.gap(before.last)):
            states.add(before.code)
        if after is not None and doc.gap(m.last) == " ":
            states.add(after.code)
        if person.party in states or (not states and _the_holder(doc, person, parties)):
            return _by_title().get(person.office)
    return None


def _the_holder(doc: Doc, person: Known, parties: list[Mention]) -> bool:
    """Whether an office named without a state ("The PM has promised ...") is the
    figure's: the one figure of the text holding it, else the one of the state the text
    is about."""
    from willing.ingest.people import known  # people imports this module

    holders = {m.value.party for m in known().everywhere(doc) if m.value.office == person.office}
    if len(holders) <= 1:
        return True
    return text_state(person.office or "", parties) == person.party


@cache
def _owned_offices() -> dict[str, list[str]]:
    """The Indonesian names of each office without a state, by title ("juru bicara")."""
    out: dict[str, list[str]] = {}
    for entry in rules.load("roles")["roles"]:
        if entry.get("party") is None:
            names = {str(n).casefold() for n in entry["names"] if str(n)[:1].isalpha()}
            out.setdefault(str(entry["title"]), []).extend(sorted(names))
    return out


def _owned(text: str, person: Known) -> bool:
    """Whether the figure is named right after the office owned with Indonesian "-nya"
    ("Kemlu Rusia melalui juru bicaranya, Maria Zakharova"): the body's own holder."""
    names = _owned_offices().get(person.office or "", [])
    alt = "|".join(re.escape(n) for n in names)
    if not alt:
        return False
    pattern = rf"(?i)\b(?:{alt})nya,?[ \t]+{re.escape(person.name)}\b"
    return re.search(pattern, text) is not None
