"""The diplomatic side: meetings, attendance, documents and clauses, issues and positions."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, ClassVar

from pydantic import Field

from willing.domain.enums import (
    ClauseStatus,
    DocumentKind,
    Level,
    MeetingFormat,
    SourceKind,
    Stance,
)
from willing.domain.records import Record, Ref


class Source(Record):
    """Where facts come from: an article, an official text, a report, a data set."""

    kind: ClassVar[str] = "sources"

    title: str = Field(description="Title of the source.")
    source_kind: SourceKind = Field(description="Article, official text, report, ...")
    publisher: str | None = Field(default=None, description="Who published it.")
    url: str | None = Field(default=None, description="Where it was published, if online.")
    published: dt.date | None = Field(default=None, description="Publication date.")
    language: str | None = Field(default=None, description="ISO 639-1 code, e.g. 'id', 'en'.")
    text: str | None = Field(default=None, description="Full text, when spans point into it.")


class Meeting(Record):
    """A summit or preparatory meeting."""

    kind: ClassVar[str] = "meetings"

    title: str = Field(description="Readable name.")
    date: dt.date = Field(description="Day the meeting took place (or starts).")
    place: str | None = Field(default=None, description="City or venue.")
    format: MeetingFormat = Field(description="In person, virtual or hybrid.")
    host: Annotated[str, Ref("parties")] | None = Field(default=None, description="Host party.")
    countries_count: int | None = Field(default=None, ge=0, description="Countries represented.")
    heads_count: int | None = Field(
        default=None, ge=0, description="Heads of state or government present."
    )
    summary: str | None = Field(default=None, description="What the meeting was about.")


class Participation(Record):
    """A party's attendance at a meeting and at which level."""

    kind: ClassVar[str] = "participations"

    meeting: Annotated[str, Ref("meetings")] = Field(description="The meeting.")
    party: Annotated[str, Ref("parties")] = Field(description="The attending party.")
    level: Level = Field(description="Highest level of representation.")
    person: Annotated[str, Ref("people")] | None = Field(
        default=None, description="Who represented the party, if known."
    )
    format: MeetingFormat | None = Field(
        default=None, description="How this party attended, when it differs from the meeting."
    )


class Document(Record):
    """A declaration, decision or framework text, possibly still a draft."""

    kind: ClassVar[str] = "documents"

    title: str = Field(description="Title of the document.")
    document_kind: DocumentKind = Field(description="Declaration, framework, ...")
    meeting: Annotated[str, Ref("meetings")] | None = Field(
        default=None, description="Meeting that produced or discussed it."
    )
    date: dt.date | None = Field(default=None, description="Date of the text.")
    signatories: list[Annotated[str, Ref("parties")]] = Field(
        default_factory=list, description="Parties that signed or endorsed it."
    )
    claimed_readiness: float | None = Field(
        default=None, ge=0, le=1, description="Readiness a source claims (0.9 for '90 percent')."
    )
    summary: str | None = Field(default=None, description="What the document says.")


class Clause(Record):
    """One clause of a document, with its negotiation status and who is for or against."""

    kind: ClassVar[str] = "clauses"

    document: Annotated[str, Ref("documents")] = Field(description="Document it belongs to.")
    number: str = Field(description="Clause number or short key, in document order.")
    text: str = Field(description="The clause, or a summary of it.")
    status: ClauseStatus = Field(description="Agreed, open, disputed or dropped.")
    weight: float = Field(default=1.0, ge=0, description="Weight in the document's readiness.")
    parties_for: list[Annotated[str, Ref("parties")]] = Field(
        default_factory=list, description="Parties supporting the clause."
    )
    parties_against: list[Annotated[str, Ref("parties")]] = Field(
        default_factory=list, description="Parties opposing the clause."
    )


class Issue(Record):
    """An open question of the negotiation, e.g. territory or foreign troops in Ukraine."""

    kind: ClassVar[str] = "issues"

    title: str = Field(description="Short name of the issue.")
    description: str | None = Field(default=None, description="What is at stake.")


class Position(Record):
    """A party's stance on an issue as of a date, tied to its source."""

    kind: ClassVar[str] = "positions"

    issue: Annotated[str, Ref("issues")] = Field(description="The issue.")
    party: Annotated[str, Ref("parties")] = Field(description="Who holds the position.")
    stance: Stance = Field(description="Support, conditional, neutral or oppose.")
    as_of: dt.date = Field(description="Day the position was stated.")
    summary: str | None = Field(default=None, description="The position in words.")
