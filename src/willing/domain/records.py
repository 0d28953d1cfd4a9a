"""The base of every stored record: an id, a label and the evidence it rests on.

Entities are declared once, as pydantic models; storage tables, import/export,
API schemas and the data-model docs are all derived from these declarations.
A field that points at another record is annotated with `Ref(kind)`.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import Field, model_validator

from willing.domain.base import Model
from willing.domain.labels import Label
from willing.domain.refs import Ref

__all__ = ["ID_PATTERN", "Evidence", "Record", "RecordId", "Ref"]

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:\-]{0,119}$"


class Evidence(Model):
    """Where a fact came from: a source and, for text, the character span [start, end)."""

    source: Annotated[str, Ref("sources")] = Field(description="Id of the source.")
    start: int | None = Field(default=None, ge=0, description="First character of the span.")
    end: int | None = Field(default=None, ge=0, description="One past the last character.")
    quote: str | None = Field(default=None, description="The words of the span, for readers.")

    @model_validator(mode="after")
    def _span_in_order(self) -> Evidence:
        if (self.start is None) != (self.end is None):
            raise ValueError("a span needs both start and end")
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError("span end is before its start")
        return self


RecordId = Annotated[str, Field(pattern=ID_PATTERN, description="Stable identifier.")]


class Record(Model):
    """Fields shared by every entity: identity, releasability and provenance."""

    kind: ClassVar[str] = ""
    #: True when the record's `party` speaks for itself in it (a pledge), so that the
    #: party must own it or no one must: a party always sees what it said.
    party_owns: ClassVar[bool] = False

    id: RecordId
    label: Label = Field(default_factory=Label, description="Releasability label.")
    evidence: list[Evidence] = Field(
        default_factory=list, description="Sources (and text spans) the record rests on."
    )
    notional: bool = Field(
        default=False,
        description="True when values are planning assumptions rather than reported facts.",
    )
