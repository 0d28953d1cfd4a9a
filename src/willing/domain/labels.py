"""Releasability labels, shaped like a STANAG 4774 confidentiality label.

A label has a policy (whose rules apply), a classification, an owner party and a
`ReleasableTo` category: party codes or group codes (e.g. ``COTW`` for every member
of the coalition, ``NATO``, ``EU``). The rule that decides who sees a record lives in
`may_see`, and nowhere else.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field

from willing.domain.base import Model
from willing.domain.refs import Ref


class Classification(StrEnum):
    """How widely a record may travel; PUBLIC is open to everyone."""

    PUBLIC = "PUBLIC"
    COALITION = "COALITION"
    RESTRICTED = "RESTRICTED"
    NATIONAL = "NATIONAL"


class Label(Model):
    """Confidentiality label carried by every record."""

    policy: str = Field(
        default="COTW", max_length=40, description="Policy whose rules interpret the label."
    )
    classification: Classification = Field(default=Classification.PUBLIC)
    owner: Annotated[str, Ref("parties")] | None = Field(
        default=None, description="Party that owns the record."
    )
    releasable_to: list[Annotated[str, Ref("parties")]] = Field(
        default_factory=list,
        description="Party or group codes the record may be released to.",
    )


PUBLIC = Label()


def may_see(label: Label, tokens: frozenset[str] | None) -> bool:
    """True when a viewer holding `tokens` (its party and groups) may see a labelled record.

    `tokens` of None means an administrator, who sees everything.
    """
    if tokens is None or label.classification is Classification.PUBLIC:
        return True
    if label.owner is not None and label.owner in tokens:
        return True
    return any(code in tokens for code in label.releasable_to)
