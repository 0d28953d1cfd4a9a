"""Typed diplomacy results: what the API returns and `willing meetings|alignment|positions|
documents|readiness --json` print, field for field (built from `payload`, the one place
the fields are named), with the checks of the commands' arguments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from pydantic import BaseModel, Field

from willing.diplomacy import payload
from willing.diplomacy import service as diplomacy
from willing.diplomacy.attendance import DEFAULT_DRIFT_THRESHOLD, DEFAULT_PLENARY, DEFAULT_WINDOW
from willing.diplomacy.readiness import DEFAULT_THRESHOLD
from willing.domain.errors import Problem, ValidationFailure
from willing.services.access import Registry


class AttendeePublic(BaseModel):
    party: str
    level: str
    person: str | None
    format: str


class MeetingOutcomePublic(BaseModel):
    kind: str = Field(description="document or pledge.")
    id: str
    title: str
    detail: str
    party: str | None


class MeetingEntryPublic(BaseModel):
    """A meeting with stated and recorded counts, each party's level and its outcomes."""

    id: str
    title: str
    date: str
    format: str
    host: str | None
    place: str | None
    countries_stated: int | None
    heads_stated: int | None
    parties_recorded: int
    countries_recorded: int
    heads_recorded: int
    attendance: list[AttendeePublic]
    outcomes: list[MeetingOutcomePublic]


class AttendanceRowPublic(BaseModel):
    """One party's attendance and its drift score."""

    party: str
    attended: int
    meetings_since_first: int
    levels: dict[str, int]
    before_engagement: float | None
    recent_engagement: float | None
    recent_attended: int
    recent_meetings: int
    drift: float | None
    drift_rule: str
    drifting: bool


class MeetingsPublic(BaseModel):
    """The timeline, and (when asked) the attendance analytics over it."""

    meetings: list[MeetingEntryPublic]
    attendance: list[AttendanceRowPublic] | None = None


class MatrixPublic(BaseModel):
    """Party x party alignment as of a day, the issues each cell rests on, and the blocs."""

    at: str | None
    parties: list[str]
    issues: list[str]
    mean: float | None
    positions: int
    notional_positions: int
    notional_share: float | None
    scores: dict[str, dict[str, float | None]]
    shared_issue_counts: dict[str, dict[str, int]]
    shared_issues: dict[str, dict[str, list[str]]]
    blocs: dict[str, dict[str, float | None]]


class MovePublic(BaseModel):
    a: str
    b: str
    delta: float


class AlignmentChangePublic(BaseModel):
    """The matrices at two days and the pairs that moved, largest change first."""

    before: MatrixPublic
    after: MatrixPublic
    moves: list[MovePublic]


class EvidencePublic(BaseModel):
    source: str
    start: int | None
    end: int | None
    quote: str | None


class PositionPublic(BaseModel):
    id: str
    party: str
    as_of: str
    stance: str
    summary: str | None
    notional: bool
    sources: list[EvidencePublic]


class IssuePositionsPublic(BaseModel):
    """An issue and every position on it you may see, oldest first, with sources."""

    issue: str
    title: str
    positions: list[PositionPublic]


class IssuesPositionsPublic(BaseModel):
    data: list[IssuePositionsPublic]
    count: int


class ClaimPublic(BaseModel):
    """Who claimed a readiness ("withheld" as the source when it is hidden from you)."""

    source: str | None
    publisher: str | None
    title: str | None
    published: str | None
    quote: str | None


class ClausePublic(BaseModel):
    id: str
    number: str
    status: str
    weight: float
    text: str | None
    parties_for: list[str]
    parties_against: list[str]


class ReadinessPublic(BaseModel):
    """A document's computed readiness over the clauses you may see, and the claimed one."""

    document: str
    title: str
    kind: str
    date: str | None
    meeting: str | None
    computed: float | None
    unweighted: float | None
    claimed: float | None
    claim: ClaimPublic | None
    difference: float | None
    flagged: bool
    threshold: float
    counts: dict[str, int]
    clauses: list[ClausePublic]


class DocumentsPublic(BaseModel):
    data: list[ReadinessPublic]
    count: int


def _in_order(first: dt.date | None, last: dt.date | None, where: str, field: str) -> None:
    if first is not None and last is not None and first > last:
        raise ValidationFailure([Problem(where, field, f"{first} is after {last}")])


def _known(registry: Registry, codes: Sequence[str], field: str) -> None:
    """Refuse codes naming no party the viewer may see (a hidden party as a missing one)."""
    unknown = diplomacy.unknown_parties(registry, codes)
    if unknown:
        listed = ", ".join(f"'{c}'" for c in unknown)
        message = f"unknown party {listed}: give ISO 3166 alpha-3 codes (e.g. FRA)"
        raise ValidationFailure([Problem("query", field, message)])


def parse_blocs(specs: Sequence[str]) -> dict[str, list[str]]:
    """`NAME=P1,P2` specifications as named groups of party codes."""
    out: dict[str, list[str]] = {}
    for spec in specs:
        name, sep, codes = spec.partition("=")
        members = [c.strip().upper() for c in codes.split(",") if c.strip()]
        if not sep or not name.strip() or not members:
            message = f"'{spec}': write a bloc as NAME=P1,P2 (e.g. Kyiv=UKR)"
            raise ValidationFailure([Problem("query", "bloc", message)])
        out[name.strip()] = members
    return out


def meetings(
    registry: Registry,
    start: dt.date | None = None,
    end: dt.date | None = None,
    with_attendance: bool = False,
    window: int = DEFAULT_WINDOW,
    threshold: float = DEFAULT_DRIFT_THRESHOLD,
    plenary: float = DEFAULT_PLENARY,
) -> MeetingsPublic:
    """`willing meetings [--from] [--to] [--attendance]`; `attendance` stays unset unless
    asked for."""
    _in_order(start, end, "query", "from")
    view = diplomacy.meetings(registry, start, end, window, plenary)
    out: dict[str, object] = {"meetings": [payload.entry(e) for e in view.entries]}
    if with_attendance:
        out["attendance"] = [payload.attendance_row(r, threshold) for r in view.attendance]
    return MeetingsPublic.model_validate(out)


def alignment(
    registry: Registry,
    at: dt.date,
    compare_to: dt.date | None = None,
    parties: Sequence[str] | None = None,
    blocs: Mapping[str, Sequence[str]] | None = None,
) -> MatrixPublic | AlignmentChangePublic:
    """`willing alignment --at DAY [--compare DAY] [--party P]... [--bloc NAME=P1,P2]...`."""
    groups = dict(blocs or {})
    chosen = [p.upper() for p in parties] if parties else None
    if compare_to is not None:
        _in_order(compare_to, at, "query", "compare")
    _known(registry, chosen or [], "party")
    _known(registry, [c for g in groups.values() for c in g], "bloc")
    if compare_to is None:
        m = diplomacy.alignment_at(registry, at, chosen)
        return MatrixPublic.model_validate({**payload.matrix(m), "blocs": payload.blocs(m, groups)})
    change = diplomacy.alignment_change(registry, compare_to, at, chosen)
    out = payload.change(change)
    out["before"]["blocs"] = payload.blocs(change.before, groups)
    out["after"]["blocs"] = payload.blocs(change.after, groups)
    return AlignmentChangePublic.model_validate(out)


def positions(
    registry: Registry, issue: str | None = None, at: dt.date | None = None
) -> IssuesPositionsPublic:
    """`willing positions [--issue ID] [--at DAY]`."""
    rows = [
        IssuePositionsPublic.model_validate(payload.issue_positions(i, ps))
        for i, ps in diplomacy.positions_by_issue(registry, issue, at)
    ]
    return IssuesPositionsPublic(data=rows, count=len(rows))


def documents(registry: Registry, threshold: float = DEFAULT_THRESHOLD) -> DocumentsPublic:
    """`willing documents`: every document you may see with its readiness."""
    rows = [
        ReadinessPublic.model_validate(payload.readiness(r))
        for r in diplomacy.documents(registry, threshold)
    ]
    return DocumentsPublic(data=rows, count=len(rows))


def readiness(
    registry: Registry, document: str, threshold: float = DEFAULT_THRESHOLD
) -> ReadinessPublic:
    """`willing readiness DOC`: one document's clauses and readiness."""
    return ReadinessPublic.model_validate(
        payload.readiness(diplomacy.document_readiness(registry, document, threshold))
    )
