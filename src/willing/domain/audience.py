"""Audiences: who may see a record, and the rule that a reference never reaches past them.

A record's audience is every viewer `may_see` lets through: everyone for a PUBLIC label,
otherwise the holders of one of its *grant codes* (the owner and the `releasable_to`
codes). A viewer holds its party's code and, transitively, the code of every group the
party belongs to (`member_of`).

A reference from record A to record B is allowed only when B's audience contains A's:
whoever may see A, and so the id A names (or, for evidence, the quote A copies out of a
source), may also see B. With groups that is: B is PUBLIC, or A is not PUBLIC and each
of A's grant codes, or one of the groups it belongs to, is one of B's grant codes. The
check is exact: the party named by a code that fails it is a viewer who would see A but
not B.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from willing.domain.labels import Classification, Label


def grants(label: Label) -> frozenset[str] | None:
    """Codes whose holders may see a record with `label`; None when it is PUBLIC."""
    if label.classification is Classification.PUBLIC:
        return None
    codes = set(label.releasable_to)
    if label.owner is not None:
        codes.add(label.owner)
    return frozenset(codes)


def describe(label: Label) -> str:
    """A short reading of a label's audience, for error messages."""
    codes = grants(label)
    if codes is None:
        return "PUBLIC"
    if not codes:
        return f"{label.classification.value}, released to nobody"
    return f"{label.classification.value} to {', '.join(sorted(codes))}"


class Groups:
    """Group membership (`member_of`), followed transitively; closures are cached."""

    def __init__(self, member_of: Mapping[str, Iterable[str]]) -> None:
        self.member_of = {code: tuple(groups) for code, groups in member_of.items()}
        self._closures: dict[str, frozenset[str]] = {}

    def has_members(self, code: str) -> bool:
        """True when some party belongs to `code` (so it is a group)."""
        return any(code in groups for groups in self.member_of.values())

    def closure(self, code: str) -> frozenset[str]:
        """The code and every group it belongs to, directly or through other groups."""
        found = self._closures.get(code)
        if found is None:
            seen, todo = {code}, [code]
            while todo:
                for group in self.member_of.get(todo.pop(), ()):
                    if group not in seen:
                        seen.add(group)
                        todo.append(group)
            found = self._closures[code] = frozenset(seen)
        return found


def uncovered(inner: Label, outer: Label, groups: Groups) -> str | None:
    """Who may see a record labelled `inner` but not one labelled `outer`; None if nobody.

    The answer is a party code, or "" for a viewer without a party (when `inner` is PUBLIC).
    """
    outer_codes = grants(outer)
    if outer_codes is None:
        return None
    inner_codes = grants(inner)
    if inner_codes is None:
        return ""
    for code in sorted(inner_codes):
        if not groups.closure(code) & outer_codes:
            return code
    return None


def covers(outer: Label, inner: Label, groups: Groups) -> bool:
    """True when everyone who may see a record labelled `inner` may see one labelled `outer`."""
    return uncovered(inner, outer, groups) is None
