"""Conflicts settled in bulk: the same way, one note, one transaction, all or none."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from willing.cli.main import app
from willing.domain.diplomacy import Meeting
from willing.domain.errors import NotFound, WillingError
from willing.ingest import conflicts as conflict_service
from willing.ingest import review
from willing.ingest.queue import ingest
from willing.services.access import Registry
from willing.storage import audit

ROME = b"Defence officials of 20 countries met in Rome on 5 January 2026, the ministry said."


def _three_conflicts(registry: Registry) -> list[conflict_service.Conflict]:
    """An edited draft linked to the Kyiv meeting: it differs on date, format and size."""
    result = ingest(registry, ROME, name="rome.txt", published=dt.date(2026, 1, 6))
    (draft,) = review.listing(registry, source=result.source, item_type="meeting")
    review.edit(registry, draft.id, {"place": "Kyiv", "format": "in_person", "host": "UKR"})
    review.accept(registry, [draft.id])
    found = [c for c in conflict_service.listing(registry, "open") if c.subject_id.endswith("KYIV")]
    assert len(found) == 3
    return found


def _revision(registry: Registry) -> int:
    with registry.store.engine.connect() as conn:
        return audit.revision(conn)


def test_several_conflicts_are_settled_the_same_way_with_one_note(registry: Registry) -> None:
    found = _three_conflicts(registry)
    settled = conflict_service.resolve_many(registry, [c.id for c in found], 2, "the ministry")
    assert [c.id for c in settled] == [c.id for c in found]
    assert {c.status for c in settled} == {"resolved"}
    meeting = registry.get("meetings", "M-2026-01-03-KYIV")
    assert isinstance(meeting, Meeting)
    assert (meeting.countries_count, meeting.format.value) == (20, "in_person")
    still_open = conflict_service.listing(registry, "open")
    assert not [c for c in still_open if c.subject_id.endswith("KYIV")]
    assert {(c.resolution or {}).get("note") for c in settled} == {"the ministry"}


@pytest.mark.parametrize("spoiler", ["settled", "missing", "no-such-claim"])
def test_one_that_cannot_be_settled_leaves_all_open(registry: Registry, spoiler: str) -> None:
    found = _three_conflicts(registry)
    ids = [c.id for c in found]
    pick: int | None = None
    if spoiler == "settled":
        conflict_service.resolve(registry, ids[0], None)
    elif spoiler == "missing":
        ids.append("conflict-000000000000")
    else:
        pick = 9
    before = _revision(registry)
    open_before = {c.id for c in conflict_service.listing(registry, "open")}
    with pytest.raises((WillingError, NotFound)):
        conflict_service.resolve_many(registry, ids, pick)
    assert _revision(registry) == before
    assert {c.id for c in conflict_service.listing(registry, "open")} == open_before


def test_the_cli_settles_every_open_conflict(registry: Registry, tmp_path: Path) -> None:
    found = _three_conflicts(registry)
    url = str(registry.store.engine.url)
    runner = CliRunner()
    args = ["conflicts", "--db", url, "--json"]
    two = runner.invoke(app, [*args, "--resolve", found[0].id, "--resolve", found[1].id,
                              "--keep-both", "--note", "both reported"])  # fmt: skip
    assert two.exit_code == 0, two.output
    assert [c["status"] for c in json.loads(two.output)] == ["kept_both", "kept_both"]
    rest = runner.invoke(app, [*args, "--resolve-open", "--keep-both"])
    assert rest.exit_code == 0, rest.output
    assert found[2].id in {c["id"] for c in json.loads(rest.output)}
    assert conflict_service.listing(registry, "open") == []
    both = runner.invoke(app, [*args, "--resolve-open", "--resolve", found[0].id, "--keep-both"])
    assert both.exit_code != 0
