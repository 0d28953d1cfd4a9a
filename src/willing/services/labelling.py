"""The one rule for the labels users set on what they write: records and releases alike."""

from __future__ import annotations

from willing.domain.errors import Problem, ValidationFailure
from willing.domain.labels import Classification, Label, may_see
from willing.services.access import Registry


def check_label(registry: Registry, label: Label, where: str) -> None:
    """A user may label only for an audience his party belongs to, owned by his own party,
    and never so that he could not see the result himself (an administrator: anything)."""
    viewer = registry.viewer
    if viewer.is_admin:
        return
    tokens = registry.tokens or frozenset()
    problems: list[Problem] = []
    if label.owner is not None and label.owner != viewer.party:
        problems.append(Problem(where, "label.owner", "you may label records only as your own"))
    outside = [c for c in label.releasable_to if c not in tokens]
    if label.classification is not Classification.PUBLIC and outside:
        problems.append(
            Problem(
                where,
                "label.releasable_to",
                f"your party does not belong to {', '.join(outside)}; release to your party "
                "or its groups",
            )
        )
    if not problems and not may_see(label, registry.tokens):
        problems.append(Problem(where, "label", "you could not see a record with this label"))
    if problems:
        raise ValidationFailure(problems)
