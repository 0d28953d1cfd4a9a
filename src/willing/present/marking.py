"""Display markings in the manner of STANAG 4774/4778: the highest classification of what
a page shows and the audience every record on it may be released to, e.g.
"COALITION // RELEASABLE TO COTW".

The audience is the intersection of each non-public record's audience (its owner and its
`releasable_to` codes, a group standing for every member it holds, transitively), so a
reader in the audience may see every record on the page.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from willing.domain.labels import Classification, Label

#: Classifications from least to most restrictive.
ORDER: tuple[Classification, ...] = (
    Classification.PUBLIC,
    Classification.COALITION,
    Classification.RESTRICTED,
    Classification.NATIONAL,
)


@dataclass(frozen=True)
class Marking:
    """The marking of a page: its classification and the codes it is releasable to."""

    classification: Classification
    releasable_to: tuple[str, ...]

    def __str__(self) -> str:
        if self.classification is Classification.PUBLIC:
            return "PUBLIC"
        if not self.releasable_to:
            return f"{self.classification.value} // OWNERS ONLY"
        return f"{self.classification.value} // RELEASABLE TO {', '.join(self.releasable_to)}"


def _members(groups: Mapping[str, Iterable[str]]) -> dict[str, set[str]]:
    """Group code -> every code inside it, transitively, from party -> its groups."""
    direct: dict[str, set[str]] = {}
    for party, belongs in groups.items():
        for group in belongs:
            direct.setdefault(group, set()).add(party)
    out: dict[str, set[str]] = {}
    for group in direct:
        found: set[str] = set()
        todo = list(direct[group])
        while todo:
            code = todo.pop()
            if code not in found:
                found.add(code)
                todo.extend(direct.get(code, ()))
        out[group] = found
    return out


def marking(labels: Iterable[Label], groups: Mapping[str, Iterable[str]] | None = None) -> Marking:
    """The marking of a page showing records with `labels`.

    `groups` maps a party code to the groups it belongs to (the parties' `member_of`), so
    that a record releasable to COTW and one releasable to FRA make a page releasable to
    FRA when FRA is in COTW. Public records do not narrow the audience.
    """
    members = _members(groups or {})
    level = Classification.PUBLIC
    audience: set[str] | None = None
    for label in labels:
        if label.classification is Classification.PUBLIC:
            continue
        level = max(level, label.classification, key=ORDER.index)
        codes = set(label.releasable_to) | ({label.owner} if label.owner else set())
        reach = codes.union(*(members.get(c, set()) for c in codes))
        audience = reach if audience is None else audience & reach
    if audience is None:
        return Marking(level, ())
    # name a group rather than its members, and no code already inside a named group
    shown = {c for c in audience if not any(c in members[g] for g in audience if g in members)}
    return Marking(level, tuple(sorted(shown, key=lambda c: (c not in members, c))))
