"""A draft meeting matched to a known one raises a conflict for each field it states otherwise."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from willing.domain.diplomacy import Meeting
from willing.ingest import conflicts as conflict_service
from willing.ingest import review
from willing.ingest.conflicts import apart
from willing.ingest.queue import ingest
from willing.services.access import Registry, Role, Viewer
from willing.storage.schema import TABLES

GOLD = Path(__file__).parent / "gold"
SEPT_2 = dt.date(2025, 9, 2)


def _fields(registry: Registry, subject: str) -> dict[str, list[object]]:
    return {
        c.field: [claim["value"] for claim in c.claims]
        for c in conflict_service.listing(registry)
        if c.subject_id == subject
    }


def test_the_september_seed_disagrees_on_format_and_size(registry: Registry) -> None:
    result = ingest(registry, (GOLD / "seed-000.txt").read_bytes(), name="s", published=SEPT_2)
    assert _fields(registry, "M-2025-09-04-PARIS") == {
        "format": ["hybrid", "virtual"],
        "countries_count": [35, 30],
    }
    claim = next(
        c for c in conflict_service.listing(registry) if c.field == "countries_count"
    ).claims[1]
    assert claim["quote"] == "sekitar 30 negara"
    # accepting the draft links it, says why, and raises nothing twice
    (draft,) = [
        d
        for d in review.listing(registry, source=result.source, item_type="meeting")
        if d.payload["date"] == "2025-09-04"
    ]
    (outcome,) = review.accept(registry, [draft.id])
    assert outcome.status == "linked"
    assert outcome.record == "meetings/M-2025-09-04-PARIS"
    assert "countries_count, format" in outcome.note
    assert len(conflict_service.listing(registry)) == len(result.conflicts)


def test_linking_an_edited_draft_raises_conflicts_at_review(registry: Registry) -> None:
    text = b"Defence officials of 20 countries met in Rome on 5 January 2026, the ministry said."
    result = ingest(registry, text, name="rome.txt", published=dt.date(2026, 1, 6))
    (draft,) = review.listing(registry, source=result.source, item_type="meeting")
    assert not [c for c in result.conflicts if "claims" not in c]
    review.edit(registry, draft.id, {"place": "Kyiv", "format": "in_person", "host": "UKR"})
    (outcome,) = review.accept(registry, [draft.id])
    assert outcome.record == "meetings/M-2026-01-03-KYIV"  # two days apart, same place
    assert _fields(registry, "M-2026-01-03-KYIV") == {
        "date": ["2026-01-03", "2026-01-05"],
        "format": ["hybrid", "in_person"],
        "countries_count": [15, 20],
    }
    # the evidence of each claim is the span of that field
    found = {c.field: c for c in conflict_service.listing(registry)}
    assert found["countries_count"].claims[1]["quote"] == "20 countries"
    # picking the draft's claim sets the field
    conflict_service.resolve(registry, found["countries_count"].id, 2)
    meeting = registry.get("meetings", "M-2026-01-03-KYIV")
    assert isinstance(meeting, Meeting)
    assert meeting.countries_count == 20
    conflict_service.resolve(registry, found["format"].id, 2)
    assert registry.get("meetings", "M-2026-01-03-KYIV").format.value == "in_person"  # type: ignore[attr-defined]


def test_a_meeting_hidden_from_the_reviewer_raises_no_conflict(registry: Registry) -> None:
    meetings = TABLES["meetings"]
    with registry.store.transaction() as conn:
        conn.execute(
            meetings.update()
            .where(meetings.c.id == "M-2025-09-04-PARIS")
            .values(label_classification="NATIONAL", label_owner="FRA")
        )
    planner = Registry(registry.store, Viewer("POL", Role.PLANNER))
    result = ingest(planner, (GOLD / "seed-000.txt").read_bytes(), name="s", published=SEPT_2)
    assert _fields(registry, "M-2025-09-04-PARIS") == {}
    (draft,) = [
        d
        for d in review.listing(planner, source=result.source, item_type="meeting")
        if d.payload["date"] == "2025-09-04"
    ]
    (outcome,) = review.accept(planner, [draft.id])
    assert outcome.status == "accepted"
    assert outcome.record != "meetings/M-2025-09-04-PARIS"
    assert _fields(registry, "M-2025-09-04-PARIS") == {}


def test_matching_window() -> None:
    base = {"date": "2026-01-06", "place": "Paris"}
    assert apart(base, dt.date(2026, 1, 6), "Paris, Élysée Palace") == 0
    assert apart(base, dt.date(2026, 1, 3), "Paris") == 3
    assert apart(base, dt.date(2026, 1, 2), "Paris") is None  # too far apart
    assert apart(base, dt.date(2026, 1, 6), "Kyiv") is None
    # without a place on one side, only the same day matches
    assert apart({"date": "2026-01-06"}, dt.date(2026, 1, 6), "Paris") == 0
    assert apart({"date": "2026-01-06"}, dt.date(2026, 1, 7), "Paris") is None
    assert apart(base, "2026-01-06", None) == 0
    assert apart({"place": "Paris"}, dt.date(2026, 1, 6), "Paris") is None
