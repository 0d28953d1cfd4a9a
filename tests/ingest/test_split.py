"""Splitting a draft that proposes several things into drafts edited and accepted one by
one; only pending drafts split, and nothing changes on a refusal."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from willing.cli.main import app
from willing.domain.errors import NotFound, WillingError
from willing.ingest import review, splitting
from willing.ingest.queue import ingest
from willing.services.access import Registry
from willing.storage import audit

TEXT = b"Italy will send a frigate and two mine countermeasure vessels, the minister said."


def _draft(registry: Registry) -> str:
    result = ingest(registry, TEXT, name="it.txt", published=dt.date(2026, 1, 7))
    return review.listing(registry, source=result.source, item_type="commitment")[0].id


def test_a_split_draft_becomes_drafts_accepted_one_by_one(registry: Registry) -> None:
    draft = _draft(registry)
    parts = splitting.split(registry, draft, 2)
    assert [d.id for d in parts] == [draft, f"{draft}-2"]
    assert {(d.status, d.start, d.end, d.quote) for d in parts} == {
        ("pending", parts[0].start, parts[0].end, parts[0].quote)
    }
    review.edit(registry, parts[0].id, {"capability": "frigate", "quantity": "1"})
    review.edit(registry, parts[1].id, {"capability": "mcm-vessel", "quantity": "2"})
    outcomes = review.accept(registry, [d.id for d in parts])
    assert {o.status for o in outcomes} <= {"accepted", "linked"}
    records = {str(o.record) for o in outcomes}
    assert len(records) == 2
    # a second split numbers after the first
    again = splitting.split(registry, _draft_again(registry), 3)
    assert [d.id.rsplit("-", 1)[-1] for d in again[1:]] == ["2", "3"]


def _draft_again(registry: Registry) -> str:
    result = ingest(registry, TEXT.replace(b"Italy", b"Greece"), name="gr.txt")
    return review.listing(registry, source=result.source, item_type="commitment")[0].id


@pytest.mark.parametrize("case", ["accepted", "missing", "one-part"])
def test_a_refused_split_changes_nothing(registry: Registry, case: str) -> None:
    draft = _draft(registry)
    parts = 2
    if case == "accepted":
        review.reject(registry, [draft])
    elif case == "missing":
        draft = "src-000000000000:001"
    else:
        parts = 1
    with registry.store.engine.connect() as conn:
        before = audit.revision(conn)
    queue = review.listing(registry, status=None)
    with pytest.raises((WillingError, NotFound)):
        splitting.split(registry, draft, parts)
    with registry.store.engine.connect() as conn:
        assert audit.revision(conn) == before
    assert review.listing(registry, status=None) == queue


def test_the_cli_splits_one_draft(registry: Registry) -> None:
    draft = _draft(registry)
    url = str(registry.store.engine.url)
    done = CliRunner().invoke(app, ["review", draft, "--split", "3", "--db", url, "--json"])
    assert done.exit_code == 0, done.output
    assert [d["id"] for d in json.loads(done.output)] == [draft, f"{draft}-2", f"{draft}-3"]
    both = CliRunner().invoke(app, ["review", draft, "--split", "2", "--accept", "--db", url])
    assert both.exit_code != 0
