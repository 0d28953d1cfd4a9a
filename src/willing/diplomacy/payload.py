"""Plain JSON-ready dictionaries of diplomacy results, for `--json` and for tests."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from willing.diplomacy.attendance import PartyAttendance
from willing.diplomacy.meetings import TimelineEntry
from willing.diplomacy.positions import AlignmentChange, AlignmentMatrix
from willing.diplomacy.readiness import Claim, Readiness
from willing.domain.diplomacy import Issue, Position


def entry(e: TimelineEntry) -> dict[str, Any]:
    """One meeting of the timeline with its attendance and outcomes."""
    m = e.meeting
    return {
        "id": m.id,
        "title": m.title,
        "date": m.date.isoformat(),
        "format": m.format.value,
        "host": m.host,
        "place": m.place,
        "countries_stated": m.countries_count,
        "heads_stated": m.heads_count,
        "parties_recorded": e.recorded_parties,
        "countries_recorded": e.recorded_countries,
        "heads_recorded": e.recorded_heads,
        "attendance": [
            {"party": a.party, "level": a.level.value, "person": a.person, "format": a.format.value}
            for a in e.attendance
        ],
        "outcomes": [
            {"kind": o.kind, "id": o.id, "title": o.title, "detail": o.detail, "party": o.party}
            for o in e.outcomes
        ],
    }


def attendance_row(r: PartyAttendance, threshold: float) -> dict[str, Any]:
    """One party's attendance analytics."""
    return {
        "party": r.party,
        "attended": r.attended,
        "meetings_since_first": r.meetings_since_first,
        "levels": {level.value: n for level, n in r.levels.items()},
        "before_engagement": r.before_engagement,
        "recent_engagement": r.recent_engagement,
        "recent_attended": r.recent_attended,
        "recent_meetings": r.recent_meetings,
        "drift": r.drift,
        "drift_rule": "latest-vs-earlier" if r.latest_only else "window-vs-before",
        "drifting": r.drifting(threshold),
    }


def matrix(m: AlignmentMatrix) -> dict[str, Any]:
    """An alignment matrix as nested dictionaries, with the issues each cell rests on, their
    number, and how many of the positions behind the matrix are notional."""
    return {
        "at": m.at.isoformat() if m.at else None,
        "parties": list(m.parties),
        "issues": list(m.issues),
        "mean": m.mean(),
        "positions": m.positions,
        "notional_positions": m.notional,
        "notional_share": m.notional_share,
        "scores": {a: {b: m.score(a, b) for b in m.parties} for a in m.parties},
        "shared_issue_counts": {
            a: {b: m.shared(a, b) for b in m.parties if b != a} for a in m.parties
        },
        "shared_issues": {
            a: {b: list(m.cells[(a, b)].issues) for b in m.parties if b != a} for a in m.parties
        },
    }


def blocs(m: AlignmentMatrix, groups: Mapping[str, Sequence[str]]) -> dict[str, Any]:
    """Alignment between named groups of parties."""
    return {a: {b: m.between(ga, gb) for b, gb in groups.items()} for a, ga in groups.items()}


def issue_positions(issue: Issue, history: Sequence[Position]) -> dict[str, Any]:
    """An issue and every visible position on it, oldest first, with sources."""
    return {
        "issue": issue.id,
        "title": issue.title,
        "positions": [
            {
                "id": p.id,
                "party": p.party,
                "as_of": p.as_of.isoformat(),
                "stance": p.stance.value,
                "summary": p.summary,
                "notional": p.notional,
                "sources": [
                    {"source": e.source, "start": e.start, "end": e.end, "quote": e.quote}
                    for e in p.evidence
                ],
            }
            for p in history
        ],
    }


def change(c: AlignmentChange) -> dict[str, Any]:
    """Two matrices and the pairs that moved."""
    return {
        "before": matrix(c.before),
        "after": matrix(c.after),
        "moves": [{"a": a, "b": b, "delta": d} for a, b, d in c.moves()],
    }


def claim(c: Claim | None) -> dict[str, Any] | None:
    """Who claimed a readiness: source id ("withheld" when hidden), publisher, date, quote."""
    if c is None:
        return None
    return {
        "source": c.source,
        "publisher": c.publisher,
        "title": c.title,
        "published": c.published.isoformat() if c.published else None,
        "quote": c.quote,
    }


def readiness(r: Readiness) -> dict[str, Any]:
    """A document's readiness, who claimed a readiness, and its clauses."""
    d = r.document
    return {
        "document": d.id,
        "title": d.title,
        "kind": d.document_kind.value,
        "date": d.date.isoformat() if d.date else None,
        "meeting": d.meeting,
        "computed": r.computed,
        "unweighted": r.unweighted,
        "claimed": r.claimed,
        "claim": claim(r.claim),
        "difference": r.difference,
        "flagged": r.flagged,
        "threshold": r.threshold,
        "counts": {s.value: n for s, n in r.counts.items()},
        "clauses": [
            {
                "id": c.id,
                "number": c.number,
                "status": c.status.value,
                "weight": c.weight,
                "text": c.text,
                "parties_for": list(c.parties_for),
                "parties_against": list(c.parties_against),
            }
            for c in r.clauses
        ],
    }
