"""The visibility rule of `willing.domain.labels.may_see`, written once as SQL.

Record tables keep a label's `releasable_to` codes in a child table; the tables of stored
results and scenarios keep them in one column, the codes joined by commas (party codes hold
no comma). `rule` builds the condition for either form, so every table is filtered by the
same expression: PUBLIC, or owned by one of the viewer's codes, or releasable to one.

The condition is never NULL (a NULL owner counts as false), so it may be negated safely: a
result is shown only when *no* label it carries is one the viewer fails.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, and_, false, literal, or_

from willing.domain.labels import Classification, Label

#: Who is asking: the viewer's party and group codes, or None for one who sees everything.
Audience = frozenset[str] | None

_ESCAPE = "\\"


def rule(
    audience: frozenset[str],
    classification: ColumnElement[Any],
    owner: ColumnElement[Any],
    released: ColumnElement[bool],
) -> ColumnElement[bool]:
    """SQL form of `may_see` for a viewer holding `audience`, over a label's columns.

    `released` is the condition "the label's releasable_to names one of the codes"
    (`joined_names` for a comma-joined column, a child-table subquery for records).
    """
    public = classification == Classification.PUBLIC.value
    if not audience:
        return public
    codes = sorted(audience)
    return or_(public, and_(owner.is_not(None), owner.in_(codes)), released)


def joined_names(column: ColumnElement[Any], audience: Iterable[str]) -> ColumnElement[bool]:
    """True when a comma-joined list of codes in `column` names one of `audience`."""
    wrapped = literal(",").concat(column).concat(",")
    clauses = [wrapped.like(f"%,{_escaped(code)},%", escape=_ESCAPE) for code in sorted(audience)]
    return or_(*clauses) if clauses else false()


def visible(audience: frozenset[str], columns: Any) -> ColumnElement[bool]:
    """`rule` over a table with `label_classification`, `label_owner` and a comma-joined
    `label_releasable_to` column (`columns` is the table's `.c`)."""
    return rule(
        audience,
        columns.label_classification,
        columns.label_owner,
        joined_names(columns.label_releasable_to, audience),
    )


def _escaped(code: str) -> str:
    for special in (_ESCAPE, "%", "_"):
        code = code.replace(special, _ESCAPE + special)
    return code


def joined(codes: Iterable[str]) -> str:
    """The column form of `releasable_to`. A code holding a comma is left out: no party
    code holds one, so no viewer could be released to it anyway."""
    return ",".join(code for code in codes if "," not in code)


def split(text: str | None) -> list[str]:
    """The codes of a comma-joined column."""
    return [code for code in (text or "").split(",") if code]


def columns_of(label: Label) -> dict[str, Any]:
    """The label column values of a row stored with `label`."""
    return {
        "label_policy": label.policy,
        "label_classification": label.classification.value,
        "label_owner": label.owner,
        "label_releasable_to": joined(label.releasable_to),
    }


def label_of(row: Any) -> Label:
    """The label a row's columns hold."""
    return Label(
        policy=row["label_policy"],
        classification=Classification(row["label_classification"]),
        owner=row["label_owner"],
        releasable_to=split(row["label_releasable_to"]),
    )
